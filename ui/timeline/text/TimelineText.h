#pragma once

// Every text the timeline shows users about a run: tooltips and the details panel
// (describe), lane labels, task and channel names, sent values, times ("12.3 ms") and
// tempo-change marks, in the language of the installed translators. Reads a model; holds
// nothing but a reference to it, so make one where a text is needed.
//
// Not thread-safe: UI thread, like the model it reads.

#include "timeline/TimelineModel.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>

namespace cacophony {

class TimelineText
{
    // The context stays "TimelineModel", where these texts were first written, so the
    // shipped translations (translations/cacophony_*.ts) keep applying.
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)

public:
    explicit TimelineText(const TimelineModel &model) : m_model(model) {}

    // One line for a tooltip (details = false) or several for the side panel.
    QString describe(const TimelineHit &hit, bool details) const;

    QString taskName(std::uint32_t task) const;
    QString objectName(std::uint32_t object) const;
    QString taskLaneLabel(int lane) const;
    QString channelLaneLabel(int lane) const; // name only; capacity is drawn in the glyph
    // A sent value as what it means on its channel: "volume 58", "the time 630 ms".
    QString valueText(const Event &e) const;

    // "12.3 ms", "3645 ms": a precision fit for the size, in the user's locale (number()).
    static QString formatMs(std::int64_t ns);
    // `value` with the locale's decimal point and no group separator ("3645", "4,2" in German):
    // the form of every time and tempo a user reads, so that none can be misread.
    static QString number(double value, int decimals = 0);
    // "120 → 132 BPM": the mark's label for TempoChange event `e`.
    static QString tempoChangeLabel(const Event &e);

private:
    const TimelineModel &m_model;
};

} // namespace cacophony
