#pragma once

#include "dockerclient.h"
#include "streamdecoders.h"

#include <QObject>
#include <QPointer>

namespace sloop::engine {

// Follows a container's logs: opens the stream, decodes the multiplexed
// frames (or the raw bytes of a TTY container), splits lines per stream and
// parses timestamps. Reports a stream cut in the middle of a frame.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    LogFollower(DockerClient *client, QString containerId, bool tty, QObject *parent = nullptr);
    void start(const LogOptions &options);
    void stop();
    bool isRunning() const { return m_stream && !m_stream->isFinished(); }

Q_SIGNALS:
    void lines(const QList<sloop::engine::LogLine> &lines);
    // error is empty when the container's log simply ended (it stopped).
    void ended(const QString &error);

private:
    void onData(const QByteArray &bytes);
    void onFinished(const QString &error);
    void emitLines(StreamKind kind, QList<QByteArray> &raw);

    DockerClient *m_client;
    QString m_id;
    bool m_tty;
    bool m_timestamps = true;
    QPointer<EngineStream> m_stream;
    MultiplexDecoder m_mux;
    LineSplitter m_stdout;
    LineSplitter m_stderr;
};

} // namespace sloop::engine
