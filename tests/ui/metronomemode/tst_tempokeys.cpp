#include "metronomemode/BeatFlash.h"
#include "metronomemode/MeterControls.h"
#include "metronomemode/MetronomeController.h"
#include "metronomemode/MetronomeMode.h"
#include "metronomemode/TempoKeys.h"
#include "timeline/TimelineView.h"
#include "window/BpmDial.h"
#include "window/BpmScale.h"
#include "window/FirstStartBanner.h"
#include "window/MainWindow.h"
#include "window/RunHistory.h"
#include "window/ScenarioPicker.h"
#include "window/TempoControl.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <optional>

using namespace cacophony;

// The musician's keys, driven in the real window (offscreen): Up/Down +-1 BPM and
// Page Up/Down +-10 wherever the focus is, except in a text field; the dial and the
// field follow; Space plays and stops the click track, T taps; a tempo key while the
// track plays changes it in place.
class tst_TempoKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // In the mode given, or as the settings say.
    std::unique_ptr<MainWindow> makeWindow(std::optional<bool> metronome)
    {
        auto w = std::make_unique<MainWindow>(m_dir->filePath(QStringLiteral("cacophony.ini")));
        if (metronome)
            w->metronomeMode()->setActive(*metronome);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("window not active: shortcuts may not fire");
        return w;
    }
    static int beats(const TraceData &trace)
    {
        return int(std::count_if(trace.events.begin(), trace.events.end(), [](const Event &e) { return e.kind == EventKind::Beat; }));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CACOPHONY_AUDIO", "none");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void keysStepTheTempoWindowWide_data()
    {
        QTest::addColumn<bool>("metronome");
        QTest::addColumn<QString>("focus");
        QTest::newRow("metronome, dial") << true << "bpmDial";
        QTest::newRow("metronome, signature box") << true << "signatureBox";
        QTest::newRow("metronome, subdivision box") << true << "subdivisionBox";
        QTest::newRow("metronome, volume slider") << true << "volumeSlider";
        QTest::newRow("metronome, play button") << true << "playButton";
        QTest::newRow("metronome, mode switch") << true << "metronomeModeButton";
        QTest::newRow("scenarios, scenario box") << false << "scenarioBox";
        QTest::newRow("scenarios, dial") << false << "bpmDial";
    }
    void keysStepTheTempoWindowWide()
    {
        QFETCH(bool, metronome);
        QFETCH(QString, focus);
        auto w = makeWindow(metronome);
        TempoControl *tempo = w->tempoControl();
        tempo->setBpm(120);
        QWidget *target = w->findChild<QWidget *>(focus);
        QVERIFY(target);
        target->setFocus();
        QTRY_VERIFY(target->hasFocus());
        auto *combo = qobject_cast<QComboBox *>(target);
        const int index = combo ? combo->currentIndex() : -1;
        const int volume = w->volumeSlider()->value();

        const std::pair<Qt::Key, int> steps[] = {
            {Qt::Key_Up, 121}, {Qt::Key_Up, 122}, {Qt::Key_Down, 121},
            {Qt::Key_PageUp, 131}, {Qt::Key_PageDown, 121}, {Qt::Key_PageDown, 111}};
        for (const auto &[key, bpm] : steps) {
            QTest::keyClick(target, key);
            QCOMPARE(tempo->bpm(), bpm);
            QCOMPARE(tempo->spinBox()->value(), bpm);
            QCOMPARE(tempo->dial()->value(), BpmScale::bpmToDial(bpm));
        }
        if (combo)
            QCOMPARE(combo->currentIndex(), index); // the key went to the tempo only
        QCOMPARE(w->volumeSlider()->value(), volume);
        QCOMPARE(w->runSettings().bpm, 111);
    }

    void textFieldKeepsItsKeys()
    {
        auto w = makeWindow(false);
        w->tempoControl()->setBpm(120);
        QSpinBox *beatsBox = w->beatsBox();
        beatsBox->setValue(15);
        beatsBox->setFocus();
        QTRY_VERIFY(beatsBox->hasFocus());
        QTest::keyClick(beatsBox, Qt::Key_Up);
        QCOMPARE(beatsBox->value(), 16);
        QCOMPARE(w->tempoControl()->bpm(), 120);
        QVERIFY(TempoKeys::isTextField(beatsBox));
        QVERIFY(!TempoKeys::isTextField(w->tempoControl()->dial()));
        // The BPM field steps the tempo itself, by the same amounts.
        QSpinBox *field = w->tempoControl()->spinBox();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_Up);
        QCOMPARE(w->tempoControl()->bpm(), 121);
    }

    void spaceTapAndLiveTempoInMetronomeMode()
    {
        auto w = makeWindow(true);
        w->tempoControl()->setBpm(300);
        MetronomeController *track = w->metronomeMode()->controller();
        QSignalSpy started(track, &MetronomeController::started);
        w->tempoControl()->dial()->setFocus();

        QTest::keyClick(w->tempoControl()->dial(), Qt::Key_Space);
        QVERIFY(w->isPlaying());
        QVERIFY(track->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(beats(w->timeline()->traceData()) >= 3, 10000);

        QTest::keyClick(w->tempoControl()->dial(), Qt::Key_PageDown);
        QCOMPARE(w->tempoControl()->bpm(), 290);
        QCOMPARE(track->bpm(), 290); // in place: no restart, no run in the history
        QCOMPARE(started.count(), 1);
        const auto drawnChange = [&w] {
            const TraceData shown = w->timeline()->traceData();
            return std::any_of(shown.events.begin(), shown.events.end(),
                               [](const Event &e) { return e.kind == EventKind::TempoChange && e.a == 290; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(drawnChange(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w->metronomeMode()->beatFlash()->litBeat() >= 0, 10000);

        QTest::keyClick(w->tempoControl()->dial(), Qt::Key_Space);
        QVERIFY(!w->isPlaying());
        QCOMPARE(w->history()->rowCount(), 0);
        QCOMPARE(started.count(), 1);

        // T taps the tempo wherever the focus is (not in a text field).
        w->tempoControl()->setBpm(25);
        QTest::keyClick(w->tempoControl()->dial(), Qt::Key_T);
        QTest::qWait(50);
        QTest::keyClick(w->tempoControl()->dial(), Qt::Key_T);
        QVERIFY2(w->tempoControl()->bpm() > 25, qPrintable(QString::number(w->tempoControl()->bpm())));
    }

    void screenshot()
    {
        // What a musician sees: CACOPHONY_SCREENSHOT=path.png grabs the window in metronome
        // mode, playing 4/4 with eighths, a tempo change behind it, when the flash is on
        // the accent (CACOPHONY_SCREENSHOT_BEAT=n: on beat n of the bar instead).
        const QString out = qEnvironmentVariable("CACOPHONY_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("set CACOPHONY_SCREENSHOT=file.png to take a screenshot");
        const int beat = qEnvironmentVariableIntValue("CACOPHONY_SCREENSHOT_BEAT");
        auto w = makeWindow(true);
        w->banner()->hide();
        w->resize(1280, 800);
        ClickPattern p;
        p.subdivision = Subdivision::Eighths;
        p.setAccents(QStringLiteral("1,3"));
        w->metronomeMode()->meterControls()->setPattern(p);
        w->metronomeMode()->meterControls()->patternChanged(p);
        w->tempoControl()->setBpm(100);
        w->play();
        QTest::qWait(3000);
        w->tempoControl()->setBpm(132);
        QTest::qWait(2500);
        BeatFlash *flash = w->metronomeMode()->beatFlash();
        // Within a frame of the flash lighting (it fades over BeatFlash::kFadeMs).
        QTRY_VERIFY_WITH_TIMEOUT(flash->litBeat() == beat && flash->isFresh(), 10000);
        QVERIFY(w->grab().save(out));
        w->stop();
    }

    void modeIsOneClickAndRemembered()
    {
        {
            auto w = makeWindow(false);
            QVERIFY(w->scenarioPicker()->isVisible());
            QVERIFY(!w->metronomeMode()->meterControls()->isVisible());
            QTest::mouseClick(w->metronomeMode()->modeSwitch()->metronomeButton(), Qt::LeftButton);
            QVERIFY(w->metronomeMode()->isActive());
            QVERIFY(!w->scenarioPicker()->isVisible());
            QVERIFY(w->metronomeMode()->meterControls()->isVisible());
            QVERIFY(w->metronomeMode()->beatFlash()->isVisible());
            MeterControls *meter = w->metronomeMode()->meterControls();
            meter->signatureBox()->setCurrentIndex(meter->signatureBox()->findData(QStringLiteral("7/8")));
            meter->subdivisionBox()->setCurrentIndex(meter->subdivisionBox()->findData(int(Subdivision::Triplets)));
            QVERIFY(meter->accentButton(4));
            meter->accentButton(4)->click();
            QCOMPARE(meter->pattern().accentsName(), QStringLiteral("1,5"));
        }
        auto w = makeWindow(std::nullopt);
        QVERIFY(w->metronomeMode()->isActive());
        const ClickPattern p = w->metronomeMode()->pattern();
        QCOMPARE(p.signatureName(), QStringLiteral("7/8"));
        QCOMPARE(p.subdivision, Subdivision::Triplets);
        QCOMPARE(p.accentsName(), QStringLiteral("1,5"));
        QCOMPARE(w->metronomeMode()->beatFlash()->beatsPerBar(), 7);
        // And back in one click.
        QTest::mouseClick(w->metronomeMode()->modeSwitch()->scenariosButton(), Qt::LeftButton);
        QVERIFY(!w->metronomeMode()->isActive());
        QVERIFY(w->scenarioPicker()->isVisible());
    }
};

QTEST_MAIN(tst_TempoKeys)
#include "tst_tempokeys.moc"
