// The Go side of `cacophony bench timing` and bench_idle: the ticker-driven scenarios of the
// series (6, 11, 12, 13, 14) as plain Go, the programs Cacophony's strategies port, so
// that both are measured the same way in the same rounds. Each beat's time is taken where
// Cacophony's performer takes it (the performer call); the volume meter sleeps as
// Cacophony's delay profiles say (core/metronome/DelayProfile.h): short = half an
// interval, random = 0.2-2.5 intervals, oscillating = a triangle wave 0.2-2.5 over 20.
//
//	metronome -scenario 14 -profile random -bpm 6000 -beats 200 -seed 1
//
// prints one line of JSON: {"scenario":14,"beat_ns":[...]} (times since the start, in
// performance order). Standard library only: it builds offline.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

type run struct {
	profile  string
	interval time.Duration
	beats    int
	start    time.Time
	mu       sync.Mutex // guards rng and times
	rng      *rand.Rand
	times    []int64
}

func (r *run) volumeMeter() int {
	r.mu.Lock()
	volume := r.rng.Intn(101)
	uniform := r.rng.Float64()
	r.mu.Unlock()
	factor := 0.5
	switch r.profile {
	case "random":
		factor = 0.2 + uniform*(2.5-0.2)
	case "oscillating":
		step := int(time.Since(r.start)/r.interval) % 20
		level := step
		if step >= 10 {
			level = 19 - step
		}
		factor = 0.2 + float64(level)*(2.5-0.2)/9
	}
	time.Sleep(time.Duration(factor * float64(r.interval)))
	return volume
}

func (r *run) performer(beatCount, volume int) {
	t := time.Since(r.start).Nanoseconds()
	r.mu.Lock()
	r.times = append(r.times, t)
	r.mu.Unlock()
}

// Scenario 6: measure, wait for the tick, perform.
func syncTickerFireImmediately(r *run) {
	ticker := time.NewTicker(r.interval)
	defer ticker.Stop()
	for beatCount := 0; beatCount < r.beats; beatCount++ {
		volume := r.volumeMeter()
		<-ticker.C
		r.performer(beatCount, volume)
	}
}

// Scenario 11: the latest volume through an atomic, busy-waiting for the first one.
func asyncWithAtomic(r *run) {
	var volume, stage atomic.Int32
	volume.Store(-1)
	go func() {
		for stage.Load() != 1 {
			volume.Store(int32(r.volumeMeter()))
		}
		stage.Store(2)
	}()
	for volume.Load() == -1 {
	}
	ticker := time.NewTicker(r.interval)
	for beatCount := 0; beatCount < r.beats; beatCount++ {
		<-ticker.C
		r.performer(beatCount, int(volume.Load()))
	}
	ticker.Stop()
	stage.Store(1)
	for stage.Load() != 2 {
	}
}

// Scenario 12: scenario 11 with a mutex-guarded state.
func asyncWithMutex(r *run) {
	var mu sync.Mutex
	volume, stage := -1, 0
	get := func(p *int) int { mu.Lock(); defer mu.Unlock(); return *p }
	set := func(p *int, v int) { mu.Lock(); *p = v; mu.Unlock() }
	go func() {
		for get(&stage) != 1 {
			set(&volume, r.volumeMeter())
		}
		set(&stage, 2)
	}()
	for get(&volume) == -1 {
	}
	ticker := time.NewTicker(r.interval)
	for beatCount := 0; beatCount < r.beats; beatCount++ {
		<-ticker.C
		r.performer(beatCount, get(&volume))
	}
	ticker.Stop()
	set(&stage, 1)
	for get(&stage) != 2 {
	}
}

// Scenario 13: requests and volumes over channels, a select with default.
func asyncWithChannels(r *run) {
	requests := make(chan bool, 1)
	volumes := make(chan int)
	go func() {
		for range requests {
			volumes <- r.volumeMeter()
		}
		close(volumes)
	}()
	// One request to work on now, one queued behind it.
	requests <- true
	requests <- true
	volume := <-volumes
	ticker := time.NewTicker(r.interval)
	r.performer(0, volume)
	for beatCount := 1; beatCount < r.beats; {
		select {
		case <-ticker.C:
			r.performer(beatCount, volume)
			beatCount++
		case volume = <-volumes:
			requests <- true
		default:
		}
	}
	ticker.Stop()
	close(requests)
	for range volumes {
	}
}

// Scenario 14: counting, measuring, timing and performing services.
func asyncWithChannelsServices(r *run) {
	ready := make(chan struct{})
	terminate := make(chan struct{})
	counts := make(chan int)
	go func() {
		for beatCount := 0; beatCount < r.beats; beatCount++ {
			counts <- beatCount
		}
		close(counts)
	}()
	volumes := make(chan int, 5)
	go func() {
		first := true
		for {
			select {
			case <-terminate:
				close(volumes)
				return
			default:
			}
			volume := r.volumeMeter()
			select {
			case volumes <- volume:
			case <-terminate:
				close(volumes)
				return
			}
			if first {
				close(ready)
				first = false
			}
		}
	}()
	timings := make(chan time.Time)
	go func() {
		<-ready
		ticker := time.NewTicker(r.interval)
		defer ticker.Stop()
		select {
		case timings <- time.Now():
		case <-terminate:
			close(timings)
			return
		}
		for {
			select {
			case tick := <-ticker.C:
				select {
				case timings <- tick:
				case <-terminate:
					close(timings)
					return
				}
			case <-terminate:
				close(timings)
				return
			}
		}
	}()
	volume := -1
	for beatCount := range counts {
		<-timings
	drain:
		for {
			select {
			case v, ok := <-volumes:
				if !ok {
					break drain
				}
				volume = v
			default:
				break drain
			}
		}
		r.performer(beatCount, volume)
	}
	close(terminate)
	for range volumes {
	}
	for range timings {
	}
}

func main() {
	scenario := flag.Int("scenario", 14, "6, 11, 12, 13 or 14")
	bpm := flag.Int("bpm", 6000, "beats per minute")
	beats := flag.Int("beats", 200, "beats to perform")
	seed := flag.Int64("seed", 1, "seed of the volume meter")
	profile := flag.String("profile", "", "short, oscillating or random (default: the scenario's own)")
	flag.Parse()
	strategies := map[int]func(*run){6: syncTickerFireImmediately, 11: asyncWithAtomic, 12: asyncWithMutex,
		13: asyncWithChannels, 14: asyncWithChannelsServices}
	strategy, ok := strategies[*scenario]
	if !ok || *bpm < 1 || *beats < 1 {
		fmt.Fprintln(os.Stderr, "metronome: the scenario must be 6, 11, 12, 13 or 14; bpm and beats at least 1")
		os.Exit(2)
	}
	profiles := map[int]string{6: "short", 11: "random", 12: "random", 13: "random", 14: "random"}
	if *profile == "" {
		*profile = profiles[*scenario]
	}
	if *profile != "short" && *profile != "random" && *profile != "oscillating" {
		fmt.Fprintln(os.Stderr, "metronome: the profile must be short, oscillating or random")
		os.Exit(2)
	}
	r := &run{profile: *profile, interval: time.Minute / time.Duration(*bpm), beats: *beats, rng: rand.New(rand.NewSource(*seed))}
	r.start = time.Now()
	strategy(r)
	out, _ := json.Marshal(struct {
		Scenario int     `json:"scenario"`
		BeatNs   []int64 `json:"beat_ns"`
	}{*scenario, r.times})
	fmt.Println(string(out))
}
