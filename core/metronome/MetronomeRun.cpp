#include "metronome/MetronomeRun.h"

#include "audio/SoundSink.h"
#include "metronome/BeatPerformer.h"
#include "metronome/MetronomeContext.h"
#include "metronome/Scenario.h"
#include "metronome/VolumeMeter.h"
#include "runtime/Runtime.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace cacophony {

namespace {

using namespace std::chrono_literals;

// Stragglers get three of the longest measurements (3 x 2.5 intervals) to finish after
// the end of program, but never more than this.
constexpr double kGraceIntervals = 3 * VolumeMeter::kMaxFactor;
constexpr std::chrono::nanoseconds kMaxGrace = 30s;
// A continuous run keeps this far ahead with its ghost beats (or two intervals, if longer).
constexpr std::chrono::nanoseconds kIdealLookahead = 500ms;
// How long stop() and the end of a run wait for cancelled tasks to unwind.
constexpr int kUnwindTimeoutMs = 5000;
// How often the supervisor looks for a task that died of a misuse error while the strategy
// runs (the end of the strategy and stop() wake it at once; a continuous run's ghost grid
// when its next beat is due to be recorded). Not faster: each look is a wake-up of an
// otherwise idle process (docs/performance.md, *CPU while playing*).
constexpr auto kWatchPeriod = 250ms;
// How often the grace period after the end of program looks whether the tasks are done.
constexpr auto kPollPeriod = 10ms;

} // namespace

struct MetronomeRun::Private
{
    RunSettings settings;
    SoundSink *sink = nullptr;
    const Strategy *strategy = nullptr;
    DelayProfile profile = DelayProfile::Short;
    std::string setupError; // bad settings: the run never starts
    std::thread::id starter; // guarded by mutex

    // ~MetronomeRun() destroys the runtime (which waits for every task) before the model
    // the tasks refer to; the tracer, declared first, outlives them all.
    Tracer tracer;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<VolumeMeter> meter;
    std::unique_ptr<BeatPerformer> performer;
    std::unique_ptr<MetronomeContext> context;
    std::thread supervisor;

    mutable std::mutex mutex;
    std::condition_variable changed;  // any of the flags below changed
    bool started = false;             // guarded by mutex
    bool stopRequested = false;       // guarded by mutex
    bool mainFinished = false;        // guarded by mutex: the strategy returned or threw
    bool mainReturned = false;        // guarded by mutex: ... and it returned
    bool finished = false;            // guarded by mutex
    std::int64_t finishedNs = -1;     // guarded by mutex: run clock when finished
    std::string unwindError;          // guarded by mutex
    std::atomic<bool> sinkBegun{false};
    std::atomic<bool> endRunCalled{false};

    std::int64_t intervalNs() const { return settings.intervalNs(); }
    void runMain();
    void supervise();
    void recordIdealBeat(int beat);
    void finishOnStarterThread();
};

void MetronomeRun::Private::recordIdealBeat(int beat)
{
    Event e;
    e.kind = EventKind::IdealBeat;
    e.t = beat * intervalNs();
    e.a = beat;
    runtime->record(e);
}

void MetronomeRun::Private::runMain()
{
    bool returned = false;
    struct Finish
    {
        Private *d;
        const bool &returned;
        ~Finish()
        {
            {
                std::lock_guard lock(d->mutex);
                d->mainFinished = true;
                d->mainReturned = returned;
            }
            d->changed.notify_all();
        }
    } finish{this, returned};

    strategy->run(*context);
    // The metronome function returned: from here on the Go process would have exited.
    performer->markProgramEnd();
    returned = true;
}

