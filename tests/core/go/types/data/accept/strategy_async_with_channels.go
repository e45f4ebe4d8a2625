// Scenario 13: share memory by communicating. Main asks a measuring goroutine for volumes
// over a request channel and gets them back over a response channel, two requests in
// flight; after the first volume a non-blocking select serves a tick or a fresh volume.
package main

import (
	"metronome"
	"time"
)

func volumeService(requests <-chan struct{}, volumes chan<- int) {
	metronome.Name("volume measuring service")
	volumeMeter := metronome.NewVolumeMeter()
	for range requests {
		volumes <- volumeMeter()
	}
	close(volumes)
}

func main() {
	bpm := metronome.Tempo()
	performer := metronome.NewBeatPerformer()
	requests := make(chan struct{}, 2)
	volumes := make(chan int)
	go volumeService(requests, volumes)
	requests <- struct{}{}
	requests <- struct{}{}
	volume := <-volumes
	requests <- struct{}{}

	ticker := time.NewTicker(bpm.Interval())
	defer ticker.Stop()
	for beatCount := 0; beatCount < metronome.NumberOfBeats(); {
		select {
		case <-ticker.C:
			performer(beatCount, volume)
			beatCount++
		case v := <-volumes:
			volume = v
			requests <- struct{}{}
		}
	}
	close(requests)
	for range volumes {
	}
}
