// Types: named types and methods, struct embedding, interfaces (any, error,
// fmt.Stringer), arrays, slices, maps, pointers, func types, directional channels,
// type assertions, variadic functions, multiple results, blank identifiers, iota.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d] }

type Animal interface {
	fmt.Stringer
	Sound() string
}

type base struct{ name string }

func (b *base) String() string { return b.name }

type Dog struct {
	*base
	legs  [4]int
	owner *Dog
	tags  map[string][]byte
	bark  func(times int) (string, error)
	out   chan<- string
	in    <-chan string
	x, y  float64
	small int8
	u     uint64
	r     rune
	b     bool
}

func (d Dog) Sound() string { return "woof" }

var ErrTooMany = errors.New("too many")

func split(s string, seps ...string) (parts []string, err error) {
	if len(seps) > 3 {
		return nil, ErrTooMany
	}
	parts = strings.Split(s, strings.Join(seps, ""))
	return
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	var a Animal = Dog{base: &base{name: "rex"}}
	var anything any = a
	if s, ok := anything.(fmt.Stringer); ok {
		fmt.Println(s.String(), a.Sound())
	}
	d := a.(Dog)
	d.legs[0] = 1
	d.tags = make(map[string][]byte)
	d.tags["x"] = append(d.tags["x"], 'a', 'b')
	delete(d.tags, "x")
	d.bark = func(times int) (string, error) { return strings.Repeat("w", times), nil }
	ch := make(chan string, 1)
	d.out, d.in = ch, ch
	q, r := divmod(7, 2)
	_, _ = q, r
	parts, err := split("a,b", ",")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	n, _ := strconv.Atoi("42")
	p := new(int)
	*p = n + len(parts) + cap(parts)
	copy(parts, []string{"c"})
	var grid [2][3]float64
	grid[1][2] = 1.5e3
	var u8 uint8 = 0xFF
	var big uint64 = 1<<63 | 0b1010 | 0o17
	r2 := '\n'
	s := `raw
string`
	fmt.Println(Monday, Thursday, *p, grid, u8, big, r2, s, runtime.NumGoroutine(), d.u, d.r, d.b, d.small, d.x)
	defer func() {
		if v := recover(); v != nil {
			println("recovered", v)
		}
	}()
	print("bye\n")
	panic(fmt.Sprintf("%v", ErrTooMany))
}
