#include "adminapi.h"

#include "batch/batchdispatcher.h"

#include "adminsocket.h"
#include "controlplane.h"
#include "functions/functionjson.h"
#include "functions/functionservice.h"
#include "gateway/gateway.h"
#include "http/httpresponseparser.h"
#include "http/httpserver.h"
#include "instances/instancejson.h"
#include "instances/instanceservice.h"
#include "schedules/scheduler.h"
#include "util/logging.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QUrl>

namespace sloop {

namespace {

int statusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Refused:
        return 403;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::InvalidInput:
        return 400;
    case ErrorKind::Unsupported:
        return 501;
    case ErrorKind::Unreachable:
        return 502;
    case ErrorKind::TimedOut:
        return 504;
    case ErrorKind::Throttled:
        return 429;
    case ErrorKind::Cancelled:
    case ErrorKind::Internal:
        break;
    }
    return 500;
}

http::HttpResponse errorResponse(const Error &error)
{
    return http::HttpResponse::error(statusFor(error.kind), error.message,
                                     errorKindName(error.kind));
}

} // namespace

AdminApi::AdminApi(ControlPlane *plane, OwnerLease::Role role, QObject *parent)
    : QObject(parent)
    , m_plane(plane)
    , m_role(role)
{
}

AdminApi::~AdminApi()
{
    stop();
}

VoidResult AdminApi::start()
{
    if (m_server)
        return {};
    const Result<QString> path = admin::socketPath();
    if (!path)
        return VoidResult::failure(path.problem());
    // Whoever made this socket is gone: the caller holds the lease.
    QFile::remove(*path);
    http::HttpServerLimits limits;
    // A synchronous invocation's payload may be 6 MB, as on Lambda.
    limits.request.maxBodyBytes = functions::kMaxSyncPayloadBytes + 64 * 1024;
    auto server = std::make_unique<http::HttpServer>(
        http::HttpServer::AsyncHandler(
            [this](const http::HttpRequestHead &head, const QByteArray &body) {
                return handle(head, body);
            }),
        limits);
    QString error;
    if (!server->listenLocal(*path, &error))
        return VoidResult::failure(ErrorKind::Refused,
                                   tr("Cannot serve the admin API at %1: %2").arg(*path, error));
    m_server = std::move(server);
    m_path = *path;
    qCInfo(lcApp).noquote() << "admin API at" << m_path;
    return {};
}

void AdminApi::stop()
{
    if (!m_server)
        return;
    m_server.reset();
    QFile::remove(m_path);
    m_path.clear();
}

QFuture<http::HttpResponse> AdminApi::handle(const http::HttpRequestHead &head,
                                             const QByteArray &body)
{
    const QByteArray path = head.path();
    static const QRegularExpression invoke(
        QStringLiteral("^/v1/functions/([A-Za-z0-9_-]{1,64})/invoke$"));
    if (const auto match = invoke.match(QString::fromLatin1(path)); match.hasMatch()) {
        if (head.method != "POST")
            return QtFuture::makeReadyFuture(http::HttpResponse::error(
                405, tr("%1 is not allowed here.").arg(QString::fromLatin1(head.method)),
                errorKindName(ErrorKind::Unsupported)));
        QString qualifier;
        bool event = false;
        for (const QByteArray &pair : head.query().split('&')) {
            if (pair.startsWith("qualifier="))
                qualifier = QUrl::fromPercentEncoding(pair.mid(10));
            event = event || pair == "type=Event";
        }
        if (event)
            return QtFuture::makeReadyFuture(queueEvent(match.captured(1), qualifier, body));
        return invokeFunction(match.captured(1), qualifier, body);
    }
    return QtFuture::makeReadyFuture(handleAtOnce(head));
}

http::HttpResponse AdminApi::queueEvent(const QString &name, const QString &qualifier,
                                        const QByteArray &payload)
{
    functions::FunctionService *service = m_plane->functions();
    if (!service)
        return errorResponse(
            Error::make(ErrorKind::Unreachable,
                        tr("The owner has no store open: %1").arg(m_plane->storeProblem())));
    const auto queued = service->enqueue(name, payload, qualifier);
    if (!queued)
        return errorResponse(queued.problem());
    return http::HttpResponse::json(
        202, QJsonDocument(QJsonObject{{QStringLiteral("requestId"), queued->requestId}})
                     .toJson(QJsonDocument::Compact) +
                 '\n');
}

QFuture<http::HttpResponse> AdminApi::invokeFunction(const QString &name, const QString &qualifier,
                                                     const QByteArray &payload)
{
    functions::FunctionService *service = m_plane->functions();
    if (!service)
        return QtFuture::makeReadyFuture(errorResponse(
            Error::make(ErrorKind::Unreachable,
                        tr("The owner has no store open: %1").arg(m_plane->storeProblem()))));
    return service->invoke(name, payload, qualifier)
        .then(this, [](const Result<functions::Invocation> &done) {
            if (!done)
                return errorResponse(done.problem());
            return http::HttpResponse::json(
                200,
                QJsonDocument(functions::invocationToJson(*done)).toJson(QJsonDocument::Compact) +
                    '\n');
        });
}

