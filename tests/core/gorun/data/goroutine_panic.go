package main

import (
	"fmt"
	"time"
)

func worker(id int, data []int) {
	fmt.Println("worker", id, "starts")
	fmt.Println(data[id])
}

func main() {
	data := []int{1, 2}
	go worker(5, data)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
