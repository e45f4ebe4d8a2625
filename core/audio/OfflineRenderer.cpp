#include "audio/OfflineRenderer.h"

#include "audio/ClickScheduler.h"

#include <algorithm>

namespace cacophony {

OfflineRenderer::OfflineRenderer(int sampleRate, std::size_t maxClicks)
    : m_synth(sampleRate)
    , m_queue(maxClicks)
{
}

void OfflineRenderer::beginRun(std::chrono::steady_clock::time_point)
{
    drain();
    m_clicks.clear();
    m_queueDrops.store(0, std::memory_order_relaxed);
    m_voiceDrops = 0;
}

void OfflineRenderer::click(const Click &click)
{
    if (!m_queue.push(click))
        m_queueDrops.fetch_add(1, std::memory_order_relaxed);
}

void OfflineRenderer::endRun()
{
    drain();
}

void OfflineRenderer::setMinimumDurationNs(std::int64_t ns)
{
    m_minimumNs = std::max<std::int64_t>(0, ns);
}

void OfflineRenderer::drain()
{
    Click c;
    while (m_queue.pop(c))
        m_clicks.push_back(c);
}

const std::vector<Click> &OfflineRenderer::clicks()
{
    drain();
    return m_clicks;
}

std::int64_t OfflineRenderer::droppedClicks() const
{
    return m_queueDrops.load(std::memory_order_relaxed) + m_voiceDrops;
}

std::int64_t OfflineRenderer::onsetSample(std::int64_t tNs, int sampleRate)
{
    return std::max<std::int64_t>(0, ClickScheduler::nsToSamples(tNs, sampleRate));
}

std::vector<float> OfflineRenderer::render()
{
    drain();
    const int rate = m_synth.sampleRate();

    struct Placed
    {
        std::int64_t start;
        Click click;
    };
    std::vector<Placed> placed;
    placed.reserve(m_clicks.size());
    for (const Click &c : m_clicks)
        placed.push_back({onsetSample(c.t, rate), c});
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &a, const Placed &b) { return a.start < b.start; });

    std::int64_t end = onsetSample(m_minimumNs, rate);
    for (const Placed &p : placed)
        end = std::max<std::int64_t>(end, p.start + m_synth.voiceFor(p.click).length);
    end += std::int64_t(kTailMs) * rate / 1000;

    // Feed the scheduler block by block, exactly as the callback does: each click is
    // scheduled just before the block it starts in, so none is ever late.
    std::vector<float> out(std::size_t(end), 0.f);
    ClickScheduler scheduler(m_synth);
    std::size_t next = 0;
    for (std::int64_t pos = 0; pos < end; pos += kBlockFrames) {
        const int frames = int(std::min<std::int64_t>(kBlockFrames, end - pos));
        for (; next < placed.size() && placed[next].start < pos + frames; ++next)
            scheduler.schedule(placed[next].click, placed[next].start);
        scheduler.render(out.data() + pos, frames);
    }
    m_voiceDrops = scheduler.droppedClicks();
    return out;
}

bool OfflineRenderer::writeWav(const QString &path, QString *error, WavWriter::Format format)
{
    const std::vector<float> samples = render();
    return WavWriter::write(path, samples.data(), samples.size(), m_synth.sampleRate(), format,
                            error);
}

} // namespace cacophony
