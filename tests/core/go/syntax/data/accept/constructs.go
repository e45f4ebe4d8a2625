// Statements: every for form, switch (expression and type), select, labels, defer, go.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Bpm int

func (b Bpm) Interval() time.Duration { return time.Minute / time.Duration(b) }

type meter struct {
	sync.Mutex
	volume int
	names  []string
}

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 3)
	done := make(<-chan struct{})
	_ = done
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- i
		}()
	}
	wg.Wait()
	close(ch)
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println(v)
	}
	var x interface{} = 3
	switch t := x.(type) {
	case int, string:
		fmt.Println(t)
	default:
	}
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			fmt.Println(v)
		case <-time.After(time.Second):
			continue outer
		default:
			break outer
		}
	}
	s := []int{1, 2, 3}[1:2:3]
	p := &meter{volume: 2}
	fmt.Println(s, p.volume, sum(s...), Bpm(60).Interval())
	const (
		a = iota
		b
	)
	switch {
	case a < b:
		fallthrough
	default:
	}
}
