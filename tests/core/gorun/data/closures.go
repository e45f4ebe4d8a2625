// go 1.21
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := []int{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c(), counter()())
	k := 3
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * k }))
	q, r := divmod(17, 5)
	fmt.Println(q, r, sum(), sum(1, 2, 3), sum([]int{4, 5}...), fib(20))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p)
	inc := func(v *int) { *v++ }
	inc(&x)
	fmt.Println(x)
	switch {
	case x > 5:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 6:
		fmt.Println("six")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	var vals []interface{} = []interface{}{1, "s", 2.5, nil, []int{1}, Point2{}}
	for _, v := range vals {
		switch t := v.(type) {
		case int:
			fmt.Println("int", t+1)
		case string, float64:
			fmt.Println("string or float", t)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Printf("other %T\n", t)
		}
	}
}

type Point2 struct{ A int }
