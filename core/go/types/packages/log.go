// The API surface of package log that Cacophony's Go runtime provides (the standard logger).
package log

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)
func Flags() int
func SetFlags(flag int)
func Prefix() string
func SetPrefix(prefix string)
