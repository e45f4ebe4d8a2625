// Scenario 7: each beat's measurement and performance in a goroutine of its own; main
// only keeps the time. Out of order, and the last beats are lost when main returns.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

type Bpm int

func (b Bpm) Interval() time.Duration { return time.Minute / time.Duration(b) }

const numberOfBeats = 15

func volumeMeter() int {
	time.Sleep(time.Duration(rand.Intn(5)) * time.Millisecond)
	return rand.Intn(11)
}

func performer(beatCount, volume int) { fmt.Println("beat", beatCount, "volume", volume) }

func main() {
	bpm := Bpm(6000)
	ticker := time.NewTicker(bpm.Interval())
	defer ticker.Stop()

	for beatCount := 0; beatCount < numberOfBeats; beatCount++ {
		go func(beatCount int) {
			volume := volumeMeter()
			performer(beatCount, volume)
		}(beatCount)

		<-ticker.C
	}
}
