#pragma once

#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QObject;

namespace sloop::engine {

// A way to open a byte stream to an engine. The HTTP client never knows what
// is underneath: a local unix socket, or (later) a local socket that the SSH
// layer forwards to a remote /var/run/docker.sock.
class StreamTransport
{
public:
    virtual ~StreamTransport() = default;
    virtual QString describe() const = 0; // "unix:///var/run/docker.sock"
    // Starts connecting on the calling thread. `ready` is called exactly once,
    // always after open() has returned: with an empty string when the device
    // can be written, else with a message. At the end of the stream the device
    // emits readChannelFinished().
    virtual QIODevice *open(QObject *parent, std::function<void(const QString &error)> ready) = 0;
};

class UnixSocketTransport : public StreamTransport
{
public:
    explicit UnixSocketTransport(QString path) : m_path(std::move(path)) {}
    QString describe() const override { return QStringLiteral("unix://") + m_path; }
    QIODevice *open(QObject *parent, std::function<void(const QString &error)> ready) override;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace sloop::engine
