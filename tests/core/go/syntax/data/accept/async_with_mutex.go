// Scenario 11: a measuring goroutine keeps the latest volume in state guarded by a mutex;
// the beat reads whatever is there when the tick comes.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

const numberOfBeats = 15

type volumeState struct {
	mu     sync.Mutex
	volume int
}

func (s *volumeState) store(volume int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.volume = volume
}

func (s *volumeState) latest() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.volume
}

func main() {
	state := &volumeState{}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
				time.Sleep(time.Duration(rand.Intn(5)) * time.Millisecond)
				state.store(rand.Intn(11))
			}
		}
	}()

	ticker := time.NewTicker(10 * time.Millisecond)
	for beatCount := 0; beatCount < numberOfBeats; beatCount++ {
		fmt.Printf("beat %d volume %d\n", beatCount, state.latest())
		<-ticker.C
	}
	ticker.Stop()
	close(done)
	wg.Wait()
}
