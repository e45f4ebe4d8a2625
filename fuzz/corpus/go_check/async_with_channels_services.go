// Scenario 14: four services joined by channels: counting, volume measuring, timing, and
// beat performing (main). Regular, in order, on time.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

type Bpm int

func (b Bpm) Interval() time.Duration { return time.Minute / time.Duration(b) }

const numberOfBeats = 15

func countingService() <-chan int {
	counts := make(chan int)
	go func() {
		defer close(counts)
		for beatCount := 0; beatCount < numberOfBeats; beatCount++ {
			counts <- beatCount
		}
	}()
	return counts
}

func volumeMeasuringService(ready chan<- struct{}, terminate <-chan struct{}) <-chan int {
	volumes := make(chan int, 5)
	go func() {
		defer close(volumes)
		first := true
		for {
			select {
			case <-terminate:
				return
			default:
			}
			time.Sleep(time.Duration(rand.Intn(5)) * time.Millisecond)
			select {
			case volumes <- rand.Intn(11):
			case <-terminate:
				return
			}
			if first {
				close(ready)
				first = false
			}
		}
	}()
	return volumes
}

func timingService(bpm Bpm, ready <-chan struct{}, terminate <-chan struct{}) <-chan time.Time {
	timings := make(chan time.Time)
	go func() {
		defer close(timings)
		<-ready
		ticker := time.NewTicker(bpm.Interval())
		defer ticker.Stop()
		select {
		case timings <- time.Now():
		case <-terminate:
			return
		}
		for {
			select {
			case tick := <-ticker.C:
				select {
				case timings <- tick:
				case <-terminate:
					return
				}
			case <-terminate:
				return
			}
		}
	}()
	return timings
}

func main() {
	ready := make(chan struct{})
	terminate := make(chan struct{})
	counts := countingService()
	volumes := volumeMeasuringService(ready, terminate)
	timings := timingService(Bpm(6000), ready, terminate)

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
		fmt.Println("beat", beatCount, "volume", volume)
	}
	close(terminate)
	for range volumes {
	}
	for range timings {
	}
}
