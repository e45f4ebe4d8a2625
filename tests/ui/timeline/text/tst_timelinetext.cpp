// Every text the timeline shows users: tooltips and the details panel, values on
// channels, times in the user's locale and language.

#include "SyntheticTrace.h"
#include "timeline/TimelineModel.h"
#include "timeline/text/TimelineText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace cacophony;
using namespace cacophony::synthetic;

class tst_TimelineText : public QObject
{
    Q_OBJECT

private:
    static void load(TimelineModel &model, const TraceData &trace)
    {
        model.clear(trace.settings);
        model.updateNames(trace.tasks, trace.objects);
        model.append(trace.events);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // the tests' texts are English, C digits

    void valuesSayWhatTheyMean()
    {
        const TraceData trace = servicesRun(4);
        TimelineModel model;
        load(model, trace);
        const TimelineText text(model);
        QStringList seen;
        for (std::uint32_t i = 0; i < model.eventCount(); ++i) {
            const Event &e = model.event(i);
            if (e.kind != EventKind::ChanSend)
                continue;
            const QString channel = text.objectName(e.object);
            const QString value = text.valueText(e);
            if (channel == QLatin1String("volumes"))
                QCOMPARE(value, QStringLiteral("volume %1").arg(e.b));
            else if (channel == QLatin1String("counts"))
                QCOMPARE(value, QStringLiteral("beat #%1").arg(e.b));
            else if (channel == QLatin1String("timings"))
                QVERIFY2(value.startsWith(QStringLiteral("the time ")) && value.endsWith(QStringLiteral(" ms")),
                         qPrintable(value));
            seen << channel;
        }
        QVERIFY(seen.contains(QStringLiteral("volumes")));
    }

    void numbersInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        QCOMPARE(TimelineText::formatMs(4'200'000), QStringLiteral("4,2 ms"));
        // No group separator: "3.645 ms" or "3,645 ms" could read as three milliseconds.
        QCOMPARE(TimelineText::formatMs(3'645'000'000), QStringLiteral("3645 ms"));
        QCOMPARE(TimelineText::number(6000), QStringLiteral("6000"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(TimelineText::formatMs(3'645'000'000), QStringLiteral("3645 ms"));
        QCOMPARE(TimelineText::formatMs(4'200'000), QStringLiteral("4.2 ms"));
    }

    void describesWhatUsersPointAt()
    {
        TimelineModel model;
        load(model, servicesRun(4));
        const TimelineText text(model);
        const auto find = [&](EventKind kind, std::int64_t a) -> std::uint32_t {
            for (std::uint32_t i = 0; i < model.eventCount(); ++i) {
                if (model.event(i).kind == kind && model.event(i).a == a)
                    return i;
            }
            return 0;
        };
        const std::uint32_t beat = find(EventKind::Beat, 3);
        QCOMPARE(text.describe({TimelineHit::Beat, beat, 0}, false),
                 QStringLiteral("beat #3 at volume %1").arg(volumeOf(3)));
        QVERIFY(text.describe({TimelineHit::Beat, beat, 0}, true).contains(QStringLiteral("performed by the task \u201cbeat performing\u201d")));

        // Counting's first send blocked half an interval (5 ms at 6000 BPM).
        const std::uint32_t send = find(EventKind::ChanSend, 1);
        QCOMPARE(text.describe({TimelineHit::Blocked, send, 0}, false), QStringLiteral("send on counts, blocked 5.0 ms"));
        const std::uint32_t volumeSend = find(EventKind::ChanSend, 2);
        QCOMPARE(text.describe({TimelineHit::Arrow, volumeSend, std::uint32_t(TimelineModel::ArrowKind::Send)}, false),
                 QStringLiteral("send on volumes, without blocking"));
        QCOMPARE(text.describe({}, false), QString());
        QCOMPARE(TimelineText::formatMs(4'200'000), QStringLiteral("4.2 ms"));
        QCOMPARE(TimelineText::formatMs(250'000), QStringLiteral("0.25 ms"));
        QCOMPARE(TimelineText::formatMs(1'234'000'000), QStringLiteral("1234 ms"));
    }

    // Tooltips and the details panel speak the UI's language: with the app's compiled
    // translation installed (loaded as GuiApp does, from ":/i18n", here built from
    // translations/*.ts for this test), the texts change; without it they are the English.
    void describesInTheUsersLanguage_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<bool>("send"); // else: a beat
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("word"); // what the translation must contain
        const QString beat = QStringLiteral("beat #3 at volume %1").arg(volumeOf(3));
        const QString send = QStringLiteral("send on counts, blocked 5.0 ms");
        QTest::newRow("German beat") << QLocale::German << false << beat << QStringLiteral("Schlag Nr. 3");
        QTest::newRow("German send") << QLocale::German << true << send << QStringLiteral("blockiert");
        QTest::newRow("Polish beat") << QLocale::Polish << false << beat << QStringLiteral("uderzenie nr 3");
        QTest::newRow("Polish send") << QLocale::Polish << true << send << QStringLiteral("zablokowane");
    }

    void describesInTheUsersLanguage()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(bool, send);
        QFETCH(QString, english);
        QFETCH(QString, word);
        TimelineModel model;
        load(model, servicesRun(4));
        const TimelineText text(model);
        TimelineHit hit;
        for (std::uint32_t i = 0; i < model.eventCount(); ++i) {
            const Event &e = model.event(i);
            if (send ? e.kind == EventKind::ChanSend && e.a == 1 : e.kind == EventKind::Beat && e.a == 3)
                hit = {send ? TimelineHit::Blocked : TimelineHit::Beat, i, 0};
        }
        QVERIFY(hit.isValid());

        QCOMPARE(text.describe(hit, false), english);
        const QStringList englishMore = text.describe(hit, true).split(QLatin1Char('\n')).mid(1);
        QVERIFY(!englishMore.isEmpty());
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(language), QStringLiteral("cacophony"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")),
                 "no compiled translation under :/i18n");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        const QString tip = text.describe(hit, false);
        const QString details = text.describe(hit, true);
        QVERIFY2(tip != english, qPrintable(tip));
        QVERIFY2(tip.contains(word), qPrintable(tip));
        QVERIFY2(details.startsWith(tip + QLatin1Char('\n')), qPrintable(details));
        QVERIFY2(details.split(QLatin1Char('\n')).mid(1) != englishMore, qPrintable(details)); // the panel's lines too
        uninstall.dismiss();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text.describe(hit, false), english);
    }
};

QTEST_GUILESS_MAIN(tst_TimelineText)
#include "tst_timelinetext.moc"
