#pragma once

// Helpers shared by the audio tests: an onset detector for clicks and a minimal WAV
// reader (mono PCM16 / float32, as WavWriter writes them).
//
// Onsets: every click starts at its loudest sample (+gain) after silence or a decaying
// tail, so the first difference x[i] - x[i-1] jumps by ~gain exactly at the onset, while
// inside a click it stays below ~0.45 * gain (the fastest partial's slope). A threshold
// between the two finds each onset to the sample, even on top of another click.

#include <QByteArray>
#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace audiotest {

inline std::vector<std::int64_t> detectOnsets(const float *x, std::size_t n, float threshold,
                                              int refractorySamples)
{
    std::vector<std::int64_t> onsets;
    float previous = 0.f;
    std::int64_t last = -refractorySamples - 1;
    for (std::size_t i = 0; i < n; ++i) {
        if (x[i] - previous > threshold && std::int64_t(i) - last > refractorySamples) {
            onsets.push_back(std::int64_t(i));
            last = std::int64_t(i);
        }
        previous = x[i];
    }
    return onsets;
}

inline std::vector<std::int64_t> detectOnsets(const std::vector<float> &x, float threshold,
                                              int refractorySamples)
{
    return detectOnsets(x.data(), x.size(), threshold, refractorySamples);
}

// Largest sample difference; mixes summed in another order differ in the last bits.
inline float maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return 1e9f;
    float worst = 0.f;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

struct Wav
{
    bool ok = false;
    int formatTag = 0;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    std::uint32_t riffSize = 0;
    std::vector<float> samples;
};

inline Wav parseWav(const QByteArray &bytes)
{
    Wav w;
    auto u32 = [&](qsizetype at) { return qFromLittleEndian<std::uint32_t>(bytes.constData() + at); };
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<std::uint16_t>(bytes.constData() + at); };
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return w;
    w.riffSize = u32(4);
    qsizetype pos = 12;
    bool haveFmt = false;
    while (pos + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(pos, 4);
        const std::uint32_t size = u32(pos + 4);
        const qsizetype body = pos + 8;
        if (body + qsizetype(size) > bytes.size())
            return w;
        if (id == "fmt ") {
            w.formatTag = u16(body);
            w.channels = u16(body + 2);
            w.sampleRate = int(u32(body + 4));
            w.bitsPerSample = u16(body + 14);
            haveFmt = true;
        } else if (id == "data" && haveFmt) {
            const int bytesPer = w.bitsPerSample / 8;
            const std::size_t count = bytesPer > 0 ? size / std::uint32_t(bytesPer) : 0;
            w.samples.resize(count);
            for (std::size_t i = 0; i < count; ++i) {
                const char *p = bytes.constData() + body + qsizetype(i) * bytesPer;
                if (w.formatTag == 3 && bytesPer == 4) {
                    const std::uint32_t bits = qFromLittleEndian<std::uint32_t>(p);
                    std::memcpy(&w.samples[i], &bits, 4);
                } else if (w.formatTag == 1 && bytesPer == 2) {
                    w.samples[i] = float(qFromLittleEndian<std::int16_t>(p)) / 32767.f;
                } else {
                    return w;
                }
            }
            w.ok = true;
            return w;
        }
        pos = body + qsizetype(size) + (size & 1);
    }
    return w;
}

inline Wav readWav(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseWav(f.readAll());
}

} // namespace audiotest
