// Scenario 5: a ticker keeps the time; on each tick measure, then perform.
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
	ticker := time.NewTicker(Bpm(6000).Interval())
	defer ticker.Stop()

	for beatCount := 0; beatCount < numberOfBeats; beatCount++ {
		<-ticker.C
		volume := volumeMeter()
		performer(beatCount, volume)
	}
}
