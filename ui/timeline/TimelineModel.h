#pragma once

// What the timeline draws, indexed for drawing only what is visible: the events of one
// run sorted into time-ordered tracks per lane (beat view: ideal beats, measurements,
// actual beats; task view: one lane per task and per channel, plus the arrows between
// them). No widgets here, so it can be tested and measured on its own.
//
// Invariants:
//  - Every event is stored once (m_events, by arrival index); tracks hold small index
//    records, sorted by time, so the cost per event stays far below 100 bytes.
//  - append() accepts batches in any order; out-of-order arrivals are merged into the
//    tracks' tails, so the tracks are always sorted whatever the arrival order.
//  - Every task has a lane of its own in a run of at most kLanePerTaskBeats beats. In a
//    longer (or continuous) run, tasks spawned by the same parent share a lane when their
//    lives do not overlap (a naive strategy spawns one task per beat; a lane each would
//    not scale), and the lane's label says it is shared; a lesson that prints lines
//    always has a lane per goroutine. A task keeps its lane.
//
// Not thread-safe: owned by the UI thread.

#include "timeline/ChunkedArray.h"
#include "timeline/IdMap.h"
#include "timeline/TimelineTrack.h"
#include "trace/TraceData.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <cstdint>
#include <deque>
#include <limits>
#include <unordered_map>
#include <vector>

namespace cacophony {

// Something drawn on the timeline that the user can point at.
struct TimelineHit
{
    enum Kind : std::uint8_t {
        None, IdealBeat, Measure, Beat, TaskLife, Sleep, Blocked, Spin, TaskMeasure,
        TaskBeat, Message, Tick, Close, Arrow, ProgramEnd, TempoChange
    };
    Kind kind = None;
    std::uint32_t ev = 0;     // the event (for TaskLife: the task id; for Message: the send)
    std::uint32_t other = 0;  // Message: the receive; Arrow: the arrow kind; Return arrows: waiter task
    bool isValid() const { return kind != None; }
    bool operator==(const TimelineHit &o) const { return kind == o.kind && ev == o.ev && other == o.other; }
};

class TimelineModel
{
    // tr() for the texts users see: tooltips, the details panel, lane labels. The
    // context is "TimelineModel", the name lupdate gives it too (lupdate 6.4 misreads
    // TimelineHit's typed enum above and then warns it cannot qualify TimelineModel).
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)

public:
    static constexpr std::int64_t kOpen = std::numeric_limits<std::int64_t>::max(); // still running
    static constexpr int kLanePerTaskBeats = 32; // runs up to this many beats: a lane per task

    // BeatDuplicate: a beat performed before carried the same number (the closure bug).
    enum BeatBits : std::uint32_t { BeatOutOfOrder = 1, BeatLost = 2, BeatDuplicate = 4 };
    enum class ArrowKind : std::uint32_t { Spawn, Send, Recv, Close, Return };

    struct Life
    {
        std::int64_t start = 0;
        std::int64_t end = kOpen;
        std::uint32_t task = 0;
    };

    struct TaskLane
    {
        std::uint32_t key = 0;   // the parent task shared by the lane's tasks
        bool performs = false;   // a task of the lane performed a beat: where the flow ends
        std::vector<Life> lives; // sorted by start, disjoint
        TimelineTrack sleeps, blocked, spins; // spans; aux = running max end
        // (Measurements and beats are drawn from the shared beat-view tracks, in the lane
        // of the task that made them: one record per event, not two.)
        struct Label
        {
            QString base;             // the tasks' name without its number
            bool uniform = true;      // all tasks so far share `base`
            std::size_t scanned = 0;  // lives looked at
            std::uint64_t names = ~std::uint64_t(0); // names revision scanned against
        };
        mutable Label label;          // cache for taskLaneLabel()
    };

    struct ChannelLane
    {
        std::uint32_t object = 0;
        bool carriesValues = false; // something was sent on it (not only closed: a signal)
        std::vector<int> senders, receivers; // task lanes that sent (or closed) / received, first first
        TimelineTrack messages; // matched send/receive: t = send done, aux = running max of receive done,
                                // ev = send, extra = receive
        TimelineTrack marks;    // ticks and closes (instants)
        std::int64_t closedAt = -1; // -1: open
    };

