#include "apimodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace sloop::gateway {

namespace {

struct ModelText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

const QStringList kMethods = {
    QStringLiteral("ANY"),  QStringLiteral("GET"),     QStringLiteral("POST"),
    QStringLiteral("PUT"),  QStringLiteral("PATCH"),   QStringLiteral("DELETE"),
    QStringLiteral("HEAD"), QStringLiteral("OPTIONS"),
};

Error invalid(const QString &message)
{
    return Error::make(ErrorKind::InvalidInput, message);
}

VoidResult refused(const QString &message)
{
    return VoidResult::failure(invalid(message));
}

QJsonObject integrationToJson(const Integration &i)
{
    QJsonObject o{{QStringLiteral("kind"), integrationKindName(i.kind)},
                  {QStringLiteral("target"), i.target},
                  {QStringLiteral("payloadFormat"), i.payloadFormat},
                  {QStringLiteral("timeoutMs"), i.timeoutMs}};
    if (i.kind == Integration::Kind::Mock) {
        o.insert(QStringLiteral("mockStatus"), i.mockStatus);
        o.insert(QStringLiteral("mockBody"), QString::fromUtf8(i.mockBody));
        o.insert(QStringLiteral("mockContentType"), QString::fromUtf8(i.mockContentType));
    }
    return o;
}

std::optional<Integration> integrationFromJson(const QJsonObject &o)
{
    Integration i;
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("function"))
        i.kind = Integration::Kind::Function;
    else if (kind == QLatin1String("http"))
        i.kind = Integration::Kind::Http;
    else if (kind == QLatin1String("mock"))
        i.kind = Integration::Kind::Mock;
    else
        return std::nullopt;
    i.target = o.value(QLatin1String("target")).toString();
    i.payloadFormat = o.value(QLatin1String("payloadFormat")).toInt(2);
    i.timeoutMs = o.value(QLatin1String("timeoutMs")).toInt(29000);
    i.mockStatus = o.value(QLatin1String("mockStatus")).toInt(200);
    i.mockBody = o.value(QLatin1String("mockBody")).toString().toUtf8();
    i.mockContentType = o.value(QLatin1String("mockContentType"))
                            .toString(QStringLiteral("application/json"))
                            .toUtf8();
    return i;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

QJsonObject authorizerToJson(const Authorizer &a)
{
    QJsonObject o{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("kind"), authorizerKindName(a.kind)},
        {QStringLiteral("identitySources"), QJsonArray::fromStringList(a.identitySources)}};
    if (a.kind == Authorizer::Kind::Jwt) {
        o.insert(QStringLiteral("issuer"), a.issuer);
        o.insert(QStringLiteral("audiences"), QJsonArray::fromStringList(a.audiences));
        o.insert(QStringLiteral("jwksFile"), a.jwksFile);
    } else {
        o.insert(QStringLiteral("function"), a.function);
        o.insert(QStringLiteral("ttlSeconds"), a.ttlSeconds);
        o.insert(QStringLiteral("simpleResponses"), a.simpleResponses);
        o.insert(QStringLiteral("payloadFormat"), a.payloadFormat);
    }
    return o;
}

std::optional<Authorizer> authorizerFromJson(const QJsonObject &o)
{
    Authorizer a;
    const auto kind = authorizerKindFromName(o.value(QLatin1String("kind")).toString());
    a.name = o.value(QLatin1String("name")).toString();
    if (!kind || a.name.isEmpty())
        return std::nullopt;
    a.kind = *kind;
    a.identitySources = strings(o.value(QLatin1String("identitySources")));
    a.issuer = o.value(QLatin1String("issuer")).toString();
    a.audiences = strings(o.value(QLatin1String("audiences")));
    a.jwksFile = o.value(QLatin1String("jwksFile")).toString();
    a.function = o.value(QLatin1String("function")).toString();
    a.ttlSeconds = o.value(QLatin1String("ttlSeconds")).toInt(300);
    a.simpleResponses = o.value(QLatin1String("simpleResponses")).toBool();
    a.payloadFormat = o.value(QLatin1String("payloadFormat")).toInt(2);
    return a;
}

