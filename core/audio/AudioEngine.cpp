#include "audio/AudioEngine.h"

#include "audio/ClickQueue.h"
#include "audio/ClickScheduler.h"
#include "audio/OutputClock.h"

#include <RtAudio.h>

#if defined(CACOPHONY_HAVE_ALSA)
#include <alsa/asoundlib.h>
#endif

#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace cacophony {

namespace {

// Bounds the server's buffer (PulseAudio: 8 x 256 frames, ~43 ms). Four were not enough
// on a loaded machine: the server starved and each underrun moved the output timeline.
constexpr int kBuffersInDevice = 8;
constexpr int kAutoLatencyMs = 30;         // on top of two buffers: early callbacks + deadband
constexpr int kWatchPeriodMs = 50;
constexpr int kSpinFactor = 8;             // callbacks producing > 8x real time: broken

std::int64_t steadyNs(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

std::int64_t steadyNowNs()
{
    return steadyNs(std::chrono::steady_clock::now());
}

#if defined(CACOPHONY_HAVE_ALSA)
void silentAlsaError(const char *, int, const char *, int, const char *, ...) {}
#endif

// Probing APIs and devices makes libasound print its configuration errors to stderr
// when there is no sound card: the user gets one clear sentence from us instead.
void quietAudioLibraries()
{
#if defined(CACOPHONY_HAVE_ALSA)
    static std::once_flag once;
    std::call_once(once, [] { snd_lib_error_set_handler(&silentAlsaError); });
#endif
}

QString apiName(RtAudio::Api api)
{
    return QString::fromStdString(RtAudio::getApiName(api));
}

// RtAudio's message without the "RtApiPulse::probeDeviceOpen: " that names its own code.
QString rtAudioText(const std::string &message)
{
    QString text = QString::fromStdString(message);
    static const QRegularExpression origin(QStringLiteral("^RtApi\\w*::\\w+: "));
    return text.remove(origin);
}

// An RtAudio for the named API, or for the first compiled API that has an output device.
// Never throws; null with a reason if nothing fits.
std::unique_ptr<RtAudio> makeRtAudio(const QString &name, QString *why)
{
    quietAudioLibraries();
    std::vector<RtAudio::Api> compiled;
    RtAudio::getCompiledApi(compiled);
    try {
        if (!name.isEmpty()) {
            const RtAudio::Api api = RtAudio::getCompiledApiByName(name.toStdString());
            if (api == RtAudio::UNSPECIFIED) {
                QStringList names;
                for (RtAudio::Api a : compiled)
                    names << apiName(a);
                *why = QStringLiteral("unknown audio API \"%1\" (available: %2, none)")
                           .arg(name, names.join(QStringLiteral(", ")));
                return nullptr;
            }
            auto rt = std::make_unique<RtAudio>(api);
            rt->showWarnings(false);
            return rt;
        }
        for (RtAudio::Api api : compiled) {
            auto rt = std::make_unique<RtAudio>(api);
            rt->showWarnings(false);
            for (unsigned i = 0, n = rt->getDeviceCount(); i < n; ++i) {
                if (rt->getDeviceInfo(i).outputChannels > 0)
                    return rt;
            }
        }
        *why = QStringLiteral("no audio output device found (no sound server or sound card)");
    } catch (const RtAudioError &e) {
        *why = rtAudioText(e.getMessage());
    }
    return nullptr;
}

// RtAudio's error callback has no user pointer, so the open engines register here.
std::mutex g_registryMutex;
std::vector<AudioEngine::Private *> g_openEngines; // guarded by g_registryMutex

bool isFatal(RtAudioError::Type type, const std::string &text)
{
    if (type != RtAudioError::WARNING && type != RtAudioError::DEBUG_WARNING)
        return true;
    // A failed write means the device or server is gone (RtAudio then spins its callback
    // thread); an underrun is a warning worth counting, not a lost stream.
    return text.find("write error") != std::string::npos
        && text.find("underrun") == std::string::npos;
}

void rtErrorCallback(RtAudioError::Type type, const std::string &text);

} // namespace

struct AudioEngine::Private
{
    struct Queued
    {
        Click click;
        std::int64_t epochNs = 0;
    };

