package main

func main() {
	switch {
	case true:
		fallthrough
	}
	var x interface{}
	switch x.(type) {
	case int:
		fallthrough
	default:
	}
	fallthrough
}
