#pragma once

// Writes mono audio as a RIFF/WAVE file, atomically: the file at `path` is either the
// complete new file or untouched (QSaveFile), never half-written.
//
// Pcm16: 16-bit integer PCM, samples clamped to [-1, 1] and rounded (plays anywhere).
// Float32: IEEE float PCM (format tag 3, with the 'fact' chunk), bit-exact samples.

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace cacophony {

class WavWriter
{
public:
    enum class Format { Pcm16, Float32 };

    // Thread-safe (no shared state). False with a one-line reason in *error on failure.
    static bool write(const QString &path, const float *samples, std::size_t count,
                      int sampleRate, Format format = Format::Pcm16, QString *error = nullptr);

    // The same bytes write() would store, for tests and pipes. Empty if the data would not
    // fit a WAV file (4 GiB).
    static QByteArray encode(const float *samples, std::size_t count, int sampleRate,
                             Format format = Format::Pcm16);
};

} // namespace cacophony
