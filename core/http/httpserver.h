#pragma once

#include "httprequestparser.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace sloop::http {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra ones
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &body);
    // {"message": ..., "kind": ...}: the shape every Sloop API answers errors in.
    static HttpResponse error(int status, const QString &message, const QString &kind = {});
};

struct HttpServerLimits
{
    HttpRequestLimits request;
    int maxConnections = 64;
    // A client must send a whole head this soon after connecting or after
    // its previous answer (slowloris), and its body this soon after the head.
    int headTimeoutMs = 10000;
    int bodyTimeoutMs = 30000;
};

// An HTTP/1.1 server on a unix socket: keep-alive, pipelining (one request
// at a time per connection: nothing more is read while one is answered),
// 100-continue, and the request parser's limits. The handler runs on the
// server's thread; it answers at once, or later through a future (a
// function's invocation) while the connection waits.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler =
        std::function<HttpResponse(const HttpRequestHead &head, const QByteArray &body)>;
    using AsyncHandler =
        std::function<QFuture<HttpResponse>(const HttpRequestHead &head, const QByteArray &body)>;

    HttpServer(Handler handler, HttpServerLimits limits = {}, QObject *parent = nullptr);
    HttpServer(AsyncHandler handler, HttpServerLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens at `path` (which must not exist: the caller removes a stale
    // socket it owns) and makes the socket 0600.
    bool listenLocal(const QString &path, QString *error);
    void close();
    QString localPath() const;
    int connectionCount() const { return int(m_connections.size()); }

private:
    struct Connection;
    void accept();
    void onReadyRead(Connection *c);
    void answer(Connection *c, const HttpResponse &response, bool keepAlive);
    void answered(Connection *c, const HttpResponse &response, bool keepAlive);
    void drop(Connection *c);

    AsyncHandler m_handler;
    quint64 m_nextId = 0;
    HttpServerLimits m_limits;
    QLocalServer *m_local = nullptr;
    QList<Connection *> m_connections;
};

// The status line's words for the statuses Sloop's servers send.
QByteArray reasonPhrase(int status);

} // namespace sloop::http
