#include "timeline/TimelineModel.h"

#include "metronome/Scenario.h"
#include "timeline/model/TimelineTrim.h"
#include "timeline/text/TimelineText.h"

#include <algorithm>
#include <numeric>

namespace cacophony {

namespace {

std::uint64_t messageKey(std::uint32_t object, std::int64_t id)
{
    return (std::uint64_t(object) << 40) ^ std::uint64_t(id);
}

bool isBlockingSpan(const Event &e)
{
    return e.has(Blocked) && e.dur > 0;
}

} // namespace

TimelineModel::TimelineModel() = default;

void TimelineModel::clear(const RunSettings &settings)
{
    m_settings = settings;
    m_printsLines = printsLines();
    m_events.clear();
    m_programEnd = -1;
    m_programEndEvent = kNoEvent;
    m_lastTime = 0;
    ++m_revision;
    m_ideal.clear();
    m_measures.clear();
    m_beats.clear();
    m_tempoChanges.clear();
    m_measureRows = 1;
    m_lostBeats = 0;
    m_firstBeatAt.clear();
    m_lanes.clear(!lanePerTask() && !m_printsLines);
    m_arrows.clear();
    m_unmatchedSends.clear();
    m_unmatchedRecvs.clear();
    m_dones.clear();
    m_waits.clear();
    m_tasks.clear();
    m_objects.clear();
    m_tasksPrefix = m_objectsPrefix = 0;
    ++m_namesRevision;
}

bool TimelineModel::orderMatters() const
{
    if (const Strategy *strategy = ScenarioRegistry::findStrategy(m_settings.strategy))
        return strategy->orderMatters;
    return m_settings.strategy == QLatin1String("async_naive")
        || m_settings.strategy == QLatin1String("async_naive_waiting_for_completion");
}

bool TimelineModel::printsLines() const
{
    const Strategy *strategy = ScenarioRegistry::findStrategy(m_settings.strategy);
    return strategy && strategy->prints;
}

bool TimelineModel::endOfProgramMatters() const
{
    const Strategy *strategy = ScenarioRegistry::findStrategy(m_settings.strategy);
    return !strategy || strategy->asynchronous;
}

void TimelineModel::dropBefore(std::int64_t cutoffNs)
{
    TimelineTrim::apply(*this, cutoffNs);
}

bool TimelineModel::updateNames(const std::vector<TaskInfo> &tasks, const std::vector<ObjectInfo> &objects)
{
    // Called every frame with everything registered so far; names never change once
    // registered, so usually only the tail is new.
    auto merge = [this](const auto &infos, auto &known, std::size_t &prefix) {
        bool changed = false;
        std::size_t from = 0;
        if (prefix > 0 && prefix <= infos.size()) {
            auto it = known.constFind(infos[prefix - 1].id);
            if (it != known.constEnd() && it->name == infos[prefix - 1].name)
                from = prefix;
        }
        for (std::size_t i = from; i < infos.size(); ++i) {
            auto it = known.find(infos[i].id);
            if (it == known.end() || !(it->name == infos[i].name)) {
                known.insert(infos[i].id, infos[i]);
                changed = true;
            }
        }
        prefix = infos.size();
        return changed;
    };
    const bool changed = merge(tasks, m_tasks, m_tasksPrefix) | merge(objects, m_objects, m_objectsPrefix);
    if (changed) {
        ++m_revision;
        ++m_namesRevision;
    }
    return changed;
}

void TimelineModel::append(const EventBatch &batch)
{
    if (batch.empty())
        return;
    // A whole recorded run comes as one batch: sorted by time, it is taken in slices, which
    // ingest the same in the same order, so that what waits for the tracks stays small
    // (all of a 10M-event run at once held ~30 bytes per event more at its peak, which the
    // allocator then kept).
    constexpr std::size_t kSlice = std::size_t(1) << 16;
    const auto byTime = [](const Event &x, const Event &y) { return x.t < y.t; };
    if (batch.size() > kSlice && std::is_sorted(batch.begin(), batch.end(), byTime)) {
        for (std::size_t i = 0; i < batch.size(); i += kSlice)
            appendSlice(batch.data() + i, batch.data() + std::min(batch.size(), i + kSlice));
    } else {
        appendSlice(batch.data(), batch.data() + batch.size());
    }
    ++m_revision;
}

void TimelineModel::appendSlice(const Event *begin, const Event *end)
{
    const auto first = static_cast<std::uint32_t>(m_events.size());
    for (const Event *e = begin; e != end; ++e)
        m_events.push_back(*e);

    // Lanes are assigned in time order, so process the batch sorted by t.
    std::vector<std::uint32_t> order(std::size_t(end - begin));
    std::iota(order.begin(), order.end(), first);
    const bool sorted = std::is_sorted(begin, end, [](const Event &x, const Event &y) { return x.t < y.t; });
    if (!sorted) {
        std::stable_sort(order.begin(), order.end(), [this](std::uint32_t x, std::uint32_t y) {
            return m_events[x].t < m_events[y].t;
        });
    }

    std::vector<Pending> pending;
    for (std::uint32_t index : order)
        ingest(index, pending);
    for (Pending &p : pending) {
        std::size_t from = p.from;
        if (!p.items.empty())
            from = std::min(from, p.track->insert(p.items));
        refresh(*p.track, p.role, from);
        p.track->setPendingSlot(TimelineTrack::kNoSlot);
    }
}

void TimelineModel::ingest(std::uint32_t index, std::vector<Pending> &pending)
{
    const Event &e = m_events[index];
    m_lastTime = std::max(m_lastTime, e.end());

    // In order (not before the track's last item): straight in, as a merge would put it;
    // otherwise it waits to be merged when the batch is done.
    auto add = [&](TimelineTrack &track, Role role, TrackItem item) {
        std::uint32_t slot = track.pendingSlot();
        if (slot == TimelineTrack::kNoSlot) {
            slot = std::uint32_t(pending.size());
            track.setPendingSlot(slot);
            pending.push_back(Pending{&track, role, track.size(), {}});
        }
        if (track.empty() || item.t >= track.back().t)
            track.push_back(item);
        else
            pending[slot].items.push_back(item);
    };
    auto span = [&](TimelineTrack &track, Role role = Role::Spans) {
        add(track, role, TrackItem{e.t, e.end(), index, 0});
    };
    auto arrow = [&](std::int64_t t, ArrowKind kind, std::int64_t aux = 0) {
        add(m_arrows, Role::Instants, TrackItem{t, aux, index, std::uint32_t(kind)});
    };
    auto laneOf = [&](std::uint32_t task) -> TaskLane * {
        if (task == 0)
            return nullptr;
        return &m_lanes.taskLane(m_lanes.ensureTaskLane(task, 0, e.t, index));
    };

    switch (e.kind) {
    case EventKind::IdealBeat:
        add(m_ideal, Role::Instants, TrackItem{e.t, e.t, index, 0});
        break;
    case EventKind::Measure:
        span(m_measures, Role::MeasureRows);
        laneOf(e.task); // the task view draws it in its task's lane, from the shared track
        break;
    case EventKind::Beat:
    case EventKind::Print: // a lesson's printed line: drawn like a beat, in its task's lane
        add(m_beats, Role::Beats, TrackItem{e.t, e.a, index, 0});
        if (e.has(Lost))
            ++m_lostBeats;
        if (!e.has(Lost))
            m_firstBeatAt.note(e.a, e.t);
        if (e.task != 0)
            m_lanes.notePerforms(m_lanes.ensureTaskLane(e.task, 0, e.t, index));
        break;
    case EventKind::ProgramEnd:
        if (m_programEnd < 0 || e.t < m_programEnd) {
            m_programEnd = e.t;
            m_programEndEvent = index;
        }
        break;
    case EventKind::TempoChange: // metronome mode: the beat view marks it
        add(m_tempoChanges, Role::Instants, TrackItem{e.t, e.t, index, 0});
        break;
    case EventKind::TaskSpawn:
        if (e.object != 0) {
            m_lanes.noteSpawn(e.object, e.task);
            m_lanes.ensureTaskLane(e.object, e.task, e.t, index);
            arrow(e.t, ArrowKind::Spawn);
        }
        break;
    case EventKind::TaskStart:
        if (e.task != 0) {
            // The spawn or an earlier-arriving event only guessed it.
            LaneTable::Life &life = m_lanes.lifeOf(e.task, e.t, index);
            life.start = e.t;
            life.event = index;
        }
        break;
    case EventKind::TaskEnd:
        if (e.task != 0)
            m_lanes.lifeOf(e.task, e.t, index).end = e.end();
        break;
    case EventKind::Sleep:
        if (TaskLane *lane = laneOf(e.task))
            span(lane->sleeps);
        break;
    case EventKind::Spin:
        if (TaskLane *lane = laneOf(e.task))
            span(lane->spins);
        break;
    case EventKind::ChanSend:
    case EventKind::ChanRecv: {
        TaskLane *lane = laneOf(e.task);
        if (lane && isBlockingSpan(e))
            span(lane->blocked);
        const bool send = e.kind == EventKind::ChanSend;
        if (e.object != 0) {
            const int channel = m_lanes.ensureChannelLane(e.object, e.task, e.t, index, send);
            if (send)
                m_lanes.noteCarriesValues(channel);
            arrow(e.end(), send ? ArrowKind::Send : ArrowKind::Recv);
            if (e.a != 0) {
                const std::uint64_t key = messageKey(e.object, e.a);
                auto &mine = send ? m_unmatchedSends : m_unmatchedRecvs;
                auto &theirs = send ? m_unmatchedRecvs : m_unmatchedSends;
                auto partner = theirs.find(key);
                if (partner == theirs.end()) {
                    mine.emplace(key, index);
                } else {
                    const std::uint32_t sendIndex = send ? index : partner->second;
                    const std::uint32_t recvIndex = send ? partner->second : index;
                    theirs.erase(partner);
                    const std::int64_t sent = m_events[sendIndex].end();
                    const std::int64_t received = std::max(sent, m_events[recvIndex].end());
                    add(m_lanes.channelLane(channel).messages, Role::Messages,
                        TrackItem{sent, received, sendIndex, recvIndex});
                }
            }
        }
        break;
    }
    case EventKind::ChanClose:
        if (e.object != 0) {
            const int channel = m_lanes.ensureChannelLane(e.object, e.task, e.t, index, true);
            ChannelLane &lane = m_lanes.channelLane(channel);
            add(lane.marks, Role::Instants, TrackItem{e.t, e.t, index, 0});
            if (lane.closedAt < 0 || e.t < lane.closedAt)
                lane.closedAt = e.t;
            arrow(e.t, ArrowKind::Close);
        }
        break;
    case EventKind::Tick:
        if (e.object != 0) {
            const int channel = m_lanes.ensureChannelLane(e.object, e.task, e.t, index, false);
            add(m_lanes.channelLane(channel).marks, Role::Instants, TrackItem{e.t, e.t, index, 0});
        }
        break;
    case EventKind::WgAdd:
        if (e.a < 0 && e.object != 0) {
            m_dones[e.object].push_back(index);
            std::vector<TrackItem> returns;
            for (std::uint32_t wait : m_waits[e.object])
                matchDone(index, wait, returns);
            for (const TrackItem &item : returns)
                add(m_arrows, Role::Instants, item);
        }
        break;
    case EventKind::WgWait: {
        if (TaskLane *lane = laneOf(e.task); lane && e.dur > 0)
            span(lane->blocked);
        if (e.object != 0) {
            m_waits[e.object].push_back(index);
            std::vector<TrackItem> returns;
            for (std::uint32_t done : m_dones[e.object])
                matchDone(done, index, returns);
            for (const TrackItem &item : returns)
                add(m_arrows, Role::Instants, item);
        }
        break;
    }
    case EventKind::Lock: // a Go program's kinds (trace format 2): not drawn yet
    case EventKind::Unlock:
    case EventKind::Select:
    case EventKind::LogLine:
    case EventKind::Panic:
    case EventKind::FatalError:
    case EventKind::Count:
        break;
    }
}

// A Done counts as a return to a waiter whose Wait was under way when it happened.
void TimelineModel::matchDone(std::uint32_t doneIndex, std::uint32_t waitIndex, std::vector<TrackItem> &arrows)
{
    const Event &done = m_events[doneIndex];
    const Event &wait = m_events[waitIndex];
    if (done.t < wait.t || done.t > wait.end() || done.task == wait.task)
        return;
    arrows.push_back(TrackItem{done.t, std::int64_t(wait.task), doneIndex, std::uint32_t(ArrowKind::Return)});
}

void TimelineModel::refresh(TimelineTrack &track, Role role, std::size_t from)
{
    const std::size_t n = track.size();
    switch (role) {
    case Role::Instants:
        break;
    case Role::Spans:
    case Role::Messages: {
        std::int64_t running = from > 0 ? track[from - 1].aux : std::numeric_limits<std::int64_t>::min();
        std::int64_t longest = from > 0 ? track.longest() : 0;
        for (std::size_t i = from; i < n; ++i) {
            const std::int64_t end = role == Role::Spans ? m_events[track[i].ev].end()
                                                         : std::max(track[i].t, m_events[track[i].extra].end());
            running = std::max(running, end);
            longest = std::max(longest, end - track[i].t);
            track[i].aux = running;
        }
        track.setLongest(longest);
        break;
    }
    case Role::MeasureRows: {
        // Restart the greedy row assignment where nothing earlier overlaps: there every row is free.
        std::size_t start = std::min(from, n);
        while (start > 0 && track[start - 1].aux > track[start].t)
            --start;
        std::vector<std::int64_t> rowEnds;
        std::int64_t running = start > 0 ? track[start - 1].aux : std::numeric_limits<std::int64_t>::min();
        for (std::size_t i = start; i < n; ++i) {
            const std::int64_t end = m_events[track[i].ev].end();
            std::size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] > track[i].t)
                ++row;
            if (row == rowEnds.size())
                rowEnds.push_back(end);
            else
                rowEnds[row] = end;
            track[i].extra = std::uint32_t(row);
            m_measureRows = std::max(m_measureRows, int(row) + 1);
            running = std::max(running, end);
            track[i].aux = running;
        }
        break;
    }
    case Role::Beats: {
        std::int64_t highest = from > 0 ? track[from - 1].aux : std::numeric_limits<std::int64_t>::min();
        for (std::size_t i = from; i < n; ++i) {
            const Event &beat = m_events[track[i].ev];
            std::uint32_t bits = 0;
            if (beat.a < highest)
                bits |= BeatOutOfOrder;
            if (beat.has(Lost))
                bits |= BeatLost;
            else if (const std::int64_t first = m_firstBeatAt.at(beat.a); first != FirstBeats::kNone && first < beat.t)
                bits |= BeatDuplicate;
            highest = std::max(highest, beat.a);
            track[i].aux = highest;
            track[i].extra = bits;
        }
        break;
    }
    }
}

