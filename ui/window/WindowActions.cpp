#include "window/WindowActions.h"

#include "window/Theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>

namespace cacophony {

QIcon WindowActions::icon(const char *name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    if (QFile::exists(path))
        return QIcon(path);
    return QApplication::style()->standardIcon(fallback);
}

void WindowActions::describe(QAction *action, const QString &tip)
{
    action->setStatusTip(tip);
    const QKeySequence key = action->shortcut();
    action->setToolTip(
        key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
}

QString WindowActions::dialogDir(const QString &remembered)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
{
    playAction = new QAction(icon("play", QStyle::SP_MediaPlay), tr("&Play"), window);
    playAction->setObjectName(QStringLiteral("playAction"));
    playAction->setShortcut(Qt::Key_Space);
    playAction->setShortcutContext(Qt::WindowShortcut);

    tapAction = new QAction(icon("tap", QStyle::SP_MediaSeekForward), tr("&Tap Tempo"), window);
    tapAction->setShortcut(Qt::Key_T);
    describe(tapAction, tr("Tap tempo: tap twice or more in time"));

    fasterAction = new QAction(tr("&Faster"), window);
    fasterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    describe(fasterAction, tr("One BPM faster"));
    slowerAction = new QAction(tr("S&lower"), window);
    slowerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    describe(slowerAction, tr("One BPM slower"));

    nextScenarioAction = new QAction(tr("&Next Scenario"), window);
    nextScenarioAction->setShortcut(Qt::Key_BracketRight);
    describe(nextScenarioAction, tr("Switch to the next scenario"));
    previousScenarioAction = new QAction(tr("P&revious Scenario"), window);
    previousScenarioAction->setShortcut(Qt::Key_BracketLeft);
    describe(previousScenarioAction, tr("Switch to the previous scenario"));

    newSeedAction = new QAction(icon("seed", QStyle::SP_BrowserReload), tr("New &Seed"), window);
    newSeedAction->setShortcut(Qt::Key_N);
    describe(newSeedAction, tr("Pick a new random seed: other delays and volumes"));

    demoAction = new QAction(tr("&Demonstration: 9, then 14"), window);
    demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    describe(demoAction, tr("Play scenario 9, then 14, then compare them stacked"));

    exportImageAction
        = new QAction(icon("export-image", QStyle::SP_DialogSaveButton), tr("&Export Image…"), window);
    exportImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    describe(exportImageAction, tr("Save the timeline as PNG, JPG, PDF or SVG"));

    exportPageAction = new QAction(
        icon("export-page", QStyle::SP_FileDialogDetailedView), tr("Export Series &Page…"), window);
    exportPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    describe(exportPageAction,
        tr("Run all 14 scenarios and save their charts stacked on one page, like the series"));

    openAction = new QAction(icon("open", QStyle::SP_DialogOpenButton), tr("&Open Trace…"), window);
    openAction->setShortcut(QKeySequence::Open);
    describe(openAction, tr("Open a saved trace (Chrome trace JSON or Perfetto trace)"));

    saveAction = new QAction(icon("save", QStyle::SP_DialogSaveButton), tr("&Save Trace…"), window);
    saveAction->setShortcut(QKeySequence::Save);
    describe(saveAction, tr("Save the run on screen as a Chrome trace (.json) or a Perfetto trace (.perfetto-trace)"));

    quitAction = new QAction(tr("&Quit"), window);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    describe(quitAction, tr("Quit Cacophony"));

    auto *views = new QActionGroup(window);
    beatsViewAction = new QAction(icon("beats", QStyle::SP_FileDialogListView), tr("&Beats"), views);
    beatsViewAction->setCheckable(true);
    beatsViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    describe(beatsViewAction,
        tr("Beat view: ideal beats, volume measurements and actual beats, as in the series"));
    tasksViewAction = new QAction(icon("tasks", QStyle::SP_FileDialogDetailedView), tr("T&asks"), views);
    tasksViewAction->setCheckable(true);
    tasksViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    describe(
        tasksViewAction, tr("Task view: a lane per task and per channel, with sends, receives and spawns"));

    resetZoomAction = new QAction(icon("zoom-reset", QStyle::SP_BrowserReload), tr("&Reset Zoom"), window);
    resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    describe(resetZoomAction, tr("Show the whole run again"));

    followAction = new QAction(tr("&Follow Latest"), window);
    followAction->setCheckable(true);
    followAction->setChecked(true);
    followAction->setShortcut(Qt::Key_F);
    describe(followAction, tr("Keep the newest events in view while a run plays"));

    compareAction
        = new QAction(icon("compare", QStyle::SP_FileDialogContentsView), tr("&Compare Runs"), window);
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    describe(compareAction, tr("Stack two runs from the history on one shared time axis"));

    closeCompareAction = new QAction(tr("Close Co&mparison"), window);
    closeCompareAction->setShortcut(Qt::Key_Escape);
    closeCompareAction->setEnabled(false);
    describe(closeCompareAction, tr("Back to the single timeline"));

    themeGroup = new QActionGroup(window);
    const std::pair<Theme::Mode, QString> themes[] = { { Theme::Mode::System, tr("&System") },
        { Theme::Mode::Light, tr("&Light") }, { Theme::Mode::Dark, tr("&Dark") } };
    for (const auto &[mode, text] : themes) {
        auto *action = new QAction(text, themeGroup);
        action->setCheckable(true);
        action->setData(Theme::name(mode));
    }
    themeGroup->actions().at(0)->setStatusTip(tr("The look of your desktop"));
    themeGroup->actions().at(1)->setStatusTip(tr("Light palette (good on a projector)"));
    themeGroup->actions().at(2)->setStatusTip(tr("Dark palette"));

    muteAction = new QAction(tr("&Mute"), window);
    muteAction->setCheckable(true);
    muteAction->setShortcut(Qt::Key_M);
    describe(muteAction, tr("Silence the clicks; the timeline keeps drawing"));

    hintAction = new QAction(tr("&First-Start Hint"), window);
    hintAction->setShortcut(QKeySequence::HelpContents);
    describe(hintAction, tr("Show the hint: play scenario 9, then 14"));

    aboutAction = new QAction(tr("&About Cacophony"), window);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutQtAction = new QAction(tr("About &Qt"), window);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Shortcuts work wherever the focus is in the window.
    for (QAction *a :
        { playAction, tapAction, fasterAction, slowerAction, nextScenarioAction,
            previousScenarioAction, newSeedAction, demoAction, exportImageAction, exportPageAction,
            openAction, saveAction, quitAction, beatsViewAction, tasksViewAction, resetZoomAction,
            followAction, compareAction, closeCompareAction, muteAction, hintAction })
        window->addAction(a);
}

QMenu *WindowActions::buildMenus(QMenuBar *bar, const MenuParts &parts)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(exportImageAction);
    file->addAction(exportPageAction);
    file->addSeparator();
    file->addAction(openAction);
    file->addAction(saveAction);
    file->addSeparator();
    file->addAction(quitAction);

    QMenu *run = bar->addMenu(tr("&Run"));
    run->addAction(playAction);
    run->addAction(tapAction);
    run->addAction(fasterAction);
    run->addAction(slowerAction);
    run->addSeparator();
    run->addAction(previousScenarioAction);
    run->addAction(nextScenarioAction);
    run->addAction(newSeedAction);
    run->addSeparator();
    run->addAction(demoAction);
    run->addSeparator();
    run->addActions(parts.replay);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(beatsViewAction);
    view->addAction(tasksViewAction);
    view->addSeparator();
    view->addAction(resetZoomAction);
    view->addAction(followAction);
    view->addAction(compareAction);
    view->addAction(closeCompareAction);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(themeGroup->actions());
    view->addAction(parts.presentation);
    view->addMenu(tr("Presentation &Scale"))->addActions(parts.presentationScales);
    view->addSeparator();
    for (QDockWidget *dock : parts.docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        view->addAction(toggle);
    }

    QMenu *audio = bar->addMenu(tr("&Audio"));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(hintAction);
    help->addSeparator();
    help->addAction(aboutAction);
    help->addAction(aboutQtAction);

    for (QMenu *menu : bar->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);
    return audio; // the audio presenter fills it
}

QToolBar *WindowActions::buildToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(playAction);
    bar->addAction(tapAction);
    bar->addSeparator();
    bar->addAction(beatsViewAction);
    bar->addAction(tasksViewAction);
    bar->addAction(resetZoomAction);
    bar->addAction(compareAction);
    bar->addSeparator();
    bar->addAction(openAction);
    bar->addAction(saveAction);
    bar->addAction(exportImageAction);
    bar->addAction(exportPageAction);
    // Files are icons only: the tooltips name them, and the bar stays one row on a laptop.
    for (QAction *a : { openAction, saveAction, exportImageAction, exportPageAction }) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    return bar;
}

void WindowActions::letSpacePlay(QWidget *window)
{
    for (QWidget *child : window->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(child) || qobject_cast<QAbstractButton *>(child)
            || qobject_cast<QComboBox *>(child) || qobject_cast<QAbstractSlider *>(child)
            || qobject_cast<QAbstractItemView *>(child))
            child->installEventFilter(this);
    }
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Returning true without accepting: the spin box never sees it, the shortcut fires.
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier)
            return true;
    }
    return QObject::eventFilter(watched, event);
}

void WindowActions::setPlaying(bool playing)
{
    playAction->setText(playing ? tr("&Stop") : tr("&Play"));
    playAction->setIcon(playing ? icon("stop", QStyle::SP_MediaStop) : icon("play", QStyle::SP_MediaPlay));
    describe(playAction, playing ? tr("Stop the run") : tr("Play the chosen scenario at the chosen tempo"));
}

} // namespace cacophony
