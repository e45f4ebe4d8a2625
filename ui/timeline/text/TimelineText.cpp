#include "timeline/text/TimelineText.h"

#include "metronome/lessons/Lessons.h"

#include <QLocale>
#include <QRegularExpression>

namespace cacophony {

namespace {

bool isBlockingSpan(const Event &e)
{
    return e.has(Blocked) && e.dur > 0;
}

} // namespace

QString TimelineText::taskName(std::uint32_t task) const
{
    if (task == 0)
        return tr("outside", "the name of task 0: the code that runs in no task");
    const TaskInfo *info = m_model.taskInfo(task);
    if (info && !info->name.isEmpty())
        return info->name;
    return tr("task %1", "a task without a name, by its number").arg(task);
}

QString TimelineText::objectName(std::uint32_t object) const
{
    const ObjectInfo *info = m_model.objectInfo(object);
    if (info && !info->name.isEmpty())
        return info->name;
    return tr("channel %1", "a channel without a name, by its number").arg(object);
}

QString TimelineText::taskLaneLabel(int laneIndex) const
{
    if (laneIndex < 0 || std::size_t(laneIndex) >= m_model.taskLanes().size())
        return {};
    const LaneTable::TaskLane &lane = m_model.taskLanes()[std::size_t(laneIndex)];
    if (lane.lives.empty())
        return {};
    if (lane.lives.size() == 1)
        return taskName(lane.lives.front().task);
    // Several tasks in turn: "beat ×15" when they differ only by a number. Scanned
    // incrementally: a long run adds tasks every frame.
    static const QRegularExpression trailingNumber(QStringLiteral("[\\s#_\\-]*\\d+$"));
    if (lane.label.names != m_model.namesRevision()) {
        lane.label = LaneTable::TaskLane::Label{};
        lane.label.names = m_model.namesRevision();
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

QString TimelineText::channelLaneLabel(int laneIndex) const
{
    if (laneIndex < 0 || std::size_t(laneIndex) >= m_model.channelLanes().size())
        return {};
    return objectName(m_model.channelLanes()[std::size_t(laneIndex)].object);
}

QString TimelineText::formatMs(std::int64_t ns)
{
    const double ms = double(ns) / 1e6;
    const double a = std::abs(ms);
    const int decimals = a >= 100 ? 0 : a >= 1 ? 1 : a >= 0.01 ? 2 : 3;
    return QStringLiteral("%1 ms").arg(number(ms, decimals));
}

QString TimelineText::number(double value, int decimals)
{
    // The user's decimal point, never a group separator: "3,645 ms" would read as three
    // milliseconds in German, "3.645 ms" as three in English; "3645 ms" reads the same in both.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString TimelineText::valueText(const Event &e) const
{
    // What the value means on this channel, not the raw number a Go program would print.
    const ObjectInfo *info = m_model.objectInfo(e.object);
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

QString TimelineText::describe(const TimelineHit &hit, bool details) const
{
    if (!hit.isValid())
        return {};
    if (hit.kind == TimelineHit::TaskLife) {
        const std::uint32_t task = hit.ev;
        QString text = tr("task %1", "a task by its name").arg(taskName(task));
        if (const LaneTable::Life *found = m_model.lanes().findLife(task)) {
            const LaneTable::Life &life = *found;
            if (life.end == LaneTable::kOpen)
                text = tr("task %1, running since %2").arg(taskName(task), formatMs(life.start));
            else
                text = tr("task %1, ran %2 (%3 – %4)", "%2: how long; %3 – %4: from, to")
                           .arg(taskName(task), formatMs(life.end - life.start), formatMs(life.start),
                                formatMs(life.end));
            if (details && m_model.programEnd() >= 0 && (life.end == LaneTable::kOpen || life.end > m_model.programEnd()))
                text += QLatin1Char('\n') + tr("still running at the end of program");
        }
        if (details) {
            const TaskInfo *info = m_model.taskInfo(task);
            if (info && info->parent != 0)
                text += QLatin1Char('\n')
                      + tr("spawned by %1", "a task, by its parent task").arg(taskName(info->parent));
        }
        return text;
    }
    if (hit.kind == TimelineHit::ProgramEnd)
        return tr("end of program at %1").arg(formatMs(m_model.programEnd()));
    if (hit.ev >= m_model.eventCount())
        return {};

    const Event &e = m_model.event(hit.ev);
    const std::int64_t interval = m_model.settings().intervalNs();
    QString text;
    QString more;
    switch (hit.kind) {
    case TimelineHit::IdealBeat:
        text = tr("ideal beat #%1 at %2", "%2: a time").arg(e.a).arg(formatMs(e.t));
        if (m_model.neverPerformed(e.a))
            more = tr("no beat #%1 was performed before the end of program").arg(e.a);
        break;
    case TimelineHit::Measure:
    case TimelineHit::TaskMeasure:
        text = tr("measurement #%1: volume %2, took %3").arg(e.a).arg(e.b).arg(formatMs(e.dur));
        more = tr("%1 – %2, by %3", "from, to, the task that measured")
                   .arg(formatMs(e.t), formatMs(e.end()), taskName(e.task));
        break;
    case TimelineHit::Beat:
    case TimelineHit::TaskBeat: {
        if (e.kind == EventKind::Print) {
            text = e.has(Lost) ? tr("\"%1\" would have been printed (after the end of program)")
                               : tr("printed \"%1\"");
            text = text.arg(bedtimeLineText(int(e.a)));
            more = tr("%1, by %2", "when, the task that printed").arg(formatMs(e.t), taskName(e.task));
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
        const TimelineTrack &beats = m_model.beats();
        const std::size_t i = beats.lowerBound(e.t);
        for (std::size_t j = i; j < beats.size() && beats[j].t == e.t; ++j) {
            if (beats[j].ev == hit.ev && (beats[j].extra & TimelineModel::BeatOutOfOrder) && j > 0)
                more += QLatin1Char('\n') + tr("out of order: after beat #%1").arg(beats[j - 1].aux);
        }
        for (std::size_t j = i; j < beats.size() && beats[j].t == e.t; ++j) {
            if (beats[j].ev == hit.ev && (beats[j].extra & TimelineModel::BeatDuplicate))
                more += QLatin1Char('\n') + tr("duplicate: beat #%1 was already performed").arg(e.a);
        }
        // "performed by beat 2" read as another beat: say that it is a task, and quote its name.
        more += QLatin1Char('\n') + tr("performed by the task \u201c%1\u201d", "a beat, by the task's name").arg(taskName(e.task));
        break;
    }
    case TimelineHit::Sleep:
        text = tr("sleep %1", "a task sleeps for how long").arg(formatMs(e.dur));
        more = QStringLiteral("%1 \u2013 %2, %3").arg(formatMs(e.t), formatMs(e.end()), taskName(e.task));
        break;
    case TimelineHit::Spin:
        text = tr("spinning %1", "a task busy-waits for how long").arg(formatMs(e.dur));
        more = tr("busy-waiting, %1 – %2, %3", "from, to, the task")
                   .arg(formatMs(e.t), formatMs(e.end()), taskName(e.task));
        break;
    case TimelineHit::Blocked:
    case TimelineHit::Arrow: {
        const auto arrowKind = hit.kind == TimelineHit::Arrow ? TimelineModel::ArrowKind(hit.other) : TimelineModel::ArrowKind::Send;
        const bool isReturn = hit.kind == TimelineHit::Arrow && arrowKind == TimelineModel::ArrowKind::Return;
        const bool isSpawn = hit.kind == TimelineHit::Arrow && arrowKind == TimelineModel::ArrowKind::Spawn;
        if (isSpawn) {
            text = tr("%1 spawns %2", "a task starts another task")
                       .arg(taskName(e.task), taskName(e.object));
            more = formatMs(e.t);
            break;
        }
        if (isReturn) {
            text = tr("%1 done (wait group %2)", "a task tells the wait group it is done")
                       .arg(taskName(e.task), objectName(e.object));
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
        more = QStringLiteral("%1, %2").arg(formatMs(e.end()), taskName(e.task));
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
        const Event &recv = m_model.event(hit.other);
        const std::int64_t waited = std::max<std::int64_t>(0, recv.end() - e.end());
        text = tr("message #%1 on %2: %3, in the channel %4", "%2: the channel; %3: what was sent; %4: how long")
                   .arg(QLocale().toString(e.a), objectName(e.object), valueText(e), formatMs(waited));
        more = tr("sent by %1 at %2, received by %3 at %4", "a message; %1, %3: tasks; %2, %4: times")
                   .arg(taskName(e.task), formatMs(e.end()), taskName(recv.task), formatMs(recv.end()));
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
                   .arg(formatMs(e.t), taskName(e.task));
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

QString TimelineText::tempoChangeLabel(const Event &e)
{
    return tr("%1 → %2 BPM", "a tempo change: old, new").arg(e.b).arg(e.a);
}

} // namespace cacophony
