// Scenario 14: the work split into four services joined by channels, each doing one job:
//  - counting: produces the beat numbers 0..n-1, then closes its channel;
//  - volume measuring: measures continuously into a buffered channel, and closes `ready`
//    once the first volume is in it;
//  - timing: waits until ready, gives one timing at once, then forwards the ticker's ticks
//    until told to terminate;
//  - beat performing (main): for each count waits for a timing, takes the most recent
//    volume without waiting for one, and performs; then closes `terminate` and drains the
//    other services' channels until they are closed, so no service outlives the program.
// Regular, in order, on time.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Channel.h"
#include "runtime/Runtime.h"
#include "runtime/Select.h"
#include "runtime/Ticker.h"

#include <memory>

namespace cacophony {

namespace {

using Signal = Channel<bool>; // chan struct{}: only ever closed, never sent on
using IntChannel = std::shared_ptr<Channel<int>>;
using TimeChannel = std::shared_ptr<Channel<std::int64_t>>;
using SignalChannel = std::shared_ptr<Signal>;

// Shared ownership of the channels stands in for Go's garbage collector: a service may
// still be closing its channel when main has drained it and returns.

IntChannel countingService(MetronomeContext &m)
{
    auto counts = std::make_shared<Channel<int>>(m.runtime(), QStringLiteral("counts"));
    m.runtime().go(QStringLiteral("counting service"), [&m, counts] {
        for (int beatCount = 0; m.hasBeat(beatCount); ++beatCount)
            counts->send(beatCount); // unbuffered: one count at a time, when asked for
        counts->close();
    });
    return counts;
}

IntChannel volumeMeasuringService(MetronomeContext &m, SignalChannel ready, SignalChannel terminate)
{
    auto volumes = std::make_shared<Channel<int>>(m.runtime(), QStringLiteral("volumes"), 5);
    m.runtime().go(QStringLiteral("volume measuring service"), [&m, volumes, ready, terminate] {
        Runtime &rt = m.runtime();
        bool first = true;
        for (bool running = true; running;) {
            // Do not start another measurement once told to terminate.
            Select(rt).recv(*terminate, [&](bool) { running = false; }).otherwise([] {}).run();
            if (!running)
                break;

            const int volume = m.volumeMeter()();
            Select(rt)
                .send(*volumes, volume, [] {})                  // case volumes <- volume:
                .recv(*terminate, [&](bool) { running = false; }) // case <-terminate:
                .run();
            if (running && first) {
                ready->close(); // a volume is available from now on
                first = false;
            }
        }
        volumes->close();
    });
    return volumes;
}

TimeChannel timingService(MetronomeContext &m, SignalChannel ready, SignalChannel terminate)
{
    auto timings = std::make_shared<Channel<std::int64_t>>(m.runtime(), QStringLiteral("timings"));
    m.runtime().go(QStringLiteral("timing service"), [&m, timings, ready, terminate] {
        Runtime &rt = m.runtime();
        ready->receive(); // <-ready: no timing before there is a volume to play

        Ticker ticker(rt, m.interval()); // defer ticker.Stop(): the destructor
        // The first beat at once, then one per tick.
        bool running = true;
        Select(rt)
            .send(*timings, rt.now(), [] {})
            .recv(*terminate, [&](bool) { running = false; })
            .run();
        while (running) {
            Select(rt)
                .recv(ticker.c(), [&](std::int64_t tick) { // case tick := <-ticker.C:
                    Select(rt)
                        .send(*timings, tick, [] {})
                        .recv(*terminate, [&](bool) { running = false; })
                        .run();
                })
                .recv(*terminate, [&](bool) { running = false; }) // case <-terminate:
                .run();
        }
        ticker.stop();
        timings->close();
    });
    return timings;
}

void beatPerformingService(MetronomeContext &m, Channel<int> &counts, Channel<std::int64_t> &timings,
                           Channel<int> &volumes, Signal &terminate)
{
    Runtime &rt = m.runtime();
    BeatPerformer &performer = m.performer();

    int volume = -1;
    for (int beatCount : counts) { // for beatCount := range counts
        timings.receive();         // <-timings: wait for the moment to play

        // The most recent volume: empty the buffer without waiting for a new one.
        for (bool drained = false; !drained;) {
            Select(rt)
                .recv(volumes, [&](int v, bool ok) {
                    if (ok)
                        volume = v;
                    else
                        drained = true;
                })
                .otherwise([&] { drained = true; })
                .run();
        }
        performer(beatCount, volume);
    }

    // Tell the measuring and timing services to stop, and wait until they have.
    terminate.close();
    for ([[maybe_unused]] int leftover : volumes) {
    }
    for ([[maybe_unused]] std::int64_t leftover : timings) {
    }
}

} // namespace

void asyncWithChannelsServices(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    auto ready = std::make_shared<Signal>(rt, QStringLiteral("ready"));
    auto terminate = std::make_shared<Signal>(rt, QStringLiteral("terminate"));

    IntChannel counts = countingService(m);
    IntChannel volumes = volumeMeasuringService(m, ready, terminate);
    TimeChannel timings = timingService(m, ready, terminate);
    beatPerformingService(m, *counts, *timings, *volumes, *terminate);
}

} // namespace cacophony
