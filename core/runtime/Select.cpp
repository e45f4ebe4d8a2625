#include "runtime/Select.h"

#include "runtime/Runtime.h"

namespace cacophony {

int Select::run()
{
    Parker::Deadline deadline;
    if (m_timeout)
        deadline = std::chrono::steady_clock::now() + *m_timeout;
    const bool block = !m_default;
    const int index = ChannelBase::select(m_runtime, m_cases.data(), static_cast<int>(m_cases.size()), block,
                                          deadline);
    if (index >= 0)
        m_handlers[static_cast<std::size_t>(index)](m_cases[static_cast<std::size_t>(index)]);
    else if (index == -1 && m_default)
        m_default();
    else if (index == -2 && m_onTimeout)
        m_onTimeout();
    return index;
}

} // namespace cacophony
