#include "window/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cacophony::AppSettings;

class tst_AppSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void emptyGivesDefaults();
    void roundTrip();
    void badValueFallsBack_data();
    void badValueFallsBack();
    void garbageFileGivesDefaults();

private:
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void tst_AppSettings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(file());
}

void tst_AppSettings::emptyGivesDefaults()
{
    auto store = AppSettings::open(file());
    QStringList warnings;
    const AppSettings s = AppSettings::load(*store, &warnings);
    QVERIFY(warnings.isEmpty());
    const AppSettings d;
    QCOMPARE(s.bpm, d.bpm);
    QCOMPARE(s.scenario, d.scenario);
    QCOMPARE(s.beats, 15);
    QCOMPARE(s.firstStartDone, false);
}

void tst_AppSettings::roundTrip()
{
    AppSettings s;
    s.bpm = 133;
    s.beats = 0;
    s.scenario = QStringLiteral("custom");
    s.customStrategy = QStringLiteral("async_with_mutex");
    s.customProfile = QStringLiteral("oscillating");
    s.seed = 4242;
    s.volume = 12;
    s.audioDevice = QStringLiteral("Some Device");
    s.timelineView = QStringLiteral("tasks");
    s.theme = QStringLiteral("dark");
    s.exportDir = QStringLiteral("/tmp/x");
    s.firstStartDone = true;
    s.replaySpeed = 0.01;
    s.presentationScale = 2.5;
    s.mode = QStringLiteral("metronome");
    s.signature = QStringLiteral("7/8");
    s.subdivision = QStringLiteral("triplets");
    s.accents = QStringLiteral("1,3,5");
    // Every key of the table, none at its default (a key missing from the table fails).
    s.traceDir = QStringLiteral("/tmp/y");
    s.exportWidth = 1600;
    s.exportHeight = 900;
    s.exportScale = 3.0;
    s.exportKeepAspect = false;
    s.exportWholeRun = false;
    s.exportFormat = QStringLiteral("svg");
    s.exportQuality = 55;
    s.geometry = QByteArray("geometry");
    s.windowState = QByteArray("state");
    {
        auto store = AppSettings::open(file());
        s.save(*store);
    }
    auto store = AppSettings::open(file());
    QStringList warnings;
    const AppSettings r = AppSettings::load(*store, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(r.traceDir, s.traceDir);
    QCOMPARE(r.exportWidth, s.exportWidth);
    QCOMPARE(r.exportHeight, s.exportHeight);
    QCOMPARE(r.exportScale, s.exportScale);
    QCOMPARE(r.exportKeepAspect, s.exportKeepAspect);
    QCOMPARE(r.exportWholeRun, s.exportWholeRun);
    QCOMPARE(r.exportFormat, s.exportFormat);
    QCOMPARE(r.exportQuality, s.exportQuality);
    QCOMPARE(r.geometry, s.geometry);
    QCOMPARE(r.windowState, s.windowState);
    QCOMPARE(r.bpm, 133);
    QCOMPARE(r.beats, 0);
    QCOMPARE(r.scenario, QStringLiteral("custom"));
    QCOMPARE(r.customStrategy, QStringLiteral("async_with_mutex"));
    QCOMPARE(r.customProfile, QStringLiteral("oscillating"));
    QCOMPARE(r.seed, std::uint64_t(4242));
    QCOMPARE(r.volume, 12);
    QCOMPARE(r.audioDevice, QStringLiteral("Some Device"));
    QCOMPARE(r.timelineView, QStringLiteral("tasks"));
    QCOMPARE(r.theme, QStringLiteral("dark"));
    QCOMPARE(r.exportDir, QStringLiteral("/tmp/x"));
    QCOMPARE(r.firstStartDone, true);
    QCOMPARE(r.replaySpeed, 0.01);
    QCOMPARE(r.presentationScale, 2.5);
    QCOMPARE(r.mode, QStringLiteral("metronome"));
    QCOMPARE(r.signature, QStringLiteral("7/8"));
    QCOMPARE(r.subdivision, QStringLiteral("triplets"));
    QCOMPARE(r.accents, QStringLiteral("1,3,5"));
}

void tst_AppSettings::badValueFallsBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("bpm text") << "tempo/bpm"
                              << "fast";
    QTest::newRow("bpm zero") << "tempo/bpm"
                              << "0";
    QTest::newRow("bpm too high") << "tempo/bpm"
                                  << "6001";
    QTest::newRow("beats negative") << "run/beats"
                                    << "-3";
    QTest::newRow("unknown scenario") << "run/scenario"
                                      << "async_magic";
    QTest::newRow("scenario number") << "run/scenario"
                                     << "9";
    QTest::newRow("unknown strategy") << "run/customStrategy"
                                      << "nope";
    QTest::newRow("unknown profile") << "run/customProfile"
                                     << "sometimes";
    QTest::newRow("seed text") << "run/seed"
                               << "abc";
    QTest::newRow("seed too big") << "run/seed"
                                  << "99999999999";
    QTest::newRow("volume") << "audio/volume"
                            << "250";
    QTest::newRow("view") << "view/timeline"
                          << "sideways";
    QTest::newRow("theme") << "view/theme"
                           << "neon";
    QTest::newRow("bool") << "firstStart/done"
                          << "perhaps";
    QTest::newRow("replay faster than the run") << "replay/speed"
                                                << "4";
    QTest::newRow("replay speed zero") << "replay/speed"
                                       << "0";
    QTest::newRow("presentation scale text") << "view/presentationScale"
                                             << "huge";
    QTest::newRow("presentation scale tiny") << "view/presentationScale"
                                             << "0.2";
    QTest::newRow("mode") << "metronome/mode" << "karaoke";
    QTest::newRow("signature 13/8") << "metronome/signature" << "13/8";
    QTest::newRow("signature 4/3") << "metronome/signature" << "4/3";
    QTest::newRow("subdivision") << "metronome/subdivision" << "quintuplets";
    QTest::newRow("accents") << "metronome/accents" << "1,x";
}

