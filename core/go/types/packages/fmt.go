// The API surface of package fmt that Cacophony's Go runtime provides (standard output only).
package fmt

type Stringer interface {
	String() string
}

func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintf(format string, a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error

// Fprint* write to os.Stdout or os.Stderr (package io is not in the subset: its Writer is spelt out).
func Fprint(w interface{ Write(p []byte) (n int, err error) }, a ...any) (n int, err error)
func Fprintf(w interface{ Write(p []byte) (n int, err error) }, format string, a ...any) (n int, err error)
func Fprintln(w interface{ Write(p []byte) (n int, err error) }, a ...any) (n int, err error)
