// Timeline costs on the UI thread: ingesting a run (whole trace or live batches) and
// replotting it, at 10k, 100k, 1M and 10M events, zoomed out (whole run) and zoomed in (a
// 100 ms window). Targets at 10M events: replot ≤ 16 ms, ingest ≤ 2 s, ≤ 100 bytes/event.
// Memory per event is the growth of the resident set (VmRSS) over an ingest into a fresh
// view, divided by the events; the view's own account (memoryBytes) is shown beside it.
//
//   bench_timeline [benchmark flags]
//       the 10M-event runs are families of their own (…_10M), which scripts/bench leaves
//       out: run them with --benchmark_filter=_10M (about two minutes).
//   bench_timeline --retention SECONDS [--bpm N] [--scenario ID] [--keep SECONDS] [--quick-exit 1]
//       plays a continuous run (beats = 0) in the main window, offscreen and silent-safe,
//       and prints the resident set every 5 s: does a long run keep memory bounded?
//       --keep shortens what the run keeps (default: the app's 10 minutes), to see the
//       plateau in a short measurement. --quick-exit 1 ends without freeing anything, so
//       that under heaptrack the "leaked" memory is what the run held at the end.
//   bench_timeline --window EVENTS DIR [tasks]
//       the main window, offscreen, takes the synthetic run of EVENTS events as a live
//       feed (frame-sized batches at 60 Hz, ten seconds, following) and then shows it
//       from the history, as a recorded run; prints how late a 60 Hz timer fired meanwhile
//       (the freezes a user would feel) and the resident set, and writes the window
//       (window.png) and the app's image export (export.png) to DIR.
//   bench_timeline --render DIR [EVENTS...]
//       writes what the replot benchmarks draw, as PNGs (replot_<events>_<view>_<zoom>.png),
//       to look at the pictures whose cost is measured (default: 10k, 100k and 1M events).

#include "SyntheticTrace.h"
#include "analysis/RunAnalysis.h"
#include "timeline/TimelineView.h"
#include "trace/Tracer.h"
#include "window/MainWindow.h"
#include "session/RunController.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"

#include <QAction>
#include <QApplication>
#include <QDir>
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
#include <algorithm>
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

// A "Key:   value kB" line of a /proc file, in bytes (0 if absent).
std::int64_t procKiloBytes(const char *file, const QByteArray &key)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// Where the resident memory of a long run is, for the retention harness.
struct MemoryAccount
{
    double anonMiB = 0;      // anonymous resident pages (/proc/self/smaps_rollup)
    double heapMiB = 0;      // malloc: obtained from the system in arenas (mallinfo2 arena)
    double mmapMiB = 0;      // malloc: big blocks in their own mappings (hblkhd)
    double inUseMiB = 0;     // malloc: allocated, in arenas (uordblks)
    double freeMiB = 0;      // malloc: free inside the arenas (fordblks): fragmentation
    int arenas = 0;          // malloc arenas (malloc_info)
    long threads = 0;        // threads of the process
    double tracerMiB = 0;    // chunks the tracers hold
    std::size_t tracerChunks = 0;
};

MemoryAccount memoryAccount()
{
    constexpr double kMiB = 1 << 20;
    MemoryAccount a;
    a.anonMiB = static_cast<double>(procKiloBytes("/proc/self/smaps_rollup", "Anonymous:")) / kMiB;
    const struct mallinfo2 mi = mallinfo2();
    a.heapMiB = static_cast<double>(mi.arena) / kMiB;
    a.mmapMiB = static_cast<double>(mi.hblkhd) / kMiB;
    a.inUseMiB = static_cast<double>(mi.uordblks) / kMiB;
    a.freeMiB = static_cast<double>(mi.fordblks) / kMiB;
    char *xml = nullptr;
    std::size_t size = 0;
    if (FILE *f = open_memstream(&xml, &size)) {
        malloc_info(0, f);
        std::fclose(f);
        for (const char *p = xml; (p = std::strstr(p, "<heap nr=")) != nullptr; ++p)
            ++a.arenas;
        std::free(xml);
    }
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Threads:"))
                a.threads = line.mid(8).trimmed().toLong();
        }
    }
    const Tracer::Footprint tracer = Tracer::footprint();
    a.tracerMiB = static_cast<double>(tracer.bytes) / kMiB;
    a.tracerChunks = tracer.chunks;
    return a;
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
// TraceWindow did when it trimmed at 5/4 of its limits (now at 21/20: smaller steps, as
// costly each, since the kept part is compacted either way).
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

