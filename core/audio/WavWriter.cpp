#include "audio/WavWriter.h"

#include "io/OutputFile.h"

#include <QByteArray>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace cacophony {

namespace {

void appendTag(QByteArray &out, const char (&tag)[5])
{
    out.append(tag, 4);
}

void append16(QByteArray &out, std::uint16_t v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void append32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

QByteArray WavWriter::encode(const float *samples, std::size_t count, int sampleRate, Format format)
{
    const bool isFloat = format == Format::Float32;
    const std::uint16_t bytesPerSample = isFloat ? 4 : 2;
    const std::uint32_t fmtSize = isFloat ? 18 : 16; // float: cbSize present (0)
    const std::uint32_t factSize = isFloat ? 12 : 0;
    const std::uint64_t dataBytes = std::uint64_t(count) * bytesPerSample;
    const std::uint64_t riffSize = 4 + (8 + fmtSize) + factSize + (8 + dataBytes);
    if (riffSize > std::numeric_limits<std::uint32_t>::max() || sampleRate <= 0)
        return {};

    QByteArray out;
    out.reserve(qsizetype(8 + riffSize));
    appendTag(out, "RIFF");
    append32(out, std::uint32_t(riffSize));
    appendTag(out, "WAVE");

    appendTag(out, "fmt ");
    append32(out, fmtSize);
    append16(out, isFloat ? 3 : 1); // WAVE_FORMAT_IEEE_FLOAT : WAVE_FORMAT_PCM
    append16(out, 1);               // mono
    append32(out, std::uint32_t(sampleRate));
    append32(out, std::uint32_t(sampleRate) * bytesPerSample);
    append16(out, bytesPerSample);  // block align
    append16(out, std::uint16_t(bytesPerSample * 8));
    if (isFloat) {
        append16(out, 0); // cbSize
        appendTag(out, "fact");
        append32(out, 4);
        append32(out, std::uint32_t(count));
    }

    appendTag(out, "data");
    append32(out, std::uint32_t(dataBytes));
    const qsizetype dataStart = out.size();
    out.resize(dataStart + qsizetype(dataBytes));
    char *dst = out.data() + dataStart;
    for (std::size_t i = 0; i < count; ++i) {
        if (isFloat) {
            std::uint32_t bits;
            std::memcpy(&bits, &samples[i], 4);
            qToLittleEndian(bits, dst);
            dst += 4;
        } else {
            const float x = std::isfinite(samples[i]) ? std::clamp(samples[i], -1.f, 1.f) : 0.f;
            const auto v = std::int16_t(std::lround(x * 32767.f));
            qToLittleEndian(v, dst);
            dst += 2;
        }
    }
    return out;
}

bool WavWriter::write(const QString &path, const float *samples, std::size_t count,
                      int sampleRate, Format format, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no WAV file name given"));
    const QByteArray bytes = encode(samples, count, sampleRate, format);
    if (bytes.isEmpty())
        return fail(QStringLiteral("the audio is too long for a WAV file (4 GiB)"));

    QString reason;
    if (!OutputFile::write(path, bytes, &reason))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, reason));
    return true;
}

} // namespace cacophony
