#include "trace/TraceLabels.h"

#include <QTest>

using namespace cacophony;

// The names a trace viewer shows for the run's objects.
class tst_TraceLabels : public QObject
{
    Q_OBJECT

private slots:
    void objectTrackName_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("track");
        QTest::newRow("channel") << int(ObjectKind::Channel) << QStringLiteral("volumes") << QStringLiteral("chan volumes (6)");
        // The metronome's ticker is named "ticker": not "ticker ticker (6)".
        QTest::newRow("ticker named ticker") << int(ObjectKind::Ticker) << QStringLiteral("ticker")
                                             << QStringLiteral("ticker (6)");
        QTest::newRow("ticker with a number") << int(ObjectKind::Ticker) << QStringLiteral("ticker 2")
                                              << QStringLiteral("ticker 2 (6)");
        QTest::newRow("ticker otherwise named") << int(ObjectKind::Ticker) << QStringLiteral("beats")
                                                << QStringLiteral("ticker beats (6)");
        // Only a whole first word counts: "changes" is not "chan".
        QTest::newRow("channel named changes") << int(ObjectKind::Channel) << QStringLiteral("changes")
                                               << QStringLiteral("chan changes (6)");
        QTest::newRow("wait group") << int(ObjectKind::WaitGroup) << QStringLiteral("wg")
                                    << QStringLiteral("wg (6)");
    }

    void objectTrackName()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, track);
        TraceData trace;
        ObjectInfo info;
        info.id = 6;
        info.kind = ObjectKind(kind);
        info.name = name;
        trace.objects.push_back(info);
        QCOMPARE(TraceLabels(trace).objectTrackName(6), track);
    }
};

QTEST_GUILESS_MAIN(tst_TraceLabels)
#include "tst_tracelabels.moc"