    explicit Private(AudioEngine *engine)
        : q(engine)
    {
    }

    AudioEngine *q;

    // --- controlling threads --------------------------------------------------------
    std::mutex lifecycleMutex;        // serialises open/close/beginRun; held while joining the watcher
    std::mutex streamMutex;           // guards rtaudio and the fields below it (watcher vs controller)
    std::unique_ptr<RtAudio> rtaudio;
    AudioSettings requested;          // lifecycleMutex
    bool wanted = false;              // lifecycleMutex: open() called, close() not since
    int channels = 1;                 // fixed while a stream runs

    mutable std::mutex statusMutex;
    AudioStatus status;               // statusMutex
    QString outputName;               // statusMutex

    // --- watcher --------------------------------------------------------------------
    std::thread watcher;              // lifecycleMutex
    std::mutex watchMutex;
    std::condition_variable watchCv;
    bool watchStop = false;           // watchMutex
    std::atomic<bool> streamError{false};
    std::mutex errorTextMutex;
    std::string errorText;            // errorTextMutex

    // --- shared with the callback (lock-free) ---------------------------------------
    ClickQueue<Queued> queue{kQueueCapacity};
    std::atomic<bool> accepting{false};
    std::atomic<std::int64_t> epochNs{0};
    std::atomic<std::int64_t> queueDrops{0};
    std::atomic<std::int64_t> statCallbacks{0};
    std::atomic<std::int64_t> statFrames{0};
    std::atomic<std::int64_t> statPlayed{0};
    std::atomic<std::int64_t> statLate{0};
    std::atomic<std::int64_t> statDropped{0};
    std::atomic<std::int64_t> statUnderflows{0};
    std::atomic<std::int64_t> statResyncs{0};
    std::atomic<std::int64_t> statStalls{0};
    std::atomic<std::int64_t> statMaxLate{0};
    std::atomic<double> statMaxClockError{0};
    std::atomic<double> statSlewed{0};
    std::atomic<int> statActive{0};
    std::atomic<bool> statSteady{false};

    // --- the callback's own state: set up before the stream starts, then callback-only --
    std::unique_ptr<ClickSynth> synth;
    std::unique_ptr<ClickScheduler> scheduler;
    std::vector<float> mix;
    OutputClock clock;
    int sampleRate = 48000;
    int bufferFrames = 256;
    std::int64_t latencySamples = 0;
    std::int64_t staleDrops = 0;
    // Written by the callback only (entries below placedCount are final), read by anyone.
    std::vector<PlacedClick> placed = std::vector<PlacedClick>(kPlacedLogCapacity);
    std::atomic<std::size_t> placedCount{0};

    static int audioCallback(void *output, void *input, unsigned int frames, double streamTime,
                             RtAudioStreamStatus status, void *user);
    void process(float *out, int frames, RtAudioStreamStatus deviceStatus);

