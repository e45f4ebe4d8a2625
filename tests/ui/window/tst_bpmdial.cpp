#include "window/BpmDial.h"
#include "window/BpmScale.h"
#include "window/TempoControl.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace cacophony;

class tst_BpmDial : public QObject
{
    Q_OBJECT
private slots:
    void clickKeepsTheTempo_data();
    void clickKeepsTheTempo();
    void dragIsRelativeAndFine();
    void shiftDragIsFiner();
    void wheelAndArrowsStepOneBpm();
    void pageKeysStillMoveFar();

private:
    std::unique_ptr<TempoControl> makeControl(int bpm);
};

std::unique_ptr<TempoControl> tst_BpmDial::makeControl(int bpm)
{
    auto control = std::make_unique<TempoControl>();
    control->setBpm(bpm);
    control->show();
    if (!QTest::qWaitForWindowExposed(control.get()))
        qWarning("control not exposed");
    return control;
}

void tst_BpmDial::clickKeepsTheTempo_data()
{
    QTest::addColumn<int>("bpm");
    QTest::addColumn<QPoint>("where"); // relative to the dial's centre
    QTest::newRow("left edge at 251") << 251 << QPoint(-34, 0);
    QTest::newRow("right edge at 128") << 128 << QPoint(34, 0);
    QTest::newRow("top at 60") << 60 << QPoint(0, -34);
    QTest::newRow("bottom left at 6000") << 6000 << QPoint(-25, 25);
}

void tst_BpmDial::clickKeepsTheTempo()
{
    QFETCH(int, bpm);
    QFETCH(QPoint, where);
    auto control = makeControl(bpm);
    BpmDial *dial = control->dial();
    QSignalSpy changed(control.get(), &TempoControl::bpmChanged);
    const QPoint at = dial->rect().center() + where;
    QTest::mouseClick(dial, Qt::LeftButton, {}, at);
    QTest::mouseDClick(dial, Qt::LeftButton, {}, at);
    QCOMPARE(control->bpm(), bpm);
    QCOMPARE(changed.count(), 0);
}

void tst_BpmDial::dragIsRelativeAndFine()
{
    auto control = makeControl(128);
    BpmDial *dial = control->dial();
    const QPoint start = dial->rect().center() + QPoint(-30, 0); // far from the pointer
    QTest::mousePress(dial, Qt::LeftButton, {}, start);
    QCOMPARE(control->bpm(), 128);
    // 30 px up: faster, but by a musician's nudge, not to the far end of the scale.
    QTest::mouseMove(dial, start + QPoint(0, -30));
    QTest::mouseRelease(dial, Qt::LeftButton, {}, start + QPoint(0, -30));
    const int up = control->bpm();
    QVERIFY2(up > 128 && up <= 145, qPrintable(QString::number(up)));
    QCOMPARE(dial->value(), BpmScale::bpmToDial(128) + 30);

    // And back down by the same 30 px: where it began.
    QTest::mousePress(dial, Qt::LeftButton, {}, start);
    QTest::mouseMove(dial, start + QPoint(0, 30));
    QTest::mouseRelease(dial, Qt::LeftButton, {}, start + QPoint(0, 30));
    QCOMPARE(control->bpm(), 128);
}

void tst_BpmDial::shiftDragIsFiner()
{
    auto control = makeControl(128);
    BpmDial *dial = control->dial();
    const QPoint start = dial->rect().center();
    const int before = dial->value();
    QTest::mousePress(dial, Qt::LeftButton, Qt::ShiftModifier, start);
    QTest::mouseMove(dial, start + QPoint(40, 0));
    // QTest::mouseMove carries no modifiers: send the Shift-drag by hand.
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(40, 0)), dial->mapToGlobal(QPointF(start + QPoint(40, 0))),
        Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(dial, &move);
    QTest::mouseRelease(dial, Qt::LeftButton, Qt::ShiftModifier, start + QPoint(40, 0));
    QCOMPARE(dial->value(), before + 40 / BpmDial::kShiftDivisor);
}

void tst_BpmDial::wheelAndArrowsStepOneBpm()
{
    auto control = makeControl(120);
    BpmDial *dial = control->dial();
    dial->setFocus();
    QTest::keyClick(dial, Qt::Key_Up);
    QCOMPARE(control->bpm(), 121);
    QTest::keyClick(dial, Qt::Key_Left);
    QTest::keyClick(dial, Qt::Key_Down);
    QCOMPARE(control->bpm(), 119);

    const QPointF at = QPointF(dial->rect().center());
    QWheelEvent notchUp(at, dial->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(dial, &notchUp);
    QCOMPARE(control->bpm(), 120);
    // Half a notch (a touchpad) does nothing yet; the second half completes the step.
    QWheelEvent half(at, dial->mapToGlobal(at), QPoint(), QPoint(0, -60), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(dial, &half);
    QCOMPARE(control->bpm(), 120);
    QApplication::sendEvent(dial, &half);
    QCOMPARE(control->bpm(), 119);
}

void tst_BpmDial::pageKeysStillMoveFar()
{
    auto control = makeControl(120);
    BpmDial *dial = control->dial();
    dial->setFocus();
    const int before = dial->value();
    QTest::keyClick(dial, Qt::Key_PageUp);
    QCOMPARE(dial->value(), before + dial->pageStep());
    QCOMPARE(control->bpm(), BpmScale::dialToBpm(dial->value()));
}

QTEST_MAIN(tst_BpmDial)
#include "tst_bpmdial.moc"
