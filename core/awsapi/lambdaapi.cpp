#include "lambdaapi.h"

#include "functions/functionservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcLambdaApi, "sloop.awsapi.lambda")

namespace sloop::awsapi {

namespace {

struct ApiText
{
    Q_DECLARE_TR_FUNCTIONS(AwsApi)
};

const QByteArray kPrefix = "/2015-03-31/functions";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString runtimeOf(functions::Runtime runtime)
{
    switch (runtime) {
    case functions::Runtime::Python3:
        return QStringLiteral("python3.11"); // Debian 12's, in the runtime image
    case functions::Runtime::NodeJs:
        return QStringLiteral("nodejs18.x"); // Debian 12's
    case functions::Runtime::Provided:
        return QStringLiteral("provided");
    case functions::Runtime::Image:
        break; // an image function has no runtime in Lambda's answers
    }
    return {};
}

QJsonObject configuration(const functions::FunctionRecord &r)
{
    QJsonObject variables;
    for (auto it = r.environment.cbegin(); it != r.environment.cend(); ++it)
        variables.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("FunctionName"), r.name},
        {QStringLiteral("FunctionArn"), functions::functionArn(r.name)},
        {QStringLiteral("Runtime"), runtimeOf(r.runtime)},
        {QStringLiteral("Role"), QString()},
        {QStringLiteral("Handler"), r.handler},
        {QStringLiteral("Description"), r.description},
        {QStringLiteral("Timeout"), r.timeoutSeconds},
        {QStringLiteral("MemorySize"), r.memoryMiB},
        {QStringLiteral("LastModified"),
         QDateTime::fromMSecsSinceEpoch(r.updatedMs, Qt::UTC)
             .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'"))},
        {QStringLiteral("Version"), QStringLiteral("$LATEST")},
        {QStringLiteral("Environment"), QJsonObject{{QStringLiteral("Variables"), variables}}},
        {QStringLiteral("EphemeralStorage"), QJsonObject{{QStringLiteral("Size"), r.ephemeralMiB}}},
        {QStringLiteral("State"), QStringLiteral("Active")},
        {QStringLiteral("LastUpdateStatus"), QStringLiteral("Successful")},
        {QStringLiteral("PackageType"), QStringLiteral("Zip")},
        {QStringLiteral("Architectures"), QJsonArray{QStringLiteral("x86_64")}}};
    if (r.runtime == functions::Runtime::Image) {
        // As Lambda answers for a container image: no runtime or handler,
        // the CMD override under ImageConfigResponse.
        o.remove(QStringLiteral("Runtime"));
        o.remove(QStringLiteral("Handler"));
        o.insert(QStringLiteral("PackageType"), QStringLiteral("Image"));
        if (!r.handler.isEmpty())
            o.insert(
                QStringLiteral("ImageConfigResponse"),
                QJsonObject{{QStringLiteral("ImageConfig"),
                             QJsonObject{{QStringLiteral("Command"), QJsonArray{r.handler}}}}});
    }
    return o;
}

// "NAME", "NAME:QUALIFIER", "123456789012:function:NAME", a full ARN.
QString functionPart(const QString &given)
{
    const qsizetype at = given.indexOf(QLatin1String("function:"));
    return at >= 0 ? given.mid(at + 9) : given;
}

QString functionNameOf(const QString &given)
{
    return functionPart(given).section(QLatin1Char(':'), 0, 0);
}

QString qualifierOf(const QString &given, const QByteArray &query)
{
    const QString inName = functionPart(given).section(QLatin1Char(':'), 1, 1);
    if (!inName.isEmpty())
        return inName;
    for (const QByteArray &pair : query.split('&'))
        if (pair.startsWith("Qualifier="))
            return QUrl::fromPercentEncoding(pair.mid(10));
    return {};
}

http::HttpResponse fromError(const Error &problem)
{
    switch (problem.kind) {
    case ErrorKind::NotFound:
        return LambdaApi::error(404, QStringLiteral("ResourceNotFoundException"), problem.message);
    case ErrorKind::Throttled: {
        http::HttpResponse r = LambdaApi::error(429, QStringLiteral("TooManyRequestsException"),
                                                QStringLiteral("Rate Exceeded."));
        QJsonObject body = QJsonDocument::fromJson(r.body).object();
        body.insert(QStringLiteral("Reason"),
                    QStringLiteral("ReservedFunctionConcurrentInvocationLimitExceeded"));
        r.body = json(body);
        return r;
    }
    case ErrorKind::InvalidInput:
        if (problem.message.startsWith(QLatin1String("Request must be smaller")))
            return LambdaApi::error(413, QStringLiteral("RequestTooLargeException"),
                                    problem.message);
        return LambdaApi::error(400, QStringLiteral("InvalidRequestContentException"),
                                problem.message);
    default:
        return LambdaApi::error(500, QStringLiteral("ServiceException"), problem.message);
    }
}

} // namespace

bool LambdaApi::handles(const QByteArray &path)
{
    return path == kPrefix || path.startsWith(QByteArray(kPrefix + '/'));
}

