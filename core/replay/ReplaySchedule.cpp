#include "replay/ReplaySchedule.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

namespace {

void sortUnique(std::vector<std::int64_t> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

ReplaySchedule::ReplaySchedule(const TraceData &trace)
{
    for (const Event &e : trace.events) {
        m_end = std::max(m_end, e.end());
        m_allSteps.push_back(e.t);
        if (e.dur > 0)
            m_allSteps.push_back(e.end());
        switch (e.kind) {
        case EventKind::Beat:
            m_beatSteps.push_back(e.t);
            if (!e.has(Lost))
                m_clicks.push_back(Click{e.t, int(e.a), int(e.b), e.has(Tock)});
            break;
        case EventKind::Print: // a lesson's printed line: its own timbre, as in the run
            m_beatSteps.push_back(e.t);
            if (!e.has(Lost))
                m_clicks.push_back(Click{e.t, int(e.a), 100, false, int(e.a)});
            break;
        case EventKind::Measure:
            m_beatSteps.push_back(e.t);
            m_beatSteps.push_back(e.end());
            break;
        case EventKind::IdealBeat:
        case EventKind::ProgramEnd:
            m_beatSteps.push_back(e.t);
            break;
        default:
            break;
        }
    }
    std::stable_sort(m_clicks.begin(), m_clicks.end(), [](const Click &a, const Click &b) { return a.t < b.t; });
    sortUnique(m_beatSteps);
    sortUnique(m_allSteps);
}

std::size_t ReplaySchedule::firstClickFrom(std::int64_t runNs) const
{
    return std::size_t(std::partition_point(m_clicks.begin(), m_clicks.end(),
                                            [runNs](const Click &c) { return c.t < runNs; })
                       - m_clicks.begin());
}

const std::vector<std::int64_t> &ReplaySchedule::steps(Steps which) const
{
    return which == Steps::Beats ? m_beatSteps : m_allSteps;
}

std::optional<std::int64_t> ReplaySchedule::nextStep(std::int64_t runNs, Steps which) const
{
    const std::vector<std::int64_t> &v = steps(which);
    const auto it = std::upper_bound(v.begin(), v.end(), runNs);
    if (it == v.end())
        return std::nullopt;
    return *it;
}

std::optional<std::int64_t> ReplaySchedule::previousStep(std::int64_t runNs, Steps which) const
{
    const std::vector<std::int64_t> &v = steps(which);
    const auto it = std::lower_bound(v.begin(), v.end(), runNs);
    if (it == v.begin())
        return std::nullopt;
    return *std::prev(it);
}

std::vector<Click> ReplaySchedule::replayClicks(double speed, std::int64_t fromRunNs, Spacing spacing) const
{
    std::vector<Click> out;
    for (std::size_t i = firstClickFrom(fromRunNs); i < m_clicks.size(); ++i) {
        Click c = m_clicks[i];
        c.t = toReplayNs(c.t - fromRunNs, speed);
        if (spacing == Spacing::Spread)
            c.t = spreadOnset(c.t, out.empty() ? std::nullopt : std::optional(out.back().t));
        out.push_back(c);
    }
    return out;
}

std::int64_t ReplaySchedule::spreadOnset(std::int64_t replayNs, std::optional<std::int64_t> previousNs)
{
    return previousNs ? std::max(replayNs, *previousNs + kSpreadGapNs) : replayNs;
}

std::int64_t ReplaySchedule::toReplayNs(std::int64_t runNs, double speed)
{
    return std::llround(double(runNs) / speed);
}

std::int64_t ReplaySchedule::toRunNs(std::int64_t replayNs, double speed)
{
    return std::llround(double(replayNs) * speed);
}

std::optional<double> ReplaySchedule::parseSpeed(const QString &text)
{
    const QString s = text.trimmed();
    bool ok = false;
    double speed = 0;
    if (s.endsWith(QLatin1Char('%'))) {
        speed = s.chopped(1).toDouble(&ok) / 100.0;
    } else if (const qsizetype slash = s.indexOf(QLatin1Char('/')); slash >= 0) {
        bool okNum = false, okDen = false;
        const double num = s.left(slash).toDouble(&okNum);
        const double den = s.mid(slash + 1).toDouble(&okDen);
        ok = okNum && okDen && den > 0;
        speed = ok ? num / den : 0;
    } else {
        speed = s.toDouble(&ok);
    }
    // A small tolerance so that "1/100" and "0.01" both pass however they round.
    if (!ok || !(speed >= kMinSpeed * (1 - 1e-9) && speed <= kMaxSpeed * (1 + 1e-9)))
        return std::nullopt;
    return std::clamp(speed, kMinSpeed, kMaxSpeed);
}

QString ReplaySchedule::speedLabel(double speed)
{
    if (speed >= 1.0)
        return QStringLiteral("1\u00d7");
    const double inverse = 1.0 / speed;
    if (std::abs(inverse - std::round(inverse)) < 1e-6)
        return QStringLiteral("1/%1\u00d7").arg(std::llround(inverse));
    return QStringLiteral("%1\u00d7").arg(speed, 0, 'g', 3);
}

} // namespace cacophony
