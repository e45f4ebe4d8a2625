#include "timeline/model/LaneTable.h"

#include "timeline/model/LaneOrder.h"

#include <algorithm>

namespace cacophony {

void LaneTable::clear(bool shareLanes)
{
    m_shareLanes = shareLanes;
    m_taskLanes.clear();
    m_channelLanes.clear();
    m_laneOfTask.clear();
    m_laneOfChannel.clear();
    m_spawnParent.clear();
    m_order.clear();
    m_orderDirty = true;
}

int LaneTable::addTask(std::uint32_t task, std::uint32_t parent, std::int64_t t, std::uint32_t event)
{
    if (parent == 0) {
        if (const std::uint32_t *spawner = m_spawnParent.find(task))
            parent = *spawner;
        else if (auto info = m_tasks->constFind(task); info != m_tasks->constEnd())
            parent = info->parent;
    }
    int lane = -1;
    // Share a lane with an earlier sibling that has finished (main has no siblings).
    if (parent != 0 && m_shareLanes) {
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
    lives.push_back(Life{t, kOpen, task, event});
    m_laneOfTask.set(task, TaskSlot{lane, std::uint32_t(lives.size() - 1)});
    return lane;
}

int LaneTable::ensureChannelLane(std::uint32_t object, std::uint32_t user, std::int64_t t, std::uint32_t event,
                                 bool sender)
{
    const int userLane = user != 0 ? ensureTaskLane(user, 0, t, event) : -1;
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

LaneTable::Life &LaneTable::lifeOf(std::uint32_t task, std::int64_t t, std::uint32_t event)
{
    const int lane = ensureTaskLane(task, 0, t, event);
    return m_taskLanes[std::size_t(lane)].lives[m_laneOfTask.find(task)->life];
}

const LaneTable::Life *LaneTable::findLife(std::uint32_t task) const
{
    const TaskSlot *slot = m_laneOfTask.find(task);
    return slot ? &m_taskLanes[std::size_t(slot->lane)].lives[slot->life] : nullptr;
}

void LaneTable::noteSpawn(std::uint32_t child, std::uint32_t parent)
{
    if (!m_spawnParent.find(child))
        m_spawnParent.set(child, parent);
}

void LaneTable::notePerforms(int lane)
{
    TaskLane &taskLane = m_taskLanes[std::size_t(lane)];
    if (!taskLane.performs) {
        taskLane.performs = true;
        m_orderDirty = true;
    }
}

void LaneTable::noteCarriesValues(int channel)
{
    ChannelLane &lane = m_channelLanes[std::size_t(channel)];
    if (!lane.carriesValues) {
        lane.carriesValues = true;
        m_orderDirty = true;
    }
}

int LaneTable::laneOfTask(std::uint32_t task) const
{
    const TaskSlot *slot = m_laneOfTask.find(task);
    return slot ? slot->lane : -1;
}

int LaneTable::laneOfChannel(std::uint32_t object) const
{
    auto it = m_laneOfChannel.find(object);
    return it == m_laneOfChannel.end() ? -1 : it->second;
}

const std::vector<LaneTable::LaneRef> &LaneTable::order() const
{
    if (!m_orderDirty)
        return m_order;
    std::vector<int> parentLane(m_taskLanes.size());
    for (std::size_t i = 0; i < m_taskLanes.size(); ++i)
        parentLane[i] = laneOfTask(m_taskLanes[i].key);
    m_order = LaneOrder::of(m_taskLanes, m_channelLanes, parentLane);
    m_orderDirty = false;
    return m_order;
}

void LaneTable::afterRetain(const std::vector<int> &remap, IdMap<std::uint32_t> spawnParent)
{
    m_spawnParent = std::move(spawnParent);
    m_laneOfTask.clear();
    for (std::size_t i = 0; i < m_taskLanes.size(); ++i) {
        for (std::size_t j = 0; j < m_taskLanes[i].lives.size(); ++j)
            m_laneOfTask.set(m_taskLanes[i].lives[j].task, TaskSlot{int(i), std::uint32_t(j)});
    }
    for (ChannelLane &lane : m_channelLanes) {
        for (std::vector<int> *users : {&lane.senders, &lane.receivers}) {
            for (int &user : *users)
                user = remap[std::size_t(user)];
            std::erase(*users, -1);
        }
    }
    m_orderDirty = true;
}

std::size_t LaneTable::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const TaskLane &lane : m_taskLanes) {
        bytes += sizeof(TaskLane) + lane.lives.capacity() * sizeof(Life) + lane.sleeps.capacityBytes()
               + lane.blocked.capacityBytes() + lane.spins.capacityBytes();
    }
    for (const ChannelLane &lane : m_channelLanes)
        bytes += sizeof(ChannelLane) + lane.messages.capacityBytes() + lane.marks.capacityBytes()
               + (lane.senders.capacity() + lane.receivers.capacity()) * sizeof(int);
    // Hash nodes: key, value and about two pointers each.
    return bytes + m_laneOfTask.capacityBytes() + m_spawnParent.capacityBytes() + m_laneOfChannel.size() * 32;
}

} // namespace cacophony
