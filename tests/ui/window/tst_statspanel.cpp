#include "metronome/Scenario.h"
#include "window/StatsPanel.h"

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace cacophony;

namespace {

// Scenario 14 at 240 BPM as the issue saw it: every beat 131 ms late from the start (the
// first measurement), none straying from that grid, five volumes reused.
RunAnalysis servicesLike(const QString &scenario)
{
    RunAnalysis a;
    a.settings.scenario = scenario;
    a.settings.bpm = 240;
    a.settings.beats = 15;
    a.beatsExpected = 15;
    a.beatsPerformed = 15;
    a.interval = { 250.0, 0.4, 249.0, 251.0 };
    a.lateness = { 131.0, 131.5, 131.6 };
    a.driftMs = 131.2;
    a.offsetMs = 131.0;
    a.gridDriftMs = 0.2;
    a.repeatedVolumes = 5;
    a.measurements = 16;
    a.endMs = 3700;
    return a;
}

QString idOf(int number)
{
    return ScenarioRegistry::scenarios().at(std::size_t(number - 1)).id;
}

} // namespace

class tst_StatsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void colourMeansTheLesson_data();
    void colourMeansTheLesson();
    void offsetIsNotDrift();
    void jitterSaysWhatTheBracketIs();
    void lessonRowsOnlyForLessons();
    void stoppedRunIsNotLossy();
    void duplicatesStayAfterABedtimeLesson();
    void noTextCutOff_data();
    void noTextCutOff();
};

void tst_StatsPanel::colourMeansTheLesson_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("flagged");
    QTest::newRow("14 keeps time") << idOf(14) << QStringList {};
    QTest::newRow("5: the first beat late") << idOf(5) << QStringList { "lateness", "offset" };
    QTest::newRow("11: stale volumes") << idOf(11) << QStringList { "stale" };
    QTest::newRow("closure lesson: as 9") << QStringLiteral("async_naive_closure")
                                           << QStringList { "lateness" };
    QTest::newRow("bedtime lesson: its lines only") << QStringLiteral("bedtime_go_pause") << QStringList {};
    QTest::newRow("custom: everything checked")
        << QStringLiteral("custom") << QStringList { "lateness", "offset", "stale" };
}

void tst_StatsPanel::colourMeansTheLesson()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, flagged);
    StatsPanel panel;
    panel.setAnalysis(servicesLike(scenario), true);
    const QStringList rows { "lost", "outOfOrder", "lateness", "jitter", "offset", "drift", "stale", "overlap",
        "dropped", "spin" };
    for (const QString &row : rows)
        QVERIFY2(panel.isFlagged(row) == flagged.contains(row), qPrintable(row));
    const QLabel *stale = panel.findChild<QLabel *>(QStringLiteral("stale"));
    QCOMPARE(stale->styleSheet().contains(QStringLiteral("color")), flagged.contains(QStringLiteral("stale")));
}

void tst_StatsPanel::offsetIsNotDrift()
{
    StatsPanel panel;
    panel.setAnalysis(servicesLike(idOf(14)), true);
    QCOMPARE(panel.valueText(QStringLiteral("offset")), QStringLiteral("131 ms"));
    QCOMPARE(panel.valueText(QStringLiteral("drift")), QStringLiteral("0.20 ms"));

    // Lost and out-of-order beats are red whatever the scenario.
    RunAnalysis broken = servicesLike(idOf(14));
    broken.beatsLost = 1;
    broken.outOfOrder = 2;
    panel.setAnalysis(broken, true);
    QVERIFY(panel.isFlagged(QStringLiteral("lost")));
    QVERIFY(panel.isFlagged(QStringLiteral("outOfOrder")));
}

void tst_StatsPanel::jitterSaysWhatTheBracketIs()
{
    StatsPanel panel;
    RunAnalysis a = servicesLike(idOf(9));
    a.interval = { 247.0, 166.0, 10.0, 600.0 };
    panel.setAnalysis(a, true);
    const QString jitter = panel.valueText(QStringLiteral("jitter"));
    QVERIFY2(jitter.contains(QStringLiteral("166 ms")), qPrintable(jitter));
    QVERIFY2(jitter.contains(QStringLiteral("mean interval 247 ms")), qPrintable(jitter));
}

