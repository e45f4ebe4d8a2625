#include "trace/JsonStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cacophony;

namespace {

struct Seen
{
    QJsonObject members;
    QJsonArray elements;
    JsonStream::Result result;
};

// Streams "items"; keeps at depth 1 only "keep" and "nested", everything deeper.
Seen streamed(const QByteArray &json)
{
    Seen seen;
    JsonStream::Callbacks callbacks;
    callbacks.streamedKey = QStringLiteral("items");
    callbacks.member = [&](const QString &key, const QJsonValue &value) {
        seen.members.insert(key, value);
        return true;
    };
    callbacks.element = [&](qsizetype, const QJsonValue &value, std::size_t) {
        seen.elements.append(value);
        return true;
    };
    callbacks.keep = [](int depth, std::string_view key) { return depth != 1 || key == "keep" || key == "nested"; };
    seen.result = JsonStream::read(json, callbacks);
    return seen;
}

} // namespace

class tst_JsonStream : public QObject
{
    Q_OBJECT
private slots:
    void membersAndElementsArriveBuilt();
    void unwantedMembersAreParsedButNotBuilt();
    void rootKinds_data();
    void rootKinds();
    void syntaxErrors_data();
    void syntaxErrors();
    void aCallbackStopsTheRead();
};

void tst_JsonStream::membersAndElementsArriveBuilt()
{
    const Seen seen = streamed(R"({"head":{"n":1,"s":"x","l":[1,2.5,null,true]},"items":[{"keep":9007199254740993},3,"t"],"tail":-1})");
    QVERIFY(seen.result.syntaxError.isEmpty());
    QCOMPARE(seen.result.root, JsonStream::Root::Object);
    QVERIFY(seen.result.streamedFound);
    QCOMPARE(seen.members.value("head").toObject().value("l").toArray(), (QJsonArray{1, 2.5, QJsonValue::Null, true}));
    QCOMPARE(seen.members.value("tail").toInteger(), -1);
    QVERIFY(!seen.members.contains("items")); // streamed, not a member
    QCOMPARE(seen.elements.size(), 3);
    // 64-bit integers stay exact (a double would round this one).
    QCOMPARE(seen.elements.at(0).toObject().value("keep").toInteger(), qint64(9007199254740993));
    QCOMPARE(seen.elements.at(2).toString(), QStringLiteral("t"));
}

void tst_JsonStream::unwantedMembersAreParsedButNotBuilt()
{
    const Seen seen = streamed(R"({"items":[{"drop":{"a":[1,{"b":2}]},"keep":1,"also":"x","nested":{"deep":{"x":1}}}]})");
    QVERIFY(seen.result.syntaxError.isEmpty());
    const QJsonObject first = seen.elements.at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{"keep", "nested"}));
    QCOMPARE(first.value("nested").toObject().value("deep").toObject().value("x").toInt(), 1);
    // Still JSON: an error inside an unwanted member is an error.
    const Seen bad = streamed(R"({"items":[{"drop":{"a":[1,}]},"keep":1}]})");
    QVERIFY(!bad.result.syntaxError.isEmpty());
}

void tst_JsonStream::rootKinds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("root");
    QTest::newRow("object") << QByteArray("{}") << int(JsonStream::Root::Object);
    QTest::newRow("array") << QByteArray("[1,2]") << int(JsonStream::Root::Array);
    QTest::newRow("deep array") << QByteArray(100'000, '[') << int(JsonStream::Root::Array);
    QTest::newRow("number") << QByteArray("42") << int(JsonStream::Root::Scalar);
    QTest::newRow("string") << QByteArray("\"x\"") << int(JsonStream::Root::Scalar);
}

void tst_JsonStream::rootKinds()
{
    QFETCH(QByteArray, json);
    QFETCH(int, root);
    QCOMPARE(int(streamed(json).result.root), root);
}

void tst_JsonStream::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("atEnd");
    QTest::newRow("truncated") << QByteArray(R"({"items":[{"keep":1)") << "missing a comma or '}' after an object member" << true;
    QTest::newRow("comma") << QByteArray(R"({"items":[,1]})") << "invalid value" << false;
    QTest::newRow("too deep") << QByteArray(R"({"x":)") + QByteArray(300, '[') + QByteArray(300, ']') + "}"
                              << "nesting deeper than 256 levels" << false;
    QTest::newRow("NUL after the end") << QByteArray("{}\0{", 4) << "a NUL byte, which JSON text never holds," << false;
    QTest::newRow("bad UTF-8") << QByteArray("{\"a\":\"\xff\"}") << "invalid encoding in string" << false;
}

void tst_JsonStream::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(bool, atEnd);
    const JsonStream::Result r = streamed(json).result;
    QCOMPARE(r.syntaxError, error);
    QCOMPARE(r.atEnd, atEnd);
}

void tst_JsonStream::aCallbackStopsTheRead()
{
    JsonStream::Callbacks callbacks;
    callbacks.streamedKey = QStringLiteral("items");
    int seen = 0;
    callbacks.element = [&](qsizetype, const QJsonValue &, std::size_t) { return ++seen < 2; };
    const JsonStream::Result r = JsonStream::read(R"({"items":[1,2,3,4],"x":[})", callbacks);
    QCOMPARE(seen, 2);
    QVERIFY(r.stopped);
    QVERIFY(r.syntaxError.isEmpty()); // the broken rest was never read
}

QTEST_GUILESS_MAIN(tst_JsonStream)
#include "tst_jsonstream.moc"
