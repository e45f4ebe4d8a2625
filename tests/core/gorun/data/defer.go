package main

import "fmt"

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func main() {
	order()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	func() {
		defer func() {
			r := recover()
			fmt.Println("got:", r)
		}()
		var arr []int
		_ = arr[5]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var i interface{} = "str"
		_ = i.(int)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(fmt.Sprintf("custom %d", 42))
	}()
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	fmt.Println("x =", x)
}
