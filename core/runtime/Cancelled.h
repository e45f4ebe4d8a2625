#pragma once

// TaskCancelled is thrown out of a blocking operation (sleep, channel wait, wait-group wait, spin) when
// the runtime is stopping. Task bodies let it pass; the runtime catches it at the task's
// top and records the task as cancelled. Not derived from std::exception on purpose, so
// a catch (const std::exception &) in user code does not swallow cancellation.

namespace cacophony {

struct TaskCancelled
{
};

} // namespace cacophony
