// go 1.21
// The closure bug: the goroutine reads the loop's one beatCount variable, which the loop
// keeps changing (since Go 1.22 each iteration has its own variable).
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
		go func() {
			volume := volumeMeter()
			performer(beatCount, volume)
		}()

		<-ticker.C
	}
}
