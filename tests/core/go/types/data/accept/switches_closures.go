// go 1.21
package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Square struct{ side float64 }
type Circle struct{ r float64 }

func (s Square) Area() float64  { return s.side * s.side }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", v)
	case string:
		return "string of " + strconv.Itoa(len(v))
	case Shape:
		return fmt.Sprintf("shape %.1f", v.Area())
	default:
		return "other"
	}
}

func grade(n int) string {
	switch {
	case n > 90:
		return "A"
	case n > 50:
		fallthrough
	case n > 40:
		return "B"
	}
	return "C"
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	shapes := []Shape{Square{2}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(classify(s))
	}
	var funcs []func()
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() { fmt.Println(i) })
	}
	for _, f := range funcs {
		f()
	}
	next := counter()
	next()
	m := map[string][]int{"a": {1, 2}, "b": nil}
	m["c"] = append(m["c"], 3)
	delete(m, "b")
	if xs, ok := m["a"]; ok {
		fmt.Println(len(xs), cap(xs), grade(45), classify(nil))
	}
	arr := [...]string{2: "c", 0: "a"}
	sl := arr[:]
	copy(sl, []string{"z"})
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	n, err := strconv.Atoi("12")
	if err != nil {
		panic(err)
	}
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
	}
}
