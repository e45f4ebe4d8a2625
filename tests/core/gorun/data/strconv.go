package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-9223372036854775808", "9223372036854775808", "0x1F", "1_000", "abc", ""} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("2.5", 64)
	fmt.Println(f, err, strconv.FormatFloat(1.0/3, 'f', 3, 64), strconv.FormatInt(-255, 2))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
}
