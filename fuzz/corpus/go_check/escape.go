package main

var s = "\q\x0g\400\uD800"

func main() {}