void tst_StatsPanel::lessonRowsOnlyForLessons()
{
    StatsPanel panel;
    panel.setAnalysis(servicesLike(idOf(14)), true);
    QVERIFY(!panel.isRowShown(QStringLiteral("duplicates")));
    QVERIFY(!panel.isRowShown(QStringLiteral("lines")));
    QVERIFY(panel.isRowShown(QStringLiteral("lateness")));

    panel.setAnalysis(servicesLike(QStringLiteral("async_naive_closure")), true);
    QVERIFY(panel.isRowShown(QStringLiteral("duplicates")));
    QVERIFY(!panel.isRowShown(QStringLiteral("lines")));

    RunAnalysis bedtime = servicesLike(QStringLiteral("bedtime_go"));
    bedtime.linesPrinted = 1;
    bedtime.linesLost = 5;
    panel.setAnalysis(bedtime, true);
    QVERIFY(panel.isRowShown(QStringLiteral("lines")));
    QVERIFY(panel.isFlagged(QStringLiteral("lines")));

    panel.clear();
    QVERIFY(!panel.isRowShown(QStringLiteral("lines")));
}

void tst_StatsPanel::stoppedRunIsNotLossy()
{
    // Scenario 14 continuous, Stop pressed: the ghost grid ran ahead of the last beats,
    // which trail it by the first measurement; there is no end of program.
    TraceData trace;
    trace.settings.scenario = idOf(14);
    trace.settings.bpm = 6000;
    trace.settings.beats = 0;
    for (int n = 0; n < 8; ++n) {
        Event ideal;
        ideal.kind = EventKind::IdealBeat;
        ideal.t = n * 10'000'000LL;
        ideal.a = n;
        trace.events.push_back(ideal);
        if (n < 5) {
            Event beat;
            beat.kind = EventKind::Beat;
            beat.t = ideal.t + 24'000'000LL;
            beat.a = n;
            beat.b = 50;
            trace.events.push_back(beat);
        }
    }
    StatsPanel panel;
    panel.setAnalysis(RunAnalysis::analyse(trace), true);
    QCOMPARE(panel.valueText(QStringLiteral("lost")), QStringLiteral("0 (stopped)"));
    QVERIFY(!panel.isFlagged(QStringLiteral("lost")));
}


void tst_StatsPanel::duplicatesStayAfterABedtimeLesson()
{
    // As a user plays them: a bedtime lesson, then the closure lesson picked, played live
    // and ended. Its Duplicates row is there all the way (the panel shown, as in the window).
    StatsPanel panel;
    panel.show();
    RunAnalysis bedtime = servicesLike(QStringLiteral("bedtime_go_pause"));
    bedtime.linesPrinted = 5;
    panel.setAnalysis(bedtime, true);
    QVERIFY(!panel.isRowShown(QStringLiteral("duplicates")));

    RunAnalysis closure = servicesLike(QStringLiteral("async_naive_closure"));
    panel.showPending(closure.settings);
    closure.duplicateBeats = 0; // none yet
    panel.setAnalysis(closure, false);
    QVERIFY(panel.isRowShown(QStringLiteral("duplicates")));
    closure.duplicateBeats = 3;
    panel.setAnalysis(closure, true);
    QVERIFY(panel.isRowShown(QStringLiteral("duplicates")));
    QCOMPARE(panel.valueText(QStringLiteral("duplicates")), QStringLiteral("3"));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("duplicates"))->isVisible());
}

void tst_StatsPanel::noTextCutOff_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("the dock's first size") << QSize(330, 360);
    QTest::newRow("narrow") << QSize(220, 360);
    QTest::newRow("short") << QSize(330, 200);
}

void tst_StatsPanel::noTextCutOff()
{
    // Every value is shown whole: wrapped where it is long, never under the next row,
    // never past the panel's right edge (a scroll bar appears when they do not fit).
    QFETCH(QSize, size);
    QWidget dock;
    auto *panel = new StatsPanel(&dock);
    dock.resize(size);
    panel->resize(size);
    RunAnalysis a = servicesLike(QStringLiteral("bedtime_go_pause"));
    a.linesPrinted = 5;
    a.linesOutOfOrder = 3;
    a.lateness = {136.0, 231.0, 1234.5};
    panel->setAnalysis(a, true);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QCoreApplication::processEvents();
    const QWidget *viewport = panel;
    std::vector<QRect> rows;
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QRect r(label->mapTo(viewport->window(), QPoint(0, 0)), label->size());
        QVERIFY2(label->height() >= label->heightForWidth(label->width()) || !label->wordWrap(),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3").arg(label->text()).arg(label->height())
                                .arg(label->heightForWidth(label->width()))));
        QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1: cut at %2 px").arg(label->text()).arg(label->width())));
        for (const QRect &other : rows)
            QVERIFY2(!other.intersects(r), qPrintable(label->text() + QStringLiteral(" overlaps another row")));
        rows.push_back(r);
    }
}

QTEST_MAIN(tst_StatsPanel)
#include "tst_statspanel.moc"
