package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "héllo, world"
	fmt.Println(len(s), s[1], s[0:5], s[7:], string(s[0]))
	for i, r := range "aé😀" {
		fmt.Println(i, r, string(r))
	}
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), []rune("hé"), string([]rune{104, 233}))
	fmt.Println(strings.ToUpper(s), strings.Contains(s, "wor"), strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("  t  "), strings.Index(s, "o"), strings.Fields(" a b  c "))
	fmt.Println(strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "ld"), strings.Replace("aaa", "a", "b", 2), strings.ReplaceAll("aaa", "a", "c"))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45), strconv.Quote("a\"b\n"), strconv.FormatInt(255, 16))
	var sb strings.Builder
	sb.WriteString("abc")
	sb.WriteByte('d')
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%s|%10s|%-4s|%q|%x|%v|%.2s\n", "go", "right", "l", "q", "hi", "v", "abc")
	fmt.Println("a" < "b", "abc" == "ab"+"c", s+"!")
}
