// Timeline costs on the UI thread: ingesting a run (whole trace or live batches) and
// replotting it, at 10k, 100k, 1M and 10M events, zoomed out (whole run) and zoomed in (a
// 100 ms window). Targets at 10M events: replot ≤ 16 ms, ingest ≤ 2 s, ≤ 100 bytes/event.
// Memory per event is the growth of the resident set (VmRSS) over an ingest into a fresh
// view, divided by the events; the view's own account (memoryBytes) is shown beside it.
//
//   bench_timeline [benchmark flags]
//       the 10M-event runs are families of their own (…_10M), which scripts/bench leaves
//       out: run them with --benchmark_filter=_10M (about two minutes).
//   bench_timeline --retention SECONDS [--bpm N] [--scenario ID] [--keep SECONDS]
//       plays a continuous run (beats = 0) in the main window, offscreen and silent-safe,
//       and prints the resident set every 5 s: does a long run keep memory bounded?
//       --keep shortens what the run keeps (default: the app's 10 minutes), to see the
//       plateau in a short measurement.
//   bench_timeline --render DIR [EVENTS...]
//       writes what the replot benchmarks draw, as PNGs (replot_<events>_<view>_<zoom>.png),
//       to look at the pictures whose cost is measured (default: 10k, 100k and 1M events).

#include "SyntheticTrace.h"
#include "timeline/TimelineView.h"
#include "window/MainWindow.h"
#include "window/RunController.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <benchmark/benchmark.h>
#include <qcustomplot.h>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <vector>

using namespace cacophony;

namespace {

constexpr int kWidth = 1600, kHeight = 900;
constexpr double kZoomWindowMs = 100.0; // ten beats at 6000 BPM

// Resident set of this process in bytes (0 if /proc is unavailable).
std::int64_t residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // readAll, not atEnd/readLine: /proc files report a size of 0.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

const TraceData &traceOf(std::size_t n)
{
    static std::map<std::size_t, TraceData> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, bench::syntheticTrace(n)).first;
    return it->second;
}

std::unique_ptr<TimelineView> shownView()
{
    auto view = std::make_unique<TimelineView>();
    view->resize(kWidth, kHeight);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// A shown view holding the synthetic run of n events, kept for the replot benchmarks of
// the same size (ingesting 10M events takes seconds; Google Benchmark calls a benchmark
// several times). One at a time: the previous size's view goes. loadedView(0) lets go of
// it (before the QApplication goes).
TimelineView *loadedView(std::size_t n)
{
    static std::size_t loaded = 0;
    static std::unique_ptr<TimelineView> view;
    if (n == 0 || loaded != n) {
        view.reset();
        loaded = 0;
    }
    if (n != 0 && !view) {
        view = shownView();
        view->setTraceData(traceOf(n));
        loaded = n;
    }
    return view.get();
}

double lastEventMs(const TraceData &data)
{
    return static_cast<double>(data.events.back().t) / 1e6;
}

} // namespace

// A whole recorded run into a fresh, shown view (opening a trace file, history).
static void BM_TimelineIngest(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const TraceData &data = traceOf(n);
    double rssPerEvent = 0, modelPerEvent = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto view = shownView();
        malloc_trim(0); // freed memory of the previous iteration must not hide the growth
        const std::int64_t before = residentBytes();
        state.ResumeTiming();
        view->setTraceData(data);
        state.PauseTiming();
        rssPerEvent = static_cast<double>(residentBytes() - before) / static_cast<double>(n);
        modelPerEvent = static_cast<double>(view->memoryBytes()) / static_cast<double>(n);
        view.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["rss_B/event"] = rssPerEvent;
    state.counters["model_B/event"] = modelPerEvent;
}
BENCHMARK(BM_TimelineIngest)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineIngest)->Name("BM_TimelineIngest_10M")->Arg(10000000)->Iterations(1)->Unit(benchmark::kMillisecond);