bool TimelineModel::lanePerTask() const
{
    return m_settings.beats > 0 && m_settings.beats <= kLanePerTaskBeats;
}

QString TimelineModel::formatMs(std::int64_t ns)
{
    return TimelineText::formatMs(ns);
}

std::uint32_t TimelineModel::eventOf(const TimelineHit &hit) const
{
    switch (hit.kind) {
    case TimelineHit::None:
        return kNoEvent;
    case TimelineHit::TaskLife: {
        const Life *life = m_lanes.findLife(hit.ev);
        return life ? life->event : kNoEvent;
    }
    case TimelineHit::ProgramEnd:
        return m_programEnd >= 0 ? m_programEndEvent : kNoEvent;
    default: // the event itself (a message: its send)
        return hit.ev < m_events.size() ? hit.ev : kNoEvent;
    }
}

const TaskInfo *TimelineModel::taskInfo(std::uint32_t task) const
{
    auto it = m_tasks.constFind(task);
    return it == m_tasks.constEnd() ? nullptr : &*it;
}

const ObjectInfo *TimelineModel::objectInfo(std::uint32_t object) const
{
    auto it = m_objects.constFind(object);
    return it == m_objects.constEnd() ? nullptr : &*it;
}

TraceData TimelineModel::traceData() const
{
    TraceData data;
    data.settings = m_settings;
    data.events.reserve(m_events.size());
    for (std::size_t i = 0; i < m_events.size(); ++i)
        data.events.push_back(m_events[i]);
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const Event &x, const Event &y) { return x.t < y.t; });
    for (const TaskInfo &info : m_tasks)
        data.tasks.push_back(info);
    for (const ObjectInfo &info : m_objects)
        data.objects.push_back(info);
    std::sort(data.tasks.begin(), data.tasks.end(), [](const TaskInfo &x, const TaskInfo &y) { return x.id < y.id; });
    std::sort(data.objects.begin(), data.objects.end(),
              [](const ObjectInfo &x, const ObjectInfo &y) { return x.id < y.id; });
    return data;
}

