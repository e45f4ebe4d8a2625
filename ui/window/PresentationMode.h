#pragma once

// View > Presentation (F11): the window as a lecturer at a projector needs it. Full
// screen, only the stage left (the scenario's explanation, the timeline, Play and the
// replay transport), text and marks scaled by a chosen factor (remembered by the window's
// settings), and a high-contrast palette. Leaving restores everything as it was: the
// panels and bars that were shown, the window state, fonts and palette.
//
// The window keeps its widgets; this class only hides, scales and restores them, so the
// window's code stays unaware of the mode. UI thread only.

#include <QList>
#include <QObject>
#include <QByteArray>
#include <QPalette>
#include <QPointer>
#include <array>

class QAction;
class QActionGroup;
class QMainWindow;
class QToolBar;
class QWidget;

namespace cacophony {

class TimelineView;

class PresentationMode : public QObject
{
    Q_OBJECT
public:
    static constexpr std::array<double, 4> kScales{1.25, 1.5, 2.0, 2.5};
    static constexpr double kDefaultScale = 1.5;
    static constexpr double kMinScale = 1.0;
    static constexpr double kMaxScale = 3.0;

    explicit PresentationMode(QMainWindow *window);
    ~PresentationMode() override;

    // What stays on the stage: the explanation, the timelines (scaled, high contrast), the
    // transport bar (scaled; `play` joins it while presenting). `hide`: widgets to hide
    // besides the docks, the other toolbars, the menu bar and the status bar.
    void setStage(QWidget *explanation, const QList<TimelineView *> &timelines, QToolBar *transport,
                  QAction *play, const QList<QWidget *> &hide);

    // View > Presentation, F11, checkable.
    QAction *toggleAction() const { return m_toggle; }
    // View > Presentation Scale: one checkable action per kScales entry.
    QList<QAction *> scaleActions() const;

    bool isActive() const { return m_active; }
    double scale() const { return m_scale; }

public slots:
    void setActive(bool on);
    // Clamped to kMinScale..kMaxScale; applies at once while presenting.
    void setScale(double scale);

signals:
    void activeChanged(bool active);
    void scaleChanged(double scale);

private:
    void applyScale(double scale);
    void retranslate();

    QMainWindow *m_window;
    QAction *m_toggle;
    QAction *m_leave; // Esc, only while presenting
    QActionGroup *m_scales;
    QWidget *m_explanation = nullptr;
    QList<TimelineView *> m_timelines;
    QToolBar *m_transport = nullptr;
    QAction *m_play = nullptr;
    QList<QWidget *> m_extraHidden;

    bool m_active = false;
    double m_scale = kDefaultScale;
    // Restored on leaving.
    QList<QPointer<QWidget>> m_hidden;
    Qt::WindowStates m_windowState;
    QByteArray m_layout; // the window's docks and bars (QMainWindow::saveState) before presenting
    QPalette m_palette;
    bool m_hadPalette = false;
    QAction *m_playSeparator = nullptr;
    QSize m_iconSize;
};

} // namespace cacophony