// The live path: the same run arriving as frame-sized batches (appendEvents).
static void BM_TimelineAppend(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const TraceData &data = traceOf(n);
    constexpr std::size_t kBatch = 2000;
    std::vector<EventBatch> batches;
    for (std::size_t i = 0; i < n; i += kBatch)
        batches.emplace_back(data.events.begin() + static_cast<std::ptrdiff_t>(i),
            data.events.begin() + static_cast<std::ptrdiff_t>(std::min(n, i + kBatch)));
    double rssPerEvent = 0, modelPerEvent = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto view = shownView();
        view->clear(data.settings);
        view->updateNames(data.tasks, data.objects);
        malloc_trim(0);
        const std::int64_t before = residentBytes();
        state.ResumeTiming();
        for (const EventBatch &batch : batches)
            view->appendEvents(batch);
        state.PauseTiming();
        rssPerEvent = static_cast<double>(residentBytes() - before) / static_cast<double>(n);
        modelPerEvent = static_cast<double>(view->memoryBytes()) / static_cast<double>(n);
        view.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["rss_B/event"] = rssPerEvent;
    state.counters["model_B/event"] = modelPerEvent;
}
BENCHMARK(BM_TimelineAppend)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineAppend)->Name("BM_TimelineAppend_10M")->Arg(10000000)->Iterations(1)->Unit(benchmark::kMillisecond);

