#include "window/FirstStartBanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cacophony {

FirstStartBanner::FirstStartBanner(QWidget *parent)
    : QFrame(parent)
    , m_both(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstStartBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto *text = new QLabel(this);
    text->setText(tr("<b>Play scenario 9, then 14 — hear the difference.</b> "
                     "The naive version spawns a task per beat: beats overlap, come out of "
                     "order and get lost. The services version stays on time."));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);

    auto *play9 = new QPushButton(tr("Play 9"), this);
    play9->setToolTip(tr("Play scenario 9, the naive asynchronous metronome"));
    auto *play14 = new QPushButton(tr("Play 14"), this);
    play14->setToolTip(tr("Play scenario 14, the metronome built from services and channels"));
    m_both->setText(tr("Play 9, then 14, and compare"));
    m_both->setToolTip(tr("Play both one after the other, then show them stacked on one time axis"));
    m_both->setDefault(true);
    for (QPushButton *b : { play9, play14, m_both }) {
        b->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        b->setFocusPolicy(Qt::TabFocus);
    }

    auto *metronome = new QPushButton(tr("Just a metronome"), this);
    metronome->setObjectName(QStringLiteral("metronomeModeOffer"));
    metronome->setToolTip(tr("A steady click track with accents and subdivisions; the scenarios are one click away"));
    metronome->setFocusPolicy(Qt::TabFocus);

    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide this hint (Help ▸ First-start hint shows it again)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(text, 1);
    layout->addWidget(play9);
    layout->addWidget(play14);
    layout->addWidget(m_both);
    layout->addWidget(metronome);
    layout->addWidget(close, 0, Qt::AlignTop);

    connect(play9, &QPushButton::clicked, this, [this] { emit playScenario(9); });
    connect(play14, &QPushButton::clicked, this, [this] { emit playScenario(14); });
    connect(m_both, &QPushButton::clicked, this, &FirstStartBanner::playBoth);
    connect(metronome, &QPushButton::clicked, this, [this] {
        hide();
        emit metronomeChosen();
        emit dismissed();
    });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    updateColors();
}

void FirstStartBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_updating
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        updateColors();
}

void FirstStartBanner::updateColors()
{
    // A calm blue "hint" look, distinct from the yellow scenario title under it.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Window, dark ? QColor(0x1f, 0x3a, 0x5c) : QColor(0xde, 0xec, 0xfb));
    p.setColor(QPalette::WindowText, dark ? QColor(0xe4, 0xef, 0xfb) : QColor(0x16, 0x33, 0x55));
    m_updating = true;
    setPalette(p);
    m_updating = false;
}

} // namespace cacophony
