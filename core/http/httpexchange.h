#pragma once

#include "httpresponseparser.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

namespace sloop::http {

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
    // More header lines (X-Registry-Auth for a push). A name or value with a
    // line break is dropped, never sent: it would end the head early.
    QList<std::pair<QByteArray, QByteArray>> headers;
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
    void abort(const QString &reason, ErrorKind kind = ErrorKind::Internal);
    // After an upgrade: bytes to the process's stdin.
    void write(const QByteArray &data);
    const HttpRequest &request() const { return m_request; }
    void prefixPath(const QByteArray &prefix) { m_request.path.prepend(prefix); }
    bool isFinished() const { return m_finished; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void headReceived(const sloop::http::HttpHead &head);
    void bodyData(const QByteArray &data);
    // error is empty when the whole response arrived; failure() then has
    // its kind.
    void finished(const QString &error);

public:
    const Error &failure() const { return m_failure; }

private:
    void onReady(const Error &error);
    void onReadyRead();
    void onEof();
    void finish(const QString &error, ErrorKind kind = ErrorKind::Internal);

    StreamTransport *m_transport;
    HttpRequest m_request;
    HttpResponseParser m_parser;
    QPointer<QIODevice> m_device;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    Error m_failure;
    bool m_finished = false;
    bool m_headSent = false;
};

} // namespace sloop::http

Q_DECLARE_METATYPE(sloop::http::HttpHead)
