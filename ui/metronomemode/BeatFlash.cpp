#include "metronomemode/BeatFlash.h"

#include <QPainter>
#include <algorithm>

namespace cacophony {

BeatFlash::BeatFlash(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beatFlash"));
    setMinimumHeight(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("The beat being heard: the first of the bar (the accent) in orange"));
    m_fade.setInterval(16);
    connect(&m_fade, &QTimer::timeout, this, [this] {
        update();
        if (level(m_lit) <= 0 && level(m_subLit) <= 0)
            m_fade.stop();
    });
}

QSize BeatFlash::sizeHint() const
{
    return {640, 150};
}

void BeatFlash::setBeatsPerBar(int beats)
{
    m_beats = std::clamp(beats, 1, 12);
    m_beat = -1;
    update();
}

int BeatFlash::litBeat() const
{
    return level(m_lit) > 0 ? m_beat : -1;
}

double BeatFlash::level(const QElapsedTimer &since) const
{
    if (!since.isValid())
        return 0;
    return std::max(0.0, 1.0 - double(since.elapsed()) / kFadeMs);
}

void BeatFlash::flash(int beatInBar, int sub, bool accented)
{
    if (sub > 0) {
        m_subLit.start();
    } else {
        m_beat = beatInBar % m_beats;
        m_accent = accented;
        m_lit.start();
    }
    m_fade.start();
    update();
}

void BeatFlash::clear()
{
    m_beat = -1;
    m_lit.invalidate();
    m_subLit.invalidate();
    m_fade.stop();
    update();
}

void BeatFlash::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor off = palette().color(QPalette::Mid);
    const QColor beatColor(0x2e, 0x9e, 0x4f);
    const QColor accentColor(0xff, 0x7a, 0x00);
    const int h = height() - 16; // room for the subdivision dot
    const double slot = double(width()) / m_beats;
    const double radius = std::min(slot * 0.42, h * 0.48);
    const double lit = level(m_lit);
    for (int i = 0; i < m_beats; ++i) {
        const QPointF centre(slot * (i + 0.5), h / 2.0 + 4);
        double r = radius * 0.72;
        QColor fill = off;
        if (i == m_beat && lit > 0) {
            const QColor on = m_accent ? accentColor : beatColor;
            fill = QColor::fromRgbF(off.redF() + (on.redF() - off.redF()) * lit,
                                    off.greenF() + (on.greenF() - off.greenF()) * lit,
                                    off.blueF() + (on.blueF() - off.blueF()) * lit);
            r = radius * (m_accent ? 1.0 : 0.86);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(centre, r, r);
        p.setPen(palette().color(QPalette::Base));
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(std::max(10, int(r * 0.8)));
        p.setFont(f);
        p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(i + 1));
    }
    const double sub = level(m_subLit);
    if (sub > 0 && m_beat >= 0) {
        QColor dot = beatColor;
        dot.setAlphaF(sub);
        p.setPen(Qt::NoPen);
        p.setBrush(dot);
        p.drawEllipse(QPointF(slot * (m_beat + 0.5), height() - 7), 6, 6);
    }
}

} // namespace cacophony
