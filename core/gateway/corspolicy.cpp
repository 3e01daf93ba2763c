#include "corspolicy.h"

#include "http/httprequestparser.h"

namespace sloop::gateway {

namespace {

// The value Access-Control-Allow-Origin carries for `origin`, or empty when
// it is not allowed.
QByteArray allowedOrigin(const Cors &cors, const QByteArray &origin)
{
    if (origin.isEmpty())
        return {};
    for (const QString &o : cors.allowOrigins) {
        if (o == QLatin1String("*"))
            return "*";
        if (o.compare(QString::fromUtf8(origin), Qt::CaseInsensitive) == 0)
            return origin;
    }
    return {};
}

QByteArray joined(const QStringList &values)
{
    return values.join(QStringLiteral(",")).toUtf8();
}

} // namespace

std::optional<http::HttpResponse> corsPreflight(const Cors &cors, const http::HttpRequestHead &head)
{
    if (!cors.enabled() || head.method != "OPTIONS")
        return std::nullopt;
    const QByteArray origin = head.header("origin");
    const QByteArray method = head.header("access-control-request-method");
    if (origin.isEmpty() || method.isEmpty())
        return std::nullopt;
    http::HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    const QByteArray allowed = allowedOrigin(cors, origin);
    if (allowed.isEmpty())
        return r;
    r.headers.append({"Access-Control-Allow-Origin", allowed});
    r.headers.append({"Access-Control-Allow-Methods",
                      cors.allowMethods.isEmpty() ? QByteArray("*") : joined(cors.allowMethods)});
    if (!cors.allowHeaders.isEmpty())
        r.headers.append({"Access-Control-Allow-Headers", joined(cors.allowHeaders)});
    if (cors.allowCredentials)
        r.headers.append({QByteArray("Access-Control-Allow-Credentials"), QByteArray("true")});
    if (cors.maxAgeSeconds > 0)
        r.headers.append({"Access-Control-Max-Age", QByteArray::number(cors.maxAgeSeconds)});
    if (allowed != "*")
        r.headers.append({QByteArray("Vary"), QByteArray("Origin")});
    return r;
}

void addCorsHeaders(const Cors &cors, const QByteArray &origin, http::HttpResponse *response)
{
    if (!cors.enabled())
        return;
    const QByteArray allowed = allowedOrigin(cors, origin);
    if (allowed.isEmpty())
        return;
    response->headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
        return h.first.toLower().startsWith("access-control-");
    });
    response->headers.append({"Access-Control-Allow-Origin", allowed});
    if (cors.allowCredentials)
        response->headers.append(
            {QByteArray("Access-Control-Allow-Credentials"), QByteArray("true")});
    if (!cors.exposeHeaders.isEmpty())
        response->headers.append({"Access-Control-Expose-Headers", joined(cors.exposeHeaders)});
    if (allowed != "*")
        response->headers.append({QByteArray("Vary"), QByteArray("Origin")});
}

} // namespace sloop::gateway
