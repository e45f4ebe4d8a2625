// The Go side of bench_runtime's hand-offs, measured the same way: an unbuffered round
// trip to an echoing goroutine, 100,000 messages through a buffered(1024) channel
// from a producer goroutine (per batch, as BM_BufferedThroughput), and (for
// bench_gorun_sched) 100,000 goroutines spawned and finished. scripts/bench runs the
// first two alternately with bench_runtime and its atomic ping-pong floor.
//
//	go test -c -o channels.test ./channels && ./channels.test -test.bench . -test.benchtime 1s
package channels

import (
	"sync"
	"testing"
)

func BenchmarkUnbufferedRoundTrip(b *testing.B) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	for i := 0; i < b.N; i++ {
		ping <- 1
		<-pong
	}
	close(ping)
}

func BenchmarkBufferedThroughput(b *testing.B) {
	const batch = 100000
	sum := 0
	for i := 0; i < b.N; i++ {
		ch := make(chan int, 1024)
		go func() {
			for j := 0; j < batch; j++ {
				ch <- j
			}
			close(ch)
		}()
		for v := range ch {
			sum += v
		}
	}
	if sum < 0 {
		b.Fatal("overflow")
	}
}

// 100,000 goroutines spawned and finished per batch, waited for with a WaitGroup (as
// bench_gorun_sched's BM_GorunSpawnAndFinish).
func BenchmarkSpawnAndFinish(b *testing.B) {
	const batch = 100000
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		wg.Add(batch)
		for j := 0; j < batch; j++ {
			go wg.Done()
		}
		wg.Wait()
	}
}
