// The bedtime routine, one step after another (the series' first goroutine lesson).
package main

import (
	"log"
)

func main() {
	// sequence of activities I want to perform
	log.Println("walk into bathroom")
	log.Println("undress")
	log.Println("take shower")
	log.Println("put pyjamas on")
	log.Println("hug your parents and say good night")

	log.Println("program ends")
}
