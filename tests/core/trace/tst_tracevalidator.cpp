#include "trace/TraceValidator.h"

#include "core/trace/TraceSamples.h"

#include <QTest>
#include <functional>

using namespace cacophony;
using namespace cacophony::samples;

namespace {

using Mutation = std::function<void(TraceData &)>;

TraceValidator::Locator locator()
{
    TraceValidator::Locator where;
    where.settings = QStringLiteral("settings");
    where.taskTable = QStringLiteral("tasks");
    where.objectTable = QStringLiteral("objects");
    where.positionTable = QStringLiteral("positions");
    where.textTable = QStringLiteral("texts");
    where.event = [](std::size_t i) { return QStringLiteral("events[%1]").arg(i); };
    where.task = [](std::size_t i) { return QStringLiteral("tasks[%1]").arg(i); };
    where.object = [](std::size_t i) { return QStringLiteral("objects[%1]").arg(i); };
    return where;
}

Event &firstOf(TraceData &d, EventKind kind)
{
    for (Event &e : d.events) {
        if (e.kind == kind)
            return e;
    }
    qFatal("no event of kind %s", eventKindName(kind));
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class tst_TraceValidator : public QObject
{
    Q_OBJECT
private slots:
    void consistentTracesPass_data();
    void consistentTracesPass();
    void eachProblemHasOneSentence_data();
    void eachProblemHasOneSentence();
};

void tst_TraceValidator::consistentTracesPass_data()
{
    QTest::addColumn<TraceData>("trace");
    QTest::newRow("empty") << TraceData{};
    QTest::newRow("sample") << sampleTrace();
    QTest::newRow("extremes") << extremeTrace();
    QTest::newRow("version 1") << v1Trace();
    QTest::newRow("go program") << goTrace();
    QTest::newRow("random seed 1") << randomTrace(1, 2000);
    QTest::newRow("random seed 2") << randomTrace(2, 2000);
}

void tst_TraceValidator::consistentTracesPass()
{
    QFETCH(TraceData, trace);
    const QString problem = TraceValidator::check(trace, locator());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_TraceValidator::eachProblemHasOneSentence_data()
{
    QTest::addColumn<TraceData>("base");
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("expected"); // the whole message

    QTest::newRow("bpm zero") << sampleTrace() << Mutation([](TraceData &d) { d.settings.bpm = 0; })
                              << "settings.bpm = 0 is out of range (1 to 6000).";
    QTest::newRow("beats negative") << sampleTrace() << Mutation([](TraceData &d) { d.settings.beats = -2; })
                                    << "settings.beats = -2 is out of range (0 to 100000000).";
    QTest::newRow("task id zero") << sampleTrace() << Mutation([](TraceData &d) { d.tasks[1].id = 0; })
                                  << "tasks[1].id = 0 is out of range (1 to 4294967295).";
    QTest::newRow("task twice") << sampleTrace() << Mutation([](TraceData &d) { d.tasks[1].id = 1; })
                                << "tasks[1].id: task 1 is listed twice.";
    QTest::newRow("object twice") << sampleTrace() << Mutation([](TraceData &d) { d.objects[1].id = 1; })
                                  << "objects[1].id: object 1 is listed twice.";
    QTest::newRow("capacity negative") << sampleTrace() << Mutation([](TraceData &d) { d.objects[0].capacity = -5; })
                                       << "objects[0].capacity = -5 is out of range (0 to 9007199254740992).";
    QTest::newRow("first event long before the run")
        << sampleTrace() << Mutation([](TraceData &d) { d.events[0].t = -1'000'000'000'000'000; })
        << "events[0].t_ns = -1000000000000000 is before the start of the run (times count from 0).";
    QTest::newRow("out of time order") << sampleTrace() << Mutation([](TraceData &d) { d.events[3].t = 1; })
                                       << "events[3].t_ns = 1 is earlier than the event before it (events[2] at 10): "
                                          "events out of time order.";
    QTest::newRow("time beyond 2^53") << sampleTrace()
                                      << Mutation([](TraceData &d) { d.events.back().t = (std::int64_t(1) << 53) + 1; })
                                      << "events[9].t_ns = 9007199254740993 is out of range (0 to 9007199254740992).";
    QTest::newRow("negative duration") << sampleTrace() << Mutation([](TraceData &d) { d.events[0].dur = -1; })
                                       << "events[0].dur_ns = -1 is out of range (0 to 9007199254740992).";
    QTest::newRow("unknown kind") << sampleTrace() << Mutation([](TraceData &d) { d.events[1].kind = EventKind::Count; })
                                  << QString("events[1].kind: unknown event kind %1.").arg(int(EventKind::Count));
    QTest::newRow("beat of task 999") << sampleTrace()
                                      << Mutation([](TraceData &d) { firstOf(d, EventKind::Beat).task = 999; })
                                      << "events[7].task = 999: there is no task 999 in tasks.";
    QTest::newRow("spawn of a missing task") << sampleTrace()
                                             << Mutation([](TraceData &d) { firstOf(d, EventKind::TaskSpawn).object = 3; })
                                             << "events[2].object = 3: the spawned task 3 is not in tasks.";
    QTest::newRow("send on a missing channel") << sampleTrace()
                                               << Mutation([](TraceData &d) { firstOf(d, EventKind::ChanSend).object = 8; })
                                               << "events[5].object = 8: there is no object 8 in objects.";
    QTest::newRow("lock of a missing mutex") << goTrace()
                                             << Mutation([](TraceData &d) { firstOf(d, EventKind::Lock).object = 5; })
                                             << "events[5].object = 5: there is no object 5 in objects.";
    QTest::newRow("position beyond the table") << goTrace()
                                               << Mutation([](TraceData &d) { firstOf(d, EventKind::Unlock).pos = 9; })
                                               << "events[7].pos = 9: positions holds 7 positions.";
    QTest::newRow("text beyond the table") << goTrace()
                                           << Mutation([](TraceData &d) { firstOf(d, EventKind::Panic).a = 4; })
                                           << "events[11].a = 4: texts holds 3 texts.";
    QTest::newRow("fatal error without its text") << goTrace()
                                                  << Mutation([](TraceData &d) { d.texts.pop_back(); })
                                                  << "events[13].a = 3: texts holds 2 texts.";
    QTest::newRow("position after the last line") << goTrace()
                                                  << Mutation([](TraceData &d) { d.positions[2] = {17, 1}; })
                                                  << "positions[2] = line 17, column 1 is not in the program (it has 16 "
                                                     "lines; lines and columns count from 1).";
    QTest::newRow("position column zero") << goTrace() << Mutation([](TraceData &d) { d.positions[0].column = 0; })
                                          << "positions[0] = line 8, column 0 is not in the program (it has 16 lines; "
                                             "lines and columns count from 1).";
}

void tst_TraceValidator::eachProblemHasOneSentence()
{
    QFETCH(TraceData, base);
    QFETCH(Mutation, mutation);
    QFETCH(QString, expected);
    QVERIFY2(TraceValidator::check(base, locator()).isEmpty(), "the base trace must pass");
    mutation(base);
    QCOMPARE(TraceValidator::check(base, locator()), expected);
}

QTEST_GUILESS_MAIN(tst_TraceValidator)
#include "tst_tracevalidator.moc"
