package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	b := make(chan string, 2)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b), <-b, <-b)
	close(b)
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)
	done := make(chan bool)
	results := make(chan int, 10)
	for w := 0; w < 3; w++ {
		go func(id int) {
			results <- id * 10
			done <- true
		}(w)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total", total)
	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(quit)
	}()
	for {
		select {
		case x := <-data:
			fmt.Println("got", x)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
