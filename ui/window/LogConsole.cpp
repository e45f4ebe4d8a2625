#include "window/LogConsole.h"

#include "metronome/lessons/LogFormat.h"
#include "window/Theme.h"

#include <QEvent>
#include <QFontDatabase>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cacophony {

namespace {

// Item data: the run time (sort key), the order at equal times, lost, end marker.
constexpr int kTimeRole = Qt::UserRole;
constexpr int kOrderRole = Qt::UserRole + 1;
constexpr int kLostRole = Qt::UserRole + 2;
constexpr int kMarkerRole = Qt::UserRole + 3;

QString runTime(std::int64_t ns)
{
    return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 10, 'f', 3);
}

} // namespace

LogConsole::LogConsole(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("logConsoleList"));
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("What the run printed, in the order it was printed, with its run time. "
                          "Lines after the red end of program are greyed: the process had exited, "
                          "they would have been printed."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void LogConsole::clear(const RunSettings &)
{
    m_list->clear();
    m_programEnd = -1;
    m_start = QDateTime::currentDateTime();
}

void LogConsole::appendEvents(const EventBatch &batch)
{
    EventBatch sorted = batch;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Event &x, const Event &y) { return x.t < y.t; });
    const bool follow = m_list->count() == 0 || m_list->currentRow() < 0;
    for (const Event &e : sorted)
        addEvent(e);
    while (m_list->count() > kMaxLines)
        delete m_list->takeItem(0);
    if (follow)
        m_list->scrollToBottom();
}

void LogConsole::setTraceData(const TraceData &trace, const QDateTime &start)
{
    m_list->clear();
    m_programEnd = -1;
    m_start = start;
    // Only the newest kMaxLines lines stay, so only their events are turned into lines (a
    // 10M-event run has over a million beats: making them all and deleting most took 10 s).
    // Events are sorted by time: walk back from the end. Only the first end of program
    // makes a marker.
    const auto firstEnd = std::find_if(trace.events.cbegin(), trace.events.cend(),
        [](const Event &e) { return e.kind == EventKind::ProgramEnd; });
    EventBatch newest;
    for (auto it = trace.events.cend(); it != trace.events.cbegin() && newest.size() < std::size_t(kMaxLines);) {
        --it;
        if (it->kind == EventKind::Beat || it->kind == EventKind::Print || it == firstEnd)
            newest.push_back(*it);
    }
    std::reverse(newest.begin(), newest.end());
    appendEvents(newest);
}

void LogConsole::addEvent(const Event &e)
{
    switch (e.kind) {
    case EventKind::Print: {
        const bool lost = e.has(Lost);
        QString text = runTime(e.t) + QStringLiteral("  ") + LogFormat::line(m_start, e.t, int(e.a));
        if (lost)
            text += QStringLiteral("   ") + tr("(would have printed)");
        insertLine(e.t, 1, text, lost, false);
        break;
    }
    case EventKind::Beat: {
        const bool lost = e.has(Lost);
        QString text = runTime(e.t) + QStringLiteral("  ")
                     + tr("beat %1  volume %2  %3")
                           .arg(e.a, 5)
                           .arg(e.b, 3)
                           .arg(e.has(Tock) ? QLatin1Char('O') : QLatin1Char('I'));
        if (lost)
            text += QStringLiteral("   ") + tr("(lost: after the end of program)");
        insertLine(e.t, 1, text, lost, false);
        break;
    }
    case EventKind::ProgramEnd:
        if (m_programEnd >= 0)
            break;
        m_programEnd = e.t;
        // After whatever main printed at the same instant, before anything cut off.
        insertLine(e.t, 2, runTime(e.t) + QStringLiteral("  ") + tr("──── end of program ────"), false, true);
        break;
    default:
        break;
    }
}

void LogConsole::insertLine(std::int64_t t, int order, const QString &text, bool lost, bool marker)
{
    // Lines arrive nearly in time order: look for the place from the end.
    int row = m_list->count();
    while (row > 0) {
        const QListWidgetItem *before = m_list->item(row - 1);
        const std::int64_t bt = before->data(kTimeRole).toLongLong();
        if (bt < t || (bt == t && before->data(kOrderRole).toInt() <= order))
            break;
        --row;
    }
    auto *item = new QListWidgetItem(text);
    item->setData(kTimeRole, qint64(t));
    item->setData(kOrderRole, order);
    item->setData(kLostRole, lost);
    item->setData(kMarkerRole, marker);
    style(item);
    m_list->insertItem(row, item);
}

void LogConsole::style(QListWidgetItem *item) const
{
    // The console's own palette: when the theme changes it is told first, before its list.
    const QPalette palette = this->palette();
    const bool marker = item->data(kMarkerRole).toBool();
    const bool lost = item->data(kLostRole).toBool();
    const QColor red = Theme::isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    // A lost line is greyed, but stays readable: the text 40 % of the way to the
    // background keeps a contrast above 4.5 in both themes (the disabled colour does not).
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const QColor grey = QColor::fromRgbF(0.6f * text.redF() + 0.4f * base.redF(), 0.6f * text.greenF() + 0.4f * base.greenF(),
                                         0.6f * text.blueF() + 0.4f * base.blueF());
    item->setForeground(marker ? red : lost ? grey : text);
    QFont font = m_list->font();
    font.setItalic(lost);
    font.setBold(marker);
    item->setFont(font);
}

QStringList LogConsole::lines() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        out << m_list->item(row)->text();
    return out;
}

bool LogConsole::isLost(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item && item->data(kLostRole).toBool();
}

void LogConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int row = 0; row < m_list->count(); ++row)
            style(m_list->item(row));
    }
}

} // namespace cacophony
