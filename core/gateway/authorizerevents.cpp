#include "authorizerevents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sloop::gateway {

namespace {

struct AuthorizerText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

QByteArray headerOf(const GatewayRequest &r, const QByteArray &name)
{
    QByteArrayList values;
    for (const auto &[n, v] : r.headers) {
        if (n == name)
            values.append(v);
    }
    return values.join(',');
}

QString queryValue(const QByteArray &rawQuery, const QString &name)
{
    for (const QByteArray &pair : rawQuery.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)) == name)
            return eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1));
    }
    return {};
}

Result<AuthorizerAnswer> bad(const QString &why)
{
    return Result<AuthorizerAnswer>::failure(
        ErrorKind::InvalidInput,
        AuthorizerText::tr("The authorizer's answer is not valid: %1").arg(why));
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern == text;
    const QString re = QRegularExpression::escape(pattern)
                           .replace(QLatin1String("\\*"), QLatin1String(".*"))
                           .replace(QLatin1String("\\?"), QLatin1String("."));
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
}

QStringList stringOrList(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

std::optional<QStringList> identityValues(const Authorizer &authorizer,
                                          const GatewayRequest &request)
{
    static const QLatin1String header("$request.header.");
    static const QLatin1String query("$request.querystring.");
    QStringList out;
    for (const QString &source : authorizer.identitySources) {
        QString value;
        if (source.startsWith(header))
            value = QString::fromUtf8(
                headerOf(request, source.mid(header.size()).toLower().toLatin1()));
        else if (source.startsWith(query))
            value = queryValue(request.rawQuery, source.mid(query.size()));
        if (value.isEmpty())
            return std::nullopt;
        out.append(value);
    }
    return out;
}

QString executeApiArn(const QString &apiId, const QString &stage, const QByteArray &method,
                      const QByteArray &path)
{
    return QStringLiteral("arn:sloop:execute-api:local:000000000000:%1/%2/%3%4")
        .arg(apiId, stage, QString::fromLatin1(method), QString::fromUtf8(path));
}

QByteArray authorizerEvent(const Api &api, const Authorizer &authorizer, const Stage &stage,
                           const RouteMatch &match, const GatewayRequest &request,
                           const QStringList &identity)
{
    const QString arn = executeApiArn(api.id, stage.name, request.method, request.path);
    if (authorizer.kind == Authorizer::Kind::Token) {
        const QJsonObject event{{QStringLiteral("type"), QStringLiteral("TOKEN")},
                                {QStringLiteral("authorizationToken"), identity.value(0)},
                                {QStringLiteral("methodArn"), arn}};
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }
    const int format = api.type == ApiType::Rest ? 1 : authorizer.payloadFormat;
    QJsonObject event =
        QJsonDocument::fromJson(proxyEvent(api, stage, match, request, format)).object();
    event.remove(QStringLiteral("body"));
    event.remove(QStringLiteral("isBase64Encoded"));
    event.insert(QStringLiteral("type"), QStringLiteral("REQUEST"));
    if (format == 2) {
        event.insert(QStringLiteral("routeArn"), arn);
        event.insert(QStringLiteral("identitySource"), QJsonArray::fromStringList(identity));
    } else {
        event.insert(QStringLiteral("methodArn"), arn);
        if (api.type == ApiType::Http) {
            event.insert(QStringLiteral("identitySource"), identity.join(QLatin1Char(',')));
            event.insert(QStringLiteral("authorizationToken"), identity.join(QLatin1Char(',')));
        } else {
            event.remove(QStringLiteral("version"));
        }
    }
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

Result<AuthorizerAnswer> readAuthorizerAnswer(const QByteArray &result, bool simpleResponses)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(AuthorizerText::tr("it is not a JSON object"));
    const QJsonObject o = doc.object();
    AuthorizerAnswer answer;
    const QJsonValue context = o.value(QLatin1String("context"));
    if (!context.isUndefined() && !context.isNull() && !context.isObject())
        return bad(AuthorizerText::tr("\"context\" is not an object"));
    answer.context = context.toObject();
    if (simpleResponses) {
        if (!o.value(QLatin1String("isAuthorized")).isBool())
            return bad(AuthorizerText::tr("a simple response has \"isAuthorized\": true or false"));
        answer.simple = true;
        answer.authorized = o.value(QLatin1String("isAuthorized")).toBool();
        return answer;
    }
    for (auto it = answer.context.begin(); it != answer.context.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            return bad(AuthorizerText::tr("the context value \"%1\" is not a string, number or "
                                          "boolean")
                           .arg(it.key()));
    }
    const QJsonValue policy = o.value(QLatin1String("policyDocument"));
    if (!policy.isObject())
        return bad(AuthorizerText::tr("it has no \"policyDocument\""));
    const QJsonValue statements = policy.toObject().value(QLatin1String("Statement"));
    if (statements.isObject())
        answer.statements = QJsonArray{statements};
    else if (statements.isArray())
        answer.statements = statements.toArray();
    else
        return bad(AuthorizerText::tr("its policy has no \"Statement\""));
    answer.principalId = o.value(QLatin1String("principalId")).toString();
    return answer;
}

PolicyEffect evaluatePolicy(const QJsonArray &statements, const QString &arn)
{
    bool allowed = false;
    for (const QJsonValue &v : statements) {
        const QJsonObject s = v.toObject();
        const QStringList actions = stringOrList(s.value(QLatin1String("Action")));
        const bool invokes = std::any_of(actions.cbegin(), actions.cend(), [](const QString &a) {
            return wildcardMatch(a, QStringLiteral("execute-api:Invoke"));
        });
        if (!invokes)
            continue;
        const QStringList resources = stringOrList(s.value(QLatin1String("Resource")));
        // Handler code written for AWS names its partition; it means this API.
        const bool covers = std::any_of(resources.cbegin(), resources.cend(), [&](QString r) {
            if (r.startsWith(QLatin1String("arn:aws:execute-api:")))
                r.replace(4, 3, QStringLiteral("sloop"));
            return wildcardMatch(r, arn);
        });
        if (!covers)
            continue;
        const QString effect = s.value(QLatin1String("Effect")).toString();
        if (effect == QLatin1String("Deny"))
            return PolicyEffect::ExplicitDeny;
        if (effect == QLatin1String("Allow"))
            allowed = true;
    }
    return allowed ? PolicyEffect::Allow : PolicyEffect::Deny;
}

} // namespace sloop::gateway
