#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sloop::engine {

enum class StreamKind { Stdin = 0, Stdout = 1, Stderr = 2, System = 3 };

struct StreamFrame
{
    StreamKind kind = StreamKind::Stdout;
    QByteArray data;
};

// Decodes Docker's multiplexed attach/logs stream (8-byte header: kind, three
// zero bytes, big-endian payload size). Frames may be split across reads at
// any byte; a partial frame waits for the rest.
class MultiplexDecoder
{
public:
    // Returns false when the bytes cannot be a multiplexed stream.
    bool feed(QByteArrayView data, QList<StreamFrame> *frames);
    // True while a frame is partly received (a cut stream is reported, not hidden).
    bool hasPartialFrame() const { return !m_buffer.isEmpty(); }
    const QString &error() const { return m_error; }

    static constexpr quint32 kMaxFrame = 16 * 1024 * 1024;

private:
    QByteArray m_buffer;
    QString m_error;
};

// Splits a byte stream into lines ('\n'; a trailing '\r' is dropped). A line
// longer than the limit is cut into pieces rather than growing without end.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLine = 1024 * 1024) : m_maxLine(maxLine) {}
    void feed(QByteArrayView data, QList<QByteArray> *lines);
    // The stream ended: hand out what is left as a last line.
    void flush(QList<QByteArray> *lines);

private:
    QByteArray m_buffer;
    qsizetype m_maxLine;
};

struct LogLine
{
    StreamKind kind = StreamKind::Stdout;
    QDateTime timestamp; // invalid when the engine was not asked for timestamps
    QString text;
};

// Splits a log line from `docker logs --timestamps` into its RFC 3339 time
// and text. Lines without a valid timestamp keep their whole text.
LogLine parseLogLine(StreamKind kind, const QByteArray &line, bool withTimestamps);

} // namespace sloop::engine
