#pragma once

// One recorded happening of a run. Small, fixed-size and trivially copyable so that any
// thread can record it without locks or allocation, and batches can cross threads as
// plain arrays.
//
// Conventions shared by every producer and consumer:
//  - `t` is nanoseconds since the run started (the run clock); `dur` is a duration in
//    nanoseconds. A span covers [t, t + dur]; an instant has dur == 0.
//  - `task` is the id of the task that did it (0 = a thread outside the runtime).
//  - `object` is the id of the channel, wait group or ticker involved, or of the child
//    task for TaskSpawn (0 = none). Names live in TraceData, not here.
//  - `a` and `b` are kind-specific payloads, listed per kind below.
//  - `pos` is where in the program's source it happened: an id into
//    TraceData::positions (1-based; 0 = no position, as for every compiled scenario).
//  - "text id" means an id into TraceData::texts (1-based; 0 = no text).
//
// A Go program's goroutine is a task: its end is TaskEnd (Failed if a panic ended it,
// Cancelled if the run was stopped), so there is no separate goroutine-end kind.

#include <QMetaType>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace cacophony {

enum class EventKind : std::uint8_t {
    TaskSpawn,  // task = parent, object = child task id
    TaskStart,  // task = the task itself
    TaskEnd,    // flags: Cancelled if stop() unwound it, Failed if it threw
    Sleep,      // span; a = requested ns
    Spin,       // span of a busy-wait loop (spin() calls with nothing else in between)
    ChanSend,   // object = channel; a = message number on the channel (1, 2, ... in send order); b = value;
                // flags Blocked: a span from when it started waiting to its completion (the partner's
                // time); otherwise an instant at its completion
    ChanRecv,   // as ChanSend; a = the number of the message received (0 if closed)
    ChanClose,  // object = channel
    WgAdd,      // object = wait group; a = delta; b = counter after
    WgWait,     // span; object = wait group
    Tick,       // object = ticker channel; a = tick number; b = message number of its send (0 if Dropped);
                // t = the tick thread's wait over, dur = its send or drop (an instant in trace files)
    IdealBeat,  // a = beat number (the ghost grid: beat n at n * interval)
    Measure,    // span of one volume measurement; a = measurement number; b = volume 0-100
    Beat,       // a = beat number; b = volume; flags: Tock for "O", Lost if after ProgramEnd
    ProgramEnd, // the metronome function returned
    Print,      // a log.Println of a lesson; a = line number in the program; flags: Lost if after ProgramEnd
    // Since trace format version 2 (Go programs):
    Lock,       // object = mutex; a = 1 for a read lock of an RWMutex, 0 otherwise; flags Blocked: a span
                // from when it started waiting to when it held the lock; otherwise an instant
    Unlock,     // object = mutex; a = 1 for a read unlock of an RWMutex, 0 otherwise
    Select,     // the case a select took: object = that case's channel (0 for default); a = the case's
                // index in source order (-1 for default); b = number of cases (default not counted);
                // flags Blocked: a span from when it started waiting; the channel operation itself is
                // recorded as ChanSend/ChanRecv with InSelect
    LogLine,    // a line of the program's output: a = text id of the line (no newline); b = 1 for
                // standard output (fmt), 2 for standard error (log, panics); flags: Lost if after ProgramEnd
    Panic,      // a panic in the task: a = text id of its value as Go prints it ("send on closed channel");
                // b = 0 where it began, 1 where a deferred recover() stopped it (a second event)
    FatalError, // a fatal error ended the program: a = text id of Go's first line without "fatal error: "
                // ("all goroutines are asleep - deadlock!"); task = the task that hit it, 0 for the runtime
    TempoChange, // the click track's tempo changed; t = the first beat at the new tempo; a = new BPM; b = old BPM
    Count
};

enum EventFlag : std::uint8_t {
    NoFlags = 0,
    Blocked = 1 << 0,   // the operation had to wait for a partner (filled arrowhead)
    NotOk = 1 << 1,     // receive on a closed and drained channel
    Cancelled = 1 << 2, // unwound by Runtime::stop()
    Dropped = 1 << 3,   // ticker tick nobody took in time
    InSelect = 1 << 4,  // channel operation completed by a select case
    Tock = 1 << 5,      // beat is "O" (odd beat); "I" otherwise
    Lost = 1 << 6,      // beat performed (or line printed) after the end of program
    Failed = 1 << 7,    // task ended by a misuse error (send on closed channel, ...) or a panic
};

struct Event
{
    std::int64_t t = 0;
    std::int64_t dur = 0;
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::uint32_t task = 0;
    std::uint32_t object = 0;
    EventKind kind = EventKind::Count;
    std::uint8_t flags = 0;
    std::uint32_t pos = 0; // fits in what was padding: Event stays 48 bytes

    bool has(EventFlag f) const { return (flags & f) != 0; }
    std::int64_t end() const { return t + dur; }
    bool operator==(const Event &) const = default;
};

static_assert(std::is_trivially_copyable_v<Event>);
static_assert(sizeof(Event) <= 48); // the timeline keeps millions in memory

using EventBatch = std::vector<Event>;

// Stable lower-case names ("chan_send"), used by the trace file and tooltips.
const char *eventKindName(EventKind kind);
// Inverse of eventKindName(); returns EventKind::Count for an unknown name.
EventKind eventKindFromName(const char *name);

// Stable lower-case name of one flag bit ("blocked"); nullptr for 0 or several bits.
const char *eventFlagName(EventFlag flag);

// Registers Event, EventBatch and TraceData with the meta-type system (idempotent,
// thread-safe). Tracer and EventStream call it; call it yourself before queueing these
// types through a string-based connection.
void registerTraceMetaTypes();

} // namespace cacophony

Q_DECLARE_METATYPE(cacophony::Event)
Q_DECLARE_METATYPE(cacophony::EventBatch)