    struct LaneRef
    {
        bool channel = false;
        int index = 0;
    };

    TimelineModel();

    void clear(const RunSettings &settings);
    void append(const EventBatch &batch);
    // Drops what TraceWindow::keepFrom(events, cutoffNs) drops, in place: the kept events
    // and items keep their order (no re-sort, no re-ingest), lanes left without a task go,
    // the others keep their places; names of tasks with no event left go too.
    void dropBefore(std::int64_t cutoffNs);
    // Returns true if anything changed.
    bool updateNames(const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &objects);
    TraceData traceData() const;

    const RunSettings &settings() const { return m_settings; }
    // Beats are labelled with their numbers (the strategy's order matters), not I/O.
    bool orderMatters() const;
    // A lesson that prints log lines instead of performing beats (no beat grid).
    bool printsLines() const;
    // The end of program is drawn (the red line): the strategy is asynchronous, so work
    // may outlive it. Unknown strategies (a foreign trace) count as asynchronous.
    bool endOfProgramMatters() const;
    std::size_t eventCount() const { return m_events.size(); }
    const Event &event(std::uint32_t index) const { return m_events[index]; }
    std::int64_t programEnd() const { return m_programEnd; } // -1 while the program runs
    std::int64_t lastTime() const { return m_lastTime; }     // latest instant or span end seen
    std::uint64_t revision() const { return m_revision; }    // changes whenever anything does
    std::size_t memoryBytes() const;

    // Beat view.
    const TimelineTrack &idealBeats() const { return m_ideal; }
    const TimelineTrack &measurements() const { return m_measures; } // extra = sub-row
    const TimelineTrack &beats() const { return m_beats; }           // extra = BeatBits
    int measurementRows() const { return m_measureRows; }
    // Metronome mode's tempo changes (instants at the first beat at the new tempo).
    const TimelineTrack &tempoChanges() const { return m_tempoChanges; }
    // "120 → 132 BPM": the mark's label for TempoChange event `e`.
    static QString tempoChangeLabel(const Event &e);
    int lostBeats() const { return m_lostBeats; }
    // After the end of program, in a run whose beat numbers matter: no beat numbered
    // `beat` was performed before the end (skipped by the closure bug, or lost).
    bool neverPerformed(std::int64_t beat) const;

    // Task view.
    const std::deque<TaskLane> &taskLanes() const { return m_taskLanes; }
    const std::deque<ChannelLane> &channelLanes() const { return m_channelLanes; }
    const TimelineTrack &arrows() const { return m_arrows; } // extra = ArrowKind; aux = waiter (Return)
    // Top to bottom as the data flows: the farther a task is, in messages passed, from
    // the lanes that perform beats, the higher it sits (tasks that pass the performers no
    // message count as performers); among tasks as far, one that sends to another or
    // spawned it sits above it, then the longer chain of messages into a task (a ticker
    // counts) first, else the order of appearance. Signals (channels only closed) do
    // not order tasks. Each channel sits right below its first sender or closer (a
    // ticker, which no task sends on, right above its first receiver), so a message
    // flows down from the sender through the channel to a lane further down.
    const std::vector<LaneRef> &taskViewOrder() const;
    int laneOfTask(std::uint32_t task) const;
    int laneOfChannel(std::uint32_t object) const;

    QString taskName(std::uint32_t task) const;
    QString objectName(std::uint32_t object) const;
    const ObjectInfo *objectInfo(std::uint32_t object) const;
    QString taskLaneLabel(int lane) const;
    QString channelLaneLabel(int lane) const; // name only; capacity is drawn in the glyph

    // One line for a tooltip (details = false) or several for the side panel, in the
    // language of the installed translators.
    QString describe(const TimelineHit &hit, bool details) const;

