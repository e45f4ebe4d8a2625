#pragma once

// Reads one JSON document as a stream (RapidJSON's SAX reader over a chunked file or a
// buffer) and hands its top-level members to callbacks as small QJsonValues, except one
// array member, whose elements are handed over one at a time and never held together.
// So a trace of any size is read with memory for one event at a time beyond what the
// caller keeps.
//
// The root must be an object; an array or a scalar root ends the read at once with
// Result::root telling which. Nesting deeper than kMaxDepth is a syntax error (the
// parse itself is iterative: no input can exhaust the stack).

#include <QJsonValue>
#include <QString>
#include <cstdio>
#include <functional>
#include <string_view>

namespace cacophony {

class JsonStream
{
public:
    static constexpr int kMaxDepth = 256;

    struct Callbacks
    {
        QString streamedKey; // the array member handed over element by element
        // A top-level member (the streamed key too, if its value is not an array).
        // Returning false stops the read.
        std::function<bool(const QString &key, const QJsonValue &value)> member;
        // An element of the streamed array; `offset` is the bytes read so far.
        std::function<bool(qsizetype index, const QJsonValue &element, std::size_t offset)> element;
        // Optional: whether a member of an object within an element is wanted, by its key
        // and depth (1: the element's own members, 2: members of an object in it, ...).
        // What is not wanted is parsed (it must be valid JSON) but never built.
        std::function<bool(int depth, std::string_view key)> keep;
    };

    enum class Root { None, Object, Array, Scalar };

    struct Result
    {
        Root root = Root::None;
        bool stopped = false;       // a callback returned false (or the root was not an object)
        bool streamedFound = false; // the streamed key was there with an array value
        QString syntaxError;        // empty if the document is valid JSON (as far as read)
        std::size_t errorOffset = 0;
        bool atEnd = false;         // the syntax error is at the very end: the text stops early
    };

    // Thread-safe (pure). `size` of the input, for telling a truncated text.
    static Result read(const QByteArray &json, const Callbacks &callbacks);
    // Thread-safe. Reads `file` from its current position in chunks; `size` in bytes.
    static Result read(std::FILE *file, std::size_t size, const Callbacks &callbacks);
};

} // namespace cacophony
