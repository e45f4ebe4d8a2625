package main

func main() {
	f(1
	2)
}