// Timer lateness while `work` runs the event loop: median / p99 / max in ms.
struct Lateness
{
    std::vector<double> samples;
    QString summary() const
    {
        if (samples.empty())
            return QStringLiteral("-");
        std::vector<double> v = samples;
        std::sort(v.begin(), v.end());
        auto at = [&](double q) { return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))]; };
        return QStringLiteral("%1 / %2 / %3 ms").arg(at(0.5), 0, 'f', 0).arg(at(0.99), 0, 'f', 0).arg(v.back(), 0, 'f', 0);
    }
};

// Continuous play in the main window; prints "seconds rss_MiB timeline_events model_MiB
// state dropped task_names" (task_names: names the run controller holds), then where the
// memory is (MemoryAccount: anonymous pages, malloc's arenas and their free part, big
// blocks, arenas, threads, the tracers' chunks), then the UI thread's largest lag since
// the sample before (how late a 60 Hz timer fired: the freezes a user would feel). At the
// end: the lag over the run, and what one refresh of the live statistics costs the UI
// thread now (a copy of the window) against before (sorting and analysing it there).
int runRetention(int seconds, int bpm, const QString &scenario, int keepSeconds, bool quickExit)
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

    // The controller's names as last announced: trace() would copy the whole window
    // (~15 MB) every sample, on top of the copies the live statistics make.
    std::size_t taskNames = 0;
    QObject::connect(window.controller(), &RunController::namesChanged, &window,
        [&taskNames](const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &) { taskNames = tasks.size(); });
    QElapsedTimer clock;
    clock.start();
    std::printf("# continuous run at %d BPM, scenario %s, keeping %lld s\n"
                "# s rss_MiB timeline_events model_MiB state dropped task_names"
                " | anon_MiB heap_MiB in_use_MiB free_MiB mmap_MiB arenas threads tracer_MiB tracer_chunks"
                " | lag_max_ms\n",
        bpm, qPrintable(window.runSettings().scenario),
        static_cast<long long>(window.controller()->retentionSpanNs() / 1'000'000'000));
    // A 60 Hz probe: how late each tick comes is how long the UI thread was busy.
    Lateness lateness;
    double lagSinceSample = 0;
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 due = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = probeClock.elapsed();
        if (due > 0) {
            const auto late = static_cast<double>(std::max<qint64>(0, now - due));
            lateness.samples.push_back(late);
            lagSinceSample = std::max(lagSinceSample, late);
        }
        due = now + 16;
    });
    probe.start(16);
    auto sample = [&] {
        const MemoryAccount m = memoryAccount();
        std::printf("%5.1f %8.1f %10zu %8.1f %s %zu %zu | %.1f %.1f %.1f %.1f %.1f %d %ld %.2f %zu | %.0f\n",
            static_cast<double>(clock.elapsed()) / 1000, static_cast<double>(residentBytes()) / (1 << 20),
            window.timeline()->eventCount(), static_cast<double>(window.timeline()->memoryBytes()) / (1 << 20),
            window.isPlaying() ? "playing" : "stopped", window.controller()->droppedEvents(),
            taskNames, m.anonMiB, m.heapMiB, m.inUseMiB, m.freeMiB, m.mmapMiB,
            m.arenas, m.threads, m.tracerMiB, m.tracerChunks, lagSinceSample);
        lagSinceSample = 0;
        std::fflush(stdout);
    };
    sample();
    QTimer every;
    QObject::connect(&every, &QTimer::timeout, &every, sample);
    every.start(5000);
    QTimer::singleShot(seconds * 1000, &window, [&] {
        sample();
        probe.stop();
        std::printf("# UI lag median / p99 / max over the run: %s\n", qPrintable(lateness.summary()));
        if (window.isPlaying()) {
            QElapsedTimer cost;
            cost.start();
            const TraceData copy = window.controller()->unsortedTrace();
            const double nowMs = static_cast<double>(cost.nsecsElapsed()) / 1e6;
            cost.restart();
            const RunAnalysis before = RunAnalysis::analyse(window.controller()->trace());
            const double beforeMs = static_cast<double>(cost.nsecsElapsed()) / 1e6;
            std::printf("# one refresh of the live statistics, %zu events: the UI thread's part %.1f ms "
                        "(a copy; the worker sorts and analyses it), formerly %.1f ms (sort and analysis; %d beats)\n",
                copy.events.size(), nowMs, beforeMs, before.beatsPerformed);
        }
        std::fflush(stdout);
        if (quickExit)
            std::_Exit(0); // what is held now is what a heap profiler reports as leaked
        QCoreApplication::quit();
    });
    return QApplication::exec();
}


