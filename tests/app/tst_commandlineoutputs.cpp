// The command line's outputs as a user meets them, end to end through the real binary:
// a write that fails (a full disk) fails the command with the system's words and leaves
// no half-written file; the WAVs of every scenario and lesson are mixed without clipping;
// `export --lesson` plays a lesson at the tempo `run --lesson` does; one clear line when
// there is no sound.

#include "CommandLineTestTools.h"
#include "TestFullDevice.h"
#include "core/audio/AudioTestTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace cacophony::test;

namespace {

constexpr int kAllMs = 120000; // every scenario in one run, on a shared 2-core machine
// A file-size limit (RLIMIT_FSIZE) small enough that every output below passes it, so a
// write fails half-way through as it would on a full disk, in a regular file.
constexpr rlim_t kFileSizeLimit = 4096;

void limitFileSize()
{
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
    const rlimit limit{kFileSizeLimit, kFileSizeLimit};
    setrlimit(RLIMIT_FSIZE, &limit);
}

QStringList withOutput(QStringList args, const QString &path)
{
    args.replaceInStrings(QStringLiteral("$OUT"), path);
    return args;
}

float peakOf(const std::vector<float> &samples)
{
    float peak = 0.f;
    for (float x : samples)
        peak = std::max(peak, std::abs(x));
    return peak;
}

} // namespace

class tst_CommandLineOutputs : public QObject
{
    Q_OBJECT

private slots:
    void failedWriteFails_data();
    void failedWriteFails();
    void failedWriteKeepsTheOldFile_data() { failedWriteFails_data(); }
    void failedWriteKeepsTheOldFile();
    void wavsAreNotClipped();
    void exportPlaysALessonAtItsOwnTempo_data();
    void exportPlaysALessonAtItsOwnTempo();
};

void tst_CommandLineOutputs::failedWriteFails_data()
{
    QTest::addColumn<QStringList>("args"); // $OUT: the output file
    QTest::newRow("run --trace") << QStringList{"run", "--scenario", "14", "--trace", "$OUT"};
    QTest::newRow("run --wav") << QStringList{"run", "--scenario", "14", "--wav", "$OUT"};
    QTest::newRow("export --png") << QStringList{"export", "--scenario", "14", "--png", "$OUT"};
    QTest::newRow("export --svg") << QStringList{"export", "--scenario", "14", "--svg", "$OUT"};
    QTest::newRow("export --wav") << QStringList{"export", "--scenario", "14", "--wav", "$OUT"};
}

void tst_CommandLineOutputs::failedWriteFails()
{
    // A full disk: every write fails with ENOSPC.
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString device = fullDevice(dir.path());
    if (device.isEmpty())
        QSKIP("no full device here");
    const Result r = runCacophony(withOutput(args, device));
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("annot write %1: No space left on device").arg(device).toUtf8()),
             qPrintable(describe(r)));
    QVERIFY2(!r.err.contains("Unknown error") && !r.err.contains("libpng"), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains("wrote"), qPrintable(describe(r)));
    QVERIFY(isCharDevice(device)); // written, never replaced
}

void tst_CommandLineOutputs::failedWriteKeepsTheOldFile()
{
    // A regular file whose write fails half-way (here: past the file-size limit): the
    // command fails, says why, and the file that was there is left as it was, with no
    // temporary beside it.
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The option names the extension (--wav: out.wav), but a trace's says its format.
    const QString option = args.at(args.size() - 2).mid(2);
    const QString path = dir.filePath(QStringLiteral("out.") + (option == QLatin1String("trace") ? QStringLiteral("json") : option));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous, good file");
    }
    const Result r = runCacophony(withOutput(args, path), kFinishMs, QProcessEnvironment::systemEnvironment(), limitFileSize);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("File too large"), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains("wrote"), qPrintable(describe(r)));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the previous, good file"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
}

void tst_CommandLineOutputs::wavsAreNotClipped()
{
    // Every scenario and every lesson, rendered offline as `run --wav` and `export --wav`
    // write them: overlapping clicks (a lesson's five prints within a millisecond) are
    // limited, never clipped. Two seeds; seed 2 once peaked at 1.0 with 48 clipped samples.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *seed : {"1", "2"}) {
        const QString s = QString::fromLatin1(seed);
        for (const QStringList &args :
             {QStringList{"run", "--scenario", "all", "--wav", dir.filePath("scenario-" + s + ".wav")},
              QStringList{"run", "--lesson", "all", "--wav", dir.filePath("lesson-" + s + ".wav")},
              QStringList{"export", "--lesson", "bedtime_go_pause", "--wav", dir.filePath("replay-" + s + ".wav")}}) {
            const Result r = runCacophony(args + QStringList{"--seed", s}, kAllMs);
            QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
        }
    }
    const QStringList wavs = QDir(dir.path()).entryList({QStringLiteral("*.wav")}, QDir::Files);
    QCOMPARE(wavs.size(), 2 * (14 + 5 + 1));
    for (const QString &name : wavs) {
        const audiotest::Wav wav = audiotest::readWav(dir.filePath(name));
        QVERIFY2(wav.ok && !wav.samples.empty(), qPrintable(name));
        const float peak = peakOf(wav.samples);
        QVERIFY2(peak <= 0.7f, qPrintable(QStringLiteral("%1 peaks at %2").arg(name).arg(peak)));
        QVERIFY2(peak > 0.05f, qPrintable(QStringLiteral("%1 is silent").arg(name)));
    }
}

void tst_CommandLineOutputs::exportPlaysALessonAtItsOwnTempo_data()
{
    QTest::addColumn<QStringList>("tempo");
    QTest::addColumn<double>("minSeconds");
    QTest::addColumn<double>("maxSeconds");
    // The pause lesson pauses one beat: a second at its own 60 BPM, as `run --lesson` plays it.
    QTest::newRow("its own tempo") << QStringList{} << 0.9 << 10.0;
    QTest::newRow("--bpm 6000") << QStringList{"--bpm", "6000"} << 0.0 << 0.5;
}

void tst_CommandLineOutputs::exportPlaysALessonAtItsOwnTempo()
{
    QFETCH(QStringList, tempo);
    QFETCH(double, minSeconds);
    QFETCH(double, maxSeconds);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result r = runCacophony(
        QStringList{"export", "--lesson", "bedtime_go_pause", "--wav", dir.filePath("x.wav")} + tempo);
    QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(", ([0-9.]+) s\\)")).match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), qPrintable(describe(r)));
    QVERIFY2(r.out.contains("(lines: 6, at 1× speed"), qPrintable(describe(r))); // its printed lines, not "beats"
    const double seconds = m.captured(1).toDouble();
    QVERIFY2(seconds >= minSeconds && seconds <= maxSeconds, qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(tst_CommandLineOutputs)
#include "tst_commandlineoutputs.moc"