void tst_AppSettings::badValueFallsBack()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    {
        auto store = AppSettings::open(file());
        store->setValue(key, value);
    }
    auto store = AppSettings::open(file());
    QStringList warnings;
    const AppSettings s = AppSettings::load(*store, &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(key), qPrintable(warnings.first()));
    const AppSettings d;
    QCOMPARE(s.bpm, d.bpm);
    QCOMPARE(s.beats, d.beats);
    QCOMPARE(s.scenario, d.scenario);
    QCOMPARE(s.customStrategy, d.customStrategy);
    QCOMPARE(s.customProfile, d.customProfile);
    QCOMPARE(s.seed, d.seed);
    QCOMPARE(s.volume, d.volume);
    QCOMPARE(s.timelineView, d.timelineView);
    QCOMPARE(s.theme, d.theme);
    QCOMPARE(s.firstStartDone, d.firstStartDone);
    QCOMPARE(s.replaySpeed, d.replaySpeed);
    QCOMPARE(s.presentationScale, d.presentationScale);
    QCOMPARE(s.mode, d.mode);
    QCOMPARE(s.signature, d.signature);
    QCOMPARE(s.subdivision, d.subdivision);
    QCOMPARE(s.accents, d.accents);
}

void tst_AppSettings::garbageFileGivesDefaults()
{
    {
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Broken values first, then binary junk (which swallows whatever follows it).
        f.write("[tempo]\nbpm=\x01\x02zz\n[run]\nscenario=\xff\xfe\n");
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        f.write(junk);
    }
    auto store = AppSettings::open(file());
    QStringList warnings;
    const AppSettings s = AppSettings::load(*store, &warnings);
    QCOMPARE(s.bpm, AppSettings {}.bpm);
    QCOMPARE(s.scenario, AppSettings {}.scenario);
    QVERIFY(!warnings.isEmpty());
    QVERIFY(warnings.join(QLatin1Char(' ')).contains(QLatin1String("tempo/bpm")));
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
