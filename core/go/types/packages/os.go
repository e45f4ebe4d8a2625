// The API surface of package os that Cacophony's Go runtime provides.
package os

var Args []string

// File is only ever os.Stdout or os.Stderr.
type File struct{ fd int }

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)

var (
	Stdout *File
	Stderr *File
)

func Exit(code int)
