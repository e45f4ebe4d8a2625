#include "gorun/sched/Goroutine.h"

namespace cacophony::gorun {

const char *waitReasonName(WaitReason reason)
{
    switch (reason) {
    case WaitReason::None: return "";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNil: return "chan receive (nil chan)";
    case WaitReason::ChanSendNil: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::MutexLock: return "sync.Mutex.Lock";
    case WaitReason::RWMutexLock: return "sync.RWMutex.Lock";
    case WaitReason::RWMutexRLock: return "sync.RWMutex.RLock";
    case WaitReason::WaitGroupWait: return "sync.WaitGroup.Wait";
    }
    return "";
}

} // namespace cacophony::gorun
