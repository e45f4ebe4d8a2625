#include "timeline/TimelinePalette.h"

#include <QPalette>

namespace cacophony {

namespace {

QColor mix(const QColor &a, const QColor &b, double f)
{
    return QColor::fromRgbF(float(a.redF() * (1 - f) + b.redF() * f), float(a.greenF() * (1 - f) + b.greenF() * f),
                            float(a.blueF() * (1 - f) + b.blueF() * f));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

TimelinePalette TimelinePalette::fromPalette(const QPalette &palette)
{
    TimelinePalette p;
    p.background = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    p.dark = p.background.lightness() < 128;
    p.mutedText = mix(p.background, p.text, 0.62);
    p.laneAlt = mix(p.background, p.text, p.dark ? 0.04 : 0.022);
    p.laneLine = mix(p.background, p.text, p.dark ? 0.22 : 0.13);
    p.grid = mix(p.background, p.text, p.dark ? 0.12 : 0.07);
    p.highlight = palette.color(QPalette::Highlight);

    if (!p.dark) {
        p.ghostFill = QColor(0xec, 0xef, 0xf1);
        p.ghostEdge = QColor(0x9e, 0xa7, 0xad);
        p.ghostText = QColor(0x54, 0x6e, 0x7a);
        p.guide = mix(p.background, p.text, 0.16);
        p.measureFill = QColor(229, 57, 53, 46);
        p.measureEdge = QColor(229, 57, 53, 150);
        p.measureText = QColor(0xa3, 0x1d, 0x1d);
        p.beatFill = QColor(0x74, 0xc4, 0x78);
        p.beatEdge = QColor(0x3b, 0x8a, 0x3f);
        p.beatText = QColor(0x0e, 0x35, 0x10);
        p.lostFill = QColor(0xdd, 0xe2, 0xe5);
        p.lostEdge = QColor(0x9a, 0xa5, 0xab);
        p.lostText = QColor(0x6b, 0x7b, 0x84);
        p.disorder = QColor(0xe5, 0x39, 0x35);
        p.duplicate = QColor(0x8e, 0x24, 0xaa); // not red: a duplicate is not out of order
        p.endLine = QColor(0xd3, 0x2f, 0x2f);
        p.afterEnd = withAlpha(p.text, 14);
        p.running = QColor(0xd6, 0xe8, 0xfa);
        p.runningEdge = QColor(0x5b, 0x8d, 0xd0);
        p.sleeping = QColor(0xc9, 0xd2, 0xda);
        p.blocked = QColor(0xff, 0xb7, 0x4d);
        p.spinning = QColor(0xf4, 0xa3, 0xa3);
        p.spinningHatch = QColor(0xd3, 0x4f, 0x4f);
        p.measuring = QColor(0xec, 0x6f, 0x9a);
        p.channelBody = QColor(0xe6, 0xf4, 0xf2);
        p.channelEdge = QColor(0x5a, 0xaf, 0xa5);
        p.message = QColor(0x26, 0x9d, 0x91);
        p.tick = QColor(0x60, 0x7d, 0x8b);
        p.dropped = QColor(0xb0, 0xbe, 0xc5);
        p.arrow = QColor(0x37, 0x47, 0x4f);
        p.spawnArrow = QColor(0x7e, 0x57, 0xc2);
        p.returnArrow = QColor(0x60, 0x7d, 0x8b);
        p.titleAccent = QColor(0xf5, 0xc5, 0x42);
        p.cursor = QColor(0x15, 0x65, 0xc0);
    } else {
        p.ghostFill = QColor(0x2f, 0x36, 0x3b);
        p.ghostEdge = QColor(0x7c, 0x88, 0x90);
        p.ghostText = QColor(0xb0, 0xbe, 0xc5);
        p.guide = mix(p.background, p.text, 0.2);
        p.measureFill = QColor(239, 83, 80, 64);
        p.measureEdge = QColor(239, 83, 80, 180);
        p.measureText = QColor(0xff, 0xab, 0x91);
        p.beatFill = QColor(0x3e, 0x8e, 0x45);
        p.beatEdge = QColor(0x81, 0xc7, 0x84);
        p.beatText = QColor(0xec, 0xf8, 0xec);
        p.lostFill = QColor(0x45, 0x50, 0x57);
        p.lostEdge = QColor(0x7c, 0x88, 0x90);
        p.lostText = QColor(0xb0, 0xbe, 0xc5);
        p.disorder = QColor(0xff, 0x52, 0x52);
        p.duplicate = QColor(0xce, 0x93, 0xd8);
        p.endLine = QColor(0xff, 0x52, 0x52);
        p.afterEnd = withAlpha(QColor(0, 0, 0), 70);
        p.running = QColor(0x25, 0x3c, 0x57);
        p.runningEdge = QColor(0x6f, 0xa8, 0xf5);
        p.sleeping = QColor(0x3d, 0x47, 0x50);
        p.blocked = QColor(0xc6, 0x8a, 0x2e);
        p.spinning = QColor(0x8a, 0x3b, 0x3b);
        p.spinningHatch = QColor(0xe5, 0x73, 0x73);
        p.measuring = QColor(0xf0, 0x62, 0x92);
        p.channelBody = QColor(0x17, 0x2f, 0x2d);
        p.channelEdge = QColor(0x4d, 0xb6, 0xac);
        p.message = QColor(0x4d, 0xb6, 0xac);
        p.tick = QColor(0x90, 0xa4, 0xae);
        p.dropped = QColor(0x60, 0x6d, 0x74);
        p.arrow = QColor(0xb0, 0xbe, 0xc5);
        p.spawnArrow = QColor(0xb3, 0x9d, 0xdb);
        p.returnArrow = QColor(0x90, 0xa4, 0xae);
        p.titleAccent = QColor(0xc9, 0x9a, 0x1c);
        p.cursor = QColor(0x64, 0xb5, 0xf6);
    }
    return p;
}

TimelinePalette TimelinePalette::highContrast(const QPalette &palette)
{
    TimelinePalette p = fromPalette(palette);
    p.mutedText = mix(p.background, p.text, 0.85);
    p.laneLine = mix(p.background, p.text, 0.4);
    p.grid = mix(p.background, p.text, 0.2);
    p.guide = mix(p.background, p.text, 0.45);
    auto stronger = [&p](QColor &c, double towardText) { c = mix(c, p.text, towardText); };
    for (QColor *edge : {&p.ghostEdge, &p.beatEdge, &p.lostEdge, &p.runningEdge, &p.channelEdge})
        stronger(*edge, 0.35);
    for (QColor *text : {&p.ghostText, &p.measureText, &p.beatText, &p.lostText})
        stronger(*text, 0.3);
    p.measureFill.setAlpha(p.dark ? 110 : 90);
    p.measureEdge.setAlpha(255);
    p.arrow = p.text;
    p.afterEnd = withAlpha(p.dark ? QColor(0, 0, 0) : p.text, p.dark ? 110 : 28);
    p.cursor = p.dark ? QColor(0x40, 0xc4, 0xff) : QColor(0x00, 0x47, 0xb3);
    return p;
}

} // namespace cacophony
