// Package metronome: the series' simulation, native to Cacophony's Go runtime. This file is
// the one place its API surface is declared (the series issue owns its final shape).
package metronome

import "time"

// Bpm is a tempo in beats per minute.
type Bpm int

// Interval is the time between two beats at this tempo.
func (b Bpm) Interval() time.Duration

// DelayProfile is how long a simulated volume measurement takes, relative to the interval.
type DelayProfile int

const (
	Short DelayProfile = iota
	Oscillating
	Random
)

func (p DelayProfile) String() string

// VolumeMeter measures the volume, taking the profile's simulated delay: `volume := volumeMeter()`.
type VolumeMeter func() int

// BeatPerformer performs one beat at a volume: `performer(beatCount, volume)`.
type BeatPerformer func(beatCount int, volume int)

// The run's settings, chosen by whoever runs the program.
func Tempo() Bpm
func NumberOfBeats() int
func Profile() DelayProfile
func NewVolumeMeter() VolumeMeter
func NewBeatPerformer() BeatPerformer

// Name names the calling goroutine's lane in the task view ("beat 7", "counting service").
func Name(lane string)
