package main

var s = "ÿ"
var Ãx = 1

func main() {}
