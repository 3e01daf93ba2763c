#include "proxyevents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace sloop::gateway {

namespace {

struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

// Sloop's account, as in its function ARNs.
const QString kAccountId = QStringLiteral("000000000000");

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString decodedQueryPart(const QByteArray &part)
{
    return QUrl::fromPercentEncoding(part);
}

// name → values, in the order they came, names as sent.
QList<QPair<QString, QStringList>> queryParameters(const QByteArray &query)
{
    QList<QPair<QString, QStringList>> out;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decodedQueryPart(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodedQueryPart(pair.mid(eq + 1));
        auto it =
            std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == name; });
        if (it == out.end())
            out.append({name, {value}});
        else
            it->second.append(value);
    }
    return out;
}

QList<QPair<QString, QStringList>> headerValues(const GatewayRequest &r, bool withCookies)
{
    QList<QPair<QString, QStringList>> out;
    for (const auto &[name, value] : r.headers) {
        if (!withCookies && name == "cookie")
            continue;
        const QString n = text(name);
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == n; });
        if (it == out.end())
            out.append({n, {text(value)}});
        else
            it->second.append(text(value));
    }
    return out;
}

QByteArray header(const GatewayRequest &r, QByteArrayView name)
{
    for (const auto &[n, v] : r.headers) {
        if (n == name)
            return v;
    }
    return {};
}

QJsonObject mapObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// "12/Mar/2020:19:03:58 +0000", always in English as AWS writes it.
QString requestTime(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                 QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
}

QString domainName(const GatewayRequest &r)
{
    const QByteArray host = header(r, "host");
    return host.isEmpty() ? QStringLiteral("127.0.0.1") : text(host);
}

QString domainPrefix(const QString &domain)
{
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    return dot < 0 ? domain : domain.left(dot);
}

void addBody(QJsonObject &event, const GatewayRequest &r, bool nullWhenEmpty)
{
    const bool asText = isTextBody(header(r, "content-type"), r.body);
    if (r.body.isEmpty()) {
        if (nullWhenEmpty)
            event.insert(QStringLiteral("body"), QJsonValue::Null);
    } else {
        event.insert(QStringLiteral("body"),
                     asText ? text(r.body) : QString::fromLatin1(r.body.toBase64()));
    }
    event.insert(QStringLiteral("isBase64Encoded"), !r.body.isEmpty() && !asText);
}

