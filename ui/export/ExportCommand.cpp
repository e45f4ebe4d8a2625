#include "export/ExportCommand.h"

#include "GuiApp.h"
#include "audio/OfflineRenderer.h"
#include "cli/RunOptions.h"
#include "metronome/DelayProfile.h"
#include "metronome/MetronomeRun.h"
#include "metronome/Scenario.h"
#include "replay/ReplaySchedule.h"
#include "trace/TraceFiles.h"

#include <QApplication>
#include <QPalette>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace cacophony {

namespace {

constexpr int kMinBpm = 1;
constexpr int kMaxBpm = 6000;
constexpr int kMaxBeats = RunOptions::kMaxBeats; // as `cacophony run`
constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8;
constexpr double kMinPresentationScale = 1;
constexpr double kMaxPresentationScale = 3;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int badInput(const QString &message)
{
    printLine(stderr, QStringLiteral("cacophony export: %1").arg(message));
    return 2;
}

int failure(const QString &message)
{
    printLine(stderr, QStringLiteral("cacophony export: %1").arg(message));
    return 1;
}

// Runs one scenario silently to its end (and the grace period for stragglers).
bool runToCompletion(const RunSettings &settings, TraceData *trace, QString *error)
{
    MetronomeRun run(settings);
    run.start();
    // Generous: measurements may take 2.5 intervals each, and the machine may be busy.
    const std::int64_t expectedMs = (std::int64_t(settings.beats) + 3) * settings.intervalNs() / 1'000'000;
    const int timeoutMs = int(std::min<std::int64_t>(3 * expectedMs + 15'000, 3'600'000));
    if (!run.wait(timeoutMs)) {
        run.stop();
        run.wait(5000);
        *error = QStringLiteral("the run of %1 did not finish within %2 s").arg(settings.scenario).arg(timeoutMs / 1000);
        return false;
    }
    if (!run.error().empty())
        printLine(stderr, QStringLiteral("cacophony export: note: %1 ended with an error: %2")
                              .arg(settings.scenario, QString::fromStdString(run.error())));
    *trace = run.trace();
    return true;
}

} // namespace

QString ExportCommand::usage()
{
    return QStringLiteral(
        "Usage: cacophony export --scenario ID|all (--png|--pdf|--svg|--jpg|--wav) FILE [options]\n"
        "       cacophony export --lesson ID|all (--png|--pdf|--svg|--jpg|--wav) FILE [options]\n"
        "Runs scenarios (or lessons) without sound and renders their timeline (or their beats) to FILE.\n"
        "  --scenario ID|all   a scenario id or number (1-14); all = the series page\n"
        "  --lesson ID|all     a lesson id (cacophony lessons); all = the lessons page;\n"
        "                      a bedtime lesson is drawn in the task view\n"
        "  --trace-in FILE     render a saved trace instead of running\n"
        "  --png/--pdf/--svg/--jpg FILE   the output (exactly one)\n"
        "  --wav FILE          instead: the beats that were heard, as a 48 kHz WAV\n"
        "  --speed S           with --wav: replay speed, 1 (default), 0.5, 0.25, 0.1 or 0.01\n"
        "                      (any from 0.01 to 1; 1/10 and 10% work too)\n"
        "  --view beats|tasks  the beat view (default) or the task view\n"
        "  --width N --height N  size in pixels (100-20000); default: fitted\n"
        "  --scale F           pixel density of PNG/JPG (0.25-8, default 1)\n"
        "  --presentation-scale F  text and marks F times their size, as the app's\n"
        "                      presentation mode draws them (1-3, default 1)\n"
        "  --bpm N (1-6000, default 6000, or a lesson's own)  --beats N (1-100000, default 15)\n"
        "  --seed N (default 1)  --profile short|oscillating|random (default: the scenario's)\n"
        "  --theme light|dark  colours for a light (default) or a dark background\n"
        "  --pages one|a4|16:9  with --pdf of a page (all): one tall page (default) or a\n"
        "                      page per chart, A4 or 16:9 landscape");
}

std::optional<ExportCommand::Options> ExportCommand::parse(const QStringList &args, QString *error)
{
    static const QStringList valued = {
        QStringLiteral("scenario"), QStringLiteral("trace-in"), QStringLiteral("png"),   QStringLiteral("pdf"),
        QStringLiteral("svg"),      QStringLiteral("jpg"),      QStringLiteral("view"),  QStringLiteral("width"),
        QStringLiteral("height"),   QStringLiteral("scale"),    QStringLiteral("bpm"),   QStringLiteral("beats"),
        QStringLiteral("seed"),     QStringLiteral("profile"),  QStringLiteral("theme"),   QStringLiteral("wav"),
        QStringLiteral("speed"),    QStringLiteral("presentation-scale"), QStringLiteral("lesson"),
        QStringLiteral("pages"),
    };
    auto fail = [error](const QString &message) -> std::optional<Options> {
        *error = message;
        return std::nullopt;
    };

    QHash<QString, QString> values;
    Options options;
    QStringList outputs;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            options.help = true;
            return options;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return fail(QStringLiteral("unexpected argument \"%1\" (see --help)").arg(arg));
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (!valued.contains(name))
            return fail(QStringLiteral("unknown option --%1 (see --help)").arg(name));
        if (eq < 0) {
            if (i + 1 >= args.size())
                return fail(QStringLiteral("--%1 needs a value").arg(name));
            value = args[++i];
        }
        if (value.isEmpty())
            return fail(QStringLiteral("--%1 needs a value").arg(name));
        if (name == QLatin1String("png") || name == QLatin1String("pdf") || name == QLatin1String("svg")
            || name == QLatin1String("jpg") || name == QLatin1String("wav")) {
            if (!outputs.contains(name))
                outputs << name;
        }
        values.insert(name, value);
    }

    auto integer = [&](const char *name, qint64 min, qint64 max, qint64 *out) -> bool {
        const QString key = QLatin1String(name);
        if (!values.contains(key))
            return true;
        bool ok = false;
        const qint64 v = values.value(key).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                         .arg(key).arg(min).arg(max).arg(values.value(key));
            return false;
        }
        *out = v;
        return true;
    };

