#include "window/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace cacophony {

namespace {

struct SystemLook
{
    bool captured = false;
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.captured) {
        look.captured = true;
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
    }
    return look;
}

Theme::Mode s_current = Theme::Mode::System;

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2c, 0x30), base(0x1f, 0x20, 0x23), text(0xe8, 0xe8, 0xea);
    const QColor button(0x36, 0x37, 0x3c), highlight(0x3d, 0x7f, 0xe0), disabled(0x7c, 0x7d, 0x82);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x29, 0x2a, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3b, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x5e));
    p.setColor(QPalette::Light, QColor(0x48, 0x49, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3f, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2b, 0x2f));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4b, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

void Theme::apply(Mode mode)
{
    const SystemLook &system = systemLook();
    switch (mode) {
    case Mode::System:
        if (s_current == Mode::System)
            break; // nothing changed yet: keep the system's look untouched
        if (QStyle *style = QStyleFactory::create(system.style))
            QApplication::setStyle(style);
        QApplication::setPalette(system.palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    s_current = mode;
}

Theme::Mode Theme::current()
{
    return s_current;
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QPalette Theme::highContrastPalette(bool dark)
{
    const QColor ink = dark ? Qt::white : Qt::black;
    const QColor paper = dark ? Qt::black : Qt::white;
    QPalette p = dark ? darkPalette() : QPalette(QColor(0xe0, 0xe0, 0xe0));
    for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase })
        p.setColor(role, paper);
    // Disabled stays grey (readable, yet unlike ink): a Resume that cannot resume must
    // not look as if it could.
    const QColor disabled = dark ? QColor(0x8a, 0x8a, 0x8a) : QColor(0x76, 0x76, 0x76);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(role, ink);
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Button, dark ? QColor(0x26, 0x26, 0x26) : QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, dark ? QColor(0x40, 0xc4, 0xff) : QColor(0x00, 0x47, 0xb3));
    p.setColor(QPalette::HighlightedText, paper);
    p.setColor(QPalette::ToolTipBase, paper);
    p.setColor(QPalette::ToolTipText, ink);
    return p;
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace cacophony
