#pragma once

// The window's actions with their shortcuts and tooltips, its menus and main toolbar.
// No behaviour: like the Ui class of a form, it only makes them; the window connects each
// action to the presenter that owns what it does. Lives in the UI thread.

#include <QList>
#include <QObject>
#include <QStyle>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace cacophony {

class WindowActions : public QObject
{
    Q_OBJECT
public:
    // The actions are children of window and work wherever the focus is in it.
    explicit WindowActions(QWidget *window);

    // What the menus show that is made elsewhere.
    struct MenuParts
    {
        QList<QAction *> replay;
        QAction *presentation = nullptr;
        QList<QAction *> presentationScales;
        QList<QDockWidget *> docks;
    };
    // Returns the Audio menu, for the audio presenter to fill.
    QMenu *buildMenus(QMenuBar *bar, const MenuParts &parts);
    QToolBar *buildToolBar(QMainWindow *window);
    // Play turns into Stop while something plays.
    void setPlaying(bool playing);
    // Space plays wherever the focus is in window: spin boxes would type it, buttons
    // would press themselves, combo boxes would open, lists would select. It reaches the
    // Play shortcut instead (text fields of dialogs keep it). Call once the window is made.
    void letSpacePlay(QWidget *window);

    // The app's icon of that name, or the style's.
    static QIcon icon(const char *name, QStyle::StandardPixmap fallback);
    // Tooltips carry the shortcut, so the toolbar teaches the keyboard.
    static void describe(QAction *action, const QString &tip);
    // Where a file dialog opens: the remembered folder if it still exists, else Pictures.
    static QString dialogDir(const QString &remembered);

    QAction *playAction = nullptr;
    QAction *tapAction = nullptr;
    QAction *fasterAction = nullptr;
    QAction *slowerAction = nullptr;
    QAction *nextScenarioAction = nullptr;
    QAction *previousScenarioAction = nullptr;
    QAction *newSeedAction = nullptr;
    QAction *demoAction = nullptr;
    QAction *exportImageAction = nullptr;
    QAction *exportPageAction = nullptr;
    QAction *openAction = nullptr;
    QAction *saveAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *beatsViewAction = nullptr;
    QAction *tasksViewAction = nullptr;
    QAction *resetZoomAction = nullptr;
    QAction *followAction = nullptr;
    QAction *compareAction = nullptr;
    QAction *closeCompareAction = nullptr;
    QActionGroup *themeGroup = nullptr;
    QAction *muteAction = nullptr;
    QAction *hintAction = nullptr;
    QAction *aboutAction = nullptr;
    QAction *aboutQtAction = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cacophony
