// Scenario 13: no shared memory at all - "share memory by communicating". Main asks a
// measuring task for volumes over a request channel and gets them back over a response
// channel. Two requests are kept in flight, so a new measurement starts the moment the
// previous one is delivered. Main waits only for the very first volume; after that a
// non-blocking select serves whichever is ready: a tick (perform with the latest volume)
// or a fresh volume (keep it and ask again). Regular and in order.

#include "metronome/MetronomeContext.h"
#include "metronome/strategies/Strategies.h"
#include "runtime/Channel.h"
#include "runtime/Runtime.h"
#include "runtime/Select.h"
#include "runtime/Ticker.h"

#include <memory>

namespace cacophony {

void asyncWithChannels(MetronomeContext &m)
{
    Runtime &rt = m.runtime();
    VolumeMeter &volumeMeter = m.volumeMeter();
    BeatPerformer &performer = m.performer();

    // requests := make(chan bool, 1); volumes := make(chan int). Shared ownership stands
    // in for Go's garbage collector: the measuring task may still be closing `volumes`
    // when main has drained it and returns.
    auto requests = std::make_shared<Channel<bool>>(rt, QStringLiteral("requests"), 1);
    auto volumes = std::make_shared<Channel<int>>(rt, QStringLiteral("volumes"));

    rt.go(QStringLiteral("volume meter"), [requests, volumes, &volumeMeter] {
        // One measurement per request, until the requests channel is closed and drained.
        for ([[maybe_unused]] bool request : *requests)
            volumes->send(volumeMeter()); // unbuffered: waits until main takes it
        volumes->close();
    });

    // One request to work on now, one queued behind it.
    requests->send(true);
    requests->send(true);

    // The first beat needs a volume: this is the only time main waits for one.
    int volume = volumes->receive().value; // volume := <-volumes

    Ticker ticker(rt, m.interval()); // ticker := time.NewTicker(bpm.Interval())
    performer(0, volume);

    for (int beatCount = 1; m.hasBeat(beatCount);) {
        Select(rt)
            .recv(ticker.c(), [&](std::int64_t) { // case <-ticker.C:
                performer(beatCount, volume);
                ++beatCount;
            })
            .recv(*volumes, [&](int newVolume) { // case volume = <-volumes:
                volume = newVolume;
                requests->send(true); // keep two requests in flight
            })
            .otherwise([&] { rt.spin(); }) // default: nothing ready, try again
            .run();
    }
    ticker.stop();

    // No more requests; take what is still being measured so the task can finish.
    requests->close();
    for ([[maybe_unused]] int leftover : *volumes) {
    }
}

} // namespace cacophony
