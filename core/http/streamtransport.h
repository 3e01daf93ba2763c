#pragma once

#include "util/error.h"

#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QObject;

namespace sloop::http {

// A way to open a byte stream to an engine. The HTTP client never knows what
// is underneath: a local unix socket, or (later) a local socket that the SSH
// layer forwards to a remote /var/run/docker.sock.
class StreamTransport
{
public:
    virtual ~StreamTransport() = default;
    virtual QString describe() const = 0; // "unix:///var/run/docker.sock"
    // Starts connecting on the calling thread. `ready` is called exactly once,
    // always after open() has returned: with an empty message when the device
    // can be written, else with the error (Unreachable, Refused, TimedOut).
    // At the end of the stream the device emits readChannelFinished().
    using Ready = std::function<void(const Error &error)>;
    virtual QIODevice *open(QObject *parent, Ready ready) = 0;
};

class UnixSocketTransport : public StreamTransport
{
public:
    explicit UnixSocketTransport(QString path)
        : m_path(std::move(path))
    {
    }
    QString describe() const override { return QStringLiteral("unix://") + m_path; }
    QIODevice *open(QObject *parent, Ready ready) override;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace sloop::http
