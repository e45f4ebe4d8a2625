// The bedtime routine with a pause before the end: the steps print, in any order.
package main

import (
	"log"
	"time"
)

func main() {
	go log.Println("walk into bathroom")
	go log.Println("undress")
	go log.Println("take shower")
	go log.Println("put pyjamas on")
	go log.Println("hug your parents and say good night")

	time.Sleep(time.Second)
	log.Println("program ended")
}
