#pragma once

// Reads the tables of a run (settings, tasks, objects, end reason, source, interned
// positions and texts) from the debug annotations of the "cacophony_run" event that
// PerfettoTraceWriter writes first. One object per read; not shared between threads.

#include "trace/TraceData.h"
#include "perfetto_trace.pb.h"

#include <QString>

namespace cacophony {

class PerfettoRunReader
{
public:
    using Annotations = google::protobuf::RepeatedPtrField<perfetto::protos::DebugAnnotation>;
    using DebugAnnotation = perfetto::protos::DebugAnnotation;

    // Fills the tables of *trace and the promised number of events; false and error()
    // on the first problem ("run.tasks[2].name must be a string.").
    bool read(const Annotations &args, TraceData *trace, qint64 *eventCount);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    const DebugAnnotation *need(const Annotations &list, const QString &where, const char *name);
    bool string(const Annotations &list, const QString &where, const char *name, QString *out);
    bool integer(const DebugAnnotation &a, const QString &where, qint64 min, qint64 max, qint64 *out);
    bool integer(const Annotations &list, const QString &where, const char *name, qint64 min, qint64 max, qint64 *out);
    bool settings(const Annotations &list, RunSettings *s);
    bool tasks(const DebugAnnotation &a, std::vector<TaskInfo> *out);
    bool objects(const DebugAnnotation &a, std::vector<ObjectInfo> *out);
    bool positions(const DebugAnnotation &a, std::vector<SourcePosition> *out);

    QString m_error;
};

} // namespace cacophony
