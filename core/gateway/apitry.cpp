#include "apitry.h"

namespace sloop::gateway {

namespace {

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString defaultStage(const Api &api)
{
    if (api.stage(QStringLiteral("$default")))
        return QStringLiteral("$default");
    return api.stages.isEmpty() ? QString() : api.stages.first().name;
}

QString tryUrl(const Api &api, const TryRequest &request)
{
    const QString stage = request.stage.isEmpty() ? defaultStage(api) : request.stage;
    QString path = request.path.isEmpty() ? QStringLiteral("/") : request.path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return api.stageUrl(stage.isEmpty() ? QStringLiteral("$default") : stage) + path;
}

QString curlCommand(const Api &api, const TryRequest &request)
{
    QStringList parts = {QStringLiteral("curl"), QStringLiteral("-i")};
    if (request.method != QLatin1String("GET") || !request.body.isEmpty())
        parts << QStringLiteral("-X") << request.method;
    if (!request.apiKey.isEmpty())
        parts << QStringLiteral("-H")
              << shellQuoted(QStringLiteral("x-api-key: ") + request.apiKey);
    for (const auto &[name, value] : request.headers)
        parts << QStringLiteral("-H")
              << shellQuoted(QString::fromUtf8(name) + QStringLiteral(": ") +
                             QString::fromUtf8(value));
    if (!request.body.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuoted(QString::fromUtf8(request.body));
    parts << shellQuoted(tryUrl(api, request));
    return parts.join(QLatin1Char(' '));
}

http::ClientRequest clientRequest(const Api &api, const TryRequest &request)
{
    http::ClientRequest r;
    r.method = request.method.toLatin1();
    r.url = QUrl(tryUrl(api, request));
    r.headers = request.headers;
    if (!request.apiKey.isEmpty())
        r.headers.append({QByteArray("x-api-key"), request.apiKey.toUtf8()});
    r.body = request.body;
    r.timeoutMs = 60000;
    return r;
}

} // namespace sloop::gateway
