#include "logfollower.h"

namespace sloop::engine {

LogFollower::LogFollower(DockerClient *client, QString containerId, bool tty, QObject *parent)
    : QObject(parent), m_client(client), m_id(std::move(containerId)), m_tty(tty)
{
}

void LogFollower::start(const LogOptions &options)
{
    stop();
    m_mux = MultiplexDecoder();
    m_stdout = LineSplitter();
    m_stderr = LineSplitter();
    m_timestamps = options.timestamps;
    m_stream = m_client->containerLogs(m_id, options, this);
    connect(m_stream, &EngineStream::data, this, &LogFollower::onData);
    connect(m_stream, &EngineStream::finished, this, &LogFollower::onFinished);
}

void LogFollower::stop()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
    }
}

void LogFollower::emitLines(StreamKind kind, QList<QByteArray> &raw)
{
    if (raw.isEmpty())
        return;
    QList<LogLine> out;
    out.reserve(raw.size());
    for (const QByteArray &line : std::as_const(raw))
        out.append(parseLogLine(kind, line, m_timestamps));
    raw.clear();
    Q_EMIT lines(out);
}

void LogFollower::onData(const QByteArray &bytes)
{
    QList<QByteArray> out, err;
    if (m_tty) {
        m_stdout.feed(bytes, &out);
    } else {
        QList<StreamFrame> frames;
        if (!m_mux.feed(bytes, &frames)) {
            const QString error = m_mux.error();
            stop();
            Q_EMIT ended(error);
            return;
        }
        for (const StreamFrame &f : std::as_const(frames))
            (f.kind == StreamKind::Stderr ? m_stderr : m_stdout)
                .feed(f.data, f.kind == StreamKind::Stderr ? &err : &out);
    }
    emitLines(StreamKind::Stdout, out);
    emitLines(StreamKind::Stderr, err);
}

void LogFollower::onFinished(const QString &error)
{
    QList<QByteArray> out, err;
    m_stdout.flush(&out);
    m_stderr.flush(&err);
    emitLines(StreamKind::Stdout, out);
    emitLines(StreamKind::Stderr, err);
    QString message = error;
    if (message.isEmpty() && m_mux.hasPartialFrame())
        message = tr("The log stream was cut in the middle of a frame; the last line may be "
                     "incomplete.");
    Q_EMIT ended(message);
}

} // namespace sloop::engine
