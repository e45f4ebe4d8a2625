// The API surface of package runtime that Cacophony's Go runtime provides.
package runtime

func NumGoroutine() int
func Gosched()
func GOMAXPROCS(n int) int
func NumCPU() int
