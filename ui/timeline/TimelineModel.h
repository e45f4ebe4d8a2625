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
//    lives do not overlap, and the lane's label says it is shared; a lesson that prints
//    lines always has a lane per goroutine (LaneTable).
//
// Its parts: LaneTable (the task view's lanes and their order, LaneOrder), FirstBeats,
// TimelineTrim (dropBefore). Its texts are TimelineText's.
//
// Not thread-safe: owned by the UI thread.

#include "timeline/ChunkedArray.h"
#include "timeline/IdMap.h"
#include "timeline/TimelineTrack.h"
#include "timeline/model/FirstBeats.h"
#include "timeline/model/LaneTable.h"
#include "trace/TraceData.h"

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
public:
    static constexpr std::int64_t kOpen = LaneTable::kOpen; // still running
    static constexpr int kLanePerTaskBeats = 32; // runs up to this many beats: a lane per task
    static constexpr std::uint32_t kNoEvent = std::numeric_limits<std::uint32_t>::max();

    // BeatDuplicate: a beat performed before carried the same number (the closure bug).
    enum BeatBits : std::uint32_t { BeatOutOfOrder = 1, BeatLost = 2, BeatDuplicate = 4 };
    enum class ArrowKind : std::uint32_t { Spawn, Send, Recv, Close, Return };

    using Life = LaneTable::Life;
    using TaskLane = LaneTable::TaskLane;
    using ChannelLane = LaneTable::ChannelLane;
    using LaneRef = LaneTable::LaneRef;

    TimelineModel();

    void clear(const RunSettings &settings);
    void append(const EventBatch &batch);
    // Drops what TraceWindow::keepFrom(events, cutoffNs) drops, in place (TimelineTrim).
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
    int lostBeats() const { return m_lostBeats; }
    // After the end of program, in a run whose beat numbers matter: no beat numbered
    // `beat` was performed before the end (skipped by the closure bug, or lost).
    bool neverPerformed(std::int64_t beat) const;

    // Task view.
    const LaneTable &lanes() const { return m_lanes; }
    const std::deque<TaskLane> &taskLanes() const { return m_lanes.taskLanes(); }
    const std::deque<ChannelLane> &channelLanes() const { return m_lanes.channelLanes(); }
    const TimelineTrack &arrows() const { return m_arrows; } // extra = ArrowKind; aux = waiter (Return)
    // Top to bottom as the data flows (LaneOrder).
    const std::vector<LaneRef> &taskViewOrder() const { return m_lanes.order(); }
    int laneOfTask(std::uint32_t task) const { return m_lanes.laneOfTask(task); }
    int laneOfChannel(std::uint32_t object) const { return m_lanes.laneOfChannel(object); }

    // The index of the event a drawn item stands for, so a point on the chart leads back
    // to what happened (and, later, to a program's source line): the item's own event; a
    // message's send; a task's life its TaskStart (else the first event left of the task);
    // the end of program its event. kNoEvent for no item.
    std::uint32_t eventOf(const TimelineHit &hit) const;

    const TaskInfo *taskInfo(std::uint32_t task) const;
    const ObjectInfo *objectInfo(std::uint32_t object) const;
    std::uint64_t namesRevision() const { return m_namesRevision; } // changes when a name does

    // TimelineText::formatMs, for callers outside the timeline that still ask the model.
    static QString formatMs(std::int64_t ns);
    // Every task in a lane of its own (a short run), rather than siblings sharing lanes.
    bool lanePerTask() const;

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
    friend class TimelineTrim;

    void appendSlice(const Event *begin, const Event *end);
    void ingest(std::uint32_t index, std::vector<Pending> &pending);
    void refresh(TimelineTrack &track, Role role, std::size_t from);
    void matchDone(std::uint32_t doneIndex, std::uint32_t waitIndex, std::vector<TrackItem> &arrows);

    RunSettings m_settings;
    bool m_printsLines = false; // printsLines(), cached by clear()
    ChunkedArray<Event> m_events;
    std::int64_t m_programEnd = -1;
    std::uint32_t m_programEndEvent = kNoEvent;
    std::int64_t m_lastTime = 0;
    std::uint64_t m_revision = 0;

    TimelineTrack m_ideal, m_measures, m_beats, m_tempoChanges;
    int m_measureRows = 1;
    int m_lostBeats = 0;
    FirstBeats m_firstBeatAt;

    TimelineTrack m_arrows;

    // Sends and receives waiting for their partner, by (channel, message id).
    std::unordered_map<std::uint64_t, std::uint32_t> m_unmatchedSends, m_unmatchedRecvs;
    // Wait-group Done (Add with a negative delta) and Wait events, by wait group, to draw
    // the dashed "I am done" returns to the waiter.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> m_dones, m_waits;

    QHash<std::uint32_t, TaskInfo> m_tasks;
    QHash<std::uint32_t, ObjectInfo> m_objects;
    std::size_t m_tasksPrefix = 0, m_objectsPrefix = 0; // entries of the last updateNames() lists seen
    std::uint64_t m_namesRevision = 0;
    LaneTable m_lanes{&m_tasks};
};

} // namespace cacophony
