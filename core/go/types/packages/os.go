// The API surface of package os that Cacophony's Go runtime provides.
package os

var Args []string

func Exit(code int)
