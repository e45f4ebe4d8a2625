package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t := s[2:5]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := make([]string, 2, 5)
	u = append(u, "x", "y")
	fmt.Println(u, len(u), cap(u), u[2])
	c := make([]int, 3)
	n := copy(c, s)
	fmt.Println(n, c)
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	m := [][]int{{1}, {2, 3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice), nilSlice)
	w := append([]int{}, s[:3]...)
	fmt.Println(w, s[len(s)-1], s[:0], s[8:])
	for i, v := range a {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
}
