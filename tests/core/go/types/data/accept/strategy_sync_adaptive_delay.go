// Scenarios 3 and 4: sleep only what is left of the interval after measuring and performing.
package main

import (
	"metronome"
	"time"
)

func main() {
	bpm := metronome.Tempo()
	volumeMeter := metronome.NewVolumeMeter()
	performer := metronome.NewBeatPerformer()
	interval := bpm.Interval()
	for beatCount := 0; beatCount < metronome.NumberOfBeats(); beatCount++ {
		start := time.Now()
		performer(beatCount, volumeMeter())
		if left := interval - time.Since(start); left > 0 {
			time.Sleep(left)
		}
	}
}
