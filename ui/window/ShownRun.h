#pragma once

// The run on screen: the one every view follows (timeline, log console, statistics,
// details, header, window title, and the control strip, so Play repeats what is shown).
// "Switch the screen to run X" is one of the show*() calls; each emits changed() once,
// and the window makes every view follow in one place.
//
//  - Pending: picked in the control strip, not played yet (no trace).
//  - Live: the run playing now; its events reach the views as they arrive.
//  - Recorded: an ended run, a history entry or a trace file (later: a program with its
//    source, which the trace carries).
//  - ClickTrack: metronome mode's click track (the beat view draws it; no statistics).
// Lives in the UI thread only.

#include "analysis/RunAnalysis.h"
#include "session/RunKind.h"
#include "trace/TraceData.h"

#include <QObject>
#include <memory>

namespace cacophony {

class ShownRun : public QObject
{
    Q_OBJECT
public:
    enum class Origin { Pending, Live, Recorded, ClickTrack };

    explicit ShownRun(QObject *parent = nullptr);

    Origin origin() const { return m_origin; }
    bool isLive() const { return m_origin == Origin::Live; }
    const RunSettings &settings() const { return m_settings; }
    RunKind kind() const;
    // A recorded run's trace; empty (never null) otherwise. Shared, not copied.
    std::shared_ptr<const TraceData> trace() const { return m_trace; }
    // A recorded run's analysis.
    const RunAnalysis &analysis() const { return m_analysis; }
    // Where a recorded run comes from ("from the history, 14:02"), or "not played yet".
    const QString &note() const { return m_note; }

    // No-op if this very run (same settings, with a trace) is on screen already.
    void showPending(const RunSettings &settings, const QString &note);
    void showLive(const RunSettings &settings);
    void showRecorded(std::shared_ptr<const TraceData> trace, RunAnalysis analysis, const QString &note);
    void showClickTrack(const RunSettings &settings);
    // The live run ended while on screen: it stays, now recorded. Emits liveRunEnded()
    // instead of changed(): the views have its events already.
    void endLive(std::shared_ptr<const TraceData> trace, RunAnalysis analysis);

signals:
    // The screen turned to another run: every view follows.
    void changed();
    void liveRunEnded();

private:
    void set(Origin origin, const RunSettings &settings, std::shared_ptr<const TraceData> trace,
        RunAnalysis analysis, const QString &note);

    Origin m_origin = Origin::Pending;
    RunSettings m_settings;
    std::shared_ptr<const TraceData> m_trace = std::make_shared<const TraceData>();
    RunAnalysis m_analysis;
    QString m_note;
};

} // namespace cacophony
