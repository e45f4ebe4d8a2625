// The bedtime routine with every step a goroutine: main ends before any of them prints.
package main

import (
	"log"
)

func main() {
	go log.Println("walk into bathroom")
	go log.Println("undress")
	go log.Println("take shower")
	go log.Println("put pyjamas on")
	go log.Println("hug your parents and say good night")

	log.Println("program ends")
}
