#include "audio/AudioEngine.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <thread>

using namespace cacophony;

Q_DECLARE_METATYPE(cacophony::AudioSettings)

// The engine without a usable output device: every way of failing to open must end in a
// clear message, said once, and a sink that swallows clicks silently.
class tst_AudioEngine : public QObject
{
    Q_OBJECT

private:
    QByteArray m_pulseServer;

private slots:
    void init()
    {
        m_pulseServer = qgetenv("PULSE_SERVER");
    }
    void cleanup()
    {
        if (m_pulseServer.isNull())
            qunsetenv("PULSE_SERVER");
        else
            qputenv("PULSE_SERVER", m_pulseServer);
    }

    void listsApis()
    {
        const QList<AudioApi> apis = AudioEngine::apis();
        QVERIFY(!apis.isEmpty());
        for (const AudioApi &api : apis) {
            QVERIFY(!api.name.isEmpty());
            QVERIFY(!api.displayName.isEmpty());
        }
        // Listing devices never throws or crashes, whatever is (not) there.
        for (const AudioApi &api : apis) {
            for (const AudioDevice &device : AudioEngine::outputDevices(api.name)) {
                QVERIFY(device.outputChannels > 0);
                QVERIFY(device.id >= 0);
            }
        }
        QVERIFY(AudioEngine::outputDevices(QStringLiteral("no-such-api")).isEmpty());
    }

    void noDevice_data()
    {
        QTest::addColumn<AudioSettings>("settings");
        QTest::addColumn<QByteArray>("pulseServer"); // to make a sound server unreachable
        QTest::addColumn<QString>("reason"); // a regular expression the error must match

        AudioSettings off;
        off.api = QStringLiteral("none");
        QTest::newRow("switched off") << off << QByteArray() << QStringLiteral("switched off");

        AudioSettings unknownApi;
        unknownApi.api = QStringLiteral("gramophone");
        QTest::newRow("unknown API") << unknownApi << QByteArray() << QStringLiteral("gramophone");

        AudioSettings noServer;
        noServer.api = QStringLiteral("pulse");
        // RtAudio 5.2 keeps PulseAudio's device list process-wide and does not clear it
        // when the server cannot be reached: after an earlier listing against a live server
        // the stale device is offered, and opening it is what fails.
        QTest::newRow("sound server unreachable")
            << noServer << QByteArray("unix:/nonexistent/cacophony/native")
            << QStringLiteral("^no audio output device found|^cannot open .*: error connecting "
                              "output to PulseAudio server");

        AudioSettings badId;
        badId.api = QStringLiteral("pulse");
        badId.deviceId = 9999;
        QTest::newRow("device id out of range")
            << badId << QByteArray("unix:/nonexistent/cacophony/native") << QStringLiteral("9999");

        AudioSettings badName;
        badName.deviceName = QStringLiteral("Speakers that are not there");
        badName.api = QStringLiteral("pulse");
        QTest::newRow("device name unknown")
            << badName << QByteArray("unix:/nonexistent/cacophony/native")
            << QStringLiteral("Speakers that are not there");

        AudioSettings badRate;
        badRate.sampleRate = 7;
        QTest::newRow("sample rate out of range") << badRate << QByteArray() << QStringLiteral("7 Hz");

        AudioSettings badBuffer;
        badBuffer.bufferFrames = 1 << 20;
        QTest::newRow("buffer out of range") << badBuffer << QByteArray() << QStringLiteral("frames");
    }
    void noDevice()
    {
        QFETCH(AudioSettings, settings);
        QFETCH(QByteArray, pulseServer);
        QFETCH(QString, reason);
        if (!pulseServer.isEmpty())
            qputenv("PULSE_SERVER", pulseServer);

        AudioEngine engine;
        QSignalSpy spy(&engine, &AudioEngine::statusChanged);
        QString error;
        QVERIFY(!engine.open(settings, &error));
        QVERIFY2(error.contains(QRegularExpression(reason)), qPrintable(error));
        QVERIFY(!engine.isPlaying());
        QCOMPARE(engine.status().state, AudioStatus::NoDevice);
        QVERIFY2(engine.status().message.startsWith(QStringLiteral("No sound: ")),
                 qPrintable(engine.status().message));
        QVERIFY(engine.status().message.contains(QStringLiteral("silently")));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<AudioStatus>(), engine.status());

        // The run goes on: beginRun retries (and fails the same way: not news), clicks are
        // swallowed from any thread.
        for (int run = 0; run < 3; ++run) {
            engine.beginRun(std::chrono::steady_clock::now());
            std::thread beats([&engine] {
                for (int i = 0; i < 2000; ++i)
                    engine.click(Click{i * 1000, i, 50, i % 2 == 1});
            });
            for (int i = 0; i < 2000; ++i)
                engine.click(Click{i * 1000, i, 50, i % 2 == 1});
            beats.join();
            engine.endRun();
        }
        QCOMPARE(spy.size(), 1); // said once
        QCOMPARE(engine.stats().callbacks, 0);
        QCOMPARE(engine.stats().clicksPlayed, 0);
        QVERIFY(engine.waitUntilIdle(10));          // nothing to wait for
        QVERIFY(!engine.waitForSteadyClock(10));    // no clock without a stream

        engine.close();
        QCOMPARE(engine.status().state, AudioStatus::Closed);
        QCOMPARE(spy.size(), 2);
        engine.beginRun(std::chrono::steady_clock::now()); // closed on purpose: no retry
        QCOMPARE(engine.status().state, AudioStatus::Closed);
    }

    void clicksBeforeOpenAreIgnored()
    {
        AudioEngine engine;
        QCOMPARE(engine.status().state, AudioStatus::Closed);
        engine.beginRun(std::chrono::steady_clock::now());
        engine.click(Click{0, 0, 100, false});
        engine.endRun();
        QCOMPARE(engine.stats().droppedClicks, 0);
        QVERIFY(!engine.isPlaying());
    }

    void clickSettingsSurviveReopening()
    {
        AudioEngine engine;
        ClickSettings s;
        s.master = 0.3;
        s.accent = true;
        engine.setClickSettings(s);
        AudioSettings off;
        off.api = QStringLiteral("none");
        engine.open(off);
        engine.open(off);
        QCOMPARE(engine.clickSettings(), s);
    }
};

QTEST_GUILESS_MAIN(tst_AudioEngine)
#include "tst_audioengine.moc"
