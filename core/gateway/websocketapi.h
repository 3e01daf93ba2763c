#pragma once

#include "accesslog.h"
#include "apimodel.h"
#include "http/httpserver.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::http {
class TcpHttpServer;
}

namespace sloop::gateway {

// One client connected to a WebSocket API stage.
struct WebSocketConnection
{
    QString id; // API Gateway's connectionId: 12 characters of base64
    QString apiId;
    QString stage;
    quint64 socket = 0; // the server's number for it
    qint64 connectedAtMs = 0;
    qint64 lastActiveAtMs = 0;
    QString sourceIp;
    QString userAgent;
};

// The WebSocket side of the gateway, as API Gateway's WebSocket APIs: an
// upgrade runs the stage's $connect route (a function answering 2xx, or
// none, lets the client in), each message goes to the route its selection
// expression picks ($default otherwise) with the WebSocket event shape
// (requestContext.connectionId, routeKey, eventType), a close runs
// $disconnect. Functions and callers send through the @connections
// management API (POST/GET/DELETE /STAGE/@connections/ID, SigV4-signed with
// a key Sloop issued) served on the same port.
//
// Thread-safety: use on the thread that made it.
class WebSocketApis : public QObject
{
    Q_OBJECT
public:
    WebSocketApis(functions::FunctionService *functions, QObject *parent = nullptr);
    ~WebSocketApis() override;

    // Who may use @connections: a key's secret by its id (Sloop's keys).
    using SecretLookup = std::function<std::optional<QByteArray>(const QString &accessKeyId)>;
    void setSecretLookup(SecretLookup lookup) { m_secretOf = std::move(lookup); }

    // Serves an API's WebSocket upgrades and messages on its server; the
    // definition comes from `api` each time (a reload replaces it).
    void attach(const QString &apiId, http::TcpHttpServer *server,
                std::function<std::shared_ptr<const Api>()> api);
    // The API's server went: its connections are gone.
    void detach(const QString &apiId);

    // The @connections requests (path after the stage: /@connections/ID).
    static bool isManagementPath(const QByteArray &pathAfterStage);
    http::HttpResponse manage(const Api &api, const Stage &stage, const http::HttpRequestHead &head,
                              const QByteArray &pathAfterStage, const QByteArray &body);

    // The same for a connection of any API, by its Sloop-wide id, for a
    // caller that checked the signature itself (the AWS endpoint, where
    // functions reach it from their containers).
    http::HttpResponse act(const QByteArray &method, const QString &connectionId,
                           const QByteArray &body);

    QList<WebSocketConnection> connections(const QString &apiId) const;

Q_SIGNALS:
    // Each connect, message and disconnect, for the access log and metrics
    // (route key, status: 101 or the refusal's, 200, 403 without a route,
    // 500 for a function that failed).
    void served(const sloop::gateway::AccessLogEntry &entry);

private:
    AccessLogEntry entryFor(const WebSocketConnection &c, const QString &routeKey) const;
    QFuture<http::HttpResponse> open(const QString &apiId, quint64 socket,
                                     const http::HttpRequestHead &head);
    void message(const QString &apiId, quint64 socket, const QByteArray &message, bool binary);
    void closed(const QString &apiId, quint64 socket);
    QFuture<QByteArray> invoke(const Integration &integration, const QByteArray &event,
                               bool *failed);
    void reply(const WebSocketConnection &c, const QByteArray &text);

    struct Attached
    {
        http::TcpHttpServer *server = nullptr;
        std::function<std::shared_ptr<const Api>()> api;
    };
    functions::FunctionService *m_functions;
    SecretLookup m_secretOf;
    QHash<QString, Attached> m_apis;                   // by API id
    QHash<QString, WebSocketConnection> m_connections; // by connection id
    QHash<QString, QString> m_bySocket;                // "api/socket" → connection id
};

// The event a function gets for a WebSocket route, as API Gateway builds it.
// eventType: CONNECT (with the upgrade's headers and query), MESSAGE (with
// the body), DISCONNECT.
QByteArray webSocketEvent(const Api &api, const Stage &stage, const WebSocketConnection &c,
                          const QString &routeKey, const QString &eventType,
                          const QString &requestId, const QByteArray &body, bool binary,
                          const http::HttpRequestHead *upgrade);

// The route a message selects: the value at the expression's path in its
// JSON, when a route has that key; else $default (empty when there is none).
QString selectWebSocketRoute(const QList<Route> &routes, const QString &expression,
                             const QByteArray &message);

} // namespace sloop::gateway