    // What to render.
    options.scenario = values.value(QStringLiteral("scenario"));
    options.traceIn = values.value(QStringLiteral("trace-in"));
    options.lesson = values.value(QStringLiteral("lesson"));
    if (!options.lesson.isEmpty()) {
        if (!options.scenario.isEmpty() || !options.traceIn.isEmpty())
            return fail(QStringLiteral("--lesson cannot be combined with --%1")
                            .arg(options.scenario.isEmpty() ? QStringLiteral("trace-in") : QStringLiteral("scenario")));
        if (values.contains(QStringLiteral("profile")))
            return fail(QStringLiteral("--lesson cannot be combined with --profile: a lesson is its own program"));
        if (options.lesson != QLatin1String("all") && !ScenarioRegistry::findLesson(options.lesson))
            return fail(QStringLiteral("unknown lesson \"%1\" (cacophony lessons lists them), or all").arg(options.lesson));
    }
    if (options.scenario.isEmpty() && options.traceIn.isEmpty() && options.lesson.isEmpty())
        return fail(QStringLiteral("say what to render: --scenario ID|all, --lesson ID|all or --trace-in FILE"));
    if (!options.scenario.isEmpty() && !options.traceIn.isEmpty())
        return fail(QStringLiteral("--scenario and --trace-in exclude each other"));
    if (!options.scenario.isEmpty() && options.scenario != QLatin1String("all")
        && !ScenarioRegistry::findScenario(options.scenario))
        return fail(QStringLiteral("unknown scenario \"%1\" (an id or a number from 1 to %2, or all)")
                        .arg(options.scenario)
                        .arg(ScenarioRegistry::scenarios().size()));
    if (const Scenario *s = ScenarioRegistry::findScenario(options.scenario); s && s->isLesson())
        return fail(QStringLiteral("\"%1\" is a lesson: render it with --lesson %1").arg(s->id));
    if (!options.traceIn.isEmpty()) {
        const QFileInfo in(options.traceIn);
        if (!in.isFile() || !in.isReadable())
            return fail(QStringLiteral("cannot read the trace file %1").arg(QDir::toNativeSeparators(options.traceIn)));
        for (const char *runOnly : {"bpm", "beats", "seed", "profile"}) {
            if (values.contains(QLatin1String(runOnly)))
                return fail(QStringLiteral("--%1 applies to runs, not to --trace-in").arg(QLatin1String(runOnly)));
        }
    }