// A continuous run's trim (RunController::eventsDropped -> TimelineView::dropBefore): a
// live view holding range(0) events drops the oldest fifth of its time, as the
// TraceWindow does when it is 5/4 over its limits.
static void BM_TimelineDropBefore(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const TraceData &data = traceOf(n);
    constexpr std::size_t kBatch = 2000;
    const std::int64_t cutoff = data.events.front().t + (data.events.back().t - data.events.front().t) / 5;
    for (auto _ : state) {
        state.PauseTiming();
        auto view = shownView();
        view->clear(data.settings);
        view->updateNames(data.tasks, data.objects);
        for (std::size_t i = 0; i < n; i += kBatch)
            view->appendEvents(EventBatch(data.events.begin() + static_cast<std::ptrdiff_t>(i),
                data.events.begin() + static_cast<std::ptrdiff_t>(std::min(n, i + kBatch))));
        state.ResumeTiming();
        view->dropBefore(cutoff);
        state.PauseTiming();
        state.counters["kept"] = static_cast<double>(view->eventCount());
        view.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_TimelineDropBefore)->Arg(300000)->Unit(benchmark::kMillisecond)->Iterations(3);

// One immediate replot of a shown 1600x900 view; range(1) = 0 whole run, 1 a 100 ms
// window in the middle; range(2) = 0 beat view, 1 task view.
static void BM_TimelineReplot(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const TraceData &data = traceOf(n);
    TimelineView *view = loadedView(n);
    view->setView(state.range(2) ? TimelineView::View::Tasks : TimelineView::View::Beats);
    if (state.range(1)) {
        const double mid = lastEventMs(data) / 2;
        view->setTimeRange(mid, mid + kZoomWindowMs);
    } else {
        view->setTimeRange(0, lastEventMs(data));
    }
    view->refresh();
    for (auto _ : state)
        view->plot()->replot(QCustomPlot::rpImmediateRefresh);
    const auto range = view->timeRange();
    state.counters["shown_ms"] = range.second - range.first;
}
BENCHMARK(BM_TimelineReplot)
    ->ArgNames({"events", "zoomed", "tasks"})
    ->ArgsProduct({{10000, 100000, 1000000}, {0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineReplot)
    ->Name("BM_TimelineReplot_10M")
    ->ArgNames({"events", "zoomed", "tasks"})
    ->ArgsProduct({{10000000}, {0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

namespace {

// Continuous play in the main window; prints "seconds rss_MiB timeline_events model_MiB
// state dropped task_names" (task_names: names the run controller holds).
int runRetention(int seconds, int bpm, const QString &scenario, int keepSeconds)
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("settings.ini")));
    if (keepSeconds > 0)
        window.controller()->setRetention(keepSeconds * 1'000'000'000LL, RunController::kRetentionMaxEvents);
    window.resize(kWidth, kHeight);
    window.show();
    if (!scenario.isEmpty())
        window.scenarioPicker()->setSelection(scenario, {}, {});
    window.tempoControl()->setBpm(bpm);
    window.beatsBox()->setValue(0);
    QCoreApplication::processEvents();
    window.playAction()->trigger();

    QElapsedTimer clock;
    clock.start();
    std::printf("# continuous run at %d BPM, scenario %s, keeping %lld s\n"
                "# s rss_MiB timeline_events model_MiB state dropped task_names\n",
        bpm, qPrintable(window.runSettings().scenario),
        static_cast<long long>(window.controller()->retentionSpanNs() / 1'000'000'000));
    auto sample = [&] {
        std::printf("%5.1f %8.1f %10zu %8.1f %s %zu %zu\n", static_cast<double>(clock.elapsed()) / 1000,
            static_cast<double>(residentBytes()) / (1 << 20), window.timeline()->eventCount(),
            static_cast<double>(window.timeline()->memoryBytes()) / (1 << 20),
            window.isPlaying() ? "playing" : "stopped", window.controller()->droppedEvents(),
            window.controller()->trace().tasks.size());
        std::fflush(stdout);
    };
    sample();
    QTimer every;
    QObject::connect(&every, &QTimer::timeout, &every, sample);
    every.start(5000);
    QTimer::singleShot(seconds * 1000, &window, [&] {
        sample();
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

// The views of BM_TimelineReplot, grabbed to DIR.
int renderViews(const QString &dir, std::vector<std::size_t> sizes)
{
    if (sizes.empty())
        sizes = {10000, 100000, 1000000};
    for (std::size_t n : sizes) {
        const TraceData &data = traceOf(n);
        auto view = shownView();
        view->setTraceData(data);
        for (bool tasks : {false, true}) {
            view->setView(tasks ? TimelineView::View::Tasks : TimelineView::View::Beats);
            for (bool zoomed : {false, true}) {
                const double mid = lastEventMs(data) / 2;
                if (zoomed)
                    view->setTimeRange(mid, mid + kZoomWindowMs);
                else
                    view->setTimeRange(0, lastEventMs(data));
                view->refresh();
                const QString path = QStringLiteral("%1/replot_%2_%3_%4.png")
                                         .arg(dir)
                                         .arg(n)
                                         .arg(tasks ? QStringLiteral("tasks") : QStringLiteral("beats"),
                                             zoomed ? QStringLiteral("in") : QStringLiteral("out"));
                if (!view->grab().save(path)) {
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                    return 1;
                }
                std::printf("%s\n", qPrintable(path));
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--retention") == 0 && i + 1 < argc) {
            int bpm = 6000, keep = 0;
            QString scenario;
            for (int j = i + 2; j + 1 < argc; ++j) {
                if (std::strcmp(argv[j], "--bpm") == 0)
                    bpm = std::atoi(argv[j + 1]);
                else if (std::strcmp(argv[j], "--scenario") == 0)
                    scenario = QString::fromLocal8Bit(argv[j + 1]);
                else if (std::strcmp(argv[j], "--keep") == 0)
                    keep = std::atoi(argv[j + 1]);
            }
            return runRetention(std::atoi(argv[i + 1]), bpm, scenario, keep);
        }
        if (std::strcmp(argv[i], "--render") == 0 && i + 1 < argc) {
            std::vector<std::size_t> sizes;
            for (int j = i + 2; j < argc; ++j)
                sizes.push_back(static_cast<std::size_t>(std::atoll(argv[j])));
            return renderViews(QString::fromLocal8Bit(argv[i + 1]), sizes);
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    loadedView(0);
    benchmark::Shutdown();
    return 0;
}
