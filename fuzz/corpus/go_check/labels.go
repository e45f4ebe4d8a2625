package main

func main() {
A:
	for {
		break B
	}
C:
	x := 1
	_ = x
	for {
		continue C
	}
	break
	continue
}
