package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 4
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("nothing ready")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nil channel never ready")
	}
}
