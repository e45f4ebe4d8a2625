package main

type T struct{ x int }

func main() {
	var p *T
	p.x = 1
}