    // Where to.
    if (outputs.size() != 1)
        return fail(QStringLiteral("give exactly one output: --png, --pdf, --svg, --jpg or --wav FILE"));
    const QString kind = outputs.front();
    options.output = values.value(kind);
    options.wav = kind == QLatin1String("wav");
    if (options.wav && (options.scenario == QLatin1String("all") || options.lesson == QLatin1String("all")))
        return fail(QStringLiteral("--wav renders one run: give one scenario, one lesson or --trace-in"));
    if (values.contains(QStringLiteral("speed"))) {
        if (!options.wav)
            return fail(QStringLiteral("--speed applies to --wav"));
        const std::optional<double> speed = ReplaySchedule::parseSpeed(values.value(QStringLiteral("speed")));
        if (!speed)
            return fail(QStringLiteral("--speed must be from 0.01 to 1 (e.g. 0.1 or 1/10), not \"%1\"")
                            .arg(values.value(QStringLiteral("speed"))));
        options.speed = *speed;
    }
    if (options.wav) {
        for (const char *pictureOnly : {"view", "width", "height", "scale", "presentation-scale", "theme"}) {
            if (values.contains(QLatin1String(pictureOnly)))
                return fail(QStringLiteral("--%1 applies to pictures, not to --wav").arg(QLatin1String(pictureOnly)));
        }
    }
    options.format = kind == QLatin1String("png")   ? ChartExporter::Format::Png
                     : kind == QLatin1String("pdf") ? ChartExporter::Format::Pdf
                     : kind == QLatin1String("svg") ? ChartExporter::Format::Svg
                                                    : ChartExporter::Format::Jpg;
    if (values.contains(QStringLiteral("pages"))) {
        const QString pages = values.value(QStringLiteral("pages")).toLower();
        if (options.format != ChartExporter::Format::Pdf
            || (options.scenario != QLatin1String("all") && options.lesson != QLatin1String("all")))
            return fail(QStringLiteral("--pages applies to --pdf of --scenario all or --lesson all"));
        if (pages == QLatin1String("a4"))
            options.chart.pages = ChartExporter::Pages::A4;
        else if (pages == QLatin1String("16:9"))
            options.chart.pages = ChartExporter::Pages::Wide;
        else if (pages != QLatin1String("one"))
            return fail(QStringLiteral("--pages must be one, a4 or 16:9, not \"%1\"").arg(values.value(QStringLiteral("pages"))));
    }
    const QFileInfo out(options.output);
    if (out.isDir())
        return fail(QStringLiteral("the output %1 is a folder").arg(QDir::toNativeSeparators(options.output)));
    // A name that promises another format would mislead whoever opens the file (no
    // suffix at all promises nothing and is allowed).
    const QString suffix = out.suffix().toLower();
    const bool sameKind = suffix == kind || (kind == QLatin1String("jpg") && suffix == QLatin1String("jpeg"));
    static const QStringList kPictureSuffixes{QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"),
                                              QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
                                              QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"),
                                              QStringLiteral("webp"), QStringLiteral("wav"), QStringLiteral("mp3"),
                                              QStringLiteral("ogg"), QStringLiteral("flac")};
    if (!sameKind && !suffix.isEmpty() && !kPictureSuffixes.contains(suffix)) // a.txt, chart.v2
        return fail(QStringLiteral("--%1 writes %2, but %3 is named .%4: name it .%1")
                        .arg(kind, kind.toUpper(), QDir::toNativeSeparators(options.output), suffix));
    if (!sameKind && kPictureSuffixes.contains(suffix)) {
        const QString flag = suffix == QLatin1String("jpeg") ? QStringLiteral("jpg") : suffix;
        const bool offered = QStringList{QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"),
                                         QStringLiteral("jpg"), QStringLiteral("wav")}
                                 .contains(flag);
        return fail(QStringLiteral("--%1 writes %2, but %3 is named .%4: name it .%1%5")
                        .arg(kind, kind.toUpper(), QDir::toNativeSeparators(options.output), suffix,
                             offered ? QStringLiteral(", or use --%1").arg(flag)
                                     : QStringLiteral(" (%1 is not offered)").arg(suffix.toUpper())));
    }
    const QFileInfo folder(out.absolutePath());
    if (!folder.isDir())
        return fail(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(out.absolutePath())));
    if (!folder.isWritable())
        return fail(QStringLiteral("the folder %1 is not writable").arg(QDir::toNativeSeparators(out.absolutePath())));

    // How.
    const QString view = values.value(QStringLiteral("view"), QStringLiteral("beats"));
    if (view == QLatin1String("beats"))
        options.view = TimelineView::View::Beats;
    else if (view == QLatin1String("tasks"))
        options.view = TimelineView::View::Tasks;
    else
        return fail(QStringLiteral("--view must be beats or tasks, not \"%1\"").arg(view));
    qint64 width = 0, height = 0, bpm = options.bpm, beats = options.beats;
    if (!integer("width", ChartExporter::kMinSize, ChartExporter::kMaxSize, &width)
        || !integer("height", ChartExporter::kMinSize, ChartExporter::kMaxSize, &height)
        || !integer("bpm", kMinBpm, kMaxBpm, &bpm) || !integer("beats", 1, kMaxBeats, &beats))
        return std::nullopt;
    options.chart.width = int(width);
    options.chart.height = int(height);
    options.bpm = int(bpm);
    options.bpmGiven = values.contains(QStringLiteral("bpm"));
    options.beats = int(beats);
    if (values.contains(QStringLiteral("scale"))) {
        bool ok = false;
        const double scale = values.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale >= kMinScale && scale <= kMaxScale))
            return fail(QStringLiteral("--scale must be a number from %1 to %2, not \"%3\"")
                            .arg(kMinScale).arg(kMaxScale).arg(values.value(QStringLiteral("scale"))));
        options.chart.scale = scale;
    }
    if (values.contains(QStringLiteral("presentation-scale"))) {
        bool ok = false;
        const double scale = values.value(QStringLiteral("presentation-scale")).toDouble(&ok);
        if (!ok || !(scale >= kMinPresentationScale && scale <= kMaxPresentationScale))
            return fail(QStringLiteral("--presentation-scale must be a number from %1 to %2, not \"%3\"")
                            .arg(kMinPresentationScale).arg(kMaxPresentationScale)
                            .arg(values.value(QStringLiteral("presentation-scale"))));
        options.chart.presentationScale = scale;
    }
    if (values.contains(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = values.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\"")
                            .arg(values.value(QStringLiteral("seed"))));
    }
    if (values.contains(QStringLiteral("profile"))) {
        options.profile = values.value(QStringLiteral("profile"));
        if (!delayProfileFromName(options.profile))
            return fail(QStringLiteral("--profile must be short, oscillating or random, not \"%1\"").arg(options.profile));
    }
    const QString theme = values.value(QStringLiteral("theme"), QStringLiteral("light"));
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(QStringLiteral("--theme must be light or dark, not \"%1\"").arg(theme));
    options.dark = theme == QLatin1String("dark");
    return options;
}