int runWindow(std::size_t n, const QString &dir, bool tasks)
{
    const TraceData &data = traceOf(n);
    QTemporaryDir settingsDir;
    MainWindow window(settingsDir.filePath(QStringLiteral("settings.ini")));
    window.resize(kWidth, kHeight);
    window.show();
    window.setTimelineView(tasks ? TimelineView::View::Tasks : TimelineView::View::Beats);
    QCoreApplication::processEvents();
    const double rssBefore = static_cast<double>(residentBytes());

    // A 60 Hz probe: how late each tick comes is how long the UI thread was busy.
    Lateness lateness;
    QElapsedTimer probeClock;
    qint64 due = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = probeClock.elapsed();
        if (due > 0)
            lateness.samples.push_back(static_cast<double>(std::max<qint64>(0, now - due)));
        due = now + 16;
    });
    auto startProbe = [&] {
        lateness.samples.clear();
        due = 0;
        probeClock.start();
        probe.start(16);
    };

    // 1. Live: the run arrives in frame-sized batches for ten seconds, the view following.
    RunSettings live = data.settings;
    live.beats = static_cast<int>(n / 8); // a run of set length: the whole run stays in view
    TimelineView *view = window.timeline();
    view->clear(live);
    view->updateNames(data.tasks, data.objects);
    view->setFollowLatest(true);
    const std::size_t perFrame = (n + 599) / 600;
    std::size_t sent = 0;
    QElapsedTimer feedClock;
    feedClock.start();
    QTimer feed;
    QObject::connect(&feed, &QTimer::timeout, &feed, [&] {
        const std::size_t to = std::min(n, sent + perFrame);
        view->appendEvents(EventBatch(data.events.begin() + static_cast<std::ptrdiff_t>(sent),
            data.events.begin() + static_cast<std::ptrdiff_t>(to)));
        sent = to;
        if (sent == n) {
            feed.stop();
            QTimer::singleShot(500, &feed, [] { QCoreApplication::exit(0); });
        }
    });
    startProbe();
    feed.start(16);
    QApplication::exec();
    probe.stop();
    std::printf("live feed: %zu events in %.1f s; timer lateness median / p99 / max: %s; RSS %.1f MiB (+%.0f B/event)\n", n,
        static_cast<double>(feedClock.elapsed()) / 1000, qPrintable(lateness.summary()),
        static_cast<double>(residentBytes()) / (1 << 20), (static_cast<double>(residentBytes()) - rssBefore) / static_cast<double>(n));
    std::fflush(stdout);

    // 2. Recorded: the same run from the history (as after Open Trace), shown at once.
    startProbe();
    double addS = 0, showS = 0;
    QTimer::singleShot(0, &window, [&] {
        QElapsedTimer step;
        step.start();
        window.history()->add(data, true); // the analysis of the run, and a copy of it
        addS = static_cast<double>(step.restart()) / 1000;
        window.showHistoryRun(0);
        showS = static_cast<double>(step.elapsed()) / 1000;
        QTimer::singleShot(1000, &window, [] { QCoreApplication::exit(0); });
    });
    QApplication::exec();
    probe.stop();
    std::printf("from the history: added in %.2f s, shown in %.2f s (the UI thread busy all along); then timer "
                "lateness median / p99 / max: %s; RSS %.1f MiB\n",
        addS, showS, qPrintable(lateness.summary()), static_cast<double>(residentBytes()) / (1 << 20));

    QDir().mkpath(dir);
    const bool grabbed = window.grab().save(dir + QStringLiteral("/window.png"));
    QElapsedTimer exportClock;
    exportClock.start();
    const bool exported = window.exportImageFile(dir + QStringLiteral("/export.png"));
    std::printf("window.png %s; export.png %s in %.2f s\n", grabbed ? "written" : "FAILED", exported ? "written" : "FAILED",
        static_cast<double>(exportClock.elapsed()) / 1000);
    return grabbed && exported ? 0 : 1;
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
            int bpm = 6000, keep = 0, quickExit = 0;
            QString scenario;
            for (int j = i + 2; j + 1 < argc; ++j) {
                if (std::strcmp(argv[j], "--bpm") == 0)
                    bpm = std::atoi(argv[j + 1]);
                else if (std::strcmp(argv[j], "--scenario") == 0)
                    scenario = QString::fromLocal8Bit(argv[j + 1]);
                else if (std::strcmp(argv[j], "--keep") == 0)
                    keep = std::atoi(argv[j + 1]);
                else if (std::strcmp(argv[j], "--quick-exit") == 0)
                    quickExit = std::atoi(argv[j + 1]);
            }
            return runRetention(std::atoi(argv[i + 1]), bpm, scenario, keep, quickExit != 0);
        }
        if (std::strcmp(argv[i], "--window") == 0 && i + 2 < argc) {
            const bool tasks = i + 3 < argc && std::strcmp(argv[i + 3], "tasks") == 0;
            return runWindow(static_cast<std::size_t>(std::atoll(argv[i + 1])), QString::fromLocal8Bit(argv[i + 2]), tasks);
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