QByteArray version2(const Api &api, const Stage &stage, const RouteMatch &match,
                    const GatewayRequest &r)
{
    QJsonObject event{{QStringLiteral("version"), QStringLiteral("2.0")},
                      {QStringLiteral("routeKey"), match.route->key},
                      {QStringLiteral("rawPath"), text(r.rawPath)},
                      {QStringLiteral("rawQueryString"), text(r.rawQuery)}};
    QJsonArray cookies;
    for (const auto &[name, value] : r.headers) {
        if (name != "cookie")
            continue;
        for (const QByteArray &cookie : value.split(';')) {
            if (!cookie.trimmed().isEmpty())
                cookies.append(text(cookie.trimmed()));
        }
    }
    if (!cookies.isEmpty())
        event.insert(QStringLiteral("cookies"), cookies);
    QJsonObject headers;
    for (const auto &[name, values] : headerValues(r, false))
        headers.insert(name, values.join(QLatin1Char(',')));
    event.insert(QStringLiteral("headers"), headers);
    const auto query = queryParameters(r.rawQuery);
    if (!query.isEmpty()) {
        QJsonObject q;
        for (const auto &[name, values] : query)
            q.insert(name, values.join(QLatin1Char(',')));
        event.insert(QStringLiteral("queryStringParameters"), q);
    }
    const QString domain = domainName(r);
    QJsonObject context{{QStringLiteral("accountId"), kAccountId},
                        {QStringLiteral("apiId"), api.id},
                        {QStringLiteral("domainName"), domain},
                        {QStringLiteral("domainPrefix"), domainPrefix(domain)},
                        {QStringLiteral("http"),
                         QJsonObject{{QStringLiteral("method"), text(r.method)},
                                     {QStringLiteral("path"), text(r.rawPath)},
                                     {QStringLiteral("protocol"), QStringLiteral("HTTP/1.1")},
                                     {QStringLiteral("sourceIp"), r.sourceIp},
                                     {QStringLiteral("userAgent"), text(header(r, "user-agent"))}}},
                        {QStringLiteral("requestId"), r.requestId},
                        {QStringLiteral("routeKey"), match.route->key},
                        {QStringLiteral("stage"), stage.name},
                        {QStringLiteral("time"), requestTime(r.timeMs)},
                        {QStringLiteral("timeEpoch"), r.timeMs}};
    if (r.authorization.kind != Authorization::Kind::None)
        context.insert(QStringLiteral("authorizer"), authorizerContext(r.authorization, 2));
    event.insert(QStringLiteral("requestContext"), context);
    if (!match.pathParameters.isEmpty())
        event.insert(QStringLiteral("pathParameters"), mapObject(match.pathParameters));
    if (!stage.variables.isEmpty())
        event.insert(QStringLiteral("stageVariables"), mapObject(stage.variables));
    addBody(event, r, false);
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray version1(const Api &api, const Stage &stage, const RouteMatch &match,
                    const GatewayRequest &r)
{
    const QString resource =
        match.route->key == QLatin1String("$default") ? match.route->key : match.route->path();
    // A REST API's path is the resource's, without the stage; the stage is
    // in requestContext.path.
    const QString path = text(api.type == ApiType::Rest ? r.path : r.rawPath);
    QJsonObject event{{QStringLiteral("version"), QStringLiteral("1.0")},
                      {QStringLiteral("resource"), resource},
                      {QStringLiteral("path"), path},
                      {QStringLiteral("httpMethod"), text(r.method)}};
    QJsonObject headers;
    QJsonObject multiHeaders;
    for (const auto &[name, values] : headerValues(r, true)) {
        headers.insert(name, values.last());
        multiHeaders.insert(name, QJsonArray::fromStringList(values));
    }
    event.insert(QStringLiteral("headers"), headers);
    event.insert(QStringLiteral("multiValueHeaders"), multiHeaders);
    const auto query = queryParameters(r.rawQuery);
    if (query.isEmpty()) {
        event.insert(QStringLiteral("queryStringParameters"), QJsonValue::Null);
        event.insert(QStringLiteral("multiValueQueryStringParameters"), QJsonValue::Null);
    } else {
        QJsonObject single;
        QJsonObject multi;
        for (const auto &[name, values] : query) {
            single.insert(name, values.last());
            multi.insert(name, QJsonArray::fromStringList(values));
        }
        event.insert(QStringLiteral("queryStringParameters"), single);
        event.insert(QStringLiteral("multiValueQueryStringParameters"), multi);
    }
    const QString domain = domainName(r);
    const QJsonValue apiKey = r.apiKey.isEmpty() ? QJsonValue(QJsonValue::Null) : r.apiKey;
    const QJsonValue apiKeyId = r.apiKeyId.isEmpty() ? QJsonValue(QJsonValue::Null) : r.apiKeyId;
    QJsonObject identity{{QStringLiteral("accessKey"), QJsonValue::Null},
                         {QStringLiteral("accountId"), QJsonValue::Null},
                         {QStringLiteral("apiKey"), apiKey},
                         {QStringLiteral("apiKeyId"), apiKeyId},
                         {QStringLiteral("caller"), QJsonValue::Null},
                         {QStringLiteral("sourceIp"), r.sourceIp},
                         {QStringLiteral("user"), QJsonValue::Null},
                         {QStringLiteral("userAgent"), text(header(r, "user-agent"))},
                         {QStringLiteral("userArn"), QJsonValue::Null}};
    QJsonObject context{{QStringLiteral("accountId"), kAccountId},
                        {QStringLiteral("apiId"), api.id},
                        {QStringLiteral("domainName"), domain},
                        {QStringLiteral("domainPrefix"), domainPrefix(domain)},
                        {QStringLiteral("extendedRequestId"), r.requestId},
                        {QStringLiteral("httpMethod"), text(r.method)},
                        {QStringLiteral("identity"), identity},
                        {QStringLiteral("path"), text(r.rawPath)},
                        {QStringLiteral("protocol"), QStringLiteral("HTTP/1.1")},
                        {QStringLiteral("requestId"), r.requestId},
                        {QStringLiteral("requestTime"), requestTime(r.timeMs)},
                        {QStringLiteral("requestTimeEpoch"), r.timeMs},
                        {QStringLiteral("resourceId"), match.route->key},
                        {QStringLiteral("resourcePath"), resource},
                        {QStringLiteral("stage"), stage.name}};
    if (r.authorization.kind != Authorization::Kind::None)
        context.insert(QStringLiteral("authorizer"), authorizerContext(r.authorization, 1));
    event.insert(QStringLiteral("requestContext"), context);
    event.insert(QStringLiteral("pathParameters"), match.pathParameters.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : mapObject(match.pathParameters));
    event.insert(QStringLiteral("stageVariables"), stage.variables.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : mapObject(stage.variables));
    addBody(event, r, true);
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

// A claim as HTTP APIs pass it: strings as they are, numbers and booleans
// as text, arrays as "[a b]".
QString claimText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(claimText(item));
        return QLatin1Char('[') + items.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

Result<http::HttpResponse> malformed(const QString &why)
{
    return Result<http::HttpResponse>::failure(
        ErrorKind::InvalidInput,
        EventText::tr("The function's answer is not a valid proxy response: %1").arg(why));
}

QByteArray headerValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isDouble())
        return QByteArray::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? "true" : "false";
    return {};
}

} // namespace