void MetronomeRun::Private::supervise()
{
    const bool continuous = settings.beats == 0 && !strategy->prints;
    const std::int64_t lookahead = std::max<std::int64_t>(kIdealLookahead.count(), 2 * intervalNs());
    int nextIdeal = 0;

    std::unique_lock lock(mutex);
    // Phase 1: the strategy runs. Keep a continuous run's ghost grid ahead of time and
    // watch for a task dying of misuse (a Go panic ends the whole process).
    while (!stopRequested && !mainFinished && runtime->firstError().empty()) {
        auto wakeAt = std::chrono::steady_clock::now() + kWatchPeriod;
        if (continuous) {
            const std::int64_t horizon = runtime->now() + lookahead;
            while (static_cast<std::int64_t>(nextIdeal) * intervalNs() <= horizon)
                recordIdealBeat(nextIdeal++);
            // Again when the next ghost beat comes within the lookahead, not before.
            wakeAt = std::min(wakeAt, runtime->toSteady(static_cast<std::int64_t>(nextIdeal) * intervalNs() - lookahead));
        }
        changed.wait_until(lock, wakeAt);
    }

    // Phase 2: the grace period, for work still running after the end of program.
    if (mainReturned && !stopRequested) {
        const auto grace = std::min<std::chrono::nanoseconds>(
            kMaxGrace, std::chrono::nanoseconds(static_cast<std::int64_t>(kGraceIntervals * intervalNs())));
        const auto deadline = std::chrono::steady_clock::now() + grace;
        while (!stopRequested && runtime->firstError().empty() && std::chrono::steady_clock::now() < deadline) {
            lock.unlock();
            const bool idle = runtime->wait(static_cast<int>(kPollPeriod.count()));
            lock.lock();
            if (idle)
                break;
        }
    }

    // Phase 3: the process exits.
    lock.unlock();
    runtime->stop();
    const bool unwound = runtime->wait(kUnwindTimeoutMs);
    lock.lock();
    if (!unwound)
        unwindError = "tasks did not stop within " + std::to_string(kUnwindTimeoutMs) + " ms";
    finished = true;
    finishedNs = runtime->now();
    lock.unlock();
    changed.notify_all();
}

void MetronomeRun::Private::finishOnStarterThread()
{
    // SoundSink::endRun() belongs to the thread that started the run.
    if (!sink || !sinkBegun)
        return;
    {
        std::lock_guard lock(mutex);
        if (!started || !finished || std::this_thread::get_id() != starter)
            return;
    }
    if (!endRunCalled.exchange(true))
        sink->endRun();
}

MetronomeRun::MetronomeRun(const RunSettings &settings, SoundSink *sink)
    : d(std::make_unique<Private>())
{
    d->settings = settings;
    d->sink = sink;
    d->setupError = validationError(settings);
    if (d->setupError.empty()) {
        if (d->settings.strategy.isEmpty())
            d->settings.strategy = ScenarioRegistry::findScenario(settings.scenario)->strategyId;
        d->strategy = ScenarioRegistry::findStrategy(d->settings.strategy);
        if (d->settings.profile.isEmpty())
            d->settings.profile = delayProfileName(ScenarioRegistry::findScenario(settings.scenario)->profile);
        d->profile = *delayProfileFromName(d->settings.profile);
        d->settings.profile = delayProfileName(d->profile);
    } else {
        d->finished = true; // never starts
    }

    d->runtime = std::make_unique<Runtime>(&d->tracer);
    const auto interval = std::chrono::nanoseconds(std::max<std::int64_t>(d->intervalNs(), 1));
    d->meter = std::make_unique<VolumeMeter>(*d->runtime, d->profile, interval, d->settings.seed);
    d->performer = std::make_unique<BeatPerformer>(*d->runtime, sink);
    d->context = std::make_unique<MetronomeContext>(*d->runtime, std::max(d->settings.bpm, 1),
                                                    std::max(d->settings.beats, 0), *d->meter, *d->performer);
}

MetronomeRun::~MetronomeRun()
{
    stop();
    if (d->supervisor.joinable())
        d->supervisor.join();
    d->runtime.reset(); // waits for every task; they may use the model below
    // Normally wait() or stop() on the starting thread has done it; never leave a sink
    // begun but not ended.
    if (d->sink && d->sinkBegun && !d->endRunCalled.exchange(true))
        d->sink->endRun();
    d->context.reset();
    d->performer.reset();
    d->meter.reset();
}

