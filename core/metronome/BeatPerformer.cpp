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

bool BeatPerformer::recordAgainstEnd(Event &e, std::uint8_t flags)
{
    bool lost = false;
    {
        std::lock_guard lock(m_endMutex);
        e.t = m_runtime.now();
        lost = m_programEndNs.load(std::memory_order_relaxed) >= 0;
    }
    e.flags = static_cast<std::uint8_t>(flags | (lost ? Lost : NoFlags));
    m_runtime.record(e);
    (lost ? m_lost : m_performed).fetch_add(1, std::memory_order_relaxed);
    return lost;
}

void BeatPerformer::perform(int beat, int volume)
{
    Event e;
    e.kind = EventKind::Beat;
    e.a = beat;
    e.b = volume;
    const bool tock = (beat % 2) != 0;
    if (recordAgainstEnd(e, tock ? Tock : NoFlags))
        return;
    if (m_sink)
        m_sink->click(Click{e.t, beat, volume, tock});
}

void BeatPerformer::print(int line)
{
    Event e;
    e.kind = EventKind::Print;
    e.a = line;
    if (recordAgainstEnd(e, NoFlags))
        return;
    if (m_sink)
        m_sink->click(Click{e.t, line, 100, false, line});
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