http::HttpResponse AdminApi::handleAtOnce(const http::HttpRequestHead &head)
{
    const QByteArray path = head.path();
    const auto wrongMethod = [&head] {
        return http::HttpResponse::error(
            405, tr("%1 is not allowed here.").arg(QString::fromLatin1(head.method)),
            errorKindName(ErrorKind::Unsupported));
    };
    if (path == "/v1/owner") {
        if (head.method != "GET")
            return wrongMethod();
        const QJsonObject o{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                            {QStringLiteral("role"), m_role == OwnerLease::Role::Server
                                                         ? QStringLiteral("serve")
                                                         : QStringLiteral("window")},
                            {QStringLiteral("dataDir"), paths::dataDir()},
                            {QStringLiteral("version"), QStringLiteral(SLOOP_VERSION)}};
        return http::HttpResponse::json(200,
                                        QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    if (path == "/v1/instances") {
        if (head.method != "GET")
            return wrongMethod();
        instances::InstanceService *service = m_plane->instances();
        if (!service)
            return errorResponse(
                Error::make(ErrorKind::Unreachable,
                            tr("The owner has no store open: %1").arg(m_plane->storeProblem())));
        const auto all = service->instances();
        if (!all)
            return errorResponse(all.problem());
        return http::HttpResponse::json(
            200, QJsonDocument(instances::instancesToJson(*all, service->plans()))
                         .toJson(QJsonDocument::Compact) +
                     '\n');
    }
    if (path == "/v1/schedules/reload") {
        // Another process changed the schedules: fire by the new ones now,
        // not at the next poll.
        if (head.method != "POST")
            return wrongMethod();
        if (schedules::Scheduler *scheduler = m_plane->scheduler())
            scheduler->reload();
        return http::HttpResponse::json(200, "{}\n");
    }
    if (path == "/v1/batch/wake") {
        // Another process submitted, cancelled or terminated jobs.
        if (head.method != "POST")
            return wrongMethod();
        if (batch::BatchDispatcher *dispatcher = m_plane->batchDispatcher())
            dispatcher->wake();
        if (schedules::Scheduler *scheduler = m_plane->scheduler())
            scheduler->settleFinishedJobs();
        return http::HttpResponse::json(200, "{}\n");
    }
    if (path == "/v1/gateway/reload") {
        // Another process changed APIs, keys or plans.
        if (head.method != "POST")
            return wrongMethod();
        if (gateway::Gateway *gateway = m_plane->gateway())
            gateway->reload();
        return http::HttpResponse::json(200, "{}\n");
    }
    if (path == "/v1/window/raise") {
        if (head.method != "POST")
            return wrongMethod();
        if (m_role != OwnerLease::Role::Window)
            return errorResponse(
                Error::make(ErrorKind::Conflict,
                            tr("\"sloop serve\" owns this data folder; it has no window.")));
        Q_EMIT raiseRequested();
        return http::HttpResponse::json(200, "{}\n");
    }
    return errorResponse(
        Error::make(ErrorKind::NotFound,
                    tr("There is no %1 in the admin API.").arg(QString::fromUtf8(path.left(200)))));
}

Result<AdminAnswer> adminRequest(const QString &socketPath, const QByteArray &method,
                                 const QByteArray &path, int timeoutMs, const QByteArray &body)
{
    using R = Result<AdminAnswer>;
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return R::failure(ErrorKind::Unreachable,
                          QCoreApplication::translate("AdminApi", "No owner answers at %1: %2")
                              .arg(socketPath, socket.errorString()));
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: sloop\r\nConnection: close\r\n" +
                 (method == "POST" || !body.isEmpty()
                      ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                      : QByteArray()) +
                 "\r\n" + body);
    while (socket.bytesToWrite() > 0 &&
           socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
    }
    http::HttpResponseParser parser(method == "HEAD");
    QByteArray answer;
    while (!parser.done()) {
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (socket.state() != QLocalSocket::ConnectedState && parser.finishAtEof())
                break;
            return R::failure(
                deadline.hasExpired() ? ErrorKind::TimedOut : ErrorKind::Unreachable,
                QCoreApplication::translate("AdminApi", "The owner did not answer %1 %2.")
                    .arg(QString::fromLatin1(method), QString::fromLatin1(path)));
        }
        if (!parser.feed(socket.readAll(), &answer))
            return R::failure(parser.error());
    }
    return AdminAnswer{parser.head().status, answer};
}

} // namespace sloop
