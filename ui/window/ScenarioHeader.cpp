#include "window/ScenarioHeader.h"

#include "metronome/Scenario.h"
#include "session/RunKind.h"
#include "window/ScenarioText.h"
#include "window/Theme.h"

namespace cacophony {

ScenarioHeader::ScenarioHeader(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("scenarioHeader"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(6);
    setAutoFillBackground(true);
    updateColors();
}

void ScenarioHeader::showRun(const RunSettings &s, const QString &note)
{
    const RunKind kind = RunKind::of(s);
    const Scenario *found = kind.scenario();
    const QString profile = tr("Execution time of volume measurement is <b>%1</b>.")
                                .arg(ScenarioText::profile(s.profile).toHtmlEscaped());
    const QString noted = note.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(note.toHtmlEscaped());
    if (kind.isLesson()) {
        // A lesson: its title, what happens, and the series' explanation above the timeline.
        QString html = tr("Lesson: %1.").arg(ScenarioText::title(*found).toHtmlEscaped());
        if (!kind.printsLines())
            html += QLatin1Char(' ') + profile;
        html += noted;
        html += QStringLiteral(" <b>%1</b><br><span style=\"font-size:small\">%2</span>")
                    .arg(ScenarioText::lesson(*found).toHtmlEscaped(), ScenarioText::explanation(*found).toHtmlEscaped());
        setText(html);
        return;
    }
    QString title;
    QString lesson;
    if (found) {
        title = QStringLiteral("%1. %2").arg(found->number).arg(ScenarioText::title(*found).toHtmlEscaped());
        lesson = ScenarioText::lesson(*found).toHtmlEscaped();
    } else {
        const Strategy *strategy = kind.strategy();
        title
            = tr("Custom: %1").arg((strategy ? ScenarioText::title(*strategy) : s.strategy).toHtmlEscaped());
    }
    QString html = QStringLiteral("%1. %2").arg(title, profile) + noted;
    if (!lesson.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:small\">%1</span>").arg(lesson);
    setText(html);
}

void ScenarioHeader::updateColors()
{
    QPalette p = palette();
    const bool dark = Theme::isDark();
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x42, 0x20) : QColor(0xfc, 0xee, 0xb5));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf3, 0xe9, 0xc6) : QColor(0x3b, 0x4a, 0x6b));
    setPalette(p);
}

} // namespace cacophony
