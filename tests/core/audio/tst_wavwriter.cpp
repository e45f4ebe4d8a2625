#include "AudioTestTools.h"
#include "audio/WavWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace cacophony;

class tst_WavWriter : public QObject
{
    Q_OBJECT

private slots:
    void pcm16Header()
    {
        const std::vector<float> x{0.f, 0.5f, -0.5f};
        const QByteArray bytes = WavWriter::encode(x.data(), x.size(), 48000);
        QCOMPARE(bytes.size(), 44 + 6);
        const audiotest::Wav w = audiotest::parseWav(bytes);
        QVERIFY(w.ok);
        QCOMPARE(w.riffSize, 36u + 6u);
        QCOMPARE(w.formatTag, 1);
        QCOMPARE(w.channels, 1);
        QCOMPARE(w.sampleRate, 48000);
        QCOMPARE(w.bitsPerSample, 16);
        QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + 28), 96000u); // byte rate
        QCOMPARE(qFromLittleEndian<std::uint16_t>(bytes.constData() + 32), 2);      // align
        QCOMPARE(int(w.samples.size()), 3);
    }

    void pcm16Samples_data()
    {
        QTest::addColumn<float>("in");
        QTest::addColumn<int>("out");
        QTest::newRow("zero") << 0.f << 0;
        QTest::newRow("full scale") << 1.f << 32767;
        QTest::newRow("negative full scale") << -1.f << -32767;
        QTest::newRow("clipped high") << 1.7f << 32767;
        QTest::newRow("clipped low") << -3.f << -32767;
        QTest::newRow("rounds to nearest") << 0.5f << 16384; // 16383.5
        QTest::newRow("small") << 1e-4f << 3;
        QTest::newRow("nan is silence") << std::numeric_limits<float>::quiet_NaN() << 0;
        QTest::newRow("inf is silence") << std::numeric_limits<float>::infinity() << 0;
    }
    void pcm16Samples()
    {
        QFETCH(float, in);
        QFETCH(int, out);
        const QByteArray bytes = WavWriter::encode(&in, 1, 48000);
        QCOMPARE(int(qFromLittleEndian<std::int16_t>(bytes.constData() + 44)), out);
    }

    void float32IsBitExact()
    {
        const std::vector<float> x{0.f, 0.123456789f, -0.987654321f, 1.5f, 1e-30f};
        const QByteArray bytes =
            WavWriter::encode(x.data(), x.size(), 44100, WavWriter::Format::Float32);
        const audiotest::Wav w = audiotest::parseWav(bytes);
        QVERIFY(w.ok);
        QCOMPARE(w.formatTag, 3);
        QCOMPARE(w.bitsPerSample, 32);
        QCOMPARE(w.sampleRate, 44100);
        QCOMPARE(w.samples, x);
        QVERIFY(bytes.contains("fact")); // required for non-PCM formats
        QCOMPARE(w.riffSize, std::uint32_t(bytes.size() - 8));
    }

    void writesFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.wav"));
        const std::vector<float> x(48000, 0.25f);
        QString error;
        QVERIFY(WavWriter::write(path, x.data(), x.size(), 48000, WavWriter::Format::Pcm16, &error));
        QVERIFY(error.isEmpty());
        const audiotest::Wav w = audiotest::readWav(path);
        QVERIFY(w.ok);
        QCOMPARE(int(w.samples.size()), 48000);
        QCOMPARE(QFileInfo(path).size(), qint64(44 + 96000));
    }

    void failsCleanly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing directory") << QStringLiteral("no/such/dir/out.wav");
        QTest::newRow("a directory") << QStringLiteral(".");
        QTest::newRow("empty") << QString();
    }
    void failsCleanly()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = name.isEmpty() ? QString() : dir.filePath(name);
        const std::vector<float> x(100, 0.1f);
        QString error;
        QVERIFY(!WavWriter::write(path, x.data(), x.size(), 48000, WavWriter::Format::Pcm16, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0); // nothing half-written
    }

    void existingFileIsReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.wav"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents that are longer than the new file ..............................");
        }
        const float one = 0.5f;
        QVERIFY(WavWriter::write(path, &one, 1, 8000));
        QCOMPARE(QFileInfo(path).size(), qint64(46));
    }
};

QTEST_GUILESS_MAIN(tst_WavWriter)
#include "tst_wavwriter.moc"
