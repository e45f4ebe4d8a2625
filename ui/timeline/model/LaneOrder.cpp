#include "timeline/model/LaneOrder.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace cacophony {

std::vector<LaneTable::LaneRef> LaneOrder::of(const std::deque<LaneTable::TaskLane> &taskLanes,
                                              const std::deque<LaneTable::ChannelLane> &channelLanes,
                                              const std::vector<int> &parentLane)
{
    using LaneRef = LaneTable::LaneRef;
    std::vector<LaneRef> order;
    const std::size_t n = taskLanes.size();

    // How far each task lane is from the performance: messages passed on the way to a
    // lane that performs beats (a breadth-first search back from them). Signals (channels
    // only ever closed, as "ready" and "terminate") carry no data and do not count.
    std::vector<std::vector<int>> feeders(n);
    for (const LaneTable::ChannelLane &lane : channelLanes) {
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
        if (taskLanes[t].performs) {
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
        for (const LaneTable::ChannelLane &lane : channelLanes) {
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
    for (const LaneTable::ChannelLane &lane : channelLanes)
        if (lane.carriesValues)
            for (int s : lane.senders)
                for (int r : lane.receivers)
                    precede(s, r);
    for (std::size_t t = 0; t < n; ++t)
        if (const int parent = parentLane[t]; parent >= 0)
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
    for (std::size_t c = 0; c < channelLanes.size(); ++c) {
        const LaneTable::ChannelLane &lane = channelLanes[c];
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
        const LaneTable::ChannelLane &lane = channelLanes[std::size_t(c)];
        if (lane.receivers.empty())
            return int(n);
        const int r = position[std::size_t(lane.receivers.front())];
        return r < position[std::size_t(lane.senders.front())] ? int(n) + 1 : r;
    };
    for (std::vector<int> &group : below)
        std::stable_sort(group.begin(), group.end(), [&](int x, int y) { return reach(x) > reach(y); });
    for (int t : tasks) {
        for (int c : above[std::size_t(t)])
            order.push_back(LaneRef{true, c});
        order.push_back(LaneRef{false, t});
        for (int c : below[std::size_t(t)])
            order.push_back(LaneRef{true, c});
    }
    for (int c : loose)
        order.push_back(LaneRef{true, c});
    return order;
}

} // namespace cacophony