    // "12.3 ms" with a precision fit for the size, in the user's locale.
    static QString formatMs(std::int64_t ns);
    // Every task in a lane of its own (a short run), rather than siblings sharing lanes.
    bool lanePerTask() const;
    // A sent value as what it means on its channel: "volume 58", "the time 630 ms".
    QString valueText(const Event &e) const;

private:
    enum class Role { Instants, Spans, MeasureRows, Beats, Messages };
    // What a batch adds to one track: items that arrive in order go straight in (from
    // `from` on); the others wait in `items` and are merged at the end of the batch.
    struct Pending
    {
        TimelineTrack *track;
        Role role;
        std::size_t from;
        std::vector<TrackItem> items;
    };
    // Earliest time each beat number was performed (not Lost): a vector by number, as a
    // run numbers its beats 0, 1, 2, ... (8 bytes a beat where a hash map took ~40);
    // numbers far beyond those seen (a foreign trace) go to a hash map. A continuous run's
    // trim forgets the beats first performed before its cutoff, and the vector then
    // starts at the first number still held, so an hour-long run keeps only its window's.
    class FirstBeats
    {
    public:
        static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();
        std::int64_t at(std::int64_t beat) const;   // kNone if never performed
        void note(std::int64_t beat, std::int64_t t); // keeps the earliest
        void dropBefore(std::int64_t cutoffNs);
        void clear();
        std::size_t capacityBytes() const;
        std::size_t count() const { return m_count; }

    private:
        std::vector<std::int64_t> m_dense;  // m_dense[i]: beat m_base + i
        std::int64_t m_base = 0;
        std::unordered_map<std::int64_t, std::int64_t> m_sparse;
        std::size_t m_count = 0; // numbers noted
    };

    void appendSlice(const Event *begin, const Event *end);
    void ingest(std::uint32_t index, std::vector<Pending> &pending);
    int ensureTaskLane(std::uint32_t task, std::uint32_t parent, std::int64_t t);
    int ensureChannelLane(std::uint32_t object, std::uint32_t user, std::int64_t t, bool sender);
    Life &lifeOf(std::uint32_t task, std::int64_t t);
    void refresh(TimelineTrack &track, Role role, std::size_t from);
    void matchDone(std::uint32_t doneIndex, std::uint32_t waitIndex, std::vector<TrackItem> &arrows);
    QString taskLabel(std::uint32_t task) const;

    RunSettings m_settings;
    bool m_printsLines = false; // printsLines(), cached by clear()
    ChunkedArray<Event> m_events;
    std::int64_t m_programEnd = -1;
    std::int64_t m_lastTime = 0;
    std::uint64_t m_revision = 0;

    TimelineTrack m_ideal, m_measures, m_beats, m_tempoChanges;
    int m_measureRows = 1;
    int m_lostBeats = 0;
    FirstBeats m_firstBeatAt;

    std::deque<TaskLane> m_taskLanes;       // deque: pending inserts keep pointers across growth
    std::deque<ChannelLane> m_channelLanes;
    TimelineTrack m_arrows;
    struct TaskSlot
    {
        int lane;
        std::uint32_t life; // index in the lane's lives
    };
    IdMap<TaskSlot> m_laneOfTask;
    std::unordered_map<std::uint32_t, int> m_laneOfChannel;
    IdMap<std::uint32_t> m_spawnParent; // child -> parent, from TaskSpawn
    mutable std::vector<LaneRef> m_order;
    mutable bool m_orderDirty = true;

    // Sends and receives waiting for their partner, by (channel, message id).
    std::unordered_map<std::uint64_t, std::uint32_t> m_unmatchedSends, m_unmatchedRecvs;
    // Wait-group Done (Add with a negative delta) and Wait events, by wait group, to draw
    // the dashed "I am done" returns to the waiter.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> m_dones, m_waits;

    QHash<std::uint32_t, TaskInfo> m_tasks;
    QHash<std::uint32_t, ObjectInfo> m_objects;
    std::size_t m_tasksPrefix = 0, m_objectsPrefix = 0; // entries of the last updateNames() lists seen
    std::uint64_t m_namesRevision = 0;
};

} // namespace cacophony
