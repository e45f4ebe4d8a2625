#include "metronome/BeatPerformer.h"

#include "audio/SoundSink.h"
#include "runtime/Runtime.h"
#include "trace/Event.h"

namespace cacophony {

BeatPerformer::BeatPerformer(Runtime &runtime, SoundSink *sink)
    : m_runtime(runtime)
    , m_sink(sink)
{
}

void BeatPerformer::perform(int beat, int volume)
{
    Event e;
    e.kind = EventKind::Beat;
    e.a = beat;
    e.b = volume;
    const bool tock = (beat % 2) != 0;
    bool lost = false;
    {
        std::lock_guard lock(m_endMutex);
        e.t = m_runtime.now();
        lost = m_programEndNs.load(std::memory_order_relaxed) >= 0;
    }
    e.flags = static_cast<std::uint8_t>((tock ? Tock : NoFlags) | (lost ? Lost : NoFlags));
    m_runtime.record(e);
    if (lost) {
        m_lost.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    m_performed.fetch_add(1, std::memory_order_relaxed);
    if (m_sink)
        m_sink->click(Click{e.t, beat, volume, tock});
}

std::int64_t BeatPerformer::markProgramEnd()
{
    std::int64_t end = -1;
    {
        std::lock_guard lock(m_endMutex);
        end = m_programEndNs.load(std::memory_order_relaxed);
        if (end >= 0)
            return end;
        end = m_runtime.now();
        m_programEndNs.store(end, std::memory_order_release);
    }
    Event e;
    e.kind = EventKind::ProgramEnd;
    e.t = end;
    m_runtime.record(e);
    return end;
}

} // namespace cacophony
