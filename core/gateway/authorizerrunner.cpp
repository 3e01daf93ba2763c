#include "authorizerrunner.h"

#include "functions/functionservice.h"
#include "util/futures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcAuthorizer, "sloop.gateway.authorizer")

namespace sloop::gateway {

namespace {

// How often a key set file is looked at again for changes.
constexpr qint64 kKeySetCheckMs = 1000;

http::HttpResponse unauthorized(const QString &reason = {})
{
    http::HttpResponse r = gatewayMessage(401, "Unauthorized");
    if (!reason.isEmpty()) {
        QString quoted = reason;
        quoted.replace(QLatin1Char('"'), QLatin1Char('\''));
        r.headers.append({QByteArray("www-authenticate"),
                          QStringLiteral("Bearer scope=\"\" error=\"invalid_token\" "
                                         "error_description=\"%1\"")
                              .arg(quoted)
                              .toUtf8()});
    }
    return r;
}

QString cacheKey(const QString &apiId, const Authorizer &a, const QStringList &identity)
{
    return apiId + QChar(0x1f) + a.name + QChar(0x1f) + identity.join(QChar(0x1f));
}

} // namespace

AuthorizerRunner::AuthorizerRunner(functions::FunctionService *functions, QObject *parent)
    : QObject(parent)
    , m_functions(functions)
{
    m_clock.start();
}

AuthorizerRunner::~AuthorizerRunner() = default;

AuthorizerVerdict AuthorizerRunner::refuse(ApiType type, int status, const QString &error) const
{
    AuthorizerVerdict v;
    v.error = error;
    if (status == 401) {
        v.refusal = unauthorized();
    } else if (status == 500) {
        // A REST API answers an authorizer's failure with a null message.
        v.refusal = gatewayMessage(500, "Internal Server Error");
        if (type == ApiType::Rest)
            v.refusal.body = "{\"message\":null}";
    } else {
        v.refusal = gatewayMessage(status, "Forbidden");
    }
    return v;
}

const AuthorizerRunner::KeySet &AuthorizerRunner::keySet(const QString &path)
{
    KeySet &set = m_keySets[path];
    const qint64 now = m_clock.elapsed();
    if (set.checkedMs >= 0 && now - set.checkedMs < kKeySetCheckMs)
        return set;
    set.checkedMs = now;
    const QFileInfo info(path);
    if (set.keys && info.lastModified() == set.modified && info.size() == set.size)
        return set;
    set.modified = info.lastModified();
    set.size = info.size();
    set.keys.reset();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        set.problem = tr("The key set %1 cannot be read: %2").arg(path, file.errorString());
    } else if (auto keys = JsonWebKeySet::read(file.read(1024 * 1024)); !keys) {
        set.problem = tr("The key set %1 is not usable: %2").arg(path, keys.error());
    } else {
        set.keys = *keys;
        set.problem.clear();
        qCInfo(lcAuthorizer).noquote()
            << "key set" << path << "read:" << set.keys->size() << "keys";
    }
    if (!set.problem.isEmpty())
        qCWarning(lcAuthorizer).noquote() << set.problem;
    return set;
}

AuthorizerVerdict AuthorizerRunner::checkJwt(const Authorizer &authorizer, const Route &route,
                                             const QStringList &identity)
{
    AuthorizerVerdict v;
    const KeySet &set = keySet(authorizer.jwksFile);
    if (!set.keys) {
        v.refusal = unauthorized(QStringLiteral("the issuer's keys are not available"));
        v.error = set.problem;
        return v;
    }
    QString token = identity.value(0);
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    const QByteArray raw = token.toLatin1();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Result<JwtClaims> claims = Result<JwtClaims>::failure(QString());
    const auto checked = m_tokens.constFind(raw);
    if (checked != m_tokens.cend() && checked->keys == set.keys && checked->expiresSeconds > now &&
        checked->issuer == authorizer.issuer && checked->audiences == authorizer.audiences) {
        claims = checked->claims;
    } else {
        claims = verifyJwt(raw, *set.keys, authorizer.issuer, authorizer.audiences, now);
        if (claims) {
            if (m_tokens.size() >= kMaxCachedAnswers)
                m_tokens.clear(); // bounded, whatever clients send
            m_tokens.insert(raw, {set.keys, authorizer.issuer, authorizer.audiences, *claims,
                                  qint64(claims->claims.value(QLatin1String("exp")).toDouble())});
        }
    }
    if (!claims) {
        v.refusal = unauthorized(claims.error());
        v.error =
            tr("The JWT authorizer %1 refused the token: %2").arg(authorizer.name, claims.error());
        return v;
    }
    if (!route.authorizationScopes.isEmpty() &&
        std::none_of(route.authorizationScopes.cbegin(), route.authorizationScopes.cend(),
                     [&](const QString &s) { return claims->scopes.contains(s); })) {
        v.refusal = gatewayMessage(403, "Forbidden");
        v.error = tr("The token has none of the route's scopes (%1).")
                      .arg(route.authorizationScopes.join(QLatin1String(", ")));
        return v;
    }
    v.allowed = true;
    v.authorization.kind = Authorization::Kind::Jwt;
    v.authorization.claims = claims->claims;
    v.authorization.scopes = claims->scopes;
    return v;
}

