#pragma once

// Readable names of a trace's events, tasks and objects, for people looking at a written
// trace in a viewer (Perfetto, chrome://tracing). Nothing here is read back: the raw
// fields are authoritative (docs/trace-format.md).

#include "trace/TraceData.h"

#include <QJsonObject>
#include <QString>

namespace cacophony {

class TraceLabels
{
public:
    // Keeps a reference: the trace must outlive this. Thread-safe (const).
    explicit TraceLabels(const TraceData &trace);

    // "Cacophony: scenario-1 (naive, short, 6000 BPM)": the viewer's process name.
    QString runTitle() const;
    QString taskName(std::uint32_t id) const;
    QString objectName(std::uint32_t id) const;
    QString objectTrackName(std::uint32_t id) const; // "chan volumes (5)", "ticker (6)"
    QString eventName(const Event &e) const;         // "send volumes"
    // Kind-specific readable copies of the raw fields ("volume", "channel", "text", ...).
    QJsonObject readableArgs(const Event &e) const;
    QString text(std::int64_t id) const;             // "" for no text

    // Viewer category of a kind ("chan", "task", ...).
    static const char *category(EventKind kind);
    // "blocked|in_select"; empty for no flags.
    static QString flagNames(std::uint8_t flags);
    // Whether the kind is drawn as a slice (its dur counts) rather than an instant.
    static bool isSpan(EventKind kind);
    // The arrows a viewer draws, as indexes into trace.events: each send to the receive
    // that took its message (same channel, same message number), each spawn to the
    // child's start; in the order of their ends. A receive over before its send started
    // (inconsistent clocks) gets none: an arrow backwards would be dropped anyway.
    struct Flow
    {
        std::size_t from = 0;
        std::size_t to = 0;
    };
    static std::vector<Flow> flows(const TraceData &trace);
    // What a viewer needs a track for: every task and object of the tables or named by
    // an event (ids sorted), and whether there are ideal beats and beats.
    struct Lanes
    {
        std::vector<std::uint32_t> tasks;
        std::vector<std::uint32_t> objects;
        bool idealBeats = false;
        bool beats = false;
    };
    static Lanes lanes(const TraceData &trace);
    // A task's track name: "main (1)".
    QString taskTrackName(std::uint32_t id) const;
    // Event::end() without signed overflow, for hand-built data with absurd times.
    static std::int64_t endOf(const Event &e);
    // Whether the kind names an object (channel, wait group, ticker, mutex) in `object`.
    static bool refersToObject(EventKind kind);

private:
    const TraceData &m_trace;
};

} // namespace cacophony
