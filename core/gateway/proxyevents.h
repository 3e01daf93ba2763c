#pragma once

#include "apimodel.h"
#include "http/httpserver.h"
#include "routematcher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sloop::gateway {

// What a route's authorizer found out about the caller, for the
// integration's requestContext.authorizer.
struct Authorization
{
    enum class Kind
    {
        None,
        Jwt,      // claims and scopes of the checked token
        Function, // a function authorizer's principalId and context
    };
    Kind kind = Kind::None;
    QJsonObject claims;
    QStringList scopes;
    QString principalId;
    QJsonObject context;
    double latencyMs = 0; // the authorizer's run; 0 when answered from its cache
};

// A request as it reached the gateway, with what the gateway decided.
struct GatewayRequest
{
    QByteArray method;
    QByteArray rawPath;                           // as received, with the stage, without the query
    QByteArray path;                              // without the stage: what routes match
    QByteArray rawQuery;                          // after '?', without it
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString sourceIp;
    QString requestId;
    qint64 timeMs = 0;
    QString apiKeyId; // the key's id when the request carried a valid key
    QString apiKey;
    Authorization authorization;
};

// The event of a Lambda proxy integration, payload format 1.0 or 2.0, with
// the fields, names and absences API Gateway uses.
QByteArray proxyEvent(const Api &api, const Stage &stage, const RouteMatch &match,
                      const GatewayRequest &request, int payloadFormat);

// requestContext.authorizer as API Gateway fills it in payload format 1.0
// or 2.0 (2.0: {"jwt": {"claims", "scopes"}} or {"lambda": context}; JWT
// claims as strings, as API Gateway passes them).
QJsonObject authorizerContext(const Authorization &authorization, int payloadFormat);

// What the client gets from a function's result. A response API Gateway
// would refuse (1.0 without a statusCode, a body that is not a string,
// bad base64) is an error: the caller answers 502 {"message":"Internal
// server error"} and logs the reason.
Result<http::HttpResponse> proxyResponse(const QByteArray &result, int payloadFormat);

// API Gateway's answers in its own words: {"message":"…"}.
http::HttpResponse gatewayMessage(int status, const QByteArray &message);

// True for bodies API Gateway passes as text (no base64): JSON, text/*,
// XML, form data, JavaScript, and bodies without a type that are UTF-8.
bool isTextBody(const QByteArray &contentType, const QByteArray &body);

} // namespace sloop::gateway
