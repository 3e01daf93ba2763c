#pragma once

#include "httpresponseparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

namespace sloop::engine {

class StreamTransport;

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray path; // with query, already percent-encoded
    QByteArray body;
    QByteArray contentType = "application/json";
    bool upgrade = false;  // hijack the connection (exec, attach)
    int timeoutMs = 30000; // whole exchange for calls; 0 for streams that live on
    // Background polling (stats every second for every container) would drown
    // the command log a learner reads: such calls are logged only when they fail.
    bool quiet = false;
};

// One request and its response on a connection of its own. Lives on the
// engine's worker thread. Emits the head, the decoded body in pieces, and
// exactly one finished().
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(StreamTransport *transport, HttpRequest request, QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    void abort(const QString &reason);
    // After an upgrade: bytes to the process's stdin.
    void write(const QByteArray &data);
    const HttpRequest &request() const { return m_request; }
    void prefixPath(const QByteArray &prefix) { m_request.path.prepend(prefix); }
    bool isFinished() const { return m_finished; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void headReceived(const sloop::engine::HttpHead &head);
    void bodyData(const QByteArray &data);
    // error is empty when the whole response arrived.
    void finished(const QString &error);

private:
    void onReady(const QString &error);
    void onReadyRead();
    void onEof();
    void finish(const QString &error);

    StreamTransport *m_transport;
    HttpRequest m_request;
    HttpResponseParser m_parser;
    QPointer<QIODevice> m_device;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    bool m_finished = false;
    bool m_headSent = false;
};

} // namespace sloop::engine

Q_DECLARE_METATYPE(sloop::engine::HttpHead)
