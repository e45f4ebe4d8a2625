#pragma once

// The title bar over the chart, like the series' pale yellow headings: which run is on
// screen (scenario, lesson or custom), its delay profile, where it comes from, and what
// it teaches. Lives in the UI thread.

#include "trace/TraceData.h"

#include <QLabel>

namespace cacophony {

class ScenarioHeader : public QLabel
{
    Q_OBJECT
public:
    explicit ScenarioHeader(QWidget *parent = nullptr);

    // note: where the run comes from, or "not played yet"; empty for the live run.
    void showRun(const RunSettings &settings, const QString &note);
    // The theme's colours (called when the palette changes).
    void updateColors();
};

} // namespace cacophony
