#include "awsendpoint.h"

#include "awsapi/sigv4.h"
#include "http/tcphttpserver.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEndpoint, "sloop.awsapi")

namespace sloop::awsapi {

AwsEndpoint::AwsEndpoint(store::Database &db, functions::FunctionService *functions,
                         QObject *parent)
    : QObject(parent)
    , m_keys(db)
    , m_lambda(functions)
{
}

AwsEndpoint::~AwsEndpoint()
{
    stop();
}

QString AwsEndpoint::url(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

quint16 AwsEndpoint::port() const
{
    return m_server ? m_server->port() : 0;
}

void AwsEndpoint::start()
{
    if (m_server)
        return;
    const quint16 port = m_port ? m_port : quint16(Settings().get(Settings::EndpointPort));
    http::HttpServerLimits limits;
    // Lambda's synchronous payload limit, with room for the request's own.
    limits.request.maxBodyBytes = 6 * 1024 * 1024 + 64 * 1024;
    auto server = std::make_unique<http::TcpHttpServer>(
        http::HttpServer::AsyncHandler(
            [this](const http::HttpRequestHead &head, const QByteArray &body) {
                return handle(head, body);
            }),
        limits);
    // Loopback only: the endpoint is for this machine's tools and functions.
    const VoidResult listening = server->listen(QStringLiteral("127.0.0.1"), port);
    if (!listening) {
        m_problem = tr("Cannot serve the AWS-compatible endpoint on 127.0.0.1:%1: %2")
                        .arg(port)
                        .arg(listening.error());
        qCWarning(lcEndpoint).noquote() << "the AWS-compatible endpoint is off:" << m_problem;
        Q_EMIT servingChanged(false, m_problem);
        return;
    }
    m_server = std::move(server);
    m_problem.clear();
    qCInfo(lcEndpoint).noquote() << "AWS-compatible endpoint at" << url(m_server->port());
    Q_EMIT servingChanged(true, {});
}

void AwsEndpoint::stop()
{
    if (!m_server)
        return;
    m_server.reset();
    Q_EMIT servingChanged(false, {});
}

QFuture<http::HttpResponse> AwsEndpoint::handle(const http::HttpRequestHead &head,
                                                const QByteArray &body)
{
    SignedRequest request{head.method, head.path(), head.query(), head.headers, body};
    const SignatureCheck check = checkSignature(
        request, QStringLiteral("lambda"), [this](const QString &id) { return m_keys.secret(id); },
        QDateTime::currentMSecsSinceEpoch());
    if (!check.ok) {
        qCInfo(lcEndpoint).noquote() << "refused" << head.method << head.path() << check.errorCode;
        return QtFuture::makeReadyFuture(
            LambdaApi::error(check.status, check.errorCode, check.message));
    }
    if (LambdaApi::handles(head.path()))
        return m_lambda.handle(head, body);
    return QtFuture::makeReadyFuture(LambdaApi::error(
        404, QStringLiteral("UnknownOperationException"),
        tr("Sloop's endpoint has no %1.").arg(QString::fromUtf8(head.path().left(200)))));
}

} // namespace sloop::awsapi
