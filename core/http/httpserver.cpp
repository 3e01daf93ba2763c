#include "httpserver.h"

#include "util/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace sloop::http {

struct HttpServer::Connection
{
    QLocalSocket *socket = nullptr;
    HttpRequestParser parser;
    QTimer timer;
    bool closing = false;
    bool answering = false; // the handler's future has not finished
    quint64 id = 0;         // tells a later answer the connection is still this one
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message, const QString &kind)
{
    QJsonObject o{{QStringLiteral("message"), message}};
    if (!kind.isEmpty())
        o.insert(QStringLiteral("kind"), kind);
    return json(status, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

HttpServer::HttpServer(Handler handler, HttpServerLimits limits, QObject *parent)
    : HttpServer(AsyncHandler([handler = std::move(handler)](const HttpRequestHead &head,
                                                             const QByteArray &body) {
                     return QtFuture::makeReadyFuture(handler(head, body));
                 }),
                 limits, parent)
{
}

HttpServer::HttpServer(AsyncHandler handler, HttpServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listenLocal(const QString &path, QString *error)
{
    close();
    m_local = new QLocalServer(this);
    // Only this user may connect; the folder around it is 0700 as well.
    m_local->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_local->listen(path)) {
        if (error)
            *error = m_local->errorString();
        delete m_local;
        m_local = nullptr;
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    connect(m_local, &QLocalServer::newConnection, this, &HttpServer::accept);
    return true;
}

void HttpServer::close()
{
    for (Connection *c : std::as_const(m_connections)) {
        c->socket->disconnect(this);
        c->socket->abort();
        c->socket->deleteLater();
        delete c;
    }
    m_connections.clear();
    if (m_local) {
        m_local->close();
        delete m_local;
        m_local = nullptr;
    }
}

QString HttpServer::localPath() const
{
    return m_local ? m_local->fullServerName() : QString();
}

void HttpServer::accept()
{
    while (QLocalSocket *socket = m_local->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            const HttpResponse busy = HttpResponse::error(
                503, tr("Too many connections; try again."), QStringLiteral("unreachable"));
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(busy.body.size()) + "\r\nConnection: close\r\n\r\n" +
                          busy.body);
            socket->disconnectFromServer();
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *c = new Connection;
        c->socket = socket;
        c->id = ++m_nextId;
        c->parser = HttpRequestParser(m_limits.request);
        c->timer.setSingleShot(true);
        m_connections.append(c);
        connect(&c->timer, &QTimer::timeout, this, [this, c] {
            // Too slow: a head or body that does not come is not waited for.
            if (c->parser.state() == HttpRequestParser::State::Head &&
                c->parser.bufferedBytes() == 0)
                drop(c); // an idle keep-alive connection: just close it
            else
                answer(c, HttpResponse::error(408, tr("The request did not arrive in time.")),
                       false);
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QLocalSocket::disconnected, this, [this, c] { drop(c); });
        c->timer.start(m_limits.headTimeoutMs);
        onReadyRead(c);
    }
}

void HttpServer::onReadyRead(Connection *c)
{
    while (!c->closing && !c->answering) {
        // Backpressure: while a request is complete nothing more is read;
        // the kernel's buffer holds what the client sends meanwhile.
        if (!c->parser.done()) {
            const QByteArray data = c->socket->read(64 * 1024);
            if (data.isEmpty())
                return;
            if (!c->parser.feed(data)) {
                answer(c, HttpResponse::error(c->parser.errorStatus(), c->parser.error()), false);
                return;
            }
            if (c->parser.takeContinueRequest())
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            if (c->parser.state() == HttpRequestParser::State::Body &&
                c->timer.interval() != m_limits.bodyTimeoutMs)
                c->timer.start(m_limits.bodyTimeoutMs);
            if (!c->parser.done())
                continue;
        }
        const HttpRequestHead head = c->parser.head();
        const bool keepAlive = head.keepAlive();
        QFuture<HttpResponse> pending;
        try {
            pending = m_handler(head, c->parser.body());
        } catch (...) {
            pending = QtFuture::makeReadyFuture(HttpResponse::error(
                500, tr("The request failed inside Sloop."), QStringLiteral("internal")));
        }
        if (!pending.isFinished()) {
            // The connection waits (no head timeout meanwhile); the client
            // may go, and then the answer goes nowhere.
            c->answering = true;
            c->timer.stop();
            const quint64 id = c->id;
            pending.then(this, [this, id, keepAlive](const HttpResponse &response) {
                for (Connection *live : std::as_const(m_connections)) {
                    if (live->id != id)
                        continue;
                    live->answering = false;
                    answered(live, response, keepAlive);
                    if (!live->closing)
                        onReadyRead(live);
                    return;
                }
            });
            return;
        }
        answered(c, pending.result(), keepAlive);
    }
}

void HttpServer::answered(Connection *c, const HttpResponse &response, bool keepAlive)
{
    answer(c, response, keepAlive);
    if (c->closing)
        return;
    c->parser.next();
    c->timer.start(m_limits.headTimeoutMs);
}

void HttpServer::answer(Connection *c, const HttpResponse &response, bool keepAlive)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += response.body;
    c->socket->write(out);
    if (!keepAlive) {
        c->closing = true;
        c->timer.stop();
        c->socket->disconnectFromServer(); // after what was written has gone
    }
}

void HttpServer::drop(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    c->timer.stop();
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    // Not inside the socket's own signal: the next turn of the loop.
    QTimer::singleShot(0, this, [c] { delete c; });
}

} // namespace sloop::http
