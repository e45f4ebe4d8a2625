// go 1.22
// Go 1.22: for range over an int, and a loop variable per iteration.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	for range 2 {
	}
}