int ExportCommand::run(int argc, char **argv)
{
    QStringList args;
    for (int i = 2; i < argc; ++i) // argv[1] is "export"
        args << QString::fromLocal8Bit(argv[i]);
    QString error;
    const std::optional<Options> options = parse(args, &error);
    if (!options)
        return badInput(error);
    if (options->help) {
        printLine(stdout, usage());
        return 0;
    }
    if (QCoreApplication::instance()) {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return failure(QStringLiteral("rendering needs a QApplication"));
        return run(*options);
    }
    // No display: render offscreen rather than fail to connect to one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cacophony"));
    return run(*options);
}

int ExportCommand::run(const Options &options)
{
    // The charts take their colours from the palette; exports do not follow the desktop's.
    QPalette palette = QApplication::palette();
    const QPalette previous = palette;
    if (options.dark) {
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        palette.setColor(QPalette::Text, QColor(0xe4, 0xe6, 0xeb));
        palette.setColor(QPalette::WindowText, QColor(0xe4, 0xe6, 0xeb));
        palette.setColor(QPalette::Highlight, QColor(0x4a, 0x88, 0xe8));
    } else {
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
        palette.setColor(QPalette::Text, QColor(0x1d, 0x1f, 0x23));
        palette.setColor(QPalette::WindowText, QColor(0x1d, 0x1f, 0x23));
        palette.setColor(QPalette::Highlight, QColor(0x30, 0x6e, 0xd8));
    }
    QApplication::setPalette(palette);
    struct RestorePalette
    {
        QPalette palette;
        ~RestorePalette() { QApplication::setPalette(palette); }
    } restore{previous};

    std::vector<TraceData> traces;
    if (!options.traceIn.isEmpty()) {
        QString error;
        std::optional<TraceData> trace = TraceFiles::read(options.traceIn, &error);
        if (!trace)
            return badInput(error);
        traces.push_back(std::move(*trace));
    } else {
        std::vector<const Scenario *> scenarios;
        if (options.lesson == QLatin1String("all")) {
            for (const Scenario &lesson : ScenarioRegistry::lessons())
                scenarios.push_back(&lesson);
        } else if (!options.lesson.isEmpty()) {
            scenarios.push_back(ScenarioRegistry::findLesson(options.lesson));
        } else if (options.scenario == QLatin1String("all")) {
            for (const Scenario &scenario : ScenarioRegistry::scenarios())
                scenarios.push_back(&scenario);
        } else {
            scenarios.push_back(ScenarioRegistry::findScenario(options.scenario));
        }
        for (const Scenario *scenario : scenarios) {
            // The settings `cacophony run` would use (a lesson's own tempo unless --bpm).
            RunOptions run;
            run.bpm = options.bpm;
            run.bpmGiven = options.bpmGiven;
            run.beats = options.beats;
            run.seed = options.seed;
            if (!options.profile.isEmpty())
                run.profile = delayProfileFromName(options.profile);
            const RunSettings settings = run.settingsFor(scenario);
            TraceData trace;
            QString error;
            if (!runToCompletion(settings, &trace, &error))
                return failure(error);
            traces.push_back(std::move(trace));
        }
    }

    if (options.wav) {
        // What the window's Replay plays at this speed (ReplaySchedule), rendered by the
        // engine's own scheduler.
        const ReplaySchedule schedule(traces.front());
        OfflineRenderer renderer;
        renderer.beginRun(std::chrono::steady_clock::now());
        const std::vector<Click> clicks = schedule.replayClicks(options.speed);
        for (const Click &click : clicks)
            renderer.click(click);
        renderer.setMinimumDurationNs(ReplaySchedule::toReplayNs(schedule.endNs(), options.speed));
        renderer.endRun();
        QString error;
        if (!renderer.writeWav(options.output, &error))
            return failure(error);
        const double seconds = double(ReplaySchedule::toReplayNs(schedule.endNs(), options.speed)) / 1e9;
        // A lesson that prints is heard as its lines; no plural to get wrong ("1 beats").
        const bool lines = std::any_of(clicks.cbegin(), clicks.cend(), [](const Click &c) { return c.line >= 0; });
        printLine(stdout, QStringLiteral("wrote %1 (%2: %3, at %4 speed, %5 s)")
                              .arg(QDir::toNativeSeparators(options.output))
                              .arg(lines ? QStringLiteral("lines") : QStringLiteral("beats"))
                              .arg(clicks.size())
                              .arg(ReplaySchedule::speedLabel(options.speed))
                              .arg(seconds, 0, 'f', 2));
        return 0;
    }

    QString error;
    bool ok = false;
    if (options.scenario == QLatin1String("all")) {
        ok = ChartExporter::exportSeriesPage(traces, options.view, options.output, options.format, options.chart, &error);
    } else if (options.lesson == QLatin1String("all")) {
        ok = ChartExporter::exportLessonsPage(traces, options.view, options.output, options.format, options.chart, &error);
    } else {
        TimelineView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setView(ChartExporter::viewFor(traces.front(), options.view));
        view.setPresentationScale(options.chart.presentationScale); // fittedHeight() follows it
        view.setTraceData(traces.front());
        view.setTitle(ChartExporter::captionFor(traces.front().settings));
        ChartExporter::Options chart = options.chart;
        if (chart.width <= 0)
            chart.width = ChartExporter::kPageWidth;
        if (chart.height <= 0)
            chart.height = ChartExporter::fittedHeight(view);
        view.resize(chart.width, chart.height);
        ok = ChartExporter::exportView(&view, options.output, options.format, chart, &error);
    }
    if (!ok)
        return failure(error);
    printLine(stdout, QStringLiteral("wrote %1").arg(QDir::toNativeSeparators(options.output)));
    return 0;
}

int GuiApp::runExport(int argc, char **argv)
{
    return ExportCommand::run(argc, argv);
}

} // namespace cacophony
