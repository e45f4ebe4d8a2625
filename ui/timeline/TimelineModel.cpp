#include "timeline/TimelineModel.h"

#include "metronome/Scenario.h"
#include "metronome/lessons/Lessons.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>
#include <unordered_set>

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
    m_lastTime = 0;
    ++m_revision;
    m_ideal.clear();
    m_measures.clear();
    m_beats.clear();
    m_tempoChanges.clear();
    m_measureRows = 1;
    m_lostBeats = 0;
    m_firstBeatAt.clear();
    m_taskLanes.clear();
    m_channelLanes.clear();
    m_arrows.clear();
    m_laneOfTask.clear();
    m_laneOfChannel.clear();
    m_spawnParent.clear();
    m_order.clear();
    m_orderDirty = true;
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
    constexpr std::uint32_t kGone = std::numeric_limits<std::uint32_t>::max();
    const std::size_t n = m_events.size();
    // The rule of TraceWindow::keepFrom: what ends before the cutoff goes, except the
    // spawn and start of tasks that have not ended before it.
    std::unordered_set<std::uint32_t> ended;
    for (std::size_t i = 0; i < n; ++i) {
        const Event &e = m_events[i];
        if (e.kind == EventKind::TaskEnd && e.t < cutoffNs)
            ended.insert(e.task);
    }
    std::vector<std::uint32_t> remap(n, kGone);
    std::unordered_set<std::uint32_t> referenced; // tasks with an event left
    std::uint32_t kept = 0;
    m_programEnd = -1;
    m_lostBeats = 0;
    IdMap<std::uint32_t> spawnParent;
    for (std::size_t i = 0; i < n; ++i) {
        const Event e = m_events[i];
        bool keep = e.end() >= cutoffNs;
        if (!keep && e.kind == EventKind::TaskStart)
            keep = !ended.contains(e.task);
        else if (!keep && e.kind == EventKind::TaskSpawn)
            keep = !ended.contains(e.object);
        if (!keep)
            continue;
        remap[i] = kept;
        m_events[kept++] = e;
        if (e.task != 0)
            referenced.insert(e.task);
        if (e.kind == EventKind::TaskSpawn && e.object != 0) {
            referenced.insert(e.object);
            if (!spawnParent.find(e.object))
                spawnParent.set(e.object, e.task);
        }
        if (e.kind == EventKind::ProgramEnd && (m_programEnd < 0 || e.t < m_programEnd))
            m_programEnd = e.t;
        if (e.kind == EventKind::Beat && e.has(Lost))
            ++m_lostBeats;
    }
    m_firstBeatAt.dropBefore(cutoffNs);
    if (kept == n)
        return;
    m_events.truncate(kept);
    m_spawnParent = std::move(spawnParent);

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
    m_ideal.retain(byEvent);
    m_measures.retain(byEvent);
    m_beats.retain(byEvent);
    m_tempoChanges.retain(byEvent);
    m_arrows.retain(byEvent);
    m_measureRows = 1;
    refresh(m_measures, Role::MeasureRows, 0);
    refresh(m_beats, Role::Beats, 0);

    // Lives of tasks with nothing left go; lanes with no life left go.
    std::vector<int> laneRemap(m_taskLanes.size(), -1);
    std::deque<TaskLane> lanes;
    for (std::size_t i = 0; i < m_taskLanes.size(); ++i) {
        TaskLane &lane = m_taskLanes[i];
        std::erase_if(lane.lives, [&](const Life &life) {
            if (referenced.contains(life.task))
                return false;
            m_tasks.remove(life.task);
            return true;
        });
        if (lane.lives.empty())
            continue;
        lane.sleeps.retain(byEvent);
        lane.blocked.retain(byEvent);
        lane.spins.retain(byEvent);
        refresh(lane.sleeps, Role::Spans, 0);
        refresh(lane.blocked, Role::Spans, 0);
        refresh(lane.spins, Role::Spans, 0);
        lane.label = TaskLane::Label {};
        laneRemap[i] = int(lanes.size());
        lanes.push_back(std::move(lane));
    }
    m_taskLanes = std::move(lanes);
    m_laneOfTask.clear();
    for (std::size_t i = 0; i < m_taskLanes.size(); ++i) {
        for (std::size_t j = 0; j < m_taskLanes[i].lives.size(); ++j)
            m_laneOfTask.set(m_taskLanes[i].lives[j].task, TaskSlot{int(i), std::uint32_t(j)});
    }
    for (ChannelLane &lane : m_channelLanes) {
        lane.messages.retain(byBothEvents);
        lane.marks.retain(byEvent);
        refresh(lane.messages, Role::Messages, 0);
        for (std::vector<int> *users : {&lane.senders, &lane.receivers}) {
            for (int &user : *users)
                user = laneRemap[std::size_t(user)];
            std::erase(*users, -1);
        }
    }

    // Half-matched messages and wait-group returns still waiting for their partners.
    for (auto *unmatched : {&m_unmatchedSends, &m_unmatchedRecvs}) {
        for (auto it = unmatched->begin(); it != unmatched->end();) {
            it->second = remap[it->second];
            it = it->second == kGone ? unmatched->erase(it) : std::next(it);
        }
    }
    for (auto *byGroup : {&m_dones, &m_waits}) {
        for (auto it = byGroup->begin(); it != byGroup->end();) {
            for (std::uint32_t &index : it->second)
                index = remap[index];
            std::erase(it->second, kGone);
            it = it->second.empty() ? byGroup->erase(it) : std::next(it);
        }
    }
    if (m_tasks.capacity() > 2 * m_tasks.size() + 1024)
        m_tasks.squeeze();
    m_orderDirty = true;
    ++m_revision;
    ++m_namesRevision;
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
        return &m_taskLanes[std::size_t(ensureTaskLane(task, 0, e.t))];
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
        if (TaskLane *lane = laneOf(e.task); lane && !lane->performs) {
            lane->performs = true;
            m_orderDirty = true;
        }
        break;
    case EventKind::ProgramEnd:
        if (m_programEnd < 0 || e.t < m_programEnd)
            m_programEnd = e.t;
        break;
    case EventKind::TempoChange: // metronome mode: the beat view marks it
        add(m_tempoChanges, Role::Instants, TrackItem{e.t, e.t, index, 0});
        break;
    case EventKind::TaskSpawn:
        if (e.object != 0) {
            if (!m_spawnParent.find(e.object))
                m_spawnParent.set(e.object, e.task);
            ensureTaskLane(e.object, e.task, e.t);
            arrow(e.t, ArrowKind::Spawn);
        }
        break;
    case EventKind::TaskStart:
        if (e.task != 0)
            lifeOf(e.task, e.t).start = e.t; // the spawn or an earlier-arriving event only guessed it
        break;
    case EventKind::TaskEnd:
        if (e.task != 0)
            lifeOf(e.task, e.t).end = e.end();
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
            const int channel = ensureChannelLane(e.object, e.task, e.t, send);
            if (ChannelLane &pipe = m_channelLanes[std::size_t(channel)]; send && !pipe.carriesValues) {
                pipe.carriesValues = true;
                m_orderDirty = true;
            }
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
                    add(m_channelLanes[std::size_t(channel)].messages, Role::Messages,
                        TrackItem{sent, received, sendIndex, recvIndex});
                }
            }
        }
        break;
    }
    case EventKind::ChanClose:
        if (e.object != 0) {
            const int channel = ensureChannelLane(e.object, e.task, e.t, true);
            ChannelLane &lane = m_channelLanes[std::size_t(channel)];
            add(lane.marks, Role::Instants, TrackItem{e.t, e.t, index, 0});
            if (lane.closedAt < 0 || e.t < lane.closedAt)
                lane.closedAt = e.t;
            arrow(e.t, ArrowKind::Close);
        }
        break;
    case EventKind::Tick:
        if (e.object != 0) {
            const int channel = ensureChannelLane(e.object, e.task, e.t, false);
            add(m_channelLanes[std::size_t(channel)].marks, Role::Instants, TrackItem{e.t, e.t, index, 0});
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

TimelineModel::Life &TimelineModel::lifeOf(std::uint32_t task, std::int64_t t)
{
    const int lane = ensureTaskLane(task, 0, t);
    return m_taskLanes[std::size_t(lane)].lives[m_laneOfTask.find(task)->life];
}

int TimelineModel::ensureTaskLane(std::uint32_t task, std::uint32_t parent, std::int64_t t)
{
    if (const TaskSlot *slot = m_laneOfTask.find(task))
        return slot->lane;
    if (parent == 0) {
        if (const std::uint32_t *spawner = m_spawnParent.find(task))
            parent = *spawner;
        else if (auto info = m_tasks.constFind(task); info != m_tasks.constEnd())
            parent = info->parent;
    }
    int lane = -1;
    // Share a lane with an earlier sibling that has finished (main has no siblings), unless
    // the run is short enough to give every task its own, or a lesson that prints (a
    // handful of goroutines, each named after its line, whatever the beats box says).
    if (parent != 0 && !lanePerTask() && !m_printsLines) {
        for (std::size_t i = 0; i < m_taskLanes.size(); ++i) {
            const TaskLane &candidate = m_taskLanes[i];
            if (candidate.key == parent && !candidate.lives.empty() && candidate.lives.back().end != kOpen
                && candidate.lives.back().end <= t) {
                lane = int(i);
                break;
            }
        }
    }
    if (lane < 0) {
        m_taskLanes.emplace_back();
        m_taskLanes.back().key = parent;
        lane = int(m_taskLanes.size() - 1);
        m_orderDirty = true;
    }
    std::vector<Life> &lives = m_taskLanes[std::size_t(lane)].lives;
    lives.push_back(Life{t, kOpen, task});
    m_laneOfTask.set(task, TaskSlot{lane, std::uint32_t(lives.size() - 1)});
    return lane;
}

int TimelineModel::ensureChannelLane(std::uint32_t object, std::uint32_t user, std::int64_t t, bool sender)
{
    const int userLane = user != 0 ? ensureTaskLane(user, 0, t) : -1;
    auto note = [this, userLane, sender](ChannelLane &lane) {
        std::vector<int> &users = sender ? lane.senders : lane.receivers;
        if (userLane >= 0 && std::find(users.begin(), users.end(), userLane) == users.end()) {
            users.push_back(userLane);
            m_orderDirty = true;
        }
    };
    if (auto it = m_laneOfChannel.find(object); it != m_laneOfChannel.end()) {
        note(m_channelLanes[std::size_t(it->second)]);
        return it->second;
    }
    m_channelLanes.emplace_back();
    m_channelLanes.back().object = object;
    note(m_channelLanes.back());
    const int lane = int(m_channelLanes.size() - 1);
    m_laneOfChannel.emplace(object, lane);
    m_orderDirty = true;
    return lane;
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

const std::vector<TimelineModel::LaneRef> &TimelineModel::taskViewOrder() const
{
    if (!m_orderDirty)
        return m_order;
    m_order.clear();
    const std::size_t n = m_taskLanes.size();

    // How far each task lane is from the performance: messages passed on the way to a
    // lane that performs beats (a breadth-first search back from them). Signals (channels
    // only ever closed, as "ready" and "terminate") carry no data and do not count.
    std::vector<std::vector<int>> feeders(n);
    for (const ChannelLane &lane : m_channelLanes) {
        if (!lane.carriesValues)
            continue;
        for (int r : lane.receivers)
            for (int s : lane.senders)
                if (s != r)
                    feeders[std::size_t(r)].push_back(s);
    }
    constexpr int kUnreached = std::numeric_limits<int>::max();
    std::vector<int> depth(n, kUnreached);
    std::deque<int> queue;
    for (std::size_t t = 0; t < n; ++t) {
        if (m_taskLanes[t].performs) {
            depth[t] = 0;
            queue.push_back(int(t));
        }
    }
    while (!queue.empty()) {
        const int r = queue.front();
        queue.pop_front();
        for (int s : feeders[std::size_t(r)]) {
            if (depth[std::size_t(s)] == kUnreached) {
                depth[std::size_t(s)] = depth[std::size_t(r)] + 1;
                queue.push_back(s);
            }
        }
    }

    // A task that passes no message towards a performer (yet) sits with the performers:
    // a naive beat task still measuring, the main task that spawns them.
    for (int &d : depth)
        if (d == kUnreached)
            d = 0;

    // How long the chain of messages into each task is (a ticker counts as one), along
    // the flow only: a task fed by a ticker through another task sits higher than one
    // fed directly. Longest paths, capped where the messages go round in a circle.
    std::vector<int> upstream(n, 0);
    for (bool changed = true; changed;) {
        changed = false;
        for (const ChannelLane &lane : m_channelLanes) {
            if (!lane.carriesValues && !lane.senders.empty()) // a signal
                continue;
            for (int r : lane.receivers) {
                int chain = lane.senders.empty() ? 1 : 0;
                for (int s : lane.senders)
                    if (s != r && depth[std::size_t(s)] >= depth[std::size_t(r)])
                        chain = std::max(chain, upstream[std::size_t(s)] + 1);
                chain = std::min(chain, int(n));
                if (chain > upstream[std::size_t(r)]) {
                    upstream[std::size_t(r)] = chain;
                    changed = true;
                }
            }
        }
    }

    // Farther first. Among lanes as far: a sender above its receivers and a parent above
    // the tasks it spawned; the longer chain into a task first; else order of appearance
    // (a circle yields its earliest lane). Signals do not order: a task may wait for one
    // from below (the services' "ready").
    std::vector<std::vector<int>> successors(n);
    std::vector<int> indegree(n, 0);
    auto precede = [&](int s, int r) {
        auto &next = successors[std::size_t(s)];
        if (s == r || depth[std::size_t(s)] != depth[std::size_t(r)]
            || std::find(next.begin(), next.end(), r) != next.end())
            return;
        next.push_back(r);
        ++indegree[std::size_t(r)];
    };
    for (const ChannelLane &lane : m_channelLanes)
        if (lane.carriesValues)
            for (int s : lane.senders)
                for (int r : lane.receivers)
                    precede(s, r);
    for (std::size_t t = 0; t < n; ++t)
        if (const int parent = laneOfTask(m_taskLanes[t].key); parent >= 0)
            precede(parent, int(t));
    std::vector<int> byLevel(n);
    std::iota(byLevel.begin(), byLevel.end(), 0);
    std::stable_sort(byLevel.begin(), byLevel.end(),
                     [&](int x, int y) { return depth[std::size_t(x)] > depth[std::size_t(y)]; });
    std::vector<int> tasks;
    tasks.reserve(n);
    std::vector<bool> placed(n, false);
    for (std::size_t from = 0; from < n;) {
        std::size_t to = from;
        while (to < n && depth[std::size_t(byLevel[to])] == depth[std::size_t(byLevel[from])])
            ++to;
        // Kahn's algorithm.
        for (std::size_t done = from; done < to; ++done) {
            int pick = -1;
            for (bool free : {true, false}) {
                for (std::size_t k = from; k < to; ++k) {
                    const int t = byLevel[k];
                    if (placed[std::size_t(t)] || (free && indegree[std::size_t(t)] > 0))
                        continue;
                    if (pick < 0 || upstream[std::size_t(t)] > upstream[std::size_t(pick)])
                        pick = t;
                }
                if (pick >= 0)
                    break;
            }
            placed[std::size_t(pick)] = true;
            tasks.push_back(pick);
            for (int r : successors[std::size_t(pick)])
                --indegree[std::size_t(r)];
        }
        from = to;
    }

    // A channel right below its first sender (the messages flow down out of it), or,
    // when no task sends on it (a ticker), right above its first receiver.
    std::vector<std::vector<int>> above(n), below(n);
    std::vector<int> loose;
    for (std::size_t c = 0; c < m_channelLanes.size(); ++c) {
        const ChannelLane &lane = m_channelLanes[c];
        if (!lane.senders.empty())
            below[std::size_t(lane.senders.front())].push_back(int(c));
        else if (!lane.receivers.empty())
            above[std::size_t(lane.receivers.front())].push_back(int(c));
        else
            loose.push_back(int(c));
    }
    // Below one sender: first a channel read by a task above (its arrow goes up anyway),
    // then the one whose receiver is farthest down, so the others lie next to the tasks
    // they feed.
    std::vector<int> position(n, 0);
    for (std::size_t i = 0; i < tasks.size(); ++i)
        position[std::size_t(tasks[i])] = int(i);
    auto reach = [&](int c) {
        const ChannelLane &lane = m_channelLanes[std::size_t(c)];
        if (lane.receivers.empty())
            return int(n);
        const int r = position[std::size_t(lane.receivers.front())];
        return r < position[std::size_t(lane.senders.front())] ? int(n) + 1 : r;
    };
    for (std::vector<int> &group : below)
        std::stable_sort(group.begin(), group.end(), [&](int x, int y) { return reach(x) > reach(y); });
    for (int t : tasks) {
        for (int c : above[std::size_t(t)])
            m_order.push_back(LaneRef{true, c});
        m_order.push_back(LaneRef{false, t});
        for (int c : below[std::size_t(t)])
            m_order.push_back(LaneRef{true, c});
    }
    for (int c : loose)
        m_order.push_back(LaneRef{true, c});
    m_orderDirty = false;
    return m_order;
}

int TimelineModel::laneOfTask(std::uint32_t task) const
{
    const TaskSlot *slot = m_laneOfTask.find(task);
    return slot ? slot->lane : -1;
}

int TimelineModel::laneOfChannel(std::uint32_t object) const
{
    auto it = m_laneOfChannel.find(object);
    return it == m_laneOfChannel.end() ? -1 : it->second;
}

QString TimelineModel::taskName(std::uint32_t task) const
{
    if (task == 0)
        return tr("outside", "the name of task 0: the code that runs in no task");
    auto it = m_tasks.constFind(task);
    if (it != m_tasks.constEnd() && !it->name.isEmpty())
        return it->name;
    return tr("task %1", "a task without a name, by its number").arg(task);
}

QString TimelineModel::objectName(std::uint32_t object) const
{
    auto it = m_objects.constFind(object);
    if (it != m_objects.constEnd() && !it->name.isEmpty())
        return it->name;
    return tr("channel %1", "a channel without a name, by its number").arg(object);
}

const ObjectInfo *TimelineModel::objectInfo(std::uint32_t object) const
{
    auto it = m_objects.constFind(object);
    return it == m_objects.constEnd() ? nullptr : &*it;
}

QString TimelineModel::taskLaneLabel(int laneIndex) const
{
    if (laneIndex < 0 || std::size_t(laneIndex) >= m_taskLanes.size())
        return {};
    const TaskLane &lane = m_taskLanes[std::size_t(laneIndex)];
    if (lane.lives.empty())
        return {};
    if (lane.lives.size() == 1)
        return taskName(lane.lives.front().task);
    // Several tasks in turn: "beat ×15" when they differ only by a number. Scanned
    // incrementally: a long run adds tasks every frame.
    static const QRegularExpression trailingNumber(QStringLiteral("[\\s#_\\-]*\\d+$"));
    if (lane.label.names != m_namesRevision) {
        lane.label = TaskLane::Label{};
        lane.label.names = m_namesRevision;
    }
    for (; lane.label.scanned < lane.lives.size(); ++lane.label.scanned) {
        QString name = taskName(lane.lives[lane.label.scanned].task);
        name.remove(trailingNumber);
        if (lane.label.scanned == 0)
            lane.label.base = name;
        else if (name != lane.label.base)
            lane.label.uniform = false;
    }
    if (!lane.label.uniform)
        return QStringLiteral("%1 +%2").arg(taskName(lane.lives.front().task)).arg(lane.lives.size() - 1);
    return tr("%1 \u00d7%2, shared lane", "tasks that run one after another in one lane, as in: beat x10")
        .arg(lane.label.base.isEmpty() ? tr("task", "a lane of tasks without a name, as in: task x3")
                                       : lane.label.base)
        .arg(lane.lives.size());
}

QString TimelineModel::channelLaneLabel(int laneIndex) const
{
    if (laneIndex < 0 || std::size_t(laneIndex) >= m_channelLanes.size())
        return {};
    return objectName(m_channelLanes[std::size_t(laneIndex)].object);
}

bool TimelineModel::lanePerTask() const
{
    return m_settings.beats > 0 && m_settings.beats <= kLanePerTaskBeats;
}

QString TimelineModel::formatMs(std::int64_t ns)
{
    const double ms = double(ns) / 1e6;
    const double a = std::abs(ms);
    const int decimals = a >= 100 ? 0 : a >= 1 ? 1 : a >= 0.01 ? 2 : 3;
    return QStringLiteral("%1 ms").arg(QLocale().toString(ms, 'f', decimals)); // the user's digits
}

QString TimelineModel::valueText(const Event &e) const
{
    // What the value means on this channel, not the raw number a Go program would print.
    const ObjectInfo *info = objectInfo(e.object);
    const QString name = info ? info->name : QString();
    auto named = [&name](const char *part) { return name.contains(QLatin1String(part), Qt::CaseInsensitive); };
    if ((info && info->kind == ObjectKind::Ticker) || named("tick") || named("timing"))
        return tr("the time %1", "a value sent on a channel: a time of the run clock").arg(formatMs(e.b));
    if (named("volume") || named("response"))
        return tr("volume %1", "a value sent on a channel").arg(QLocale().toString(e.b));
    if (named("count"))
        return tr("beat #%1", "a value sent on a channel: the number of a beat").arg(QLocale().toString(e.b));
    if (e.b == 0 && named("request"))
        return tr("a request", "a value sent on a channel that only asks");
    return tr("value %1", "a value sent on a channel").arg(QLocale().toString(e.b));
}

QString TimelineModel::taskLabel(std::uint32_t task) const
{
    return taskName(task);
}

QString TimelineModel::describe(const TimelineHit &hit, bool details) const
{
    if (!hit.isValid())
        return {};
    if (hit.kind == TimelineHit::TaskLife) {
        const std::uint32_t task = hit.ev;
        QString text = tr("task %1", "a task by its name").arg(taskLabel(task));
        if (const TaskSlot *slot = m_laneOfTask.find(task)) {
            const Life &life = m_taskLanes[std::size_t(slot->lane)].lives[slot->life];
            if (life.end == kOpen)
                text = tr("task %1, running since %2").arg(taskLabel(task), formatMs(life.start));
            else
                text = tr("task %1, ran %2 (%3 – %4)", "%2: how long; %3 – %4: from, to")
                           .arg(taskLabel(task), formatMs(life.end - life.start), formatMs(life.start),
                                formatMs(life.end));
            if (details && m_programEnd >= 0 && (life.end == kOpen || life.end > m_programEnd))
                text += QLatin1Char('\n') + tr("still running at the end of program");
        }
        if (details) {
            auto it = m_tasks.constFind(task);
            if (it != m_tasks.constEnd() && it->parent != 0)
                text += QLatin1Char('\n')
                      + tr("spawned by %1", "a task, by its parent task").arg(taskLabel(it->parent));
        }
        return text;
    }
    if (hit.kind == TimelineHit::ProgramEnd)
        return tr("end of program at %1").arg(formatMs(m_programEnd));
    if (hit.ev >= m_events.size())
        return {};

    const Event &e = m_events[hit.ev];
    const std::int64_t interval = m_settings.intervalNs();
    QString text;
    QString more;
    switch (hit.kind) {
    case TimelineHit::IdealBeat:
        text = tr("ideal beat #%1 at %2", "%2: a time").arg(e.a).arg(formatMs(e.t));
        if (neverPerformed(e.a))
            more = tr("no beat #%1 was performed before the end of program").arg(e.a);
        break;
    case TimelineHit::Measure:
    case TimelineHit::TaskMeasure:
        text = tr("measurement #%1: volume %2, took %3").arg(e.a).arg(e.b).arg(formatMs(e.dur));
        more = tr("%1 – %2, by %3", "from, to, the task that measured")
                   .arg(formatMs(e.t), formatMs(e.end()), taskLabel(e.task));
        break;
    case TimelineHit::Beat:
    case TimelineHit::TaskBeat: {
        if (e.kind == EventKind::Print) {
            text = e.has(Lost) ? tr("\"%1\" would have been printed (after the end of program)")
                               : tr("printed \"%1\"");
            text = text.arg(bedtimeLineText(int(e.a)));
            more = tr("%1, by %2", "when, the task that printed").arg(formatMs(e.t), taskLabel(e.task));
            break;
        }
        text = e.has(Lost) ? tr("beat #%1 at volume %2, lost (after the end of program)", "%2: its volume")
                           : tr("beat #%1 at volume %2", "%2: its volume");
        text = text.arg(e.a).arg(e.b);
        if (interval > 0) {
            const std::int64_t late = e.t - e.a * interval;
            more = (late >= 0 ? tr("%1 (%2), %3 after the ideal beat", "%1: when; %2: I or O; %3: how long")
                              : tr("%1 (%2), %3 before the ideal beat", "%1: when; %2: I or O; %3: how long"))
                       .arg(formatMs(e.t), e.has(Tock) ? QStringLiteral("O") : QStringLiteral("I"),
                            formatMs(std::abs(late)));
        } else {
            more = formatMs(e.t);
        }
        const std::size_t i = m_beats.lowerBound(e.t);
        for (std::size_t j = i; j < m_beats.size() && m_beats[j].t == e.t; ++j) {
            if (m_beats[j].ev == hit.ev && (m_beats[j].extra & BeatOutOfOrder) && j > 0)
                more += QLatin1Char('\n') + tr("out of order: after beat #%1").arg(m_beats[j - 1].aux);
        }
        for (std::size_t j = i; j < m_beats.size() && m_beats[j].t == e.t; ++j) {
            if (m_beats[j].ev == hit.ev && (m_beats[j].extra & BeatDuplicate))
                more += QLatin1Char('\n') + tr("duplicate: beat #%1 was already performed").arg(e.a);
        }
        more += QLatin1Char('\n') + tr("performed by %1", "a beat, by the task").arg(taskLabel(e.task));
        break;
    }
    case TimelineHit::Sleep:
        text = tr("sleep %1", "a task sleeps for how long").arg(formatMs(e.dur));
        more = QStringLiteral("%1 \u2013 %2, %3").arg(formatMs(e.t), formatMs(e.end()), taskLabel(e.task));
        break;
    case TimelineHit::Spin:
        text = tr("spinning %1", "a task busy-waits for how long").arg(formatMs(e.dur));
        more = tr("busy-waiting, %1 – %2, %3", "from, to, the task")
                   .arg(formatMs(e.t), formatMs(e.end()), taskLabel(e.task));
        break;
    case TimelineHit::Blocked:
    case TimelineHit::Arrow: {
        const auto arrowKind = hit.kind == TimelineHit::Arrow ? ArrowKind(hit.other) : ArrowKind::Send;
        const bool isReturn = hit.kind == TimelineHit::Arrow && arrowKind == ArrowKind::Return;
        const bool isSpawn = hit.kind == TimelineHit::Arrow && arrowKind == ArrowKind::Spawn;
        if (isSpawn) {
            text = tr("%1 spawns %2", "a task starts another task")
                       .arg(taskLabel(e.task), taskLabel(e.object));
            more = formatMs(e.t);
            break;
        }
        if (isReturn) {
            text = tr("%1 done (wait group %2)", "a task tells the wait group it is done")
                       .arg(taskLabel(e.task), objectName(e.object));
            more = tr("%1; wakes a waiting task", "%1: when").arg(formatMs(e.t));
            break;
        }
        QString op;
        switch (e.kind) {
        case EventKind::ChanSend: op = tr("send on %1", "on a channel").arg(objectName(e.object)); break;
        case EventKind::ChanRecv: op = tr("receive on %1", "on a channel").arg(objectName(e.object)); break;
        case EventKind::ChanClose: op = tr("close %1", "a channel").arg(objectName(e.object)); break;
        case EventKind::WgWait: op = tr("wait on %1", "on a wait group").arg(objectName(e.object)); break;
        default: op = tr("operation", "on a channel or wait group"); break;
        }
        if (isBlockingSpan(e) || (e.kind == EventKind::WgWait && e.dur > 0))
            text = tr("%1, blocked %2", "%1: an operation, as in 'send on counts'; %2: how long")
                       .arg(op, formatMs(e.dur));
        else if (e.kind != EventKind::ChanClose)
            text = tr("%1, without blocking", "%1: an operation, as in 'send on counts'").arg(op);
        else
            text = op;
        more = QStringLiteral("%1, %2").arg(formatMs(e.end()), taskLabel(e.task));
        if (e.kind == EventKind::ChanSend || e.kind == EventKind::ChanRecv) {
            more += QLatin1Char('\n') + tr("%1, message #%2", "%1: what was sent, as in 'volume 58'")
                                             .arg(valueText(e), QLocale().toString(e.a));
            if (e.has(NotOk))
                more += QLatin1Char('\n')
                      + tr("channel closed and drained: not ok", "ok: the second result of a receive in Go");
            if (e.has(InSelect))
                more += QLatin1Char('\n') + tr("in a select", "Go's select statement");
        }
        break;
    }
    case TimelineHit::Message: {
        const Event &recv = m_events[hit.other];
        const std::int64_t waited = std::max<std::int64_t>(0, recv.end() - e.end());
        text = tr("message #%1 on %2: %3, in the channel %4", "%2: the channel; %3: what was sent; %4: how long")
                   .arg(QLocale().toString(e.a), objectName(e.object), valueText(e), formatMs(waited));
        more = tr("sent by %1 at %2, received by %3 at %4", "a message; %1, %3: tasks; %2, %4: times")
                   .arg(taskLabel(e.task), formatMs(e.end()), taskLabel(recv.task), formatMs(recv.end()));
        break;
    }
    case TimelineHit::Tick:
        text = (e.has(Dropped)
                    ? tr("tick #%1 on %2, dropped (nobody took the previous one)", "%2: the ticker's channel")
                    : tr("tick #%1 on %2", "%2: the ticker's channel"))
                   .arg(e.a).arg(objectName(e.object));
        more = formatMs(e.t);
        break;
    case TimelineHit::Close:
        text = tr("close %1", "a channel").arg(objectName(e.object));
        more = tr("%1, by %2", "when, the task that closed the channel")
                   .arg(formatMs(e.t), taskLabel(e.task));
        break;
    case TimelineHit::TempoChange:
        text = tr("tempo %1 from the beat at %2", "%1: old → new BPM; %2: a time")
                   .arg(tempoChangeLabel(e), formatMs(e.t));
        break;
    default:
        break;
    }
    if (details && !more.isEmpty())
        text += QLatin1Char('\n') + more;
    return text;
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

std::int64_t TimelineModel::FirstBeats::at(std::int64_t beat) const
{
    if (beat >= m_base && std::uint64_t(beat - m_base) < m_dense.size())
        return m_dense[std::size_t(beat - m_base)];
    const auto it = m_sparse.find(beat);
    return it == m_sparse.end() ? kNone : it->second;
}

void TimelineModel::FirstBeats::note(std::int64_t beat, std::int64_t t)
{
    // Dense up to twice the numbers noted, so odd numbers cannot make it allocate much.
    if (beat >= m_base && std::uint64_t(beat - m_base) < 2 * m_count + 4096) {
        const auto i = std::size_t(beat - m_base);
        if (i >= m_dense.size()) {
            m_dense.resize(std::max(i + 1, m_dense.size() * 3 / 2), kNone);
            for (auto it = m_sparse.begin(); it != m_sparse.end();) { // now in the dense range
                if (it->first >= m_base && std::uint64_t(it->first - m_base) < m_dense.size()) {
                    m_dense[std::size_t(it->first - m_base)] = it->second;
                    it = m_sparse.erase(it);
                } else {
                    ++it;
                }
            }
        }
        m_count += m_dense[i] == kNone;
        m_dense[i] = std::min(m_dense[i], t);
        return;
    }
    auto [it, inserted] = m_sparse.try_emplace(beat, t);
    m_count += inserted;
    if (!inserted)
        it->second = std::min(it->second, t);
}

void TimelineModel::FirstBeats::dropBefore(std::int64_t cutoffNs)
{
    // The dense range now starts at the first beat performed at or after the cutoff (those
    // before it not performed yet go to the hash map if they come); in place, so the
    // vector's capacity stays what the window needs.
    std::size_t k = 0;
    while (k < m_dense.size() && (m_dense[k] == kNone || m_dense[k] < cutoffNs))
        ++k;
    m_dense.erase(m_dense.begin(), m_dense.begin() + std::ptrdiff_t(k));
    m_base += std::int64_t(k);
    std::erase_if(m_sparse, [cutoffNs](const auto &entry) { return entry.second < cutoffNs; });
    m_count = m_sparse.size()
            + std::size_t(std::count_if(m_dense.begin(), m_dense.end(), [](std::int64_t t) { return t != kNone; }));
}

void TimelineModel::FirstBeats::clear()
{
    m_dense = {};
    m_base = 0;
    m_sparse.clear();
    m_count = 0;
}

std::size_t TimelineModel::FirstBeats::capacityBytes() const
{
    return m_dense.capacity() * sizeof(std::int64_t) + m_sparse.size() * 40;
}

QString TimelineModel::tempoChangeLabel(const Event &e)
{
    return tr("%1 → %2 BPM", "a tempo change: old, new").arg(e.b).arg(e.a);
}

std::size_t TimelineModel::memoryBytes() const
{
    std::size_t bytes = m_events.capacityBytes() + m_ideal.capacityBytes() + m_measures.capacityBytes()
                      + m_beats.capacityBytes() + m_arrows.capacityBytes()
                      + m_tempoChanges.capacityBytes();
    for (const TaskLane &lane : m_taskLanes) {
        bytes += sizeof(TaskLane) + lane.lives.capacity() * sizeof(Life) + lane.sleeps.capacityBytes()
               + lane.blocked.capacityBytes() + lane.spins.capacityBytes();
    }
    for (const ChannelLane &lane : m_channelLanes)
        bytes += sizeof(ChannelLane) + lane.messages.capacityBytes() + lane.marks.capacityBytes()
               + (lane.senders.capacity() + lane.receivers.capacity()) * sizeof(int);
    // Hash nodes: key, value and about two pointers each.
    bytes += m_laneOfTask.capacityBytes() + m_spawnParent.capacityBytes() + m_laneOfChannel.size() * 32;
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
