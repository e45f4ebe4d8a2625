// What playing costs when there is little to do: scenario 14 at 120 BPM for a minute,
// headless and silent (`cacophony run`), against the Go program doing the same
// (benchmarks/go/metronome), alternately, in rounds; with --audio, `cacophony run --audio`
// against the floor any player pays: an RtAudio stream whose callback only writes
// silence, run from this same binary. Each child's CPU time (user + system) and its
// voluntary context switches (how often it went to sleep: each one a wake-up later) come
// from wait4's rusage, as getrusage(RUSAGE_CHILDREN) would give them.
//
//   bench_idle [--seconds 60] [--rounds 5] [--bpm 120] [--scenario 14] [--audio] [--baseline BINARY]
//
// --baseline adds another build of cacophony (say, before a change) to every round.
//
// A harness, not a Google Benchmark: it measures and prints, never asserts.

#include "cli/BenchStatistics.h"

#include <RtAudio.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using cacophony::BenchStatistics;

namespace {

struct Usage
{
    double cpuPercent = 0;     // of one core, over the child's wall time
    double wakeupsPerSecond = 0; // voluntary context switches per second
    double maxRssMiB = 0;
    bool ok = false;
};

double seconds(const timeval &t)
{
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

Usage runChild(const std::vector<std::string> &argv)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        std::perror(args[0]);
        _exit(127);
    }
    Usage u;
    int status = 0;
    rusage ru{};
    if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
        return u;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    u.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    u.cpuPercent = 100 * (seconds(ru.ru_utime) + seconds(ru.ru_stime)) / wall;
    u.wakeupsPerSecond = static_cast<double>(ru.ru_nvcsw) / wall;
    u.maxRssMiB = static_cast<double>(ru.ru_maxrss) / 1024;
    return u;
}

int silence(void *out, void *, unsigned frames, double, RtAudioStreamStatus, void *channels)
{
    std::memset(out, 0, frames * *static_cast<unsigned *>(channels) * sizeof(float));
    return 0;
}

// The floor with sound: the stream Cacophony's AudioEngine opens by default (float, 48 kHz,
// 256 frames, 8 buffers, at most stereo, real-time scheduling where allowed), with nothing to play.
int emptyStream(double forSeconds)
{
    RtAudio rt;
    rt.showWarnings(false);
    if (rt.getDeviceCount() == 0) {
        std::fprintf(stderr, "no audio device\n");
        return 1;
    }
    const unsigned device = rt.getDefaultOutputDevice();
    RtAudio::StreamParameters params;
    params.deviceId = device;
    unsigned channels = std::min(2u, rt.getDeviceInfo(device).outputChannels);
    params.nChannels = channels;
    RtAudio::StreamOptions options;
    options.flags = RTAUDIO_SCHEDULE_REALTIME;
    options.numberOfBuffers = 8; // as AudioEngine's kBuffersInDevice
    unsigned frames = 256;
    try {
        rt.openStream(&params, nullptr, RTAUDIO_FLOAT32, 48000, &frames, &silence, &channels, &options);
        rt.startStream();
        std::this_thread::sleep_for(std::chrono::duration<double>(forSeconds));
        rt.stopStream();
        rt.closeStream();
    } catch (const RtAudioError &e) {
        std::fprintf(stderr, "%s\n", e.getMessage().c_str());
        return 1;
    }
    return 0;
}

void printSummary(const char *what, const std::vector<double> &values, const char *unit)
{
    const auto s = BenchStatistics::summarise(values);
    if (s.count == 0) {
        std::printf("  %-34s n/a\n", what);
        return;
    }
    std::printf("  %-34s %8.3f %s  [%.3f, %.3f] (%.0f %% CI), min %.3f, max %.3f\n", what, s.median, unit, s.low,
                s.high, 100 * s.coverage, s.min, s.max);
}

} // namespace