QJsonArray routesToJson(const QList<Route> &routes)
{
    QJsonArray a;
    for (const Route &r : routes) {
        QJsonObject o{{QStringLiteral("key"), r.key},
                      {QStringLiteral("integration"), integrationToJson(r.integration)},
                      {QStringLiteral("apiKeyRequired"), r.apiKeyRequired}};
        if (r.twoWay)
            o.insert(QStringLiteral("twoWay"), true);
        if (!r.authorizer.isEmpty()) {
            o.insert(QStringLiteral("authorizer"), r.authorizer);
            o.insert(QStringLiteral("authorizationScopes"),
                     QJsonArray::fromStringList(r.authorizationScopes));
        }
        a.append(o);
    }
    return a;
}

bool routesFromJson(const QJsonValue &v, QList<Route> *routes)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        Route r;
        r.key = o.value(QLatin1String("key")).toString();
        const auto integration =
            integrationFromJson(o.value(QLatin1String("integration")).toObject());
        if (r.key.isEmpty() || !integration)
            return false;
        r.integration = *integration;
        r.apiKeyRequired = o.value(QLatin1String("apiKeyRequired")).toBool();
        r.twoWay = o.value(QLatin1String("twoWay")).toBool();
        r.authorizer = o.value(QLatin1String("authorizer")).toString();
        r.authorizationScopes = strings(o.value(QLatin1String("authorizationScopes")));
        routes->append(r);
    }
    return true;
}

} // namespace

QString Route::method() const
{
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : key.left(space);
}

QString Route::path() const
{
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : key.mid(space + 1);
}

