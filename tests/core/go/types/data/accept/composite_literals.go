package main

import "fmt"

type Point struct{ X, Y int }

type Path []Point

func main() {
	ps := []*Point{{1, 2}, {X: 3}}
	m := map[Point]string{{1, 2}: "a"}
	arr := [...]Path{{{1, 2}}, {}}
	nested := map[string][]Point{"a": {{1, 2}}}
	fmt.Println(len(ps), m, arr, nested)
	var x interface{} = Point{}
	switch p := x.(type) {
	case Point, *Point:
		fmt.Println(p)
	}
	type pair struct {
		a int
		b *Point
	}
	pp := pair{b: &Point{}}
	pp.b.X++
	(*pp.b).Y = 2
	fn := fmt.Sprintf
	_ = fn("%d", 1)
	var ch = make(chan<- int)
	_ = ch
	var bs = []byte{'a', 98, 0x63}
	_ = string(bs[0])
	_ = []rune("héllo")
	var f float64 = 3
	_ = int(f) % 2
	const c = 'a' + 1
	var r rune = c
	_ = r
	_ = len([3]int{}) * 2
	_ = append([]interface{}{}, 1, "a", nil)
}