    void noteStreamError(const std::string &text);
    // Stores the status; true if it changed. The caller emits after releasing its locks,
    // so that a directly connected slot may call back into the engine.
    bool setStatus(AudioStatus::State state, const QString &message, const QString &output = {});
    void emitStatus();
    // Needs lifecycleMutex. Opens and starts a stream; false with the reason.
    bool openLocked(const AudioSettings &settings, QString *error, bool *statusChanged);
    bool startStream(const AudioSettings &settings, QString *why, QString *output);
    void closeStreamLocked(bool drain);
    void startWatcher();
    void stopWatcher();
    void watch();
};

namespace {

void rtErrorCallback(RtAudioError::Type type, const std::string &text)
{
    if (!isFatal(type, text))
        return;
    std::lock_guard lock(g_registryMutex);
    for (AudioEngine::Private *d : g_openEngines)
        d->noteStreamError(text);
}

void registerEngine(AudioEngine::Private *d)
{
    std::lock_guard lock(g_registryMutex);
    g_openEngines.push_back(d);
}

void unregisterEngine(AudioEngine::Private *d)
{
    std::lock_guard lock(g_registryMutex);
    std::erase(g_openEngines, d);
}

} // namespace

// ---------------------------------------------------------------------------------------
// The audio callback: no locks, no allocation, no logging, no signals.

int AudioEngine::Private::audioCallback(void *output, void *, unsigned int frames, double,
                                        RtAudioStreamStatus status, void *user)
{
    static_cast<Private *>(user)->process(static_cast<float *>(output), int(frames), status);
    return 0;
}

void AudioEngine::Private::process(float *out, int frames, RtAudioStreamStatus deviceStatus)
{
    const std::int64_t now = steadyNowNs();
    if (deviceStatus & RTAUDIO_OUTPUT_UNDERFLOW)
        statUnderflows.fetch_add(1, std::memory_order_relaxed);

    // 1. Where is this block in time? (Smoothed; see OutputClock.)
    const std::int64_t blockStart = scheduler->position();
    clock.blockStarted(now, blockStart, frames, deviceStatus & RTAUDIO_OUTPUT_UNDERFLOW);

    // 2. Place the clicks handed over since the last block.
    const std::int64_t maxLate = std::int64_t(kMaxLateMs) * sampleRate / 1000;
    Queued item;
    while (queue.pop(item)) {
        const std::int64_t steady = item.epochNs + item.click.t;
        const std::int64_t start = clock.sampleFor(steady);
        bool played = false;
        if (start < blockStart - maxLate) {
            ++staleDrops; // a burst of stale clicks would be worse than none
        } else if (scheduler->schedule(item.click, start)) {
            statPlayed.fetch_add(1, std::memory_order_relaxed);
            played = true;
        }
        const std::size_t n = placedCount.load(std::memory_order_relaxed);
        if (n < placed.size()) {
            placed[n] = {steady, start, std::max(start, blockStart), clock.resyncs(), clock.isSteady(), played};
            placedCount.store(n + 1, std::memory_order_release);
        }
    }

    // 3. Mix and copy to every channel.
    for (int done = 0; done < frames;) {
        const int n = std::min(frames - done, int(mix.size()));
        scheduler->render(mix.data(), n);
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < channels; ++c)
                *out++ = mix[std::size_t(i)];
        }
        done += n;
    }

    // 4. Publish counters.
    statCallbacks.fetch_add(1, std::memory_order_relaxed);
    statFrames.fetch_add(frames, std::memory_order_relaxed);
    statLate.store(scheduler->lateClicks(), std::memory_order_relaxed);
    statDropped.store(scheduler->droppedClicks() + staleDrops, std::memory_order_relaxed);
    statMaxLate.store(scheduler->maxLateSamples(), std::memory_order_relaxed);
    statResyncs.store(clock.resyncs(), std::memory_order_relaxed);
    statStalls.store(clock.stalls(), std::memory_order_relaxed);
    statMaxClockError.store(clock.maxCallbackErrorNs(), std::memory_order_relaxed);
    statSlewed.store(clock.slewedSamples(), std::memory_order_relaxed);
    statActive.store(scheduler->activeVoices(), std::memory_order_release);
    statSteady.store(clock.isSteady(), std::memory_order_release);
}

// ---------------------------------------------------------------------------------------

void AudioEngine::Private::noteStreamError(const std::string &text)
{
    if (!streamError.exchange(true)) {
        std::lock_guard lock(errorTextMutex);
        errorText = text;
    }
    watchCv.notify_all();
}

bool AudioEngine::Private::setStatus(AudioStatus::State state, const QString &message,
                                     const QString &output)
{
    const AudioStatus next{state, message};
    std::lock_guard lock(statusMutex);
    outputName = output;
    if (status == next)
        return false; // said once: a repeated failure is not news
    status = next;
    return true;
}

