#include "websocketapi.h"

#include "awsapi/sigv4.h"
#include "functions/functionservice.h"
#include "http/tcphttpserver.h"
#include "util/futures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QPromise>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWebSocket, "sloop.gateway.websocket")

namespace sloop::gateway {

namespace {

QString newConnectionId()
{
    QByteArray bytes(11, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 2);
    bytes[8] = char(QRandomGenerator::global()->generate());
    bytes[9] = char(QRandomGenerator::global()->generate());
    bytes[10] = char(QRandomGenerator::global()->generate());
    return QString::fromLatin1(bytes.toBase64());
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString requestTime(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                 QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

const Route *routeOf(const QList<Route> &routes, const QString &key)
{
    for (const Route &r : routes) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

// In API Gateway's English, as every answer of the gateway's own.
http::HttpResponse management(int status, const QByteArray &errorType, const QString &message)
{
    http::HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                 .toJson(QJsonDocument::Compact);
    if (!errorType.isEmpty())
        r.headers.append({QByteArray("x-amzn-ErrorType"), errorType});
    return r;
}

// A client's message about its own request, as API Gateway sends them.
QByteArray clientNotice(const QString &message, const QString &connectionId,
                        const QString &requestId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), message},
                                     {QStringLiteral("connectionId"), connectionId},
                                     {QStringLiteral("requestId"), requestId}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray webSocketEvent(const Api &api, const Stage &stage, const WebSocketConnection &c,
                          const QString &routeKey, const QString &eventType,
                          const QString &requestId, const QByteArray &body, bool binary,
                          const http::HttpRequestHead *upgrade)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString domain = QStringLiteral("127.0.0.1");
    if (upgrade && !upgrade->header("host").isEmpty())
        domain = QString::fromUtf8(upgrade->header("host"));
    QJsonObject context{
        {QStringLiteral("routeKey"), routeKey},
        {QStringLiteral("eventType"), eventType},
        {QStringLiteral("extendedRequestId"), requestId},
        {QStringLiteral("requestTime"), requestTime(now)},
        {QStringLiteral("messageDirection"), QStringLiteral("IN")},
        {QStringLiteral("stage"), stage.name},
        {QStringLiteral("connectedAt"), c.connectedAtMs},
        {QStringLiteral("requestTimeEpoch"), now},
        {QStringLiteral("identity"), QJsonObject{{QStringLiteral("sourceIp"), c.sourceIp},
                                                 {QStringLiteral("userAgent"), c.userAgent}}},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("domainName"), domain},
        {QStringLiteral("connectionId"), c.id},
        {QStringLiteral("apiId"), api.id}};
    if (eventType == QLatin1String("MESSAGE"))
        context.insert(QStringLiteral("messageId"), newRequestId().left(16));
    if (eventType == QLatin1String("DISCONNECT")) {
        context.insert(QStringLiteral("disconnectStatusCode"), 1000);
        context.insert(QStringLiteral("disconnectReason"), QString());
    }
    QJsonObject event{{QStringLiteral("requestContext"), context},
                      {QStringLiteral("isBase64Encoded"), binary}};
    if (upgrade) {
        QJsonObject headers;
        QJsonObject multi;
        for (const auto &[name, value] : upgrade->headers) {
            const QString n = QString::fromLatin1(name);
            headers.insert(n, QString::fromUtf8(value));
            QJsonArray values = multi.value(n).toArray();
            values.append(QString::fromUtf8(value));
            multi.insert(n, values);
        }
        event.insert(QStringLiteral("headers"), headers);
        event.insert(QStringLiteral("multiValueHeaders"), multi);
        QJsonObject query;
        QJsonObject multiQuery;
        for (const QByteArray &pair : upgrade->query().split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const QString name = QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1));
            query.insert(name, value);
            QJsonArray values = multiQuery.value(name).toArray();
            values.append(value);
            multiQuery.insert(name, values);
        }
        if (!query.isEmpty()) {
            event.insert(QStringLiteral("queryStringParameters"), query);
            event.insert(QStringLiteral("multiValueQueryStringParameters"), multiQuery);
        }
    }
    if (eventType == QLatin1String("MESSAGE"))
        event.insert(QStringLiteral("body"),
                     binary ? QString::fromLatin1(body.toBase64()) : QString::fromUtf8(body));
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QString selectWebSocketRoute(const QList<Route> &routes, const QString &expression,
                             const QByteArray &message)
{
    static const QLatin1String prefix("$request.body.");
    const QJsonDocument doc = QJsonDocument::fromJson(message);
    if (expression.startsWith(prefix) && doc.isObject()) {
        QJsonValue v = doc.object();
        for (const QString &part : expression.mid(prefix.size()).split(QLatin1Char('.')))
            v = v.toObject().value(part);
        const QString key = v.isString()   ? v.toString()
                            : v.isDouble() ? QString::number(v.toDouble())
                                           : QString();
        if (!key.isEmpty() && !key.startsWith(QLatin1Char('$')) && routeOf(routes, key))
            return key;
    }
    return routeOf(routes, QStringLiteral("$default")) ? QStringLiteral("$default") : QString();
}

WebSocketApis::WebSocketApis(functions::FunctionService *functions, QObject *parent)
    : QObject(parent)
    , m_functions(functions)
{
}

WebSocketApis::~WebSocketApis() = default;

void WebSocketApis::attach(const QString &apiId, http::TcpHttpServer *server,
                           std::function<std::shared_ptr<const Api>()> api)
{
    m_apis.insert(apiId, {server, std::move(api)});
    http::WebSocketHandler handler;
    handler.open = [this, apiId](quint64 socket, const http::HttpRequestHead &head) {
        return open(apiId, socket, head);
    };
    handler.message = [this, apiId](quint64 socket, const QByteArray &text, bool binary) {
        message(apiId, socket, text, binary);
    };
    handler.closed = [this, apiId](quint64 socket) {
        closed(apiId, socket);
    };
    server->setWebSocketHandler(std::move(handler));
}

void WebSocketApis::detach(const QString &apiId)
{
    m_apis.remove(apiId);
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (it->apiId == apiId) {
            m_bySocket.remove(apiId + QLatin1Char('/') + QString::number(it->socket));
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
}

QList<WebSocketConnection> WebSocketApis::connections(const QString &apiId) const
{
    QList<WebSocketConnection> out;
    for (const WebSocketConnection &c : m_connections) {
        if (c.apiId == apiId)
            out.append(c);
    }
    return out;
}

QFuture<QByteArray> WebSocketApis::invoke(const Integration &integration, const QByteArray &event,
                                          bool *failed)
{
    *failed = false;
    if (integration.kind == Integration::Kind::Mock)
        return QtFuture::makeReadyFuture(integration.mockBody);
    if (integration.kind != Integration::Kind::Function || !m_functions) {
        *failed = true;
        return QtFuture::makeReadyFuture(QByteArray());
    }
    const auto [named, qualified] = functionAndQualifier(integration.target);
    const QString name = named; // lambdas below copy it
    const QString qualifier = qualified;
    auto promise = std::make_shared<QPromise<QByteArray>>();
    promise->start();
    whenFinished(m_functions->invoke(name, event, qualifier), this,
                 [promise, name](const Result<functions::Invocation> &done) {
                     // A failure is an empty answer marked by a leading NUL.
                     if (!done || !done->result.ok) {
                         qCInfo(lcWebSocket).noquote()
                             << "the function" << name
                             << "failed:" << (done ? done->result.errorType : done.error());
                         promise->addResult(QByteArray(1, '\0'));
                     } else {
                         promise->addResult(done->result.body);
                     }
                     promise->finish();
                 });
    return promise->future();
}

QFuture<http::HttpResponse> WebSocketApis::open(const QString &apiId, quint64 socket,
                                                const http::HttpRequestHead &head)
{
    const auto attached = m_apis.constFind(apiId);
    const std::shared_ptr<const Api> api = attached == m_apis.cend() ? nullptr : attached->api();
    QByteArray rest;
    const Stage *stage = api ? stageForPath(*api, head.path(), &rest) : nullptr;
    const Deployment *deployment = stage ? api->deployment(stage->deploymentId) : nullptr;
    if (!deployment)
        return QtFuture::makeReadyFuture(management(404, {}, QStringLiteral("No stage here.")));
    WebSocketConnection c;
    c.id = newConnectionId();
    c.apiId = apiId;
    c.stage = stage->name;
    c.socket = socket;
    c.connectedAtMs = c.lastActiveAtMs = QDateTime::currentMSecsSinceEpoch();
    c.sourceIp = QString::fromLatin1(head.peer);
    c.userAgent = QString::fromUtf8(head.header("user-agent"));
    QElapsedTimer clock;
    clock.start();
    // Logged as API Gateway logs a connect: the route, the status it gave.
    const auto logged = [this, c, clock](const http::HttpResponse &r, double integrationMs) {
        AccessLogEntry e = entryFor(c, QStringLiteral("$connect"));
        e.status = r.status;
        e.latencyMs = double(clock.nsecsElapsed()) / 1e6;
        e.integrationLatencyMs = integrationMs;
        if (r.status != 101)
            e.error = tr("$connect refused the client (%1).").arg(r.status);
        Q_EMIT served(e);
        return r;
    };
    const auto accept = [this, c]() {
        m_connections.insert(c.id, c);
        m_bySocket.insert(c.apiId + QLatin1Char('/') + QString::number(c.socket), c.id);
        http::HttpResponse r;
        r.status = 101;
        return r;
    };
    const Route *connect = routeOf(deployment->routes, QStringLiteral("$connect"));
    if (!connect)
        return QtFuture::makeReadyFuture(logged(accept(), 0));
    bool failed = false;
    const QByteArray event = webSocketEvent(
        *api, *stage, c, connect->key, QStringLiteral("CONNECT"), newRequestId(), {}, false, &head);
    const int mockStatus =
        connect->integration.kind == Integration::Kind::Mock ? connect->integration.mockStatus : 0;
    auto promise = std::make_shared<QPromise<http::HttpResponse>>();
    promise->start();
    // invoke() says whether it could start before the lambda copies that.
    const QFuture<QByteArray> answered = invoke(connect->integration, event, &failed);
    whenFinished(answered, this,
                 [promise, accept, logged, failed, mockStatus, clock](const QByteArray &answer) {
                     int status = mockStatus;
                     if (failed || answer.startsWith('\0'))
                         status = 500;
                     else if (status == 0)
                         status = QJsonDocument::fromJson(answer)
                                      .object()
                                      .value(QLatin1String("statusCode"))
                                      .toInt(200);
                     // The client is let in only on a 2xx, as API Gateway does.
                     promise->addResult(
                         logged(status >= 200 && status < 300
                                    ? accept()
                                    : management(status, {}, QStringLiteral("Forbidden")),
                                double(clock.nsecsElapsed()) / 1e6));
                     promise->finish();
                 });
    return promise->future();
}

AccessLogEntry WebSocketApis::entryFor(const WebSocketConnection &c, const QString &routeKey) const
{
    AccessLogEntry e;
    e.apiId = c.apiId;
    e.stage = c.stage;
    e.requestId = newRequestId();
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.method = QStringLiteral("WS");
    e.path = QLatin1Char('/') + c.stage;
    e.routeKey = routeKey.isEmpty() ? QStringLiteral("-") : routeKey;
    e.sourceIp = c.sourceIp;
    return e;
}

void WebSocketApis::reply(const WebSocketConnection &c, const QByteArray &text)
{
    if (const auto attached = m_apis.constFind(c.apiId); attached != m_apis.cend())
        attached->server->sendWebSocket(c.socket, text);
}

void WebSocketApis::message(const QString &apiId, quint64 socket, const QByteArray &text,
                            bool binary)
{
    const QString id = m_bySocket.value(apiId + QLatin1Char('/') + QString::number(socket));
    auto found = m_connections.find(id);
    const auto attached = m_apis.constFind(apiId);
    if (found == m_connections.end() || attached == m_apis.cend())
        return;
    found->lastActiveAtMs = QDateTime::currentMSecsSinceEpoch();
    const WebSocketConnection c = *found;
    const std::shared_ptr<const Api> api = attached->api();
    const Stage *stage = api ? api->stage(c.stage) : nullptr;
    const Deployment *deployment = stage ? api->deployment(stage->deploymentId) : nullptr;
    const QString requestId = newRequestId();
    const QString key =
        deployment ? selectWebSocketRoute(deployment->routes, api->routeSelectionExpression, text)
                   : QString();
    const Route *route = key.isEmpty() ? nullptr : routeOf(deployment->routes, key);
    AccessLogEntry e = entryFor(c, key);
    e.requestId = requestId;
    if (!route) {
        reply(c, clientNotice(QStringLiteral("Forbidden"), c.id, requestId));
        e.status = 403;
        e.error = tr("No route takes the message, and there is no $default.");
        Q_EMIT served(e);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    bool failed = false;
    const bool twoWay = route->twoWay;
    const QByteArray event = webSocketEvent(*api, *stage, c, key, QStringLiteral("MESSAGE"),
                                            requestId, text, binary, nullptr);
    const QFuture<QByteArray> answered = invoke(route->integration, event, &failed);
    whenFinished(
        answered, this, [this, c, requestId, failed, twoWay, e, clock](const QByteArray &answer) {
            AccessLogEntry done = e;
            done.latencyMs = done.integrationLatencyMs = double(clock.nsecsElapsed()) / 1e6;
            done.status = failed || answer.startsWith('\0') ? 500 : 200;
            if (done.status == 500)
                done.error = tr("The route's function failed.");
            Q_EMIT served(done);
            if (failed || answer.startsWith('\0')) {
                reply(c, clientNotice(QStringLiteral("Internal server error"), c.id, requestId));
                return;
            }
            if (!twoWay)
                return;
            // A route response: the proxy answer's body, or what came.
            const QJsonDocument doc = QJsonDocument::fromJson(answer);
            if (doc.isObject() && doc.object().contains(QLatin1String("body")))
                reply(c, doc.object().value(QLatin1String("body")).toString().toUtf8());
            else if (answer.startsWith('"'))
                reply(c, QJsonDocument::fromJson("[" + answer + "]")
                             .array()
                             .first()
                             .toString()
                             .toUtf8());
            else if (!answer.isEmpty() && answer != "null")
                reply(c, answer);
        });
}

void WebSocketApis::closed(const QString &apiId, quint64 socket)
{
    const QString id = m_bySocket.take(apiId + QLatin1Char('/') + QString::number(socket));
    const WebSocketConnection c = m_connections.take(id);
    const auto attached = m_apis.constFind(apiId);
    if (c.id.isEmpty() || attached == m_apis.cend())
        return;
    AccessLogEntry e = entryFor(c, QStringLiteral("$disconnect"));
    e.status = 200;
    // How long it was connected: what connection minutes are billed from.
    e.latencyMs = double(e.timeMs - c.connectedAtMs);
    Q_EMIT served(e);
    const std::shared_ptr<const Api> api = attached->api();
    const Stage *stage = api ? api->stage(c.stage) : nullptr;
    const Deployment *deployment = stage ? api->deployment(stage->deploymentId) : nullptr;
    const Route *route =
        deployment ? routeOf(deployment->routes, QStringLiteral("$disconnect")) : nullptr;
    if (!route)
        return;
    bool failed = false;
    // Nobody to answer: it runs for the function's sake (clean-up).
    invoke(route->integration,
           webSocketEvent(*api, *stage, c, route->key, QStringLiteral("DISCONNECT"), newRequestId(),
                          {}, false, nullptr),
           &failed);
}

bool WebSocketApis::isManagementPath(const QByteArray &pathAfterStage)
{
    return pathAfterStage.startsWith("/@connections/");
}

http::HttpResponse WebSocketApis::manage(const Api &api, const Stage &stage,
                                         const http::HttpRequestHead &head,
                                         const QByteArray &pathAfterStage, const QByteArray &body)
{
    awsapi::SignedRequest signedRequest{head.method, head.path(), head.query(), head.headers, body};
    const awsapi::SignatureCheck check = awsapi::checkSignature(
        signedRequest, QStringLiteral("execute-api"),
        m_secretOf ? m_secretOf : [](const QString &) { return std::optional<QByteArray>(); },
        QDateTime::currentMSecsSinceEpoch());
    if (!check.ok)
        return management(check.status, check.errorCode.toLatin1(), check.message);
    const QString id =
        QUrl::fromPercentEncoding(pathAfterStage.mid(qsizetype(qstrlen("/@connections/"))));
    const auto found = m_connections.constFind(id);
    if (found == m_connections.cend() || found->apiId != api.id || found->stage != stage.name)
        return management(410, "GoneException", QStringLiteral("The connection is gone."));
    return act(head.method, id, body);
}

http::HttpResponse WebSocketApis::act(const QByteArray &method, const QString &id,
                                      const QByteArray &body)
{
    const auto found = m_connections.constFind(id);
    const auto attached =
        found == m_connections.cend() ? m_apis.cend() : m_apis.constFind(found->apiId);
    if (found == m_connections.cend() || attached == m_apis.cend())
        return management(410, "GoneException", QStringLiteral("The connection is gone."));
    if (method == "POST") {
        if (body.size() > 128 * 1024)
            return management(413, "PayloadTooLargeException",
                              QStringLiteral("A message is at most 128 KB."));
        if (!attached->server->sendWebSocket(found->socket, body))
            return management(410, "GoneException", QStringLiteral("The connection is gone."));
        http::HttpResponse sent;
        sent.body.clear();
        return sent;
    }
    if (method == "GET") {
        // The wire's names, as the management API's model has them (SDKs
        // show them capitalized).
        http::HttpResponse r;
        r.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("connectedAt"), isoTime(found->connectedAtMs)},
                                 {QStringLiteral("lastActiveAt"), isoTime(found->lastActiveAtMs)},
                                 {QStringLiteral("identity"),
                                  QJsonObject{{QStringLiteral("sourceIp"), found->sourceIp},
                                              {QStringLiteral("userAgent"), found->userAgent}}}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    if (method == "DELETE") {
        attached->server->closeWebSocket(found->socket);
        http::HttpResponse r;
        r.status = 204;
        return r;
    }
    return management(405, {}, QStringLiteral("@connections takes POST, GET and DELETE."));
}

} // namespace sloop::gateway
