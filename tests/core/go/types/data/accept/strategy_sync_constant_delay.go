// Scenarios 1 and 2, written against the metronome package: measure, perform, then sleep
// a whole interval; the measurement's time is added to every beat.
package main

import (
	"metronome"
	"time"
)

func main() {
	bpm := metronome.Tempo()
	volumeMeter := metronome.NewVolumeMeter()
	performer := metronome.NewBeatPerformer()
	for beatCount := 0; beatCount < metronome.NumberOfBeats(); beatCount++ {
		volume := volumeMeter()
		performer(beatCount, volume)
		time.Sleep(bpm.Interval())
	}
}
