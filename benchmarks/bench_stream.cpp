// Is the window responsive while a run streams events fast? A producer thread records a
// synthetic run into a real Tracer at a fixed rate (events per second of wall time); an
// EventStream hands them in batches to a shown, following TimelineView, as in the app. On
// the UI thread a 60 Hz timer measures how late it fires: that lateness is the lag a user
// feels (input waits behind the same work). Measured, not asserted.
//
//   bench_stream [--rate EVENTS_PER_S] [--seconds S] [--view beats|tasks]
//       (defaults: 100000, 10, tasks) prints one line of figures.
//   bench_stream ... --save EVENTS [--save-on-ui-thread 1]
//       one second in, saves a synthetic run of EVENTS events as a trace file, in the
//       background as File > Save Trace does (TraceFileJob), or on the UI thread as it
//       did before; prints a second line with the lag and replots while it saved.

#include "SyntheticTrace.h"
#include "timeline/TimelineView.h"
#include "trace/ChromeTraceWriter.h"
#include "trace/EventStream.h"
#include "trace/Tracer.h"
#include "window/TraceFileJob.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <qcustomplot.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace cacophony;

namespace {

constexpr int kFrameMs = 16;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv);
    long rate = 100000;
    int seconds = 10;
    bool tasks = true;
    long saveEvents = 0;
    bool saveOnUiThread = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--save") == 0)
            saveEvents = std::max(0L, std::atol(argv[i + 1]));
        else if (std::strcmp(argv[i], "--save-on-ui-thread") == 0)
            saveOnUiThread = std::atoi(argv[i + 1]) != 0;
        if (std::strcmp(argv[i], "--rate") == 0)
            rate = std::max(1L, std::atol(argv[i + 1]));
        else if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--view") == 0)
            tasks = std::strcmp(argv[i + 1], "beats") != 0;
    }

    // The run, squeezed so that its events come `rate` a second: the same lanes, channels
    // and proportions as a naive async run, only faster.
    TraceData run = bench::syntheticTrace(std::size_t(rate) * std::size_t(seconds));
    const double scale = 1e9 * seconds / static_cast<double>(std::max<std::int64_t>(1, run.events.back().t));
    for (Event &e : run.events) {
        e.t = static_cast<std::int64_t>(static_cast<double>(e.t) * scale);
        e.dur = static_cast<std::int64_t>(static_cast<double>(e.dur) * scale);
    }
    run.settings.beats = 0; // continuous: the view follows the newest events

    TimelineView view;
    view.resize(1600, 900);
    view.setView(tasks ? TimelineView::View::Tasks : TimelineView::View::Beats);
    view.show();
    view.clear(run.settings);
    view.updateNames(run.tasks, run.objects);

    Tracer tracer;
    EventStream stream;
    std::size_t delivered = 0, batches = 0;
    QObject::connect(&stream, &EventStream::batchReady, &view, [&](const EventBatch &batch) {
        delivered += batch.size();
        ++batches;
        view.appendEvents(batch);
    });
    int replots = 0;
    QObject::connect(view.plot(), &QCustomPlot::afterReplot, &view, [&replots] { ++replots; });
    stream.start(&tracer);

    // Records each event once the wall clock reaches its time, as a run would.
    std::atomic<bool> done{false};
    std::thread producer([&] {
        const auto start = std::chrono::steady_clock::now();
        std::size_t next = 0;
        while (next < run.events.size()) {
            const std::int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                         std::chrono::steady_clock::now() - start)
                                         .count();
            while (next < run.events.size() && run.events[next].t <= now)
                tracer.record(run.events[next++]);
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        done.store(true);
    });

    // The save, one second in: lag and replots from its start to its end.
    // Shared, as the window shares the run on screen with the save.
    const auto toSave = std::make_shared<const TraceData>(
        saveEvents > 0 ? bench::syntheticTrace(std::size_t(saveEvents)) : TraceData {});
    QTemporaryDir saveDir;
    bool saving = false, saved = false;
    std::vector<double> saveLateMs;
    int replotsBefore = 0, replotsWhileSaving = 0;
    QElapsedTimer saveClock;
    qint64 saveMs = 0;
    auto saveDone = [&](bool ok) {
        saving = false;
        saveMs = saveClock.elapsed();
        saved = ok;
        replotsWhileSaving = replots - replotsBefore;
    };
    if (saveEvents > 0) {
        QTimer::singleShot(1000, &view, [&] {
            saving = true;
            replotsBefore = replots;
            saveClock.start();
            const QString path = saveDir.filePath(QStringLiteral("run.json"));
            if (saveOnUiThread) {
                saveDone(ChromeTraceWriter::write(*toSave, path));
            } else {
                auto *job = TraceFileJob::save(toSave, path, &view);
                QObject::connect(job, &TraceFileJob::finished, &view,
                                 [&saveDone](bool ok, const QString &, bool) { saveDone(ok); });
            }
        });
    }

    std::vector<double> lateMs;
    QElapsedTimer clock;
    clock.start();
    qint64 expected = kFrameMs;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    QObject::connect(&frame, &QTimer::timeout, &view, [&] {
        const qint64 now = clock.elapsed();
        lateMs.push_back(static_cast<double>(std::max<qint64>(0, now - expected)));
        if (saving || (saveEvents > 0 && saveLateMs.empty() && saveClock.isValid()))
            saveLateMs.push_back(lateMs.back()); // (a save on the UI thread ends before this fires)
        expected = now + kFrameMs;
        if (done.load() && delivered == run.events.size() && !saving)
            QCoreApplication::quit();
    });
    frame.start(kFrameMs);
    QTimer::singleShot((seconds + 30) * 1000, &app, &QCoreApplication::quit); // bound
    QApplication::exec();
    producer.join();
    stream.stop();
    const double wall = static_cast<double>(clock.elapsed()) / 1000;

    std::printf("rate %ld events/s, %s view, %d s: delivered %zu of %zu events in %zu batches "
                "(%.0f/s), %d replots (%.0f/s); 60 Hz timer lateness ms: median %.1f, p99 %.1f, "
                "max %.1f; drained %.1f s after the producer started\n",
                rate, tasks ? "task" : "beat", seconds, delivered, run.events.size(), batches,
                static_cast<double>(batches) / wall, replots, replots / wall, percentile(lateMs, 0.5),
                percentile(lateMs, 0.99), lateMs.empty() ? 0.0 : *std::max_element(lateMs.begin(), lateMs.end()),
                wall);
    if (saveEvents > 0) {
        std::printf("saving %ld events %s: %s in %lld ms; %d replots while saving; 60 Hz timer lateness ms while "
                    "saving: median %.1f, p99 %.1f, max %.1f (%zu frames)\n",
                    saveEvents, saveOnUiThread ? "on the UI thread" : "in the background",
                    saved ? "saved" : "FAILED", static_cast<long long>(saveMs), replotsWhileSaving, percentile(saveLateMs, 0.5),
                    percentile(saveLateMs, 0.99),
                    saveLateMs.empty() ? 0.0 : *std::max_element(saveLateMs.begin(), saveLateMs.end()),
                    saveLateMs.size());
    }
    return delivered == run.events.size() && (saveEvents == 0 || saved) ? 0 : 1;
}