void AudioEngine::Private::emitStatus()
{
    // The latest status, not the one this thread set: if the watcher and a controller
    // race, listeners still end on the truth.
    emit q->statusChanged(q->status());
}

bool AudioEngine::Private::openLocked(const AudioSettings &settings, QString *error,
                                      bool *statusChanged)
{
    stopWatcher();
    {
        std::lock_guard lock(streamMutex);
        closeStreamLocked(true);
    }
    QString why;
    QString output;
    if (!startStream(settings, &why, &output)) {
        if (error)
            *error = why;
        *statusChanged = setStatus(AudioStatus::NoDevice,
                                   QStringLiteral("No sound: %1. Cacophony runs silently.").arg(why));
        return false;
    }
    *statusChanged = setStatus(AudioStatus::Playing,
                               QStringLiteral("Sound on %1, %2 Hz, %3 frames per buffer.")
                                   .arg(output).arg(sampleRate).arg(bufferFrames),
                               output);
    startWatcher();
    return true;
}

bool AudioEngine::Private::startStream(const AudioSettings &settings, QString *why,
                                       QString *output)
{
    auto fail = [why](const QString &reason) {
        *why = reason;
        return false;
    };
    if (settings.api == QLatin1String("none"))
        return fail(QStringLiteral("audio output is switched off"));
    if (settings.sampleRate < 8000 || settings.sampleRate > 384000)
        return fail(QStringLiteral("sample rate %1 Hz is out of range (8000-384000)")
                        .arg(settings.sampleRate));
    if (settings.bufferFrames < 16 || settings.bufferFrames > 8192)
        return fail(QStringLiteral("buffer of %1 frames is out of range (16-8192)")
                        .arg(settings.bufferFrames));

    std::unique_ptr<RtAudio> rt = makeRtAudio(settings.api, why);
    if (!rt)
        return false;
    const QString api = apiName(rt->getCurrentApi());

    std::lock_guard lock(streamMutex);
    QString device; // known once a device is chosen; names what failed to open
    try {
        const unsigned count = rt->getDeviceCount();
        int id = -1;
        if (!settings.deviceName.isEmpty()) {
            for (unsigned i = 0; i < count && id < 0; ++i) {
                const RtAudio::DeviceInfo info = rt->getDeviceInfo(i);
                if (info.outputChannels > 0
                    && QString::fromStdString(info.name) == settings.deviceName)
                    id = int(i);
            }
            if (id < 0)
                return fail(QStringLiteral("no output device named \"%1\" (%2)")
                                .arg(settings.deviceName, api));
        } else if (settings.deviceId >= 0) {
            if (unsigned(settings.deviceId) >= count
                || rt->getDeviceInfo(unsigned(settings.deviceId)).outputChannels == 0)
                return fail(QStringLiteral("no output device %1 (%2 has %3 devices)")
                                .arg(settings.deviceId).arg(api).arg(count));
            id = settings.deviceId;
        } else if (count > 0) {
            id = int(rt->getDefaultOutputDevice());
            if (unsigned(id) >= count || rt->getDeviceInfo(unsigned(id)).outputChannels == 0) {
                id = -1;
                for (unsigned i = 0; i < count && id < 0; ++i) {
                    if (rt->getDeviceInfo(i).outputChannels > 0)
                        id = int(i);
                }
            }
        }
        if (id < 0)
            return fail(QStringLiteral("no audio output device found (%1)").arg(api));
        const RtAudio::DeviceInfo info = rt->getDeviceInfo(unsigned(id));
        device = QString::fromStdString(info.name);

        RtAudio::StreamParameters params;
        params.deviceId = unsigned(id);
        params.nChannels = std::min(2u, info.outputChannels);
        params.firstChannel = 0;
        RtAudio::StreamOptions options;
        options.flags = RTAUDIO_SCHEDULE_REALTIME;
        options.numberOfBuffers = kBuffersInDevice;
        options.streamName = "Cacophony";
        unsigned int frames = unsigned(settings.bufferFrames);

        // The callback is not running: set its state up from here.
        const ClickSettings clicks = synth->settings();
        synth = std::make_unique<ClickSynth>(settings.sampleRate);
        synth->setSettings(clicks);
        scheduler = std::make_unique<ClickScheduler>(*synth);
        staleDrops = 0;
        placedCount.store(0);
        sampleRate = settings.sampleRate;
        channels = int(params.nChannels);
        Queued stale;
        while (queue.pop(stale)) {
        }
        for (auto *counter : {&queueDrops, &statCallbacks, &statFrames, &statPlayed, &statLate,
                              &statDropped, &statUnderflows, &statResyncs, &statStalls, &statMaxLate})
            counter->store(0);
        statMaxClockError.store(0);
        statSlewed.store(0);
        statActive.store(0);
        statSteady.store(false);
        streamError.store(false);

        rt->openStream(&params, nullptr, RTAUDIO_FLOAT32, unsigned(settings.sampleRate),
                       &frames, &Private::audioCallback, this, &options, &rtErrorCallback);
        if (!rt->isStreamOpen())
            return fail(QStringLiteral("cannot open %1 (%2)").arg(device, api));
        bufferFrames = int(frames);
        mix.assign(std::size_t(std::max(1, bufferFrames)), 0.f);
        const int extraMs = settings.latencyMs > 0 ? settings.latencyMs : kAutoLatencyMs;
        latencySamples = 2 * std::int64_t(bufferFrames)
            + std::int64_t(extraMs) * settings.sampleRate / 1000;
        // Jumps beyond what the device can buffer are real moves of the output timeline.
        clock.configure(settings.sampleRate, latencySamples,
                        std::max<std::int64_t>(50'000'000,
                                               std::int64_t(2.0 * kBuffersInDevice * frames * 1e9
                                                            / settings.sampleRate)));

        registerEngine(this);
        rtaudio = std::move(rt);
        rtaudio->startStream(); // with an error callback, failures arrive there, not as throws
        if (streamError.load() || !rtaudio->isStreamRunning()) {
            std::string text;
            {
                std::lock_guard textLock(errorTextMutex);
                text = errorText;
            }
            closeStreamLocked(false);
            return fail(QStringLiteral("cannot start %1 (%2)%3")
                            .arg(device, api,
                                 text.empty() ? QString()
                                              : QStringLiteral(": ") + rtAudioText(text)));
        }
        accepting.store(true, std::memory_order_release);
        *output = QStringLiteral("%1 (%2)").arg(device, api);
        return true;
    } catch (const RtAudioError &e) {
        closeStreamLocked(false);
        const QString text = rtAudioText(e.getMessage());
        return fail(device.isEmpty() ? text
                                     : QStringLiteral("cannot open %1 (%2): %3").arg(device, api, text));
    }
}

