package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(i int) error {
	if i < 0 {
		return &MyErr{i}
	}
	if i == 0 {
		return errors.New("zero")
	}
	return nil
}

type Animal struct{ Name string }

func (a Animal) Hello() string { return "I am " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	pp := &p
	pp.Y = 7
	fmt.Println(p, q, *pp, p == Point{1, 7})
	fmt.Printf("%v %+v %s %d\n", p, struct{ A, B int }{1, 2}, p, p.X)
	var c Counter
	c.Inc()
	c.Inc()
	cp := &c
	cp.Inc()
	fmt.Println(c.Get(), cp.Get(), c.n)
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
	for _, i := range []int{-2, 0, 3} {
		err := find(i)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("my error", me.Code, err)
		} else {
			fmt.Println(err)
		}
	}
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Hello(), d.Name, d)
	var s fmt.Stringer = p
	fmt.Println(s.String(), s)
	fmt.Printf("%T %T %T %T\n", p, pp, shapes, 3.0)
	var np *Point
	fmt.Println(np == nil, np)
}