AuthorizerVerdict AuthorizerRunner::judge(ApiType type, const AuthorizerAnswer &answer,
                                          const QString &arn, double latencyMs) const
{
    AuthorizerVerdict v;
    const PolicyEffect effect = answer.simple
                                    ? (answer.authorized ? PolicyEffect::Allow : PolicyEffect::Deny)
                                    : evaluatePolicy(answer.statements, arn);
    if (effect != PolicyEffect::Allow) {
        v.error = tr("The authorizer denied %1.").arg(arn);
        if (type == ApiType::Rest) {
            v.refusal.status = 403;
            v.refusal.body = effect == PolicyEffect::ExplicitDeny
                                 ? "{\"Message\":\"User is not authorized to access this resource "
                                   "with an explicit deny\"}"
                                 : "{\"Message\":\"User is not authorized to access this "
                                   "resource\"}";
        } else {
            v.refusal = gatewayMessage(403, "Forbidden");
        }
        return v;
    }
    v.allowed = true;
    v.authorization.kind = Authorization::Kind::Function;
    v.authorization.principalId = answer.principalId;
    v.authorization.context = answer.context;
    v.authorization.latencyMs = latencyMs;
    return v;
}

QFuture<AuthorizerVerdict> AuthorizerRunner::authorize(const Api &api, const Stage &stage,
                                                       const RouteMatch &match,
                                                       const GatewayRequest &request)
{
    const Route &route = *match.route;
    const Authorizer *found = api.authorizer(route.authorizer);
    if (!found)
        return QtFuture::makeReadyFuture(
            refuse(api.type, 500,
                   tr("The route's authorizer \"%1\" does not exist.").arg(route.authorizer)));
    const Authorizer authorizer = *found;
    const auto identity = identityValues(authorizer, request);
    if (!identity)
        return QtFuture::makeReadyFuture(
            refuse(api.type, 401,
                   tr("The request has no %1.")
                       .arg(authorizer.identitySources.join(QLatin1String(", ")))));
    if (authorizer.kind == Authorizer::Kind::Jwt)
        return QtFuture::makeReadyFuture(checkJwt(authorizer, route, *identity));

    const QString arn = executeApiArn(api.id, stage.name, request.method, request.path);
    const QString key = cacheKey(api.id, authorizer, *identity);
    const qint64 now = m_clock.elapsed();
    if (const auto hit = m_answers.constFind(key);
        hit != m_answers.cend() && hit->expiresMs > now && hit->authorizer == authorizer)
        return QtFuture::makeReadyFuture(judge(api.type, hit->answer, arn, 0));
    if (!m_functions)
        return QtFuture::makeReadyFuture(
            refuse(api.type, 500, tr("Functions are not available here.")));

    const auto [named, qualified] = functionAndQualifier(authorizer.function);
    const QString name = named; // lambdas below copy it
    const QString qualifier = qualified;
    const QByteArray event = authorizerEvent(api, authorizer, stage, match, request, *identity);
    auto promise = std::make_shared<QPromise<AuthorizerVerdict>>();
    promise->start();
    const qint64 startedNs = m_clock.nsecsElapsed();
    const ApiType type = api.type;
    whenFinished(
        m_functions->invoke(name, event, qualifier), this,
        [this, promise, type, authorizer, key, arn,
         startedNs](const Result<functions::Invocation> &done) {
            const double latencyMs = double(m_clock.nsecsElapsed() - startedNs) / 1e6;
            AuthorizerVerdict v;
            if (!done) {
                v = refuse(
                    type, 500,
                    tr("The authorizer %1 could not run: %2").arg(authorizer.name, done.error()));
            } else if (!done->result.ok) {
                // A handler that throws "Unauthorized" says the credential is bad.
                const QString message = QJsonDocument::fromJson(done->result.body)
                                            .object()
                                            .value(QLatin1String("errorMessage"))
                                            .toString();
                v = message == QLatin1String("Unauthorized")
                        ? refuse(
                              type, 401,
                              tr("The authorizer %1 answered Unauthorized.").arg(authorizer.name))
                        : refuse(type, 500,
                                 tr("The authorizer %1 failed: %2")
                                     .arg(authorizer.name, done->result.errorType));
            } else if (auto answer =
                           readAuthorizerAnswer(done->result.body, authorizer.simpleResponses);
                       !answer) {
                v = refuse(type, 500, answer.error());
            } else {
                if (authorizer.ttlSeconds > 0) {
                    if (m_answers.size() >= kMaxCachedAnswers) {
                        const qint64 now = m_clock.elapsed();
                        m_answers.removeIf(
                            [now](const auto &it) { return it.value().expiresMs <= now; });
                        if (m_answers.size() >= kMaxCachedAnswers)
                            m_answers.clear();
                    }
                    m_answers.insert(key,
                                     {authorizer, *answer,
                                      m_clock.elapsed() + qint64(authorizer.ttlSeconds) * 1000});
                }
                v = judge(type, *answer, arn, latencyMs);
            }
            if (!v.allowed)
                qCInfo(lcAuthorizer).noquote() << v.error;
            promise->addResult(v);
            promise->finish();
        });
    return promise->future();
}

} // namespace sloop::gateway
