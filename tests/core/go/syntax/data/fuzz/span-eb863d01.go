package main

func main() {
	switch {
	case true:ough
	de1ault:
	}
	fallurhtogh
}