void AudioEngine::Private::closeStreamLocked(bool drain)
{
    accepting.store(false, std::memory_order_release);
    if (!rtaudio)
        return;
    try {
        if (rtaudio->isStreamRunning()) {
            if (drain)
                rtaudio->stopStream();
            else
                rtaudio->abortStream();
        }
        if (rtaudio->isStreamOpen())
            rtaudio->closeStream();
    } catch (const RtAudioError &) {
        // Closing a stream whose server died may complain; it is closed all the same.
    }
    unregisterEngine(this);
    rtaudio.reset();
    statSteady.store(false);
    statActive.store(0);
}

void AudioEngine::Private::startWatcher()
{
    {
        std::lock_guard lock(watchMutex);
        watchStop = false;
    }
    watcher = std::thread([this] { watch(); });
}

void AudioEngine::Private::stopWatcher()
{
    {
        std::lock_guard lock(watchMutex);
        watchStop = true;
    }
    watchCv.notify_all();
    if (watcher.joinable())
        watcher.join();
}

void AudioEngine::Private::watch()
{
    std::int64_t lastFrames = statFrames.load();
    std::int64_t lastTime = steadyNowNs();
    std::unique_lock lock(watchMutex);
    for (;;) {
        watchCv.wait_for(lock, std::chrono::milliseconds(kWatchPeriodMs),
                         [this] { return watchStop || streamError.load(); });
        if (watchStop)
            return;
        QString reason;
        if (streamError.load()) {
            std::lock_guard textLock(errorTextMutex);
            reason = rtAudioText(errorText);
        } else {
            // A broken device can make the callback thread spin instead of reporting.
            const std::int64_t frames = statFrames.load();
            const std::int64_t now = steadyNowNs();
            const double realTime = double(now - lastTime) * sampleRate * 1e-9;
            if (double(frames - lastFrames) > kSpinFactor * realTime + 16.0 * bufferFrames)
                reason = QStringLiteral("the output runs far faster than real time");
            lastFrames = frames;
            lastTime = now;
        }
        if (reason.isEmpty())
            continue;
        lock.unlock();
        {
            std::lock_guard streamLock(streamMutex);
            closeStreamLocked(false);
        }
        if (setStatus(AudioStatus::Lost,
                      QStringLiteral("Sound lost: the audio output stopped working (%1). The run "
                                     "goes on silently; press Play again to retry.")
                          .arg(reason)))
            emitStatus();
        return;
    }
}