std::string MetronomeRun::validationError(const RunSettings &settings)
{
    const Scenario *scenario = settings.scenario.isEmpty() ? nullptr : ScenarioRegistry::findScenario(settings.scenario);
    if (settings.strategy.isEmpty() && !scenario)
        return "no strategy given (and no known scenario to take it from)";
    if (!settings.strategy.isEmpty() && !ScenarioRegistry::findStrategy(settings.strategy))
        return "unknown strategy '" + settings.strategy.toStdString() + "'";
    if (settings.profile.isEmpty() && !scenario)
        return "no delay profile given (and no known scenario to take it from)";
    if (!settings.profile.isEmpty() && !delayProfileFromName(settings.profile))
        return "unknown delay profile '" + settings.profile.toStdString() + "' (short, oscillating, random)";
    if (settings.bpm < kMinBpm || settings.bpm > kMaxBpm)
        return "BPM " + std::to_string(settings.bpm) + " out of range (" + std::to_string(kMinBpm) + " to "
            + std::to_string(kMaxBpm) + ")";
    if (settings.beats < 0)
        return "negative number of beats (" + std::to_string(settings.beats) + "); 0 means continuous";
    return {};
}

void MetronomeRun::start()
{
    {
        std::lock_guard lock(d->mutex);
        if (d->started)
            return;
        d->started = true;
        d->starter = std::this_thread::get_id();
        if (!d->setupError.empty() || d->stopRequested) {
            d->finished = true;
            d->changed.notify_all();
            return;
        }
    }
    if (d->sink) {
        d->sink->beginRun(d->runtime->epoch());
        d->sinkBegun = true;
    }
    // A finite run's ghost grid is known up front (a lesson that prints has no beats).
    for (int beat = 0; !d->strategy->prints && beat < d->settings.beats; ++beat)
        d->recordIdealBeat(beat);
    if (d->strategy->startJitterNs > 0)
        d->runtime->setStartJitter(std::chrono::nanoseconds(d->strategy->startJitterNs), d->settings.seed);

    Private *p = d.get();
    d->runtime->go(QStringLiteral("main"), [p] { p->runMain(); });
    d->supervisor = std::thread([p] { p->supervise(); });
}

bool MetronomeRun::wait(int timeoutMs)
{
    bool done = false;
    {
        std::unique_lock lock(d->mutex);
        done = d->changed.wait_for(lock, std::chrono::milliseconds(std::max(timeoutMs, 0)),
                                   [this] { return d->finished || !d->started; });
        done = done && d->finished;
    }
    if (done)
        d->finishOnStarterThread();
    return done;
}

void MetronomeRun::stop()
{
    bool waitForFinish = false;
    {
        std::lock_guard lock(d->mutex);
        d->stopRequested = true;
        // Not from a task of this run: it would wait for itself.
        waitForFinish = d->started && !d->finished && Runtime::current() != d->runtime.get();
    }
    d->changed.notify_all();
    d->runtime->stop();
    if (waitForFinish)
        wait(kUnwindTimeoutMs + 1000);
    else
        d->finishOnStarterThread();
}

bool MetronomeRun::isFinished() const
{
    std::lock_guard lock(d->mutex);
    return d->finished;
}

std::int64_t MetronomeRun::programEndNs() const
{
    return d->performer->programEndNs();
}

int MetronomeRun::liveTasks() const
{
    return d->runtime->liveTasks();
}

const RunSettings &MetronomeRun::settings() const
{
    return d->settings;
}

Tracer &MetronomeRun::tracer()
{
    return d->tracer;
}

TraceData MetronomeRun::trace() const
{
    TraceData data = d->tracer.snapshot(d->settings);
    std::int64_t finishedNs = -1;
    bool stopped = false;
    {
        std::lock_guard lock(d->mutex);
        finishedNs = d->finishedNs;
        stopped = d->stopRequested;
    }
    // How it ended, once it has (a scenario neither panics nor deadlocks: a misuse
    // error ends it as finished, the failed task says the rest).
    if (finishedNs >= 0)
        data.end = stopped ? RunEnd::Stopped : RunEnd::Finished;
    // A continuous run drew its ghost grid ahead of time; ghosts after the run was over
    // were never due.
    if (d->settings.beats == 0 && finishedNs >= 0) {
        std::erase_if(data.events, [finishedNs](const Event &e) {
            return e.kind == EventKind::IdealBeat && e.t > finishedNs;
        });
    }
    return data;
}

std::string MetronomeRun::error() const
{
    if (!d->setupError.empty())
        return d->setupError;
    std::string e = d->runtime->firstError();
    if (!e.empty())
        return e;
    std::lock_guard lock(d->mutex);
    return d->unwindError;
}

} // namespace cacophony
