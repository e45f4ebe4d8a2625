// The API surface of package time that Cacophony's Go runtime provides: declarations
// only (bodies are the runtime's). Unexported fields keep values opaque.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
func ParseDuration(s string) (Duration, error)

type Month int
type Weekday int

func (m Month) String() string
func (d Weekday) String() string

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	DateTime    = "2006-01-02 15:04:05"
)

type Time struct {
	wall uint64
	ext  int64
}

func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64
func (t Time) Format(layout string) string
func (t Time) String() string
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Weekday() Weekday
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) Round(d Duration) Time
func (t Time) Truncate(d Duration) Time

func Sleep(d Duration)

type Ticker struct {
	C <-chan Time
	r int
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time

type Timer struct {
	C <-chan Time
	r int
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func After(d Duration) <-chan Time