// ---------------------------------------------------------------------------------------

AudioEngine::AudioEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->synth = std::make_unique<ClickSynth>();
}

AudioEngine::~AudioEngine()
{
    // As close(), without telling anyone: listeners may be half gone already.
    std::lock_guard lock(d->lifecycleMutex);
    d->stopWatcher();
    std::lock_guard streamLock(d->streamMutex);
    d->closeStreamLocked(true);
}

QList<AudioApi> AudioEngine::apis()
{
    std::vector<RtAudio::Api> compiled;
    RtAudio::getCompiledApi(compiled);
    QList<AudioApi> out;
    for (RtAudio::Api api : compiled)
        out.append({apiName(api), QString::fromStdString(RtAudio::getApiDisplayName(api))});
    return out;
}

QList<AudioDevice> AudioEngine::outputDevices(const QString &api)
{
    QList<AudioDevice> out;
    QString why;
    std::unique_ptr<RtAudio> rt = makeRtAudio(api, &why);
    if (!rt)
        return out;
    try {
        for (unsigned i = 0, n = rt->getDeviceCount(); i < n; ++i) {
            const RtAudio::DeviceInfo info = rt->getDeviceInfo(i);
            if (info.probed && info.outputChannels > 0)
                out.append({int(i), QString::fromStdString(info.name), int(info.outputChannels),
                            info.isDefaultOutput, int(info.preferredSampleRate)});
        }
    } catch (const RtAudioError &) {
    }
    return out;
}

bool AudioEngine::open(const AudioSettings &settings, QString *error)
{
    bool changed = false;
    bool ok = false;
    {
        std::lock_guard lock(d->lifecycleMutex);
        d->requested = settings;
        d->wanted = true;
        ok = d->openLocked(settings, error, &changed);
    }
    if (changed)
        d->emitStatus();
    return ok;
}

void AudioEngine::close()
{
    bool changed = false;
    {
        std::lock_guard lock(d->lifecycleMutex);
        d->wanted = false;
        d->stopWatcher();
        {
            std::lock_guard streamLock(d->streamMutex);
            d->closeStreamLocked(true);
        }
        changed = d->setStatus(AudioStatus::Closed, QStringLiteral("Sound is off."));
    }
    if (changed)
        d->emitStatus();
}

AudioStatus AudioEngine::status() const
{
    std::lock_guard lock(d->statusMutex);
    return d->status;
}

bool AudioEngine::isPlaying() const
{
    return d->accepting.load(std::memory_order_acquire);
}

