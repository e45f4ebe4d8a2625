// The API surface of package math/rand that Cacophony's Go runtime provides (seeded by the run).
package rand

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Rand struct{ src Source }

func New(src Source) *Rand
func NewSource(seed int64) Source
func (r *Rand) Int() int
func (r *Rand) Intn(n int) int
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Int63() int64
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Seed(seed int64)

func Seed(seed int64)
func Int() int
func Intn(n int) int
func Int31() int32
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Float64() float64
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
