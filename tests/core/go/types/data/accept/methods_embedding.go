package main

import (
	"errors"
	"fmt"
	"strings"
)

type Counter struct {
	n int
}

func (c *Counter) Inc()       { c.n++ }
func (c Counter) Value() int  { return c.n }
func (c Counter) String() string { return fmt.Sprintf("counter(%d)", c.n) }

// Named embeds Counter: Inc, Value and String are promoted.
type Named struct {
	Counter
	name string
}

type Valuer interface {
	Value() int
}

type ValueStringer interface {
	Valuer
	fmt.Stringer
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func describe(v ValueStringer) string { return v.String() + strings.Repeat("!", v.Value()) }

func find(xs []int, x int) (int, error) {
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}

func main() {
	n := Named{name: "beats"}
	n.Inc()
	n.Counter.Inc()
	inc := n.Inc // method value
	inc()
	value := Counter.Value // method expression
	fmt.Println(describe(n), value(n.Counter), n.name)
	var s fmt.Stringer = &n
	if vs, ok := s.(ValueStringer); ok {
		fmt.Println(vs.Value())
	}
	fmt.Println(Celsius(100).Fahrenheit())
	if _, err := find([]int{1, 2}, 3); err != nil {
		fmt.Println(err)
	}
	var e error = fmt.Errorf("wrapped: %w", errors.New("inner"))
	fmt.Println(errors.Unwrap(e) != nil)
}
