#pragma once

#include "apimodel.h"
#include "proxyevents.h"
#include "routematcher.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sloop::gateway {

// The values of the authorizer's identity sources in this request, in
// their order; nullopt when one is missing or empty (API Gateway then
// answers 401 without running the authorizer).
std::optional<QStringList> identityValues(const Authorizer &authorizer,
                                          const GatewayRequest &request);

// "arn:sloop:execute-api:local:000000000000:API/STAGE/METHOD/path": what a
// policy's Resource names (Sloop's partition, as its function ARNs).
QString executeApiArn(const QString &apiId, const QString &stage, const QByteArray &method,
                      const QByteArray &path);

// The event a function authorizer gets, as API Gateway builds it: TOKEN
// ({type, authorizationToken, methodArn}), REQUEST on a REST API or in
// payload 1.0 (the proxy event with type, methodArn, identitySource), or
// REQUEST in 2.0 (with routeArn and identitySource as a list, no body).
QByteArray authorizerEvent(const Api &api, const Authorizer &authorizer, const Stage &stage,
                           const RouteMatch &match, const GatewayRequest &request,
                           const QStringList &identity);

// A function authorizer's answer: an IAM policy ({principalId,
// policyDocument, context}) or, for simple responses, {isAuthorized,
// context}. Context values are strings, numbers or booleans; anything else
// is an error, as in API Gateway.
struct AuthorizerAnswer
{
    bool simple = false;
    bool authorized = false; // simple responses
    QString principalId;
    QJsonArray statements; // the policy's, checked against each request's ARN
    QJsonObject context;
};
Result<AuthorizerAnswer> readAuthorizerAnswer(const QByteArray &result, bool simpleResponses);

// What a policy says for this ARN: an explicit Deny wins, then an Allow;
// none is a deny too. Resources may use * and ? as IAM does.
enum class PolicyEffect
{
    Allow,
    Deny,         // no statement allows it
    ExplicitDeny, // a statement denies it
};
PolicyEffect evaluatePolicy(const QJsonArray &statements, const QString &arn);

} // namespace sloop::gateway
