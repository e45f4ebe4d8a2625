package main

import (
	"log"
	"math/rand"
	"metronome"
	"runtime"
	"time"
)

func main() {
	bpm := metronome.Tempo()
	volumeMeter := metronome.NewVolumeMeter()
	performer := metronome.NewBeatPerformer()
	ticker := time.NewTicker(bpm.Interval())
	defer ticker.Stop()
	for beatCount := 0; beatCount < metronome.NumberOfBeats(); beatCount++ {
		go func(beatCount int) {
			metronome.Name("beat " + string(rune('0'+beatCount%10)))
			volume := volumeMeter()
			performer(beatCount, volume)
		}(beatCount)
		<-ticker.C
	}
	log.Println(runtime.NumGoroutine(), rand.Intn(10), metronome.Profile() == metronome.Random)
	for i := range 3 {
		_ = i
	}
}
