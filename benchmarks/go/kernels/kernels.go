// The CPU kernels of bench_gorun, as one Go program: KERNEL=loop|fib|sieve|map picks one
// (the same source bench_gorun runs on Cacophony's VM, so the two can be set side by side).
package main

import (
	"fmt"
	"os"
)

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (i >> 3)
	}
	return s
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func maps(n int) int {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	s := 0
	for i := 0; i < n; i++ {
		s += m[i*7]
	}
	return s
}

func main() {
	switch os.Getenv("KERNEL") {
	case "fib":
		fmt.Println(fib(27))
	case "sieve":
		fmt.Println(sieve(2000000))
	case "map":
		fmt.Println(maps(200000))
	default:
		fmt.Println(loop(10000000))
	}
}
