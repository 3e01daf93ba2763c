#pragma once

#include "httpserver.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace sloop::http {

// An HTTP/1.1 server on TCP for the AWS-compatible endpoint and the gateway:
// Boost.Beast (bench/httpserving) on a thread of its own does the sockets,
// parsing (within the request limits), keep-alive and timeouts; each
// request is handed to the handler on the thread that made the server, and
// the answer (a future) is written back from the server's thread. A
// request's body is read whole before the handler sees it.
//
// Thread-safety: use on the thread that made it.
// What a server that takes WebSocket upgrades does with them, on the thread
// that made it. A connection is numbered by the server.
struct WebSocketHandler
{
    // The upgrade request: an answer of 101 accepts it; any other is sent as
    // the refusal and the connection closed.
    std::function<QFuture<HttpResponse>(quint64 connection, const HttpRequestHead &head)> open;
    // A whole message (text or binary) from the client.
    std::function<void(quint64 connection, const QByteArray &message, bool binary)> message;
    // The connection ended (either side closed it, it idled out, it broke).
    std::function<void(quint64 connection)> closed;
};

struct WebSocketLimits
{
    qint64 maxMessageBytes = 128 * 1024;       // API Gateway's frame limit
    int idleTimeoutMs = 10 * 60 * 1000;        // API Gateway's: 10 minutes
    qint64 maxLifetimeMs = 2 * 60 * 60 * 1000; // and 2 hours at most
    qint64 maxQueuedBytes = 1024 * 1024;       // a peer that does not read is closed past it
};

class TcpHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit TcpHttpServer(HttpServer::AsyncHandler handler, HttpServerLimits limits = {},
                           QObject *parent = nullptr);
    ~TcpHttpServer() override; // stops and joins the server's thread

    // address: "127.0.0.1" (nothing else should serve an unauthenticated
    // port); port 0 picks a free one (port() says which). A failure's
    // message is the system's (this file has no tr(): see translations/).
    VoidResult listen(const QString &address, quint16 port);
    quint16 port() const;
    void close();

    // Takes WebSocket upgrades (before listen()); without it they are
    // answered as plain requests.
    void setWebSocketHandler(WebSocketHandler handler, WebSocketLimits limits = {});
    // Queues a text message to a connection; false when it is not open (it
    // closed, or never was).
    bool sendWebSocket(quint64 connection, const QByteArray &message);
    // Closes it (a normal close); closed() follows.
    void closeWebSocket(quint64 connection);
    bool hasWebSocket(quint64 connection) const;

    struct Impl; // the .cpp's sessions use it

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace sloop::http
