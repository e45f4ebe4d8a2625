package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)


type node struct {
	next *node
	val  int
}

type Op func(a, b int) int

type Logger interface {
	Log(string)
}

type consoleLogger struct{ prefix string }

func (c consoleLogger) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	sync.Mutex
	counts map[string]int
}

func apply(op Op, xs ...int) int {
	acc := 0
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	s := &Service{Logger: consoleLogger{"> "}, counts: map[string]int{}}
	s.Lock()
	s.counts["a"]++
	s.Unlock()
	s.Log("hi")
	var n *node = &node{val: 1}
	n.next = &node{val: 2, next: nil}
	fmt.Println(apply(func(a, b int) int { return a + b }, 1, 2, 3))
	q, r := divmod(7, 2)
	var shift uint = 3
	x := 1 << shift
	var y int64 = 1 << shift
	f := 2.5
	fmt.Println(q, r, x, y, f*2, 1<<10 == 1024, "a" < "b", strings.ToUpper("x"))
	var iface interface{} = n
	if p, ok := iface.(*node); ok && p != nil {
		fmt.Println(p.val)
	}
	ch := make(chan *node, 1)
	ch <- n
	select {
	case v := <-ch:
		_ = v
	case <-time.After(time.Second):
	}
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	p := &arr
	fmt.Println(len(p), p[1], arr[1:2], cap(arr[:]))
	b := []byte("hello")
	b = append(b, " world"...)
	str := string(b) + string(rune(65))
	for i, c := range str {
		_, _ = i, c
	}
	var d time.Duration = time.Duration(x) * time.Millisecond
	fmt.Println(d.String(), d > 5*time.Millisecond, time.Since(time.Now()) < time.Second)
	m := map[node]bool{}
	m[node{val: 1}] = true
	type local struct{ a, b int }
	l := local{1, 2}
	l.a += l.b
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			_ = id
		}(i)
	}
	wg.Wait()
	var err error
	if err == nil {
		err = fmt.Errorf("x %d", 1)
	}
	fmt.Println(err.Error(), -x, ^x, !true, +f, float64(x)/3, x%3, x&^1)
	const big = 1 << 100
	fmt.Println(big >> 98)
	var u8 uint8 = 255
	u8++
	fmt.Printf("%v %T\n", u8, u8)
	switch {
	}
	func() {}()
	var fn func() = nil
	if fn == nil {
	}
}
