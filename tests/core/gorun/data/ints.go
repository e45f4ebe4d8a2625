package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = 1 << 30
	c *= 4
	var d uint16 = 65535
	d += 2
	x := -7
	fmt.Println(a, b, c, d, x/2, x%2, x>>1, uint32(x), int64(x)*3)
	fmt.Println(1<<62, ^0, 5&^3, 6|1, 6^3)
	var u uint64 = 1<<63 + 5
	fmt.Println(u, u/3, u%7, int(u))
	f := 3.5
	fmt.Println(f*2, f/3, int(f), float64(x)/2, 1e6, 1e21, 0.0001, 1.0)
	fmt.Printf("%d %5d|%-5d|%05d %x %X %o %b %c %q %U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'A', 'B', 0x1F600)
	fmt.Printf("%f %.2f %8.3f %e %g %v %t\n", 3.14159, 3.14159, 2.5, 1234.5678, 0.000012, 2.0/3, true)
}
