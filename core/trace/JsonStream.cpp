#include "trace/JsonStream.h"

#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <vector>

namespace cacophony {

namespace {

// Builds QJsonValues from SAX events and dispatches them as JsonStream::Callbacks say.
template<typename Stream>
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler<Stream>>
{
public:
    Handler(const JsonStream::Callbacks &callbacks, const Stream &stream, JsonStream::Result &result)
        : m_callbacks(callbacks)
        , m_stream(stream)
        , m_result(result)
    {
    }

    bool Null() { return skipped() || value(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return skipped() || value(QJsonValue(b)); }
    bool Int(int i) { return skipped() || value(QJsonValue(qint64(i))); }
    bool Uint(unsigned u) { return skipped() || value(QJsonValue(qint64(u))); }
    bool Int64(std::int64_t i) { return skipped() || value(QJsonValue(qint64(i))); }
    bool Uint64(std::uint64_t u)
    {
        if (skipped())
            return true;
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return value(QJsonValue(double(u)));
        return value(QJsonValue(qint64(u)));
    }
    bool Double(double d) { return skipped() || value(QJsonValue(d)); }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        return skipped() || value(QJsonValue(QString::fromUtf8(s, n)));
    }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        if (m_skipDepth > 0)
            return true;
        if (streaming() && !m_frames.empty() && m_callbacks.keep
            && !m_callbacks.keep(int(m_frames.size()), std::string_view(s, n))) {
            m_skipNext = true; // its value is read but not built
            return true;
        }
        const QString key = QString::fromUtf8(s, n);
        if (m_frames.empty())
            m_topKey = key;
        else
            m_frames.back().key = key;
        return true;
    }
    bool StartObject() { return startSkipped() || start(true); }
    bool StartArray() { return startSkipped() || start(false); }
    bool EndObject(rapidjson::SizeType) { return endSkipped() || end(); }
    bool EndArray(rapidjson::SizeType) { return endSkipped() || end(); }

    bool tooDeep() const { return m_tooDeep; }

private:
    struct Frame
    {
        bool isObject = true;
        QJsonObject object;
        QJsonArray array;
        QString key; // objects: the key of the value being read
    };

    // The nesting level of the streamed array's elements, when streaming.
    bool streaming() const { return m_streamLevel >= 0; }

    // A scalar value of an unwanted member (or within one): true if dropped.
    bool skipped()
    {
        if (m_skipDepth > 0)
            return true;
        if (!m_skipNext)
            return false;
        m_skipNext = false;
        return true;
    }
    bool startSkipped()
    {
        if (m_skipDepth == 0 && !m_skipNext)
            return false;
        m_skipNext = false;
        ++m_skipDepth;
        return true;
    }
    bool endSkipped()
    {
        if (m_skipDepth == 0)
            return false;
        --m_skipDepth;
        return true;
    }

    bool start(bool isObject)
    {
        if (m_result.root == JsonStream::Root::None) {
            if (!isObject) {
                m_result.root = JsonStream::Root::Array;
                return stop();
            }
            m_result.root = JsonStream::Root::Object;
            m_inRoot = true;
            return true;
        }
        if (m_frames.empty() && !streaming() && !isObject && m_topKey == m_callbacks.streamedKey) {
            m_streamLevel = 0;
            m_result.streamedFound = true;
            return true;
        }
        if (int(m_frames.size()) >= JsonStream::kMaxDepth) {
            m_tooDeep = true;
            return false;
        }
        m_frames.push_back(Frame{isObject, {}, {}, {}});
        return true;
    }

    bool end()
    {
        if (m_frames.empty()) {
            if (streaming()) { // the streamed array closes
                m_streamLevel = -1;
                return true;
            }
            m_inRoot = false; // the root object closes
            return true;
        }
        Frame done = std::move(m_frames.back());
        m_frames.pop_back();
        return value(done.isObject ? QJsonValue(done.object) : QJsonValue(done.array));
    }

    // A complete value: into its parent, or to the callbacks at the top.
    bool value(const QJsonValue &v)
    {
        if (m_result.root == JsonStream::Root::None) {
            m_result.root = JsonStream::Root::Scalar;
            return stop();
        }
        if (!m_frames.empty()) {
            Frame &parent = m_frames.back();
            if (parent.isObject)
                parent.object.insert(parent.key, v);
            else
                parent.array.append(v);
            return true;
        }
        if (streaming()) {
            const bool go = !m_callbacks.element || m_callbacks.element(m_streamIndex++, v, m_stream.Tell());
            return go || stop();
        }
        return !m_callbacks.member || m_callbacks.member(m_topKey, v) || stop();
    }

    bool stop()
    {
        m_result.stopped = true;
        return false;
    }

    const JsonStream::Callbacks &m_callbacks;
    const Stream &m_stream;
    JsonStream::Result &m_result;
    std::vector<Frame> m_frames; // values being built, innermost last
    QString m_topKey;
    bool m_inRoot = false;
    int m_streamLevel = -1;
    qsizetype m_streamIndex = 0;
    bool m_tooDeep = false;
    bool m_skipNext = false; // the next value belongs to an unwanted member
    int m_skipDepth = 0;     // nesting within an unwanted member's value
};

template<typename Stream>
JsonStream::Result parse(Stream &stream, std::size_t size, const JsonStream::Callbacks &callbacks)
{
    JsonStream::Result result;
    Handler<Stream> handler(callbacks, stream, result);
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag
        | rapidjson::kParseFullPrecisionFlag;
    const rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, handler);
    if (result.stopped)
        return result;
    // RapidJSON's streams read a NUL byte as the end of the input: one before the real
    // end is an error of its own, never the end of a shorter document.
    if (stream.Peek() == '\0' && stream.Tell() < size) {
        result.errorOffset = stream.Tell();
        result.syntaxError = QStringLiteral("a NUL byte, which JSON text never holds,");
        return result;
    }
    if (ok)
        return result;
    result.errorOffset = ok.Offset();
    if (handler.tooDeep()) {
        result.syntaxError = QStringLiteral("nesting deeper than %1 levels").arg(JsonStream::kMaxDepth);
    } else {
        // "Missing a comma or '}' after an object member." reads as part of our sentence.
        QString what = QString::fromUtf8(rapidjson::GetParseError_En(ok.Code()));
        if (what.endsWith(QLatin1Char('.')))
            what.chop(1);
        if (!what.isEmpty())
            what[0] = what[0].toLower();
        result.syntaxError = what;
    }
    result.atEnd = ok.Code() != rapidjson::kParseErrorTermination && ok.Offset() + 1 >= size;
    return result;
}

} // namespace

JsonStream::Result JsonStream::read(const QByteArray &json, const Callbacks &callbacks)
{
    rapidjson::MemoryStream stream(json.constData(), std::size_t(json.size()));
    return parse(stream, std::size_t(json.size()), callbacks);
}

JsonStream::Result JsonStream::read(std::FILE *file, std::size_t size, const Callbacks &callbacks)
{
    std::vector<char> chunk(std::size_t(1) << 20);
    rapidjson::FileReadStream stream(file, chunk.data(), chunk.size());
    return parse(stream, size, callbacks);
}

} // namespace cacophony