QString AudioEngine::outputName() const
{
    std::lock_guard lock(d->statusMutex);
    return d->outputName;
}

AudioStats AudioEngine::stats() const
{
    AudioStats s;
    s.callbacks = d->statCallbacks.load(std::memory_order_relaxed);
    s.framesRendered = d->statFrames.load(std::memory_order_relaxed);
    s.clicksPlayed = d->statPlayed.load(std::memory_order_relaxed);
    s.lateClicks = d->statLate.load(std::memory_order_relaxed);
    s.droppedClicks = d->statDropped.load(std::memory_order_relaxed)
        + d->queueDrops.load(std::memory_order_relaxed);
    s.underflows = d->statUnderflows.load(std::memory_order_relaxed);
    s.clockResyncs = d->statResyncs.load(std::memory_order_relaxed);
    s.stalledCallbacks = d->statStalls.load(std::memory_order_relaxed);
    s.clockSteady = d->statSteady.load(std::memory_order_relaxed);
    std::lock_guard lock(d->streamMutex); // stream geometry changes only under it
    s.sampleRate = d->sampleRate;
    s.bufferFrames = d->bufferFrames;
    s.latencySamples = int(d->latencySamples);
    s.maxLateMs = double(d->statMaxLate.load(std::memory_order_relaxed)) * 1000.0 / d->sampleRate;
    s.maxClockErrorMs = d->statMaxClockError.load(std::memory_order_relaxed) * 1e-6;
    s.clockSlewMs = d->statSlewed.load(std::memory_order_relaxed) * 1000.0 / d->sampleRate;
    return s;
}

std::vector<PlacedClick> AudioEngine::placedClicks() const
{
    std::lock_guard lock(d->streamMutex); // not reset under a reader
    const std::size_t n = d->placedCount.load(std::memory_order_acquire);
    return {d->placed.begin(), d->placed.begin() + std::ptrdiff_t(n)};
}

void AudioEngine::setClickSettings(const ClickSettings &settings)
{
    std::lock_guard lock(d->streamMutex); // the synth is replaced (not changed) under it
    d->synth->setSettings(settings);
}

ClickSettings AudioEngine::clickSettings() const
{
    std::lock_guard lock(d->streamMutex);
    return d->synth->settings();
}

bool AudioEngine::waitForSteadyClock(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        if (!isPlaying())
            return false;
        if (d->statSteady.load(std::memory_order_acquire))
            return true;
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        QThread::msleep(5);
    }
}

bool AudioEngine::waitUntilIdle(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        if (!isPlaying())
            return true;
        // Active voices are published after the queue is drained in the same callback.
        if (d->queue.isEmpty() && d->statActive.load(std::memory_order_acquire) == 0) {
            // A click popped but not yet published shows up one callback later: look twice.
            const std::int64_t seen = d->statCallbacks.load();
            while (d->statCallbacks.load() == seen && isPlaying()
                   && std::chrono::steady_clock::now() < deadline)
                QThread::msleep(2);
            if (d->queue.isEmpty() && d->statActive.load(std::memory_order_acquire) == 0)
                return true;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        QThread::msleep(5);
    }
}

void AudioEngine::beginRun(std::chrono::steady_clock::time_point epoch)
{
    bool changed = false;
    {
        std::lock_guard lock(d->lifecycleMutex);
        d->epochNs.store(steadyNs(epoch), std::memory_order_relaxed);
        if (d->wanted && !isPlaying())
            d->openLocked(d->requested, nullptr, &changed); // play again if the device is back
    }
    if (changed)
        d->emitStatus();
}

void AudioEngine::click(const Click &click)
{
    if (!d->accepting.load(std::memory_order_acquire))
        return;
    if (!d->queue.push({click, d->epochNs.load(std::memory_order_relaxed)}))
        d->queueDrops.fetch_add(1, std::memory_order_relaxed);
}

void AudioEngine::endRun()
{
}

} // namespace cacophony
