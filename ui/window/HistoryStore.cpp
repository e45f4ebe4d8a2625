#include "window/HistoryStore.h"

#include "trace/TraceFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace cacophony {

namespace {

const QString kSuffix = QStringLiteral(".perfetto-trace");

} // namespace

QString HistoryStore::folderFor(const QString &settingsFile)
{
    if (!settingsFile.isEmpty())
        return QFileInfo(settingsFile).absoluteDir().filePath(QStringLiteral("history"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("history"));
}

HistoryStore::HistoryStore(const QString &folder, int maxRuns, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_maxRuns(std::max(1, maxRuns))
    , m_maxBytes(maxBytes)
{
    m_worker.setMaxThreadCount(1);
}

HistoryStore::~HistoryStore()
{
    m_worker.waitForDone();
}

QString HistoryStore::fileName(const QDateTime &when, bool completed)
{
    return QStringLiteral("run-%1-%2%3")
        .arg(when.toMSecsSinceEpoch())
        .arg(completed ? QStringLiteral("completed") : QStringLiteral("stopped"), kSuffix);
}

std::vector<HistoryStore::Name> HistoryStore::listRuns(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^run-(\\d+)-(completed|stopped)(-\\d+)?\\.perfetto-trace$"));
    std::vector<Name> names;
    const QDir dir(folder);
    for (const QString &file : dir.entryList({ QStringLiteral("run-*") + kSuffix }, QDir::Files)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        names.push_back({ dir.filePath(file), QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong()),
                          m.captured(2) == QLatin1String("completed") });
    }
    std::sort(names.begin(), names.end(), [](const Name &a, const Name &b) {
        return a.when != b.when ? a.when > b.when : a.path > b.path;
    });
    return names;
}

std::vector<HistoryStore::Run> HistoryStore::load()
{
    std::vector<Name> names = listRuns(m_folder);
    if (names.size() > std::size_t(m_maxRuns))
        names.resize(std::size_t(m_maxRuns));
    std::vector<Run> runs;
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        QString error;
        std::optional<TraceData> trace = TraceFiles::read(it->path, &error);
        if (!trace) {
            emit message(tr("History: skipped %1 (%2)").arg(QFileInfo(it->path).fileName(), error));
            continue;
        }
        runs.push_back({ std::move(*trace), it->when.toLocalTime(), it->completed });
    }
    return runs;
}

void HistoryStore::save(std::shared_ptr<const TraceData> trace, const QDateTime &when, bool completed)
{
    const QString folder = m_folder;
    const int maxRuns = m_maxRuns;
    const qint64 maxBytes = m_maxBytes;
    m_worker.start([this, folder, trace = std::move(trace), when, completed, maxRuns, maxBytes] {
        const QString error = write(folder, *trace, when, completed, maxRuns, maxBytes);
        if (!error.isEmpty()) {
            // The store outlives its worker (the destructor waits), so this is delivered
            // or dropped with the store.
            QMetaObject::invokeMethod(
                this, [this, error] { emit message(error); }, Qt::QueuedConnection);
        }
    });
}

void HistoryStore::waitForSaves()
{
    m_worker.waitForDone();
}

QString HistoryStore::write(const QString &folder, const TraceData &trace, const QDateTime &when, bool completed,
                            int maxRuns, qint64 maxBytes)
{
    const auto failed = [&](const QString &why) {
        return tr("History is not kept on disk: cannot write to %1 (%2).").arg(QDir::toNativeSeparators(folder), why);
    };
    if (!QDir().mkpath(folder))
        return failed(tr("cannot create the folder"));
    // Two runs ending within one millisecond get a counter.
    QString path = QDir(folder).filePath(fileName(when, completed));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(fileName(when, completed).chopped(kSuffix.size()) + QStringLiteral("-%1").arg(n) + kSuffix);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QByteArray bytes = TraceFiles::toBytes(trace, TraceFiles::Format::Perfetto);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    prune(folder, maxRuns, maxBytes);
    return {};
}

void HistoryStore::prune(const QString &folder, int maxRuns, qint64 maxBytes)
{
    const std::vector<Name> names = listRuns(folder);
    qint64 bytes = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        bytes += QFileInfo(names[i].path).size();
        // The newest run stays even if it alone is over the size bound.
        if (i > 0 && (i >= std::size_t(maxRuns) || bytes > maxBytes))
            QFile::remove(names[i].path);
    }
}

} // namespace cacophony
