#include "window/TraceFileActions.h"

#include "window/AppSettings.h"
#include "window/RunHistory.h"
#include "window/TraceFileJob.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

namespace cacophony {

TraceFileActions::TraceFileActions(QWidget *window, AppSettings &settings, RunHistory *history,
    TraceSource shown, QAction *open, QAction *save)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_history(history)
    , m_shown(std::move(shown))
    , m_open(open)
    , m_save(save)
{
    connect(m_open, &QAction::triggered, this, &TraceFileActions::open);
    connect(m_save, &QAction::triggered, this, &TraceFileActions::save);
}

bool TraceFileActions::openFile(const QString &path)
{
    if (m_job)
        return false;
    start(TraceFileJob::open(path, this));
    return true;
}

bool TraceFileActions::saveFile(const QString &path)
{
    if (m_job)
        return false;
    std::shared_ptr<const TraceData> trace = m_shown();
    if (trace->events.empty()) {
        emit failed(tr("Nothing to save"), tr("Play a run first: there is no trace on screen."));
        return false;
    }
    start(TraceFileJob::save(std::move(trace), path, this));
    return true;
}

void TraceFileActions::open()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Trace"),
        WindowActions::dialogDir(m_settings.traceDir),
        tr("Traces (*.json *.perfetto-trace *.pftrace);;Chrome trace (*.json);;Perfetto trace (*.perfetto-trace *.pftrace);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.traceDir = QFileInfo(path).absolutePath();
    emit settingsChanged();
    openFile(path);
}

void TraceFileActions::save()
{
    const QString suggested = QDir(WindowActions::dialogDir(m_settings.traceDir))
                                  .filePath(QStringLiteral("cacophony-%1.json").arg(RunHistory::shortTitle(m_shown()->settings)));
    const QString perfetto = tr("Perfetto trace (*.perfetto-trace *.pftrace)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Trace"), suggested,
                                                tr("Chrome trace (*.json)") + QStringLiteral(";;") + perfetto, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // the format chosen, by its extension; any other stays an error
        path += filter == perfetto ? QStringLiteral(".perfetto-trace") : QStringLiteral(".json");
    m_settings.traceDir = QFileInfo(path).absolutePath();
    emit settingsChanged();
    saveFile(path);
}

void TraceFileActions::start(TraceFileJob *job)
{
    m_job = job;
    m_open->setEnabled(false);
    m_save->setEnabled(false);
    const QString name = QFileInfo(job->path()).fileName();
    auto *progress = new QProgressDialog(
        job->kind() == TraceFileJob::Kind::Save ? tr("Saving %1…").arg(name) : tr("Opening %1…").arg(name),
        tr("Cancel"), 0, 1000, m_window);
    progress->setObjectName(QStringLiteral("traceProgress"));
    progress->setWindowModality(Qt::NonModal); // the window goes on playing and replotting
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(job, &TraceFileJob::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &TraceFileJob::cancel);
    connect(job, &TraceFileJob::finished, progress, &QObject::deleteLater);
    connect(job, &TraceFileJob::finished, this, &TraceFileActions::finished);
}

void TraceFileActions::finished(bool ok, const QString &error, bool cancelled)
{
    TraceFileJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_open->setEnabled(true);
    m_save->setEnabled(true);
    const QString path = QDir::toNativeSeparators(job->path());
    if (cancelled) {
        emit message(job->kind() == TraceFileJob::Kind::Save ? tr("Saving cancelled: nothing was written.")
                                                             : tr("Opening cancelled."),
            5000);
    } else if (job->kind() == TraceFileJob::Kind::Save) {
        if (ok)
            emit message(tr("Saved %1.").arg(path), 5000);
        else
            emit failed(tr("Cannot save trace"), error);
    } else if (!ok) {
        emit failed(tr("Cannot open trace"), tr("%1 could not be opened as a Cacophony trace.\n\n%2").arg(path, error));
    } else {
        m_history->add(job->takeTrace(), job->analysis(), true);
        emit opened(0, tr("from %1").arg(QFileInfo(job->path()).fileName()));
        emit message(tr("Opened %1.").arg(path), 5000);
    }
}

} // namespace cacophony
