#pragma once

// The log console under the timeline: what a run printed, line by line, in the order it
// was printed, each with its run time in the style of Go's log package
// ("2018/05/01 17:59:30.000061 walk into bathroom"). Lines printed after the end of
// program are greyed ("would have printed") below the end-of-program marker. For a
// scenario it lists the beats the same way, so it serves those runs too.
//
// Fed like the timeline: clear() for a new live run, appendEvents() with its batches
// (any order within and across batches), setTraceData() for a whole recorded run.
// Keeps the newest kMaxLines lines. UI thread only.

#include "trace/TraceData.h"

#include <QDateTime>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace cacophony {

class LogConsole : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 2000;

    explicit LogConsole(QWidget *parent = nullptr);

    // A new live run, started now (the wall clock of its log lines).
    void clear(const RunSettings &settings);
    void appendEvents(const EventBatch &batch);
    // A recorded run (history, a trace file): its log lines carry run time only, unless
    // start says when it began.
    void setTraceData(const TraceData &trace, const QDateTime &start = {});

    // The lines shown, top to bottom, as plain text (tests, copying).
    QStringList lines() const;
    // Whether line `row` is greyed (printed, or performed, after the end of program).
    bool isLost(int row) const;

    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addEvent(const Event &e);
    void insertLine(std::int64_t t, int order, const QString &text, bool lost, bool marker);
    void style(QListWidgetItem *item) const; // grey if lost, red if the end marker

    QListWidget *m_list;
    QDateTime m_start;
    std::int64_t m_programEnd = -1;
};

} // namespace cacophony