http::HttpResponse LambdaApi::error(int status, const QString &type, const QString &message)
{
    http::HttpResponse r =
        http::HttpResponse::json(status, json({{QStringLiteral("Type"), QStringLiteral("User")},
                                               {QStringLiteral("message"), message}}));
    r.headers.append({QByteArrayLiteral("X-Amzn-ErrorType"), type.toLatin1()});
    return r;
}

QFuture<http::HttpResponse> LambdaApi::handle(const http::HttpRequestHead &head,
                                              const QByteArray &body)
{
    const auto ready = [](http::HttpResponse r) {
        return QtFuture::makeReadyFuture(std::move(r));
    };
    // /2015-03-31/functions[/NAME[/invocations|/configuration]]
    const QByteArrayList parts = head.path().mid(kPrefix.size()).split('/');
    QStringList words;
    for (const QByteArray &part : parts)
        if (!part.isEmpty())
            words << QUrl::fromPercentEncoding(part);
    if (words.isEmpty()) {
        if (head.method != "GET")
            return ready(error(405, QStringLiteral("UnknownOperationException"),
                               ApiText::tr("Unknown operation.")));
        const auto all = m_service->repository().all();
        if (!all)
            return ready(fromError(all.problem()));
        QJsonArray list;
        for (const auto &r : *all)
            list.append(configuration(r));
        return ready(http::HttpResponse::json(200, json({{QStringLiteral("Functions"), list}})));
    }
    const QString name = functionNameOf(words.first());
    if (words.size() == 2 && words.at(1) == QLatin1String("invocations") && head.method == "POST")
        return invoke(name, qualifierOf(words.first(), head.query()), head, body);
    if (head.method == "GET" &&
        (words.size() == 1 ||
         (words.size() == 2 && words.at(1) == QLatin1String("configuration")))) {
        const auto found = m_service->repository().find(name);
        if (!found)
            return ready(fromError(found.problem()));
        if (!found->has_value())
            return ready(fromError(functions::functionNotFound(name)));
        const QJsonObject config = configuration(**found);
        if (words.size() == 2)
            return ready(http::HttpResponse::json(200, json(config)));
        QJsonObject code{
            {QStringLiteral("RepositoryType"), QStringLiteral("Sloop")},
            {QStringLiteral("Location"), functions::FunctionService::imageOf((*found)->name)}};
        if ((*found)->runtime == functions::Runtime::Image)
            code = {{QStringLiteral("RepositoryType"), QStringLiteral("ECR")},
                    {QStringLiteral("ImageUri"), (*found)->imageUri}};
        return ready(
            http::HttpResponse::json(200, json({{QStringLiteral("Configuration"), config},
                                                {QStringLiteral("Code"), code},
                                                {QStringLiteral("Tags"), QJsonObject{}}})));
    }
    return ready(error(404, QStringLiteral("UnknownOperationException"),
                       ApiText::tr("Unknown operation %1 %2.")
                           .arg(QString::fromLatin1(head.method), QString::fromUtf8(head.path()))));
}

QFuture<http::HttpResponse> LambdaApi::invoke(const QString &name, const QString &qualifier,
                                              const http::HttpRequestHead &head,
                                              const QByteArray &body)
{
    const QByteArray type = head.header("x-amz-invocation-type");
    const bool tail = head.header("x-amz-log-type").compare("Tail", Qt::CaseInsensitive) == 0;
    if (!type.isEmpty() && type != "RequestResponse" && type != "Event" && type != "DryRun")
        return QtFuture::makeReadyFuture(
            error(400, QStringLiteral("InvalidParameterValueException"),
                  ApiText::tr("X-Amz-Invocation-Type must be RequestResponse, Event or DryRun.")));
    if (type == "DryRun") {
        const auto found = m_service->repository().find(name);
        if (!found || !found->has_value())
            return QtFuture::makeReadyFuture(fromError(functions::functionNotFound(name)));
        http::HttpResponse r = http::HttpResponse::json(204, {});
        r.contentType.clear();
        return QtFuture::makeReadyFuture(r);
    }
    if (type == "Event") {
        // Stored before the 202: the owner's dispatcher runs it, retries it
        // and sends it on when it never succeeds.
        const auto queued = m_service->enqueue(name, body, qualifier);
        if (!queued)
            return QtFuture::makeReadyFuture(fromError(queued.problem()));
        http::HttpResponse r = http::HttpResponse::json(202, {});
        r.contentType.clear();
        r.headers.append({QByteArrayLiteral("X-Amzn-RequestId"), queued->requestId.toLatin1()});
        return QtFuture::makeReadyFuture(r);
    }
    return m_service->invoke(name, body, qualifier)
        .then([tail](const Result<functions::Invocation> &done) {
            if (!done)
                return fromError(done.problem());
            http::HttpResponse r = http::HttpResponse::json(200, done->result.body);
            r.headers.append(
                {QByteArrayLiteral("X-Amz-Executed-Version"), done->record.version.toLatin1()});
            if (!done->result.ok)
                r.headers.append(
                    {QByteArrayLiteral("X-Amz-Function-Error"), QByteArrayLiteral("Unhandled")});
            if (tail)
                r.headers.append({QByteArrayLiteral("X-Amz-Log-Result"),
                                  done->record.log.toUtf8().right(4096).toBase64()});
            return r;
        });
}

} // namespace sloop::awsapi
