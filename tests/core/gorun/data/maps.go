package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	delete(m, "a")
	v, ok := m["b"]
	w, ok2 := m["zz"]
	fmt.Println(len(m), v, ok, w, ok2, m)
	sum := 0
	for k, v := range m {
		sum += v
		_ = k
	}
	fmt.Println(sum)
	type P struct{ X, Y int }
	pm := map[P]string{{1, 2}: "a"}
	pm[P{3, 4}] = "b"
	fmt.Println(pm[P{1, 2}], pm[P{3, 4}], len(pm))
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], counts)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm))
	nm["x"] = 1
}
