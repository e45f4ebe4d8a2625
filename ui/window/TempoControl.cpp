#include "window/TempoControl.h"

#include "window/BpmDial.h"
#include "window/BpmScale.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace cacophony {

TempoControl::TempoControl(QWidget *parent)
    : QWidget(parent)
    , m_dial(new BpmDial(this))
    , m_spin(new QSpinBox(this))
    , m_tap(new QToolButton(this))
{
    m_clock.start();

    m_dial->setObjectName(QStringLiteral("bpmDial"));
    m_dial->setRange(0, BpmScale::kSteps);
    m_dial->setSingleStep(4);
    m_dial->setPageStep(40);
    m_dial->setNotchesVisible(true);
    m_dial->setNotchTarget(6.0);
    m_dial->setWrapping(false);
    m_dial->setFixedSize(76, 76);
    m_dial->setToolTip(tr("Tempo: drag up or right to speed up, down or left to slow down (Shift "
                          "for finer steps); the wheel and the arrow keys change it one BPM at a "
                          "time. A click alone keeps the tempo. Most of the turn covers 20–300 BPM; "
                          "the last part reaches the series' 6000 BPM."));

    m_spin->setObjectName(QStringLiteral("bpmSpin"));
    m_spin->setRange(BpmScale::kMinBpm, BpmScale::kMaxBpm);
    m_spin->setSuffix(tr(" BPM"));
    m_spin->setAccelerated(true);
    m_spin->setKeyboardTracking(false);
    m_spin->setAlignment(Qt::AlignRight);
    QFont big = m_spin->font();
    big.setPointSizeF(big.pointSizeF() * 1.3); // large, yet the strip fits 1024 px
    big.setBold(true);
    m_spin->setFont(big);
    m_spin->setToolTip(tr("Beats per minute, 1 to 6000. The series plays at 6000 (10 ms per beat)."));

    m_tap->setObjectName(QStringLiteral("tapButton"));
    m_tap->setText(tr("Tap"));
    m_tap->setToolTip(tr("Tap tempo (T): tap at least twice in time; the tempo is the average of "
                         "the last taps. A pause of two seconds starts over."));
    m_tap->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tap->setFocusPolicy(Qt::TabFocus);

    auto *caption = new QLabel(tr("Tempo"), this);
    caption->setBuddy(m_spin);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_dial, 0, 0, 3, 1);
    grid->addWidget(caption, 0, 1);
    grid->addWidget(m_spin, 1, 1);
    grid->addWidget(m_tap, 2, 1, Qt::AlignLeft);

    connect(m_dial, &QDial::valueChanged, this, &TempoControl::onDialMoved);
    connect(m_dial, &BpmDial::stepRequested, this, [this](int steps) { setBpm(BpmScale::step(bpm(), steps)); });
    connect(m_spin, &QSpinBox::valueChanged, this, &TempoControl::onSpinChanged);
    connect(m_tap, &QToolButton::clicked, this, &TempoControl::tap);

    setBpm(120);
}

int TempoControl::bpm() const
{
    return m_spin->value();
}

void TempoControl::setBpm(int bpm)
{
    m_spin->setValue(bpm); // clamps; onSpinChanged moves the dial and emits
}

void TempoControl::tap()
{
    const int tapped = m_tapTempo.tap(m_clock.elapsed());
    if (tapped > 0)
        setBpm(tapped);
}

void TempoControl::onDialMoved(int position)
{
    // Only user moves reach here: programmatic moves are signal-blocked.
    m_spin->setValue(BpmScale::dialToBpm(position));
}

void TempoControl::onSpinChanged(int bpm)
{
    // A dial already showing this tempo stays where the hand left it: several positions
    // share a BPM at the slow end, and snapping would fight a drag.
    if (BpmScale::dialToBpm(m_dial->value()) != bpm) {
        const QSignalBlocker blocker(m_dial);
        m_dial->setValue(BpmScale::bpmToDial(bpm));
    }
    emit bpmChanged(bpm);
}

} // namespace cacophony
