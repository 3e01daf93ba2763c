#pragma once

#include "apimodel.h"
#include "authorizerevents.h"
#include "http/httpserver.h"
#include "jwtverifier.h"
#include "proxyevents.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>

#include <memory>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::gateway {

// Whether a request may reach its route's integration.
struct AuthorizerVerdict
{
    bool allowed = false;
    http::HttpResponse refusal; // what the client gets when not allowed
    QString error;              // why, for the access log
    Authorization authorization;
};

// Runs a route's authorizer: a JWT checked against the issuer's key set
// (the file read again when it changes), or a function invoked with the
// TOKEN or REQUEST event whose answer is kept for the authorizer's TTL per
// identity, as API Gateway's authorizer cache. The refusals are API
// Gateway's: 401 {"message":"Unauthorized"} without or with a bad
// credential (a JWT's reason in WWW-Authenticate), 403 for a deny, 500 for
// an authorizer that fails or answers nonsense.
//
// Thread-safety: use on the thread that made it.
class AuthorizerRunner : public QObject
{
    Q_OBJECT
public:
    AuthorizerRunner(functions::FunctionService *functions, QObject *parent = nullptr);
    ~AuthorizerRunner() override;

    static constexpr int kMaxCachedAnswers = 10000;

    // The future settles on this object's thread; ready at once for JWTs,
    // missing identities and cached answers.
    QFuture<AuthorizerVerdict> authorize(const Api &api, const Stage &stage,
                                         const RouteMatch &match, const GatewayRequest &request);
    // Forgets cached answers (a deployment does, as API Gateway's).
    void flushCache()
    {
        m_answers.clear();
        m_tokens.clear();
    }

private:
    struct KeySet
    {
        QDateTime modified;
        qint64 size = -1;
        qint64 checkedMs = -1;
        std::shared_ptr<const JsonWebKeySet> keys;
        QString problem;
    };
    // A token whose signature was checked: its claims until it expires, so
    // a client sending the same token again costs no signature check.
    struct CheckedToken
    {
        std::shared_ptr<const JsonWebKeySet> keys; // checked against these
        QString issuer;
        QStringList audiences;
        JwtClaims claims;
        qint64 expiresSeconds = 0;
    };
    struct CachedAnswer
    {
        Authorizer authorizer; // an answer of an earlier definition is not reused
        AuthorizerAnswer answer;
        qint64 expiresMs = 0;
    };
    AuthorizerVerdict checkJwt(const Authorizer &authorizer, const Route &route,
                               const QStringList &identity);
    const KeySet &keySet(const QString &path);
    AuthorizerVerdict judge(ApiType type, const AuthorizerAnswer &answer, const QString &arn,
                            double latencyMs) const;
    AuthorizerVerdict refuse(ApiType type, int status, const QString &error) const;

    functions::FunctionService *m_functions;
    QHash<QString, KeySet> m_keySets; // by file
    QHash<QString, CachedAnswer> m_answers;
    QHash<QByteArray, CheckedToken> m_tokens;
    QElapsedTimer m_clock;
};

} // namespace sloop::gateway
