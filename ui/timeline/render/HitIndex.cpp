#include "timeline/render/HitIndex.h"

#include <algorithm>
#include <cmath>

namespace cacophony {

namespace {

constexpr std::size_t kMaxHitBoxes = 60000;
constexpr std::size_t kResolveSteps = 512; // items looked at to find what is under the mouse in a strip

} // namespace

HitIndex::HitIndex(const TimelineModel *model)
    : m_model(model)
{
}

void HitIndex::begin(const TimeScale &scale)
{
    clear();
    m_x0 = scale.x0();
    m_pxPerNs = scale.pxPerNs();
}

void HitIndex::clear()
{
    m_hits.clear();
    m_underHits.clear();
    m_resolvers.clear();
}

void HitIndex::add(const QRectF &rect, const TimelineHit &hit)
{
    if (m_hits.size() < kMaxHitBoxes)
        m_hits.push_back(HitBox{rect, hit});
}

void HitIndex::addUnder(const QRectF &rect, const TimelineHit &hit)
{
    if (m_underHits.size() < kMaxHitBoxes)
        m_underHits.push_back(HitBox{rect, hit});
}

void HitIndex::addStrip(const QRectF &box, const Resolver &resolver)
{
    if (m_hits.size() >= kMaxHitBoxes)
        return;
    m_resolvers.push_back(resolver);
    m_hits.push_back(HitBox{box, TimelineHit{resolver.kind, 0, 0}, int(m_resolvers.size()) - 1});
}

// The item of a strip under pixel column x (a few pixels of slack, as for thin boxes).
TimelineHit HitIndex::resolve(const Resolver &r, double x, QRectF *box) const
{
    auto pxOf = [&](std::int64_t t) { return m_x0 + double(t) * m_pxPerNs; };
    auto nsOf = [&](double px) { return std::int64_t(std::floor((px - m_x0) / m_pxPerNs)); };
    const std::int64_t t0 = nsOf(x - 3), t1 = nsOf(x + 4);
    auto spanBox = [&](std::int64_t start, std::int64_t end) {
        const double x0 = std::max(pxOf(start), x - 4000);
        return QRectF(x0, r.top, std::max(std::min(pxOf(end), x + 4000), x0 + 1) - x0, r.bottom - r.top);
    };
    TimelineHit hit;
    QRectF found;
    switch (r.role) {
    case Resolver::Spans:
    case Resolver::Messages: {
        const TimelineTrack &track = *r.track;
        std::size_t k = track.lowerBound(t1);
        for (std::size_t steps = 0; k > 0 && steps < kResolveSteps; --k, ++steps) {
            const TrackItem &item = track[k - 1];
            if (item.aux < t0)
                break; // nothing earlier reaches the column
            const bool message = r.role == Resolver::Messages;
            const std::int64_t start = message ? item.t : m_model->event(item.ev).t;
            const std::int64_t end = message ? std::max(item.t, m_model->event(item.extra).end())
                                             : m_model->event(item.ev).end();
            if (end < t0)
                continue;
            hit = message ? TimelineHit{TimelineHit::Message, item.ev, item.extra} : TimelineHit{r.kind, item.ev, 0};
            found = spanBox(start, end);
            break;
        }
        break;
    }
    case Resolver::Instants: {
        const TimelineTrack &track = *r.track;
        double best = 1e9;
        for (std::size_t k = track.lowerBound(t0), steps = 0; k < track.size() && track[k].t <= t1 && steps < kResolveSteps;
             ++k, ++steps) {
            const Event &e = m_model->event(track[k].ev);
            if (r.lane >= 0 && m_model->laneOfTask(e.task) != r.lane)
                continue;
            const double d = std::abs(pxOf(track[k].t) - x);
            if (d < best) {
                best = d;
                const TimelineHit::Kind kind = r.kind != TimelineHit::None ? r.kind
                                               : e.kind == EventKind::ChanClose ? TimelineHit::Close
                                                                                : TimelineHit::Tick;
                hit = TimelineHit{kind, track[k].ev, 0};
                found = QRectF(pxOf(track[k].t) - 1.5, r.top, 3, r.bottom - r.top);
            }
        }
        break;
    }
    case Resolver::Lives: {
        const TimelineModel::TaskLane &lane = m_model->taskLanes()[std::size_t(r.lane)];
        const std::int64_t now = m_model->lastTime();
        auto lifeEnd = [now](const TimelineModel::Life &life) {
            return life.end == TimelineModel::kOpen ? std::max(now, life.start) : life.end;
        };
        auto it = std::lower_bound(lane.lives.begin(), lane.lives.end(), t0,
                                   [&](const TimelineModel::Life &life, std::int64_t t) { return lifeEnd(life) < t; });
        if (it != lane.lives.end() && it->start <= t1) {
            hit = TimelineHit{TimelineHit::TaskLife, it->task, 0};
            found = spanBox(it->start, lifeEnd(*it));
            // A life cannot be searched by its task later (boxOf): remember where it was.
            m_resolved.push_back(Resolved{hit, it->start, lifeEnd(*it)});
            if (m_resolved.size() > 8)
                m_resolved.erase(m_resolved.begin());
        }
        break;
    }
    }
    if (hit.isValid() && box)
        *box = found;
    return hit;
}

// Where a strip drew `hit` (empty if it is not one of the strip's items).
QRectF HitIndex::locate(const Resolver &r, const TimelineHit &hit) const
{
    auto pxOf = [&](std::int64_t t) { return m_x0 + double(t) * m_pxPerNs; };
    if (r.role == Resolver::Lives) {
        if (hit.kind != TimelineHit::TaskLife || m_model->laneOfTask(hit.ev) != r.lane)
            return {};
        for (const Resolved &known : m_resolved) {
            if (known.hit == hit) {
                const double x0 = pxOf(known.start);
                return QRectF(x0, r.top, std::max(pxOf(known.end), x0 + 1) - x0, r.bottom - r.top);
            }
        }
        return {};
    }
    if (hit.ev >= m_model->eventCount())
        return {};
    const bool message = r.role == Resolver::Messages;
    if (message ? hit.kind != TimelineHit::Message
                : (r.kind != TimelineHit::None ? hit.kind != r.kind
                                               : hit.kind != TimelineHit::Tick && hit.kind != TimelineHit::Close))
        return {};
    const Event &e = m_model->event(hit.ev);
    const std::int64_t t = message ? e.end() : e.t;
    const TimelineTrack &track = *r.track;
    for (std::size_t k = track.lowerBound(t), steps = 0; k < track.size() && track[k].t == t && steps < 64;
         ++k, ++steps) {
        if (track[k].ev != hit.ev)
            continue;
        if (r.role == Resolver::Instants) {
            if (r.lane >= 0 && m_model->laneOfTask(e.task) != r.lane)
                return {};
            return QRectF(pxOf(t) - 1.5, r.top, 3, r.bottom - r.top);
        }
        const std::int64_t end = message ? std::max(t, m_model->event(track[k].extra).end()) : e.end();
        const double x0 = pxOf(t);
        return QRectF(x0, r.top, std::max(pxOf(end), x0 + 1) - x0, r.bottom - r.top);
    }
    return {};
}

TimelineHit HitIndex::hitAt(const QPointF &pos, QRectF *box) const
{
    // Topmost (drawn last) first; thin items get a few pixels of slack.
    for (const std::vector<HitBox> *hits : {&m_hits, &m_underHits}) {
        for (auto it = hits->rbegin(); it != hits->rend(); ++it) {
            const QRectF r = it->rect.width() < 6 ? it->rect.adjusted(-3, 0, 3, 0) : it->rect;
            if (!r.adjusted(-1, -1, 1, 1).contains(pos))
                continue;
            if (it->resolver >= 0) {
                const TimelineHit hit = resolve(m_resolvers[std::size_t(it->resolver)], pos.x(), box);
                if (hit.isValid())
                    return hit;
                continue; // a gap in the strip: what is below may be there
            }
            if (box)
                *box = it->rect;
            return it->hit;
        }
    }
    return {};
}

QRectF HitIndex::boxOf(const TimelineHit &hit) const
{
    for (const std::vector<HitBox> *hits : {&m_hits, &m_underHits}) {
        for (const HitBox &h : *hits) {
            if (h.resolver < 0 && h.hit == hit)
                return h.rect;
        }
    }
    for (const HitBox &h : m_hits) {
        if (h.resolver < 0)
            continue;
        const QRectF box = locate(m_resolvers[std::size_t(h.resolver)], hit);
        if (!box.isNull() && box.intersects(h.rect.adjusted(-2, -1, 2, 1)))
            return box;
    }
    return {};
}

std::vector<std::pair<QRectF, TimelineHit>> HitIndex::boxes(TimelineHit::Kind kind) const
{
    std::vector<std::pair<QRectF, TimelineHit>> found;
    for (const std::vector<HitBox> *hits : {&m_underHits, &m_hits}) {
        for (const HitBox &h : *hits) {
            if (h.resolver < 0 && h.hit.kind == kind)
                found.emplace_back(h.rect, h.hit);
        }
    }
    return found;
}

} // namespace cacophony
