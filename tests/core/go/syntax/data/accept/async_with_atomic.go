// Scenario 12: as 11, with the volume in an atomic value instead of behind a mutex.
package main

import (
	"fmt"
	"math/rand"
	"sync/atomic"
	"time"
)

const numberOfBeats = 15

func main() {
	var volume atomic.Int64
	var stop atomic.Bool
	go func() {
		for !stop.Load() {
			time.Sleep(time.Duration(rand.Intn(5)) * time.Millisecond)
			volume.Store(int64(rand.Intn(11)))
		}
	}()
	var beats int32
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for beatCount := 0; beatCount < numberOfBeats; beatCount++ {
		<-ticker.C
		atomic.AddInt32(&beats, 1)
		fmt.Println("beat", beatCount, "volume", volume.Load())
	}
	stop.Store(true)
}
