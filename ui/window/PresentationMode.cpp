#include "window/PresentationMode.h"

#include "timeline/TimelineView.h"
#include "window/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

namespace cacophony {

namespace {

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(std::lround(font.pixelSize() * factor)));
    return font;
}

} // namespace

PresentationMode::PresentationMode(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_toggle(new QAction(this))
    , m_leave(new QAction(this))
    , m_scales(new QActionGroup(this))
{
    m_toggle->setObjectName(QStringLiteral("presentationAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(Qt::Key_F11);
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    if (QFile::exists(QStringLiteral(":/icons/presentation.svg")))
        m_toggle->setIcon(QIcon(QStringLiteral(":/icons/presentation.svg")));
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    window->addAction(m_toggle); // F11 works in full screen, with the menu bar hidden
    m_leave->setObjectName(QStringLiteral("leavePresentationAction"));
    m_leave->setShortcut(Qt::Key_Escape);
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    window->addAction(m_leave); // Esc leaves full screen, as everywhere else

    for (double s : kScales) {
        auto *action = new QAction(QStringLiteral("%1\u00d7").arg(s), m_scales);
        action->setCheckable(true);
        action->setData(s);
        connect(action, &QAction::triggered, this, [this, s] { setScale(s); });
    }
    retranslate();
    setScale(kDefaultScale);
}

PresentationMode::~PresentationMode() = default;

void PresentationMode::retranslate()
{
    m_toggle->setText(tr("&Presentation"));
    const QString tip = tr("Full screen for a projector: large text and marks, high contrast, only the "
                           "timeline, the explanation, Play and Replay");
    m_toggle->setStatusTip(tip);
    m_toggle->setToolTip(QStringLiteral("%1 (%2)").arg(tip, m_toggle->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *a : m_scales->actions())
        a->setStatusTip(tr("Text and marks %1 times their size in presentation mode").arg(a->data().toDouble()));
}

void PresentationMode::setStage(QWidget *explanation, const QList<TimelineView *> &timelines, QToolBar *transport,
                                QAction *play, const QList<QWidget *> &hide)
{
    m_explanation = explanation;
    m_timelines = timelines;
    m_transport = transport;
    m_play = play;
    m_extraHidden = hide;
}

QList<QAction *> PresentationMode::scaleActions() const
{
    return m_scales->actions();
}

void PresentationMode::setScale(double scale)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    for (QAction *a : m_scales->actions())
        a->setChecked(qFuzzyCompare(a->data().toDouble(), scale));
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    if (m_active)
        applyScale(scale);
    emit scaleChanged(scale);
}

void PresentationMode::applyScale(double scale)
{
    // Presenting: the stage's fonts are the window's font times the scale (the
    // explanation a little larger still); back at 1 they inherit the window's again.
    const QFont base = m_window->font();
    if (m_explanation)
        m_explanation->setFont(m_active ? scaled(base, scale * 1.15) : QFont());
    if (m_transport) {
        m_transport->setFont(m_active ? scaled(base, scale) : QFont());
        m_transport->setIconSize(m_active ? m_iconSize * scale : m_iconSize);
    }
    for (TimelineView *t : m_timelines) {
        t->setPresentationScale(m_active ? scale : 1.0);
        t->setHighContrast(m_active);
    }
}

void PresentationMode::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(on);
    m_leave->setEnabled(on);
    if (on) {
        m_windowState = m_window->windowState();
        m_layout = m_window->saveState();
        m_hadPalette = m_window->testAttribute(Qt::WA_SetPalette);
        m_palette = m_window->palette();
        m_hidden.clear();
        QList<QWidget *> candidates = m_extraHidden;
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            candidates << dock;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
            if (bar != m_transport)
                candidates << bar;
        }
        candidates << m_window->menuBar() << m_window->statusBar();
        for (QWidget *w : candidates) {
            if (w && w->isVisible()) {
                m_hidden << w;
                w->hide();
            }
        }
        if (m_transport) {
            m_iconSize = m_transport->iconSize();
            m_transport->show();
            if (m_play) {
                QAction *first = m_transport->actions().value(0);
                m_transport->insertAction(first, m_play);
                m_playSeparator = m_transport->insertSeparator(first);
            }
            m_transport->addAction(m_toggle); // a way out without the keyboard
        }
        m_window->setPalette(Theme::highContrastPalette(Theme::isDark()));
        applyScale(m_scale);
        m_window->showFullScreen();
    } else {
        if (m_transport) {
            m_transport->removeAction(m_toggle);
            if (m_play)
                m_transport->removeAction(m_play);
            if (m_playSeparator) {
                m_transport->removeAction(m_playSeparator);
                delete m_playSeparator;
                m_playSeparator = nullptr;
            }
        }
        applyScale(1.0);
        if (m_hadPalette) {
            m_window->setPalette(m_palette);
        } else {
            m_window->setPalette(QPalette());
            m_window->setAttribute(Qt::WA_SetPalette, false);
        }
        for (const QPointer<QWidget> &w : std::as_const(m_hidden)) {
            if (w)
                w->show();
        }
        m_hidden.clear();
        m_window->setWindowState(m_windowState);
        m_window->show();
        // Shown again, the docks would share the room anew (Details squeezed to a few
        // lines, then saved so at close): they get the sizes they had.
        m_window->restoreState(m_layout);
    }
    emit activeChanged(on);
}

} // namespace cacophony
