#include "cli/TeeSink.h"

namespace cacophony {

TeeSink::TeeSink(std::vector<SoundSink *> sinks)
    : m_sinks(std::move(sinks))
{
}

void TeeSink::beginRun(std::chrono::steady_clock::time_point epoch)
{
    for (SoundSink *s : m_sinks)
        s->beginRun(epoch);
}

void TeeSink::click(const Click &click)
{
    for (SoundSink *s : m_sinks)
        s->click(click);
}

void TeeSink::endRun()
{
    for (SoundSink *s : m_sinks)
        s->endRun();
}

} // namespace cacophony