const Stage *Api::stage(const QString &name) const
{
    for (const Stage &s : stages) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const Authorizer *Api::authorizer(const QString &authorizerName) const
{
    for (const Authorizer &a : authorizers) {
        if (a.name == authorizerName)
            return &a;
    }
    return nullptr;
}

const Deployment *Api::deployment(const QString &deploymentId) const
{
    for (const Deployment &d : deployments) {
        if (d.id == deploymentId)
            return &d;
    }
    return nullptr;
}

const Route *Api::route(const QString &key) const
{
    for (const Route &r : routes) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

const Stage *stageForPath(const Api &api, const QByteArray &path, QByteArray *rest)
{
    const qsizetype slash = path.indexOf('/', 1);
    const QString first = QString::fromUtf8(path.mid(1, slash < 0 ? -1 : slash - 1));
    if (const Stage *named = first.isEmpty() ? nullptr : api.stage(first)) {
        *rest = slash < 0 ? QByteArray("/") : path.mid(slash);
        return named;
    }
    *rest = path;
    return api.type == ApiType::Rest ? nullptr : api.stage(QStringLiteral("$default"));
}

QString Api::listenAddress() const
{
    return bindAddress.isEmpty() ? QStringLiteral("127.0.0.1") : bindAddress;
}

bool Api::servesOtherMachines() const
{
    return !QHostAddress(listenAddress()).isLoopback();
}

QString Api::stageUrl(const QString &stageName) const
{
    // Every interface includes this machine's loopback.
    const QHostAddress bound(listenAddress());
    QString host = QStringLiteral("127.0.0.1");
    if (!bound.isLoopback() && bound != QHostAddress(QHostAddress::AnyIPv4) &&
        bound != QHostAddress(QHostAddress::AnyIPv6))
        host = bound.protocol() == QAbstractSocket::IPv6Protocol
                   ? QLatin1Char('[') + bound.toString() + QLatin1Char(']')
                   : bound.toString();
    QString url =
        QStringLiteral("%1://%2:%3")
            .arg(type == ApiType::WebSocket ? QStringLiteral("ws") : QStringLiteral("http"), host)
            .arg(port);
    if (stageName != QLatin1String("$default"))
        url += QLatin1Char('/') + stageName;
    return url;
}

QString apiTypeName(ApiType type)
{
    switch (type) {
    case ApiType::Rest:
        return QStringLiteral("rest");
    case ApiType::WebSocket:
        return QStringLiteral("websocket");
    case ApiType::Http:
        break;
    }
    return QStringLiteral("http");
}

std::optional<ApiType> apiTypeFromName(const QString &name)
{
    if (name.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return ApiType::Http;
    if (name.compare(QLatin1String("rest"), Qt::CaseInsensitive) == 0)
        return ApiType::Rest;
    if (name.compare(QLatin1String("websocket"), Qt::CaseInsensitive) == 0)
        return ApiType::WebSocket;
    return std::nullopt;
}

QString integrationKindName(Integration::Kind kind)
{
    switch (kind) {
    case Integration::Kind::Function:
        return QStringLiteral("function");
    case Integration::Kind::Http:
        return QStringLiteral("http");
    case Integration::Kind::Mock:
        break;
    }
    return QStringLiteral("mock");
}

QString authorizerKindName(Authorizer::Kind kind)
{
    switch (kind) {
    case Authorizer::Kind::Request:
        return QStringLiteral("request");
    case Authorizer::Kind::Token:
        return QStringLiteral("token");
    case Authorizer::Kind::Jwt:
        break;
    }
    return QStringLiteral("jwt");
}

std::optional<Authorizer::Kind> authorizerKindFromName(const QString &name)
{
    for (auto kind : {Authorizer::Kind::Jwt, Authorizer::Kind::Request, Authorizer::Kind::Token}) {
        if (name.compare(authorizerKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString routeAccessSummary(const Route &r)
{
    QStringList parts;
    if (!r.authorizer.isEmpty())
        parts.append(r.authorizationScopes.isEmpty()
                         ? r.authorizer
                         : ModelText::tr("%1 (%2)").arg(
                               r.authorizer, r.authorizationScopes.join(QLatin1String(", "))));
    if (r.apiKeyRequired)
        parts.append(ModelText::tr("API key"));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1String(" + "));
}

QPair<QString, QString> functionAndQualifier(const QString &target)
{
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    return colon < 0 ? QPair<QString, QString>(target, QString())
                     : QPair<QString, QString>(target.left(colon), target.mid(colon + 1));
}

QString randomId(int length)
{
    static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
    QString id;
    id.reserve(length);
    for (int i = 0; i < length; ++i)
        id += QChar(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return id;
}

Result<QString> normalizeRouteKey(const QString &key)
{
    const QString trimmed = key.simplified();
    if (trimmed == QLatin1String("$default"))
        return trimmed;
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString method = space < 0 ? QString() : trimmed.left(space).toUpper();
    QString path = space < 0 ? QString() : trimmed.mid(space + 1);
    if (!kMethods.contains(method))
        return Result<QString>::failure(
            invalid(ModelText::tr("A route is a method and a path, such as \"GET /pets/{id}\", or "
                                  "$default; the method is one of %1.")
                        .arg(kMethods.join(QLatin1String(", ")))));
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char(' ')))
        return Result<QString>::failure(
            invalid(ModelText::tr("A route's path starts with \"/\" and has no spaces: \"%1\".")
                        .arg(path)));
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QRegularExpression param(QStringLiteral("^\\{([A-Za-z0-9_.-]+)(\\+?)\\}$"));
    static const QRegularExpression literal(QStringLiteral("^[A-Za-z0-9._~!$&'()*,;=:@%-]+$"));
    const QStringList segments = path.mid(1).split(QLatin1Char('/'));
    QSet<QString> names;
    for (qsizetype i = 0; i < segments.size() && path != QLatin1String("/"); ++i) {
        const QString &segment = segments.at(i);
        const auto m = param.match(segment);
        if (m.hasMatch()) {
            if (!m.captured(2).isEmpty() && i != segments.size() - 1)
                return Result<QString>::failure(invalid(
                    ModelText::tr("A greedy parameter such as {proxy+} must be the last part "
                                  "of the path: \"%1\".")
                        .arg(path)));
            if (names.contains(m.captured(1)))
                return Result<QString>::failure(
                    invalid(ModelText::tr("The path names {%1} twice.").arg(m.captured(1))));
            names.insert(m.captured(1));
            continue;
        }
        if (!literal.match(segment).hasMatch())
            return Result<QString>::failure(
                invalid(ModelText::tr("\"%1\" is not a valid part of a route's path: use letters, "
                                      "digits and - . _ ~, or a whole {parameter}.")
                            .arg(segment)));
    }
    return QString(method + QLatin1Char(' ') + path);
}

Result<QString> normalizeWebSocketRouteKey(const QString &key)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:-]{1,128}$"));
    const QString trimmed = key.trimmed();
    if (trimmed == QLatin1String("$connect") || trimmed == QLatin1String("$disconnect") ||
        trimmed == QLatin1String("$default") || valid.match(trimmed).hasMatch())
        return trimmed;
    return Result<QString>::failure(invalid(
        ModelText::tr("A WebSocket route is $connect, $disconnect, $default, or the value a "
                      "message's route selection expression gives, such as \"sendmessage\" "
                      "(letters, digits and _ . : -).")));
}

VoidResult validateRouteSelectionExpression(const QString &expression)
{
    static const QRegularExpression valid(
        QStringLiteral("^\\$request\\.body\\.[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"));
    if (!valid.match(expression).hasMatch())
        return refused(ModelText::tr("A route selection expression names a field of the "
                                     "message's JSON, such as $request.body.action."));
    return {};
}

VoidResult validateApiName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,127}$"));
    if (!valid.match(name).hasMatch())
        return refused(ModelText::tr("An API's name is 1 to 128 letters, digits, spaces and "
                                     "- . _, starting with a letter or digit."));
    return {};
}

VoidResult validateStageName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (name != QLatin1String("$default") && !valid.match(name).hasMatch())
        return refused(ModelText::tr("A stage's name is 1 to 128 letters, digits, - and _ "
                                     "(or $default)."));
    return {};
}

