#include "awsendpoint.h"

#include "batchapi.h"

#include "awsapi/sigv4.h"
#include "functions/functionservice.h"
#include "http/tcphttpserver.h"
#include "s3api.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcEndpoint, "sloop.awsapi")

namespace sloop::awsapi {

AwsEndpoint::AwsEndpoint(store::Database &db, functions::FunctionService *functions,
                         QObject *parent)
    : QObject(parent)
    , m_keys(db)
    , m_lambda(functions)
    , m_functions(functions)
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
    auto server = makeServer();
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

std::unique_ptr<http::TcpHttpServer> AwsEndpoint::makeServer()
{
    http::HttpServerLimits limits;
    // Lambda's synchronous payload limit, with room for the request's own.
    // S3's objects are sent whole, up to AWS's CLI's multipart threshold
    // (8 MB) and more; Lambda's payloads are checked at 6 MB where they are
    // read.
    limits.request.maxBodyBytes = 64 * 1024 * 1024;
    return std::make_unique<http::TcpHttpServer>(
        http::HttpServer::AsyncHandler(
            [this](const http::HttpRequestHead &head, const QByteArray &body) {
                return handle(head, body);
            }),
        limits);
}

VoidResult AwsEndpoint::serveContainersAt(const QString &address, const QString &engine)
{
    if (!m_server)
        return VoidResult::failure(ErrorKind::Unreachable,
                                   tr("The AWS-compatible endpoint is not serving."));
    if (m_containerServer && m_containerAddress == address)
        return {};
    auto server = makeServer();
    if (const VoidResult listening = server->listen(address, m_server->port()); !listening) {
        qCWarning(lcEndpoint).noquote()
            << "functions cannot reach the endpoint at" << address << listening.error();
        return listening;
    }
    m_containerServer = std::move(server);
    m_containerAddress = address;
    m_containerEngine = engine;
    qCInfo(lcEndpoint).noquote() << "functions reach the endpoint at" << containerUrl();
    return {};
}

QString AwsEndpoint::containerUrl() const
{
    if (!m_containerServer)
        return {};
    return QStringLiteral("http://%1:%2").arg(m_containerAddress).arg(m_containerServer->port());
}

std::optional<functions::AwsContext> AwsEndpoint::contextFor(const functions::FunctionRecord &f,
                                                             const QString &engine)
{
    if (!m_containerServer || engine.compare(m_containerEngine, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const SessionCredential credential =
        m_sessions.issue(f.name, QStringLiteral("lambda s3 execute-api"));
    functions::AwsContext context;
    context.endpointUrl = containerUrl();
    context.accessKeyId = credential.accessKeyId;
    context.secretAccessKey = QString::fromLatin1(credential.secret);
    context.sessionToken = QString::fromLatin1(credential.sessionToken);
    return context;
}

void AwsEndpoint::stop()
{
    if (!m_server)
        return;
    m_containerServer.reset();
    m_containerAddress.clear();
    m_containerEngine.clear();
    m_server.reset();
    Q_EMIT servingChanged(false, {});
}

QFuture<http::HttpResponse> AwsEndpoint::handle(const http::HttpRequestHead &head,
                                                const QByteArray &body)
{
    // Lambda's paths, API Gateway's @connections, else S3's (path style: /BUCKET/KEY).
    const bool lambda = LambdaApi::handles(head.path());
    const bool connections = head.path().startsWith("/@connections/");
    const bool batchApi = m_batch && BatchApi::handles(head.path());
    const QString service = lambda        ? QStringLiteral("lambda")
                            : connections ? QStringLiteral("execute-api")
                            : batchApi    ? QStringLiteral("batch")
                                          : QStringLiteral("s3");
    const auto refuse = [lambda, connections, batchApi](int status, const QString &code,
                                                        const QString &message) {
        if (lambda || connections || batchApi)
            return LambdaApi::error(status, code, message);
        // S3's names for the same refusals, in its XML.
        static const QHash<QString, QString> s3Codes = {
            {QStringLiteral("UnrecognizedClientException"), QStringLiteral("InvalidAccessKeyId")},
            {QStringLiteral("InvalidSignatureException"), QStringLiteral("SignatureDoesNotMatch")},
            {QStringLiteral("MissingAuthenticationTokenException"), QStringLiteral("AccessDenied")},
            {QStringLiteral("AccessDeniedException"), QStringLiteral("AccessDenied")}};
        return S3Api::error(status, s3Codes.value(code, code), message);
    };
    SignedRequest request{head.method, head.path(), head.query(), head.headers, body};
    const SignatureCheck check = checkSignature(
        request, service,
        [this](const QString &id) -> std::optional<QByteArray> {
            if (const auto session = m_sessions.find(id))
                return session->secret;
            return m_keys.secret(id);
        },
        QDateTime::currentMSecsSinceEpoch());
    if (!check.ok) {
        qCInfo(lcEndpoint).noquote() << "refused" << head.method << head.path() << check.errorCode;
        return QtFuture::makeReadyFuture(refuse(check.status, check.errorCode, check.message));
    }
    // A function's temporary key: only with its session token, only while
    // its function exists, and only for the services it was issued for.
    if (const auto session = m_sessions.find(check.accessKeyId)) {
        const QByteArray token = head.header("x-amz-security-token");
        // Its function may have been deleted by another process since.
        const auto holder = m_functions ? m_functions->repository().find(session->function)
                                        : Result<std::optional<functions::FunctionRecord>>(
                                              std::optional<functions::FunctionRecord>());
        const bool gone = holder && !holder->has_value();
        if (gone)
            m_sessions.revoke(session->function);
        if (token.isEmpty() || token != session->sessionToken || gone)
            return QtFuture::makeReadyFuture(
                refuse(403, QStringLiteral("UnrecognizedClientException"),
                       QStringLiteral("The security token included in the request is invalid.")));
        if (!session->scope.split(QLatin1Char(' ')).contains(service))
            return QtFuture::makeReadyFuture(
                refuse(403, QStringLiteral("AccessDeniedException"),
                       tr("%1's credentials may not call %2.").arg(session->function, service)));
    }
    if (lambda)
        return m_lambda.handle(head, body);
    if (batchApi)
        return QtFuture::makeReadyFuture(m_batch->handle(head, body));
    if (connections) {
        if (!m_connections)
            return QtFuture::makeReadyFuture(
                refuse(410, QStringLiteral("GoneException"), tr("No WebSocket API is served.")));
        const QString id =
            QUrl::fromPercentEncoding(head.path().mid(qsizetype(qstrlen("/@connections/"))));
        return QtFuture::makeReadyFuture(m_connections(head.method, id, body));
    }
    if (m_s3)
        return QtFuture::makeReadyFuture(m_s3->handle(head, body));
    return QtFuture::makeReadyFuture(
        refuse(404, QStringLiteral("UnknownOperationException"),
               tr("Sloop's endpoint has no %1.").arg(QString::fromUtf8(head.path().left(200)))));
}

void AwsEndpoint::setBatch(batch::BatchRepository *repository, std::function<void()> wake)
{
    m_batch = std::make_unique<BatchApi>(*repository, std::move(wake));
}

void AwsEndpoint::setBuckets(buckets::BucketRepository *repository, buckets::BucketWatcher *watcher)
{
    m_s3 = std::make_unique<S3Api>(repository, watcher);
}

} // namespace sloop::awsapi
