#include "gorun/vm/GoTrace.h"

#include "gorun/vm/Program.h"

#include "go/syntax/Source.h"

#include <algorithm>

namespace cacophony::gorun {

GoTrace::GoTrace(Tracer &tracer, const Program &program, const QString &shown)
    : m_tracer(tracer)
{
    for (const auto &fn : program.functions) {
        m_offsets.push_back(fn->declPos);
        for (const Instr &ins : fn->code)
            m_offsets.push_back(ins.pos);
    }
    std::sort(m_offsets.begin(), m_offsets.end());
    m_offsets.erase(std::unique(m_offsets.begin(), m_offsets.end()), m_offsets.end());
    const QByteArray &text = program.source->text();
    std::vector<SourcePosition> positions;
    positions.reserve(m_offsets.size());
    for (const int offset : m_offsets) {
        const go::LineColumn lc = program.source->position(offset);
        // Source counts columns in bytes, the trace in UTF-16 code units of the line.
        const int lineStart = offset - (lc.column - 1);
        const int units = int(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size());
        positions.push_back({lc.line, units + 1});
    }
    m_tracer.setProgram(shown, std::move(positions));
}

std::uint32_t GoTrace::posId(int offset) const
{
    const auto it = std::lower_bound(m_offsets.begin(), m_offsets.end(), offset);
    return it != m_offsets.end() && *it == offset ? std::uint32_t(it - m_offsets.begin() + 1) : 0;
}

void GoTrace::output(std::uint32_t task, std::uint32_t pos, std::int64_t t, bool toStderr, std::string_view text)
{
    std::lock_guard lock(m_mutex);
    Pending &p = m_pending[toStderr ? 1 : 0];
    while (!text.empty()) {
        if (p.text.empty()) {
            p.task = task;
            p.pos = pos;
        }
        const std::size_t nl = text.find('\n');
        p.text.append(text.substr(0, nl));
        if (nl == std::string_view::npos)
            return;
        line(p, t, toStderr);
        p.text.clear();
        text.remove_prefix(nl + 1);
    }
}

void GoTrace::flush(std::int64_t t)
{
    std::lock_guard lock(m_mutex);
    for (int i = 0; i < 2; ++i)
        if (!m_pending[i].text.empty()) {
            line(m_pending[i], t, i == 1);
            m_pending[i].text.clear();
        }
}

void GoTrace::line(const Pending &p, std::int64_t t, bool toStderr)
{
    Event e;
    e.kind = EventKind::LogLine;
    e.t = t;
    e.task = p.task;
    e.pos = p.pos;
    e.a = m_tracer.internText(QString::fromUtf8(p.text.data(), qsizetype(p.text.size())));
    e.b = toStderr ? 2 : 1;
    m_tracer.record(e);
}

void GoTrace::panic(std::uint32_t task, std::uint32_t pos, std::int64_t t, const std::string &value, bool recovered)
{
    Event e;
    e.kind = EventKind::Panic;
    e.t = t;
    e.task = task;
    e.pos = pos;
    e.a = m_tracer.internText(QString::fromStdString(value));
    e.b = recovered ? 1 : 0;
    m_tracer.record(e);
}

} // namespace cacophony::gorun
