package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func producer(out chan<- int, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- i
	}
}

func consumer(in <-chan int, done chan struct{}) {
	for v := range in {
		_ = v
	}
	close(done)
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 4)
	done := make(chan struct{})
	wg.Add(2)
	go producer(ch, 10, &wg)
	go producer(ch, 10, &wg)
	go consumer(ch, done)
	wg.Wait()
	close(ch)
	<-done

	var count atomic.Int64
	var flag atomic.Bool
	var plain int32
	atomic.AddInt32(&plain, 2)
	count.Add(1)
	flag.Store(true)

	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	timeout := time.After(50 * time.Millisecond)
	var mu sync.Mutex
loop:
	for {
		select {
		case t := <-ticker.C:
			mu.Lock()
			_ = t
			mu.Unlock()
		case <-timeout:
			break loop
		default:
			time.Sleep(time.Millisecond)
		}
	}
	v, ok := <-ch
	fmt.Println(count.Load(), flag.Load(), plain, v, ok)
}
