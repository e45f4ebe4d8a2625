// `cacophony export`: bad input is one clear line, exit 2 and no file; good input runs
// and writes.

#include "../timeline/SyntheticTrace.h"
#include "GuiApp.h"
#include "audio/OfflineRenderer.h"
#include "core/audio/AudioTestTools.h"
#include "export/ExportCommand.h"
#include "metronome/Scenario.h"
#include "replay/ReplaySchedule.h"
#include "trace/ChromeTraceWriter.h"
#include "trace/TraceFiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cacophony;

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs the command as main() would, with `args` after "cacophony export".
    static int runExport(const QStringList &args)
    {
        QList<QByteArray> storage = {QByteArrayLiteral("cacophony"), QByteArrayLiteral("export")};
        for (const QString &arg : args)
            storage << arg.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &arg : storage)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        return GuiApp::runExport(int(storage.size()), argv.data());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("OUT/chart.png");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("say what to render");
        QTest::newRow("no output") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1")}
                                   << QStringLiteral("exactly one output");
        QTest::newRow("two outputs") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                    QStringLiteral("--png"), out, QStringLiteral("--pdf"),
                                                    QStringLiteral("OUT/chart.pdf")}
                                     << QStringLiteral("exactly one output");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("async_magic"),
                                                         QStringLiteral("--png"), out}
                                          << QStringLiteral("unknown scenario \"async_magic\"");
        QTest::newRow("scenario 15") << QStringList{QStringLiteral("--scenario=15"), QStringLiteral("--png"), out}
                                     << QStringLiteral("unknown scenario");
        QTest::newRow("bpm 0") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--png"),
                                              out, QStringLiteral("--bpm"), QStringLiteral("0")}
                               << QStringLiteral("--bpm must be a whole number from 1 to 6000");
        QTest::newRow("bpm text") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                 QStringLiteral("--png"), out, QStringLiteral("--bpm=fast")}
                                  << QStringLiteral("not \"fast\"");
        QTest::newRow("beats 0") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                QStringLiteral("--png"), out, QStringLiteral("--beats"), QStringLiteral("0")}
                                 << QStringLiteral("--beats must be");
        QTest::newRow("bad view") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                 QStringLiteral("--png"), out, QStringLiteral("--view"), QStringLiteral("lanes")}
                                  << QStringLiteral("--view must be beats or tasks");
        QTest::newRow("tiny width") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                   QStringLiteral("--png"), out, QStringLiteral("--width"), QStringLiteral("10")}
                                    << QStringLiteral("--width must be");
        QTest::newRow("bad scale") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                  QStringLiteral("--png"), out, QStringLiteral("--scale"), QStringLiteral("100")}
                                   << QStringLiteral("--scale must be");
        QTest::newRow("bad profile") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                    QStringLiteral("--png"), out, QStringLiteral("--profile"),
                                                    QStringLiteral("slow")}
                                     << QStringLiteral("--profile must be short, oscillating or random");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                 QStringLiteral("--png"), out, QStringLiteral("--seed"), QStringLiteral("-1")}
                                  << QStringLiteral("--seed must be");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                       QStringLiteral("--png"), out, QStringLiteral("--colour"),
                                                       QStringLiteral("red")}
                                        << QStringLiteral("unknown option --colour");
        QTest::newRow("bad theme") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                  QStringLiteral("--png"), out, QStringLiteral("--theme"), QStringLiteral("blue")}
                                   << QStringLiteral("--theme must be light or dark");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                      QStringLiteral("--png")}
                                       << QStringLiteral("--png needs a value");
        QTest::newRow("stray word") << QStringList{QStringLiteral("1"), QStringLiteral("--png"), out}
                                    << QStringLiteral("unexpected argument \"1\"");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                       QStringLiteral("--png"), QStringLiteral("OUT/none/chart.png")}
                                        << QStringLiteral("does not exist");
        QTest::newRow("output is a folder") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                           QStringLiteral("--png"), QStringLiteral("OUT")}
                                            << QStringLiteral("is a folder");
        QTest::newRow("missing trace") << QStringList{QStringLiteral("--trace-in"), QStringLiteral("OUT/none.json"),
                                                      QStringLiteral("--png"), out}
                                       << QStringLiteral("cannot read the trace file");
        QTest::newRow("trace and scenario") << QStringList{QStringLiteral("--trace-in"), QStringLiteral("OUT/x.json"),
                                                           QStringLiteral("--scenario"), QStringLiteral("1"),
                                                           QStringLiteral("--png"), out}
                                            << QStringLiteral("exclude each other");
        QTest::newRow("unknown lesson") << QStringList{QStringLiteral("--lesson"), QStringLiteral("nope"),
                                                       QStringLiteral("--png"), out}
                                        << QStringLiteral("unknown lesson \"nope\"");
        QTest::newRow("lesson and scenario") << QStringList{QStringLiteral("--lesson"), QStringLiteral("bedtime_go"),
                                                            QStringLiteral("--scenario"), QStringLiteral("9"),
                                                            QStringLiteral("--png"), out}
                                             << QStringLiteral("--lesson cannot be combined with --scenario");
        QTest::newRow("lesson as scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("bedtime_go"),
                                                           QStringLiteral("--png"), out}
                                            << QStringLiteral("render it with --lesson bedtime_go");
        QTest::newRow("png named gif") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                      QStringLiteral("--png"), QStringLiteral("OUT/chart.gif")}
                                       << QStringLiteral("--png writes PNG, but");
        QTest::newRow("png named txt") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                      QStringLiteral("--png"), QStringLiteral("OUT/a.txt")}
                                       << QStringLiteral("is named .txt: name it .png");
        QTest::newRow("pdf named v2") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                     QStringLiteral("--pdf"), QStringLiteral("OUT/chart.v2")}
                                      << QStringLiteral("name it .pdf");
        QTest::newRow("beats over run's limit")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--png"),
                           QStringLiteral("OUT/c.png"), QStringLiteral("--beats"), QStringLiteral("100001")}
            << QStringLiteral("beats");
        QTest::newRow("pdf named png") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                      QStringLiteral("--pdf"), QStringLiteral("OUT/chart.PNG")}
                                       << QStringLiteral("or use --png");
        QTest::newRow("png named wav") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                      QStringLiteral("--png"), QStringLiteral("OUT/beats.wav")}
                                       << QStringLiteral("or use --wav");
        QTest::newRow("wav of the series") << QStringList{QStringLiteral("--scenario"), QStringLiteral("all"),
                                                          QStringLiteral("--wav"), QStringLiteral("OUT/beats.wav")}
                                           << QStringLiteral("--wav renders one run");
        QTest::newRow("speed too slow") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                       QStringLiteral("--wav"), QStringLiteral("OUT/beats.wav"),
                                                       QStringLiteral("--speed"), QStringLiteral("0.001")}
                                        << QStringLiteral("--speed must be from 0.01 to 1");
        QTest::newRow("speed faster") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                     QStringLiteral("--wav"), QStringLiteral("OUT/beats.wav"),
                                                     QStringLiteral("--speed=2")}
                                      << QStringLiteral("--speed must be from 0.01 to 1");
        QTest::newRow("speed of a picture") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                           QStringLiteral("--png"), out, QStringLiteral("--speed"),
                                                           QStringLiteral("0.1")}
                                            << QStringLiteral("--speed applies to --wav");
        QTest::newRow("view of a sound") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                        QStringLiteral("--wav"), QStringLiteral("OUT/beats.wav"),
                                                        QStringLiteral("--view"), QStringLiteral("tasks")}
                                         << QStringLiteral("--view applies to pictures");
        QTest::newRow("presentation scale 10") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                              QStringLiteral("--png"), out,
                                                              QStringLiteral("--presentation-scale"), QStringLiteral("10")}
                                               << QStringLiteral("--presentation-scale must be a number from 1 to 3");
        QTest::newRow("pages of one chart") << QStringList{QStringLiteral("--scenario"), QStringLiteral("1"),
                                                           QStringLiteral("--pdf"), QStringLiteral("OUT/chart.pdf"),
                                                           QStringLiteral("--pages"), QStringLiteral("a4")}
                                            << QStringLiteral("--pages applies to --pdf of --scenario all");
        QTest::newRow("pages of a png") << QStringList{QStringLiteral("--scenario"), QStringLiteral("all"),
                                                       QStringLiteral("--png"), out, QStringLiteral("--pages"),
                                                       QStringLiteral("a4")}
                                        << QStringLiteral("--pages applies to --pdf");
        QTest::newRow("pages letter") << QStringList{QStringLiteral("--scenario"), QStringLiteral("all"),
                                                     QStringLiteral("--pdf"), QStringLiteral("OUT/chart.pdf"),
                                                     QStringLiteral("--pages"), QStringLiteral("letter")}
                                      << QStringLiteral("--pages must be one, a4 or 16:9, not \"letter\"");
    }

    void outputNamesThatFit_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("name");
        QTest::newRow("jpeg") << QStringLiteral("--jpg") << QStringLiteral("chart.jpeg");
        QTest::newRow("upper case") << QStringLiteral("--svg") << QStringLiteral("CHART.SVG");
        QTest::newRow("no suffix") << QStringLiteral("--png") << QStringLiteral("chart");
    }

    void beatsReachWhatRunTakes()
    {
        QString error;
        const auto options = ExportCommand::parse({QStringLiteral("--scenario"), QStringLiteral("1"),
                                                   QStringLiteral("--png"), path(QStringLiteral("c.png")),
                                                   QStringLiteral("--beats"), QStringLiteral("100000")},
                                                  &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->beats, 100000);
    }

    void outputNamesThatFit()
    {
        QFETCH(QString, flag);
        QFETCH(QString, name);
        QString error;
        QVERIFY2(ExportCommand::parse({QStringLiteral("--scenario"), QStringLiteral("1"), flag, path(name)}, &error),
                 qPrintable(error));
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &arg : args)
            arg.replace(QLatin1String("OUT"), m_dir.path());
        QString error;
        QVERIFY(!ExportCommand::parse(args, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), "one line");
        const QStringList before = entries();
        QCOMPARE(runExport(args), 2);
        QCOMPARE(entries(), before); // nothing written
    }

    void badTraceFileIsBadInput()
    {
        const QString trace = path(QStringLiteral("broken.json"));
        {
            QFile file(trace);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"traceEvents\": [");
        }
        QCOMPARE(runExport({QStringLiteral("--trace-in"), trace, QStringLiteral("--png"), path(QStringLiteral("b.png"))}), 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("b.png"))));
    }

    void parsesGoodInput()
    {
        QString error;
        const auto options = ExportCommand::parse(
            {QStringLiteral("--scenario=9"), QStringLiteral("--svg"), path(QStringLiteral("a.svg")), QStringLiteral("--view"),
             QStringLiteral("tasks"), QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height=500"),
             QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--bpm"), QStringLiteral("120"),
             QStringLiteral("--beats"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("42"),
             QStringLiteral("--profile"), QStringLiteral("short")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->scenario, QStringLiteral("9"));
        QCOMPARE(options->format, ChartExporter::Format::Svg);
        QCOMPARE(options->view, TimelineView::View::Tasks);
        QCOMPARE(options->chart.width, 800);
        QCOMPARE(options->chart.height, 500);
        QCOMPARE(options->chart.scale, 2.0);
        QCOMPARE(options->bpm, 120);
        QCOMPARE(options->beats, 4);
        QCOMPARE(options->seed, std::uint64_t(42));
        QCOMPARE(options->profile, QStringLiteral("short"));
        QCOMPARE(options->chart.presentationScale, 1.0);
        QVERIFY(!options->wav);
        const auto wav = ExportCommand::parse({QStringLiteral("--scenario=9"), QStringLiteral("--wav"),
                                               path(QStringLiteral("a.wav")), QStringLiteral("--speed"),
                                               QStringLiteral("1/10")},
                                              &error);
        QVERIFY2(wav, qPrintable(error));
        QVERIFY(wav->wav);
        QCOMPARE(wav->speed, 0.1);
        const auto big = ExportCommand::parse({QStringLiteral("--scenario=9"), QStringLiteral("--png"),
                                               path(QStringLiteral("a.png")), QStringLiteral("--presentation-scale=2")},
                                              &error);
        QVERIFY2(big, qPrintable(error));
        QCOMPARE(big->chart.presentationScale, 2.0);
        QVERIFY(ExportCommand::parse({QStringLiteral("--help")}, &error)->help);
        QCOMPARE(runExport({QStringLiteral("--help")}), 0);
    }

    void rendersATraceFile_data()
    {
        QTest::addColumn<QString>("name"); // its extension chose the format; --trace-in reads either
        QTest::newRow("json") << "run.json";
        QTest::newRow("perfetto") << "run.pftrace";
    }

    void rendersATraceFile()
    {
        QFETCH(QString, name);
        const QString trace = path(name);
        QString error;
        QVERIFY2(TraceFiles::write(synthetic::servicesRun(6), trace, &error), qPrintable(error));
        const QString out = path(QStringLiteral("services.svg"));
        QCOMPARE(runExport({QStringLiteral("--trace-in"), trace, QStringLiteral("--svg"), out, QStringLiteral("--view"),
                            QStringLiteral("tasks")}),
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }

    void seriesPdfAPagePerChart_data()
    {
        QTest::addColumn<QString>("pages");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("mediaBox"); // points, landscape
        QTest::newRow("one") << QStringLiteral("one") << 1 << QString();
        QTest::newRow("a4") << QStringLiteral("a4") << 14 << QStringLiteral("/MediaBox [0 0 842.000000 595.000000]");
        QTest::newRow("16:9") << QStringLiteral("16:9") << 14 << QStringLiteral("/MediaBox [0 0 960.000000 540.000000]");
    }
    void seriesPdfAPagePerChart()
    {
        // The series as slides or printouts: a page per chart instead of one tall page.
        QFETCH(QString, pages);
        QFETCH(int, count);
        QFETCH(QString, mediaBox);
        const QString out = path(QStringLiteral("series-%1.pdf").arg(QString(pages).replace(QLatin1Char(':'), QLatin1Char('x'))));
        QCOMPARE(runExport({QStringLiteral("--scenario"), QStringLiteral("all"), QStringLiteral("--pdf"), out,
                            QStringLiteral("--beats"), QStringLiteral("3"), QStringLiteral("--pages"), pages}),
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        QCOMPARE(int(QString::fromLatin1(pdf).count(page)), count);
        if (!mediaBox.isEmpty())
            QVERIFY2(pdf.contains(mediaBox.toLatin1()),
                     qPrintable(QRegularExpression(QStringLiteral("/MediaBox[^\\]]*\\]")).match(QString::fromLatin1(pdf)).captured()));
    }

    void runsAScenarioAndWrites()
    {
        const QString out = path(QStringLiteral("scenario1.png"));
        QCOMPARE(runExport({QStringLiteral("--scenario"), QStringLiteral("1"), QStringLiteral("--png"), out,
                            QStringLiteral("--beats"), QStringLiteral("5"), QStringLiteral("--width"),
                            QStringLiteral("700"), QStringLiteral("--scale"), QStringLiteral("2")}),
                 0);
        const QImage image(out);
        QCOMPARE(image.width(), 1400);
        QVERIFY(image.height() >= 200);
        QVERIFY(QColor(image.pixel(4, image.height() - 4)).lightness() > 220);

        // For slides on a dark background.
        const QString dark = path(QStringLiteral("scenario13-dark.png"));
        QCOMPARE(runExport({QStringLiteral("--scenario"), QStringLiteral("13"), QStringLiteral("--png"), dark,
                            QStringLiteral("--beats"), QStringLiteral("5"), QStringLiteral("--theme"),
                            QStringLiteral("dark"), QStringLiteral("--view"), QStringLiteral("tasks")}),
                 0);
        QVERIFY(QColor(QImage(dark).pixel(4, 4)).lightness() < 50);
    }

    void slowedWavOfATrace_data()
    {
        QTest::addColumn<QString>("speed");
        QTest::addColumn<double>("factor");
        QTest::newRow("1") << QStringLiteral("1") << 1.0;
        QTest::newRow("0.5") << QStringLiteral("0.5") << 2.0;
        QTest::newRow("0.1") << QStringLiteral("0.1") << 10.0;
        QTest::newRow("1/100") << QStringLiteral("1/100") << 100.0;
    }
    void slowedWavOfATrace()
    {
        // `export --wav --speed S` of a trace: every heard beat's onset lands at exactly
        // t / S, to the sample, and the file lasts the slowed run.
        QFETCH(QString, speed);
        QFETCH(double, factor);
        const TraceData run = synthetic::syncRun(15, 6000);
        const QString trace = path(QStringLiteral("sync.json"));
        QString error;
        QVERIFY2(ChromeTraceWriter::write(run, trace, &error), qPrintable(error));
        const QString out = path(QStringLiteral("slow-%1.wav").arg(factor));
        QCOMPARE(runExport({QStringLiteral("--trace-in"), trace, QStringLiteral("--wav"), out, QStringLiteral("--speed"),
                            speed}),
                 0);
        const audiotest::Wav wav = audiotest::readWav(out);
        QVERIFY(wav.ok);
        QCOMPARE(wav.sampleRate, 48000);
        std::vector<std::int64_t> expected;
        float gain = 1.f;
        OfflineRenderer reference(48000);
        for (const Event &e : run.events) {
            if (e.kind == EventKind::Beat) {
                expected.push_back(OfflineRenderer::onsetSample(std::llround(double(e.t) * factor), 48000));
                gain = std::min(gain, reference.synth().voiceFor(Click{e.t, int(e.a), int(e.b), e.has(Tock)}).gain);
            }
        }
        // Beats are at least 480 samples apart; a quiet click's threshold is crossed inside
        // a loud one's first few hundred samples, so look for the next onset only after them.
        QCOMPARE(audiotest::detectOnsets(wav.samples, 0.6f * gain, 400), expected);
        const double seconds = double(wav.samples.size()) / 48000;
        const double runSeconds = double(ReplaySchedule(run).endNs()) * factor / 1e9;
        QVERIFY2(seconds >= runSeconds && seconds < runSeconds + 0.5, qPrintable(QString::number(seconds)));
    }

    void wavOfAScenarioRun()
    {
        const QString out = path(QStringLiteral("scenario14.wav"));
        QCOMPARE(runExport({QStringLiteral("--scenario"), QStringLiteral("14"), QStringLiteral("--wav"), out,
                            QStringLiteral("--speed"), QStringLiteral("0.25")}),
                 0);
        const audiotest::Wav wav = audiotest::readWav(out);
        QVERIFY(wav.ok);
        // 15 beats at 6000 BPM last about 150 ms; four times slower, about 0.6 s.
        QVERIFY2(wav.samples.size() > std::size_t(0.55 * 48000), qPrintable(QString::number(wav.samples.size())));
    }

    void presentationScaleGrowsTextAndMarks()
    {
        // The same chart at the presentation scale: taller (fitted), and more ink per row.
        const QString trace = path(QStringLiteral("run9.json"));
        QString error;
        QVERIFY2(ChromeTraceWriter::write(synthetic::syncRun(8, 6000), trace, &error), qPrintable(error));
        const QString normal = path(QStringLiteral("normal.png"));
        const QString big = path(QStringLiteral("big.png"));
        QCOMPARE(runExport({QStringLiteral("--trace-in"), trace, QStringLiteral("--png"), normal}), 0);
        QCOMPARE(runExport({QStringLiteral("--trace-in"), trace, QStringLiteral("--png"), big,
                            QStringLiteral("--presentation-scale"), QStringLiteral("2")}),
                 0);
        const QImage a(normal), b(big);
        QCOMPARE(b.width(), a.width());
        QCOMPARE(b.height(), 2 * a.height());
    }

    void rendersLessons()
    {
        // A bedtime lesson has no beats: drawn in the task view whatever --view says, so
        // the chart grows with its goroutine lanes (taller than a beat chart's minimum).
        const QString one = path(QStringLiteral("pause.png"));
        QCOMPARE(runExport({QStringLiteral("--lesson"), QStringLiteral("bedtime_go_pause"), QStringLiteral("--png"),
                            one, QStringLiteral("--view"), QStringLiteral("beats")}),
                 0);
        QVERIFY(QImage(one).height() >= 100 + 34 * 6);
        // The lessons page: one chart per lesson, stacked.
        const QString page = path(QStringLiteral("lessons.svg"));
        QCOMPARE(runExport({QStringLiteral("--lesson"), QStringLiteral("all"), QStringLiteral("--svg"), page}), 0);
        QFile svg(page);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        for (const Scenario &l : ScenarioRegistry::lessons())
            QVERIFY2(text.contains(l.id.toUtf8()), qPrintable(l.id));
    }
};

QTEST_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