bool isTextBody(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    if (type.isEmpty()) {
        auto decoder = QStringDecoder(QStringDecoder::Utf8);
        (void)QString(decoder(body));
        return !decoder.hasError() && !body.contains('\0');
    }
    return type.startsWith("text/") || type.contains("json") || type.contains("xml") ||
           type.contains("javascript") || type.startsWith("application/x-www-form-urlencoded");
}

QByteArray proxyEvent(const Api &api, const Stage &stage, const RouteMatch &match,
                      const GatewayRequest &request, int payloadFormat)
{
    return payloadFormat == 1 ? version1(api, stage, match, request)
                              : version2(api, stage, match, request);
}

Result<http::HttpResponse> proxyResponse(const QByteArray &result, int payloadFormat)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result, &error);
    const bool isObject = error.error == QJsonParseError::NoError && doc.isObject();
    if (payloadFormat == 2 && !(isObject && doc.object().contains(QLatin1String("statusCode")))) {
        // 2.0's shortcut: whatever the function returned is the body.
        http::HttpResponse r;
        r.status = 200;
        r.contentType = "application/json";
        r.body = result;
        return r;
    }
    if (!isObject)
        return malformed(EventText::tr("it is not a JSON object."));
    const QJsonObject o = doc.object();
    const QJsonValue status = o.value(QLatin1String("statusCode"));
    const int code = status.isString() ? status.toString().toInt() : status.toInt(-1);
    if (code < 100 || code > 599)
        return malformed(EventText::tr("statusCode is missing or not an HTTP status."));
    http::HttpResponse r;
    r.status = code;
    r.contentType.clear();
    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isUndefined() && !body.isNull() && !body.isString())
        return malformed(EventText::tr("body must be a string."));
    const QByteArray bodyText = body.toString().toUtf8();
    if (o.value(QLatin1String("isBase64Encoded")).toBool()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(bodyText, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return malformed(EventText::tr("isBase64Encoded is true but body is not base64."));
        r.body = *decoded;
    } else {
        r.body = bodyText;
    }
    bool unsafe = false;
    auto add = [&r, &unsafe](const QString &name, const QByteArray &value) {
        // A name or value that would split the head is refused, not sent.
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        if (!token.match(name).hasMatch() || value.contains('\r') || value.contains('\n') ||
            value.contains('\0')) {
            unsafe = true;
            return;
        }
        const QByteArray lower = name.toLower().toUtf8();
        if (lower == "content-type")
            r.contentType = value;
        else if (lower != "content-length" && lower != "transfer-encoding" && lower != "connection")
            r.headers.append({name.toUtf8(), value});
    };
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        add(it.key(), headerValue(it.value()));
    if (payloadFormat == 1) {
        const QJsonObject multi = o.value(QLatin1String("multiValueHeaders")).toObject();
        for (auto it = multi.begin(); it != multi.end(); ++it) {
            // multiValueHeaders win over headers of the same name, as on AWS.
            const QByteArray lower = it.key().toLower().toUtf8();
            r.headers.removeIf([&lower](const auto &h) { return h.first.toLower() == lower; });
            for (const QJsonValue &v : it.value().toArray())
                add(it.key(), headerValue(v));
        }
    } else {
        for (const QJsonValue &cookie : o.value(QLatin1String("cookies")).toArray())
            add(QStringLiteral("Set-Cookie"), cookie.toString().toUtf8());
    }
    if (unsafe)
        return malformed(EventText::tr("a header's name or value is not allowed in HTTP."));
    if (r.contentType.isEmpty())
        r.contentType = "application/json";
    return r;
}

QJsonObject authorizerContext(const Authorization &a, int payloadFormat)
{
    if (a.kind == Authorization::Kind::Jwt) {
        QJsonObject claims;
        for (auto it = a.claims.begin(); it != a.claims.end(); ++it)
            claims.insert(it.key(),
                          payloadFormat == 2 ? QJsonValue(claimText(it.value())) : it.value());
        const QJsonValue scopes = a.scopes.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonArray::fromStringList(a.scopes);
        const QJsonObject jwt{{QStringLiteral("claims"), claims},
                              {QStringLiteral("scopes"), scopes}};
        return payloadFormat == 2 ? QJsonObject{{QStringLiteral("jwt"), jwt}} : jwt;
    }
    if (payloadFormat == 2)
        return QJsonObject{{QStringLiteral("lambda"), a.context}};
    QJsonObject out = a.context;
    out.insert(QStringLiteral("principalId"), a.principalId);
    out.insert(QStringLiteral("integrationLatency"), qRound(a.latencyMs));
    return out;
}

http::HttpResponse gatewayMessage(int status, const QByteArray &message)
{
    http::HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), text(message)}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

} // namespace sloop::gateway
