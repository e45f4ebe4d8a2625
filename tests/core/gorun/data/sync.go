package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	c := SafeCounter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("k")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n["k"])
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	fmt.Println(1500*time.Millisecond, 90*time.Second, 250*time.Microsecond, time.Duration(42), 3*time.Hour+2*time.Minute)
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop())
}
