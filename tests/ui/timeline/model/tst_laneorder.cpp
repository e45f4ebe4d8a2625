// The task view's lane order as a pure function of lanes and the edges between them:
// small hand-made graphs, each with the order the rule in LaneOrder.h gives.

#include "timeline/model/LaneOrder.h"

#include <QTest>

using namespace cacophony;

namespace {

using LaneRef = LaneTable::LaneRef;

struct Graph
{
    std::deque<LaneTable::TaskLane> tasks;
    std::deque<LaneTable::ChannelLane> channels;
    std::vector<int> parents;

    void task(bool performs, int parent = -1)
    {
        tasks.emplace_back();
        tasks.back().performs = performs;
        parents.push_back(parent);
    }
    void channel(std::vector<int> senders, std::vector<int> receivers, bool values = true)
    {
        channels.emplace_back();
        channels.back().carriesValues = values;
        channels.back().senders = std::move(senders);
        channels.back().receivers = std::move(receivers);
    }
};

// "t0 c1 t2": task lanes by number, channel lanes by number.
QString spell(const std::vector<LaneRef> &order)
{
    QStringList parts;
    for (const LaneRef &ref : order)
        parts << QStringLiteral("%1%2").arg(ref.channel ? QLatin1Char('c') : QLatin1Char('t')).arg(ref.index);
    return parts.join(u' ');
}

} // namespace

Q_DECLARE_METATYPE(Graph)

class tst_LaneOrder : public QObject
{
    Q_OBJECT

private slots:
    void followsTheFlow_data()
    {
        QTest::addColumn<Graph>("graph");
        QTest::addColumn<QString>("expected");

        Graph empty;
        QTest::newRow("nothing") << empty << QString();

        // A counter sends to a performer that appeared first: the sender goes on top,
        // its channel right below it.
        Graph pipeline;
        pipeline.task(true);
        pipeline.task(false);
        pipeline.channel({1}, {0});
        QTest::newRow("sender above performer") << pipeline << QStringLiteral("t1 c0 t0");

        // Two hops: source -> middle -> performer; farther sits higher.
        Graph chain;
        chain.task(true);
        chain.task(false);
        chain.task(false);
        chain.channel({1}, {0});
        chain.channel({2}, {1});
        QTest::newRow("two hops") << chain << QStringLiteral("t2 c1 t1 c0 t0");

        // A ticker (no task sends on it) sits right above its first receiver.
        Graph ticker;
        ticker.task(true);
        ticker.channel({}, {0}, false);
        QTest::newRow("ticker above receiver") << ticker << QStringLiteral("c0 t0");

        // A signal (only closed) orders nothing: the closer stays below the waiter it
        // follows in appearance, and the channel still sits below its closer.
        Graph signal;
        signal.task(true);
        signal.task(true);
        signal.channel({1}, {0}, false);
        QTest::newRow("signal does not order") << signal << QStringLiteral("t0 t1 c0");

        // Among performers, a parent sits above what it spawned whatever the appearance.
        Graph spawn;
        spawn.task(true, 1);
        spawn.task(true);
        QTest::newRow("parent above child") << spawn << QStringLiteral("t1 t0");

        // A channel nobody used yet goes last.
        Graph loose;
        loose.task(true);
        loose.channel({}, {});
        QTest::newRow("loose channel last") << loose << QStringLiteral("t0 c0");

        // Messages in a circle still give every lane once (the earliest lane first).
        Graph circle;
        circle.task(false);
        circle.task(false);
        circle.channel({0}, {1});
        circle.channel({1}, {0});
        QTest::newRow("circle") << circle << QStringLiteral("t0 c0 t1 c1");
    }

    void followsTheFlow()
    {
        QFETCH(Graph, graph);
        QFETCH(QString, expected);
        const std::vector<LaneRef> order = LaneOrder::of(graph.tasks, graph.channels, graph.parents);
        QCOMPARE(spell(order), expected);
        QCOMPARE(order.size(), graph.tasks.size() + graph.channels.size());
    }
};

QTEST_GUILESS_MAIN(tst_LaneOrder)
#include "tst_laneorder.moc"
