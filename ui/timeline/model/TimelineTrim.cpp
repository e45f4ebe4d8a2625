#include "timeline/model/TimelineTrim.h"

#include "timeline/TimelineModel.h"

#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace cacophony {

void TimelineTrim::apply(TimelineModel &m, std::int64_t cutoffNs)
{
    constexpr std::uint32_t kGone = std::numeric_limits<std::uint32_t>::max();
    const std::size_t n = m.m_events.size();
    // The rule of TraceWindow::keepFrom: what ends before the cutoff goes, except the
    // spawn and start of tasks that have not ended before it.
    std::unordered_set<std::uint32_t> ended;
    for (std::size_t i = 0; i < n; ++i) {
        const Event &e = m.m_events[i];
        if (e.kind == EventKind::TaskEnd && e.t < cutoffNs)
            ended.insert(e.task);
    }
    std::vector<std::uint32_t> remap(n, kGone);
    std::unordered_map<std::uint32_t, std::uint32_t> referenced; // tasks with an event left: the first
    std::uint32_t kept = 0;
    m.m_programEnd = -1;
    m.m_lostBeats = 0;
    IdMap<std::uint32_t> spawnParent;
    for (std::size_t i = 0; i < n; ++i) {
        const Event e = m.m_events[i];
        bool keep = e.end() >= cutoffNs;
        if (!keep && e.kind == EventKind::TaskStart)
            keep = !ended.contains(e.task);
        else if (!keep && e.kind == EventKind::TaskSpawn)
            keep = !ended.contains(e.object);
        if (!keep)
            continue;
        remap[i] = kept;
        m.m_events[kept++] = e;
        if (e.task != 0)
            referenced.try_emplace(e.task, kept - 1);
        if (e.kind == EventKind::TaskSpawn && e.object != 0) {
            referenced.try_emplace(e.object, kept - 1);
            if (!spawnParent.find(e.object))
                spawnParent.set(e.object, e.task);
        }
        if (e.kind == EventKind::ProgramEnd && (m.m_programEnd < 0 || e.t < m.m_programEnd)) {
            m.m_programEnd = e.t;
            m.m_programEndEvent = kept - 1;
        }
        if (e.kind == EventKind::Beat && e.has(Lost))
            ++m.m_lostBeats;
    }
    m.m_firstBeatAt.dropBefore(cutoffNs);
    if (kept == n)
        return;
    m.m_events.truncate(kept);

    // Items of dropped events go; the others point at their events' new places.
    auto byEvent = [&remap](TrackItem &item) {
        item.ev = remap[item.ev];
        return item.ev != kGone;
    };
    auto byBothEvents = [&remap](TrackItem &item) { // messages: ev = send, extra = receive
        item.ev = remap[item.ev];
        item.extra = remap[item.extra];
        return item.ev != kGone && item.extra != kGone;
    };
    m.m_ideal.retain(byEvent);
    m.m_measures.retain(byEvent);
    m.m_beats.retain(byEvent);
    m.m_tempoChanges.retain(byEvent);
    m.m_arrows.retain(byEvent);
    m.m_measureRows = 1;
    m.refresh(m.m_measures, TimelineModel::Role::MeasureRows, 0);
    m.refresh(m.m_beats, TimelineModel::Role::Beats, 0);

    // Lives of tasks with nothing left go (their names too); lanes with no life left go.
    m.m_lanes.retainTasks(
        [&](std::uint32_t task) {
            if (referenced.contains(task))
                return true;
            m.m_tasks.remove(task);
            return false;
        },
        std::move(spawnParent));
    for (LaneTable::TaskLane &lane : m.m_lanes.taskLanes()) {
        for (LaneTable::Life &life : lane.lives) // its start gone: the first event left of the task
            life.event = remap[life.event] != kGone ? remap[life.event] : referenced.at(life.task);
        for (TimelineTrack *spans : {&lane.sleeps, &lane.blocked, &lane.spins}) {
            spans->retain(byEvent);
            m.refresh(*spans, TimelineModel::Role::Spans, 0);
        }
    }
    for (LaneTable::ChannelLane &lane : m.m_lanes.channelLanes()) {
        lane.messages.retain(byBothEvents);
        lane.marks.retain(byEvent);
        m.refresh(lane.messages, TimelineModel::Role::Messages, 0);
    }

    // Half-matched messages and wait-group returns still waiting for their partners.
    for (auto *unmatched : {&m.m_unmatchedSends, &m.m_unmatchedRecvs}) {
        for (auto it = unmatched->begin(); it != unmatched->end();) {
            it->second = remap[it->second];
            it = it->second == kGone ? unmatched->erase(it) : std::next(it);
        }
    }
    for (auto *byGroup : {&m.m_dones, &m.m_waits}) {
        for (auto it = byGroup->begin(); it != byGroup->end();) {
            for (std::uint32_t &index : it->second)
                index = remap[index];
            std::erase(it->second, kGone);
            it = it->second.empty() ? byGroup->erase(it) : std::next(it);
        }
    }
    if (m.m_tasks.capacity() > 2 * m.m_tasks.size() + 1024)
        m.m_tasks.squeeze();
    ++m.m_revision;
    ++m.m_namesRevision;
}

} // namespace cacophony