int main(int argc, char **argv)
{
    double secs = 60;
    int rounds = 5, bpm = 120, scenario = 14;
    bool audio = false;
    std::string baseline;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::atof(argv[++i]) : 0.0; };
        if (a == "--seconds")
            secs = next();
        else if (a == "--rounds")
            rounds = static_cast<int>(next());
        else if (a == "--bpm")
            bpm = static_cast<int>(next());
        else if (a == "--scenario")
            scenario = static_cast<int>(next());
        else if (a == "--audio")
            audio = true;
        else if (a == "--baseline" && i + 1 < argc)
            baseline = argv[++i];
        else if (a == "--empty-stream")
            return emptyStream(next());
        else {
            std::fprintf(stderr, "usage: bench_idle [--seconds S] [--rounds N] [--bpm N] [--scenario N] [--audio] [--baseline BINARY]\n");
            return 2;
        }
    }
    if (secs <= 0 || rounds < 1 || bpm < 1) {
        std::fprintf(stderr, "bench_idle: seconds, rounds and bpm must be positive\n");
        return 2;
    }
    const std::string beats = std::to_string(std::max(1, static_cast<int>(secs * bpm / 60)));
    const std::string cacophony = CACOPHONY_BINARY;
    const std::string go = CACOPHONY_GO_METRONOME_BINARY;
    const bool haveGo = !go.empty() && access(go.c_str(), X_OK) == 0;
    std::vector<std::string> ours{cacophony, "run", "--scenario", std::to_string(scenario), "--bpm",
                                  std::to_string(bpm), "--beats", beats, "--json"};
    std::vector<std::string> other;
    const char *otherName = "";
    if (audio) {
        ours.push_back("--audio");
        other = {"/proc/self/exe", "--empty-stream", std::to_string(secs)};
        otherName = "empty-callback stream";
    } else if (haveGo) {
        other = {go, "-scenario", std::to_string(scenario), "-bpm", std::to_string(bpm), "-beats", beats};
        otherName = "Go";
    }
    std::printf("scenario %d at %d BPM, %s beats (%.0f s), %d rounds alternating cacophony%s%s%s\n", scenario, bpm,
                beats.c_str(), secs, rounds, other.empty() ? "" : ", ", otherName,
                baseline.empty() ? "" : ", the baseline build");
    std::printf("%5s  %-22s %8s %12s %9s %6s\n", "round", "program", "CPU %", "wake-ups/s", "RSS MiB", "load");
    std::vector<std::string> names{"cacophony"};
    std::vector<std::vector<std::string>> programs{ours};
    if (!other.empty()) {
        names.push_back(otherName);
        programs.push_back(other);
    }
    if (!baseline.empty()) {
        std::vector<std::string> before = ours;
        before[0] = baseline;
        names.push_back("baseline cacophony");
        programs.push_back(before);
    }
    const std::size_t n = programs.size();
    std::vector<std::vector<double>> cpu(n), wakes(n), ratio(n);
    for (int r = 0; r < rounds; ++r) {
        std::vector<Usage> u(n);
        for (std::size_t k = 0; k < n; ++k) { // each round starts with the next program
            const std::size_t which = (static_cast<std::size_t>(r) + k) % n;
            u[which] = runChild(programs[which]);
            double load = -1;
            getloadavg(&load, 1);
            std::printf("%5d  %-22s %8.3f %12.1f %9.1f %6.2f%s\n", r + 1, names[which].c_str(), u[which].cpuPercent,
                        u[which].wakeupsPerSecond, u[which].maxRssMiB, load, u[which].ok ? "" : "  (failed)");
            std::fflush(stdout);
        }
        for (std::size_t w = 0; w < n; ++w) {
            cpu[w].push_back(u[w].cpuPercent);
            wakes[w].push_back(u[w].wakeupsPerSecond);
            if (w > 0 && u[w].cpuPercent > 0)
                ratio[w].push_back(u[0].cpuPercent / u[w].cpuPercent);
        }
    }
    std::printf("medians over the rounds:\n");
    for (std::size_t w = 0; w < n; ++w) {
        printSummary((names[w] + " CPU").c_str(), cpu[w], "%");
        printSummary((names[w] + " wake-ups").c_str(), wakes[w], "/s");
        if (w > 0)
            printSummary(("per round, cacophony / " + names[w]).c_str(), ratio[w], "x");
    }
    return 0;
}
