#pragma once

// The task view's lanes: which lane each task and each channel is drawn in, the lanes
// themselves (lives, spans, messages, marks) and their order, cached until a lane or an
// edge between lanes changes.
//
// Every task has a lane of its own when lanes are not shared (a run of at most
// TimelineModel::kLanePerTaskBeats beats, or a lesson that prints lines). Otherwise tasks
// spawned by the same parent share a lane when their lives do not overlap (a naive
// strategy spawns one task per beat; a lane each would not scale). A task keeps its lane.
//
// Not thread-safe: owned by the UI thread, through TimelineModel.

#include "timeline/IdMap.h"
#include "timeline/TimelineTrack.h"
#include "trace/TraceData.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <deque>
#include <limits>
#include <unordered_map>
#include <vector>

namespace cacophony {

class LaneTable
{
public:
    static constexpr std::int64_t kOpen = std::numeric_limits<std::int64_t>::max(); // still running

    struct Life
    {
        std::int64_t start = 0;
        std::int64_t end = kOpen;
        std::uint32_t task = 0;
        std::uint32_t event = 0; // its TaskStart, or the first event seen of the task until that comes
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
        mutable Label label;          // cache for TimelineText::taskLaneLabel()
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
        bool operator==(const LaneRef &o) const { return channel == o.channel && index == o.index; }
    };

    // `tasks`: the registered tasks, asked for a task's parent when no spawn said it.
    explicit LaneTable(const QHash<std::uint32_t, TaskInfo> *tasks) : m_tasks(tasks) {}

    // Forgets every lane; tasks get lanes of their own from now on unless `shareLanes`.
    void clear(bool shareLanes);

    // The task's lane, made (or shared) for event `event` at time `t` when the task has
    // none yet. `parent` 0: the spawn's or the registered parent.
    int ensureTaskLane(std::uint32_t task, std::uint32_t parent, std::int64_t t, std::uint32_t event)
    {
        if (const TaskSlot *slot = m_laneOfTask.find(task))
            return slot->lane;
        return addTask(task, parent, t, event);
    }
    // The channel's lane; `user` (0: none) is noted as a sender (or closer) or a receiver.
    int ensureChannelLane(std::uint32_t object, std::uint32_t user, std::int64_t t, std::uint32_t event, bool sender);
    Life &lifeOf(std::uint32_t task, std::int64_t t, std::uint32_t event);
    const Life *findLife(std::uint32_t task) const;
    // A TaskSpawn names the child's parent (the first spawn counts).
    void noteSpawn(std::uint32_t child, std::uint32_t parent);
    void notePerforms(int lane);
    void noteCarriesValues(int channel);

    TaskLane &taskLane(int lane) { return m_taskLanes[std::size_t(lane)]; }
    ChannelLane &channelLane(int lane) { return m_channelLanes[std::size_t(lane)]; }
    std::deque<TaskLane> &taskLanes() { return m_taskLanes; }
    std::deque<ChannelLane> &channelLanes() { return m_channelLanes; }
    const std::deque<TaskLane> &taskLanes() const { return m_taskLanes; }
    const std::deque<ChannelLane> &channelLanes() const { return m_channelLanes; }
    int laneOfTask(std::uint32_t task) const;
    int laneOfChannel(std::uint32_t object) const;
    // The task view's order (LaneOrder::of), computed again only after a change.
    const std::vector<LaneRef> &order() const;

    // After a trim: keeps the lives of tasks `keepTask` accepts and the lanes left with a
    // life (in their order), maps the channels' users to the lanes' new places, and takes
    // the spawn parents found in the events kept. Returns each old task lane's new index
    // (-1: gone); the caller trims the tracks.
    template<typename KeepTask>
    std::vector<int> retainTasks(KeepTask keepTask, IdMap<std::uint32_t> spawnParent)
    {
        std::vector<int> remap(m_taskLanes.size(), -1);
        std::deque<TaskLane> lanes;
        for (std::size_t i = 0; i < m_taskLanes.size(); ++i) {
            TaskLane &lane = m_taskLanes[i];
            std::erase_if(lane.lives, [&](const Life &life) { return !keepTask(life.task); });
            if (lane.lives.empty())
                continue;
            lane.label = TaskLane::Label {};
            remap[i] = int(lanes.size());
            lanes.push_back(std::move(lane));
        }
        m_taskLanes = std::move(lanes);
        afterRetain(remap, std::move(spawnParent));
        return remap;
    }

    std::size_t memoryBytes() const;

private:
    struct TaskSlot
    {
        int lane;
        std::uint32_t life; // index in the lane's lives
    };

    int addTask(std::uint32_t task, std::uint32_t parent, std::int64_t t, std::uint32_t event);
    void afterRetain(const std::vector<int> &remap, IdMap<std::uint32_t> spawnParent);

    const QHash<std::uint32_t, TaskInfo> *m_tasks;
    bool m_shareLanes = false;
    std::deque<TaskLane> m_taskLanes;       // deque: pending inserts keep pointers across growth
    std::deque<ChannelLane> m_channelLanes;
    IdMap<TaskSlot> m_laneOfTask;
    std::unordered_map<std::uint32_t, int> m_laneOfChannel;
    IdMap<std::uint32_t> m_spawnParent; // child -> parent, from TaskSpawn
    mutable std::vector<LaneRef> m_order;
    mutable bool m_orderDirty = true;
};

} // namespace cacophony