VoidResult validate(const Integration &i)
{
    switch (i.kind) {
    case Integration::Kind::Function:
        if (i.target.isEmpty())
            return refused(ModelText::tr("Name the function the route invokes."));
        if (i.payloadFormat != 1 && i.payloadFormat != 2)
            return refused(ModelText::tr("The payload format is 1.0 or 2.0."));
        break;
    case Integration::Kind::Http: {
        const QUrl url(i.target);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return refused(
                ModelText::tr("An HTTP integration needs an http:// or https:// URL: \"%1\".")
                    .arg(i.target));
        break;
    }
    case Integration::Kind::Mock:
        if (i.mockStatus < 100 || i.mockStatus > 599)
            return refused(ModelText::tr("A mock's status is 100 to 599."));
        break;
    }
    if (i.timeoutMs < 50 || i.timeoutMs > 900000)
        return refused(ModelText::tr("An integration's timeout is 50 ms to 15 minutes."));
    return {};
}

VoidResult validate(const Cors &cors)
{
    static const QRegularExpression origin(
        QStringLiteral("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\\*$"));
    for (const QString &o : cors.allowOrigins) {
        if (!origin.match(o).hasMatch())
            return refused(ModelText::tr("\"%1\" is not an origin: write it as "
                                         "https://app.example.com (with :port when not the "
                                         "default), or * for any.")
                               .arg(o));
    }
    if (cors.allowCredentials && cors.allowOrigins.contains(QStringLiteral("*")))
        return refused(ModelText::tr("With credentials allowed, name the origins: browsers refuse "
                                     "credentials for any origin (*)."));
    if (cors.maxAgeSeconds < 0 || cors.maxAgeSeconds > 86400)
        return refused(ModelText::tr("A CORS max age is 0 to 86,400 seconds."));
    return {};
}

VoidResult validate(const Authorizer &a)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    static const QRegularExpression source(
        QStringLiteral("^\\$request\\.(header|querystring)\\.[A-Za-z0-9_.~!#$%&'*+^`|-]+$"));
    if (!name.match(a.name).hasMatch())
        return refused(ModelText::tr("An authorizer's name is 1 to 128 letters, digits, - and _."));
    if (a.identitySources.isEmpty())
        return refused(ModelText::tr("Say where the caller's identity is, such as "
                                     "$request.header.Authorization."));
    for (const QString &s : a.identitySources) {
        if (!source.match(s).hasMatch())
            return refused(ModelText::tr("\"%1\" is not an identity source: write "
                                         "$request.header.NAME or $request.querystring.NAME.")
                               .arg(s));
    }
    if (a.kind == Authorizer::Kind::Jwt) {
        if (a.identitySources.size() != 1)
            return refused(ModelText::tr("A JWT authorizer reads the token from one place."));
        if (a.issuer.isEmpty())
            return refused(ModelText::tr("A JWT authorizer needs the issuer its tokens name "
                                         "(their \"iss\")."));
        if (a.audiences.isEmpty())
            return refused(ModelText::tr("A JWT authorizer needs at least one audience (a token's "
                                         "\"aud\" or \"client_id\")."));
        if (!QDir::isAbsolutePath(a.jwksFile))
            return refused(ModelText::tr("A JWT authorizer needs the issuer's key set (JWKS) as a "
                                         "file, by its full path."));
        return {};
    }
    if (a.function.isEmpty())
        return refused(ModelText::tr("Name the function that authorizes."));
    if (a.kind == Authorizer::Kind::Token &&
        (a.identitySources.size() != 1 ||
         !a.identitySources.first().startsWith(QLatin1String("$request.header."))))
        return refused(ModelText::tr("A TOKEN authorizer reads one header."));
    if (a.ttlSeconds < 0 || a.ttlSeconds > 3600)
        return refused(ModelText::tr("An authorizer's answers are kept 0 to 3,600 seconds."));
    if (a.payloadFormat != 1 && a.payloadFormat != 2)
        return refused(ModelText::tr("The payload format is 1.0 or 2.0."));
    return {};
}

