#pragma once

// The task view's lane order, a pure function of the lanes and the edges between them.
//
// Top to bottom as the data flows: the farther a task is, in messages passed, from the
// lanes that perform beats, the higher it sits (tasks that pass the performers no message
// count as performers); among tasks as far, one that sends to another or spawned it sits
// above it, then the longer chain of messages into a task (a ticker counts) first, else
// the order of appearance. Signals (channels only closed) do not order tasks. Each channel
// sits right below its first sender or closer (a ticker, which no task sends on, right
// above its first receiver), so a message flows down from the sender through the channel
// to a lane further down.

#include "timeline/model/LaneTable.h"

#include <deque>
#include <vector>

namespace cacophony {

class LaneOrder
{
public:
    // Reads of each task lane only `performs`, of each channel lane `carriesValues`,
    // `senders` and `receivers`. `parentLane[i]`: the lane of task lane i's parent (its
    // `key`), -1 if none. Every lane appears once in the result.
    static std::vector<LaneTable::LaneRef> of(const std::deque<LaneTable::TaskLane> &tasks,
                                              const std::deque<LaneTable::ChannelLane> &channels,
                                              const std::vector<int> &parentLane);
};

} // namespace cacophony
