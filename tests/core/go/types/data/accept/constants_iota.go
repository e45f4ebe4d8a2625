package main

import (
	"fmt"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const huge = 1 << 300 // exact beyond 64 bits
const small = huge >> 298

const (
	a, b = iota, iota * 10
	c, d
)

func main() {
	var f float64 = 1 << 3
	var r rune = 'x'
	var by byte = 255
	x := 7 / 2
	y := 7 / 2.0
	const timeout = 50 * time.Millisecond
	fmt.Println(Tuesday, KB, MB, GB, small, f, r, by, x, y, c, d, timeout.Seconds())
	var d2 time.Duration = 2 * time.Second
	fmt.Println(d2 / time.Millisecond, len("héllo"), uint8(200)+55)
}