VoidResult validate(const StageCache &c)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.~!#$%&'*+^`|-]+$"));
    if (c.ttlSeconds < 0 || c.ttlSeconds > 3600)
        return refused(ModelText::tr("A cache keeps answers 0 to 3,600 seconds."));
    if (c.capacityMb < 1 || c.capacityMb > 6400)
        return refused(ModelText::tr("A cache holds 1 to 6,400 MB."));
    for (const QString &name : c.keyQueryStrings + c.keyHeaders) {
        if (!token.match(name).hasMatch())
            return refused(ModelText::tr("\"%1\" is not a query string or header name.").arg(name));
    }
    return {};
}

VoidResult validateBindAddress(const QString &address)
{
    if (!address.isEmpty() && QHostAddress(address).isNull())
        return refused(ModelText::tr("\"%1\" is not an IP address to serve on: use 127.0.0.1 "
                                     "(this machine only), 0.0.0.0 (every interface) or one of "
                                     "this machine's addresses.")
                           .arg(address));
    return {};
}

QByteArray definitionJson(const Api &api)
{
    QJsonArray stages;
    for (const Stage &s : api.stages) {
        QJsonObject variables;
        for (auto it = s.variables.cbegin(); it != s.variables.cend(); ++it)
            variables.insert(it.key(), it.value());
        QJsonObject stage{{QStringLiteral("name"), s.name},
                          {QStringLiteral("deploymentId"), s.deploymentId},
                          {QStringLiteral("variables"), variables},
                          {QStringLiteral("rateLimit"), s.rateLimit},
                          {QStringLiteral("burstLimit"), s.burstLimit},
                          {QStringLiteral("createdMs"), s.createdMs},
                          {QStringLiteral("updatedMs"), s.updatedMs}};
        if (s.cache != StageCache())
            stage.insert(QStringLiteral("cache"),
                         QJsonObject{{QStringLiteral("enabled"), s.cache.enabled},
                                     {QStringLiteral("ttlSeconds"), s.cache.ttlSeconds},
                                     {QStringLiteral("keyQueryStrings"),
                                      QJsonArray::fromStringList(s.cache.keyQueryStrings)},
                                     {QStringLiteral("keyHeaders"),
                                      QJsonArray::fromStringList(s.cache.keyHeaders)},
                                     {QStringLiteral("capacityMb"), s.cache.capacityMb},
                                     {QStringLiteral("invalidatorKeyIds"),
                                      QJsonArray::fromStringList(s.cache.invalidatorKeyIds)},
                                     {QStringLiteral("flushedMs"), s.cache.flushedMs}});
        stages.append(stage);
    }
    QJsonArray deployments;
    for (const Deployment &d : api.deployments)
        deployments.append(QJsonObject{{QStringLiteral("id"), d.id},
                                       {QStringLiteral("createdMs"), d.createdMs},
                                       {QStringLiteral("description"), d.description},
                                       {QStringLiteral("routes"), routesToJson(d.routes)}});
    QJsonObject o{{QStringLiteral("routes"), routesToJson(api.routes)},
                  {QStringLiteral("stages"), stages},
                  {QStringLiteral("deployments"), deployments}};
    if (api.cors.enabled())
        o.insert(
            QStringLiteral("cors"),
            QJsonObject{
                {QStringLiteral("allowOrigins"), QJsonArray::fromStringList(api.cors.allowOrigins)},
                {QStringLiteral("allowMethods"), QJsonArray::fromStringList(api.cors.allowMethods)},
                {QStringLiteral("allowHeaders"), QJsonArray::fromStringList(api.cors.allowHeaders)},
                {QStringLiteral("exposeHeaders"),
                 QJsonArray::fromStringList(api.cors.exposeHeaders)},
                {QStringLiteral("allowCredentials"), api.cors.allowCredentials},
                {QStringLiteral("maxAgeSeconds"), api.cors.maxAgeSeconds}});
    if (!api.bindAddress.isEmpty())
        o.insert(QStringLiteral("bindAddress"), api.bindAddress);
    if (api.type == ApiType::WebSocket)
        o.insert(QStringLiteral("routeSelectionExpression"), api.routeSelectionExpression);
    if (!api.authorizers.isEmpty()) {
        QJsonArray authorizers;
        for (const Authorizer &a : api.authorizers)
            authorizers.append(authorizerToJson(a));
        o.insert(QStringLiteral("authorizers"), authorizers);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

VoidResult readDefinition(const QByteArray &json, Api *api)
{
    const Error broken =
        invalid(ModelText::tr("The stored definition of API %1 cannot be read.").arg(api->name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return VoidResult::failure(broken);
    const QJsonObject o = doc.object();
    QList<Route> routes;
    if (!routesFromJson(o.value(QLatin1String("routes")), &routes))
        return VoidResult::failure(broken);
    QList<Stage> stages;
    for (const QJsonValue &v : o.value(QLatin1String("stages")).toArray()) {
        const QJsonObject s = v.toObject();
        Stage stage;
        stage.name = s.value(QLatin1String("name")).toString();
        stage.deploymentId = s.value(QLatin1String("deploymentId")).toString();
        const QJsonObject variables = s.value(QLatin1String("variables")).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it)
            stage.variables.insert(it.key(), it.value().toString());
        stage.rateLimit = s.value(QLatin1String("rateLimit")).toDouble();
        stage.burstLimit = s.value(QLatin1String("burstLimit")).toInt();
        stage.createdMs = s.value(QLatin1String("createdMs")).toInteger();
        stage.updatedMs = s.value(QLatin1String("updatedMs")).toInteger();
        const QJsonObject cache = s.value(QLatin1String("cache")).toObject();
        stage.cache.enabled = cache.value(QLatin1String("enabled")).toBool();
        stage.cache.ttlSeconds = cache.value(QLatin1String("ttlSeconds")).toInt(300);
        stage.cache.keyQueryStrings = strings(cache.value(QLatin1String("keyQueryStrings")));
        stage.cache.keyHeaders = strings(cache.value(QLatin1String("keyHeaders")));
        stage.cache.capacityMb = cache.value(QLatin1String("capacityMb")).toInt(512);
        stage.cache.invalidatorKeyIds = strings(cache.value(QLatin1String("invalidatorKeyIds")));
        stage.cache.flushedMs = cache.value(QLatin1String("flushedMs")).toInteger();
        if (stage.name.isEmpty())
            return VoidResult::failure(broken);
        stages.append(stage);
    }
    QList<Deployment> deployments;
    for (const QJsonValue &v : o.value(QLatin1String("deployments")).toArray()) {
        const QJsonObject d = v.toObject();
        Deployment deployment;
        deployment.id = d.value(QLatin1String("id")).toString();
        deployment.createdMs = d.value(QLatin1String("createdMs")).toInteger();
        deployment.description = d.value(QLatin1String("description")).toString();
        if (deployment.id.isEmpty() ||
            !routesFromJson(d.value(QLatin1String("routes")), &deployment.routes))
            return VoidResult::failure(broken);
        deployments.append(deployment);
    }
    Cors cors;
    const QJsonObject c = o.value(QLatin1String("cors")).toObject();
    cors.allowOrigins = strings(c.value(QLatin1String("allowOrigins")));
    cors.allowMethods = strings(c.value(QLatin1String("allowMethods")));
    cors.allowHeaders = strings(c.value(QLatin1String("allowHeaders")));
    cors.exposeHeaders = strings(c.value(QLatin1String("exposeHeaders")));
    cors.allowCredentials = c.value(QLatin1String("allowCredentials")).toBool();
    cors.maxAgeSeconds = c.value(QLatin1String("maxAgeSeconds")).toInt();
    QList<Authorizer> authorizers;
    for (const QJsonValue &v : o.value(QLatin1String("authorizers")).toArray()) {
        const auto a = authorizerFromJson(v.toObject());
        if (!a)
            return VoidResult::failure(broken);
        authorizers.append(*a);
    }
    api->routes = routes;
    api->authorizers = authorizers;
    api->bindAddress = o.value(QLatin1String("bindAddress")).toString();
    api->routeSelectionExpression = o.value(QLatin1String("routeSelectionExpression"))
                                        .toString(QStringLiteral("$request.body.action"));
    api->stages = stages;
    api->deployments = deployments;
    api->cors = cors;
    return {};
}

} // namespace sloop::gateway