bool TimelineModel::neverPerformed(std::int64_t beat) const
{
    if (m_programEnd < 0 || !orderMatters())
        return false;
    const std::int64_t first = m_firstBeatAt.at(beat);
    return first == FirstBeats::kNone || first > m_programEnd;
}

std::size_t TimelineModel::memoryBytes() const
{
    std::size_t bytes = m_events.capacityBytes() + m_ideal.capacityBytes() + m_measures.capacityBytes()
                      + m_beats.capacityBytes() + m_arrows.capacityBytes()
                      + m_tempoChanges.capacityBytes();
    bytes += m_lanes.memoryBytes();
    // Hash nodes: key, value and about two pointers each.
    bytes += (m_unmatchedSends.size() + m_unmatchedRecvs.size()) * 40;
    for (const TaskInfo &info : m_tasks)
        bytes += sizeof(TaskInfo) + 32 + std::size_t(info.name.capacity()) * 2;
    for (const ObjectInfo &info : m_objects)
        bytes += sizeof(ObjectInfo) + 32 + std::size_t(info.name.capacity()) * 2;
    for (const auto &[object, list] : m_dones)
        bytes += 48 + list.capacity() * sizeof(std::uint32_t);
    for (const auto &[object, list] : m_waits)
        bytes += 48 + list.capacity() * sizeof(std::uint32_t);
    bytes += m_firstBeatAt.capacityBytes();
    return bytes;
}

} // namespace cacophony
