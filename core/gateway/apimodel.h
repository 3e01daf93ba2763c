#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::gateway {

// What a route hands a request to.
struct Integration
{
    enum class Kind
    {
        Function, // Lambda proxy integration
        Http,     // an HTTP endpoint: a container, an instance's port, any URL
        Mock,     // a fixed reply
    };
    Kind kind = Kind::Mock;
    // Function: NAME or NAME:QUALIFIER. Http: the URL, where {proxy} (or
    // any {param}) is replaced by the request's path parameter.
    QString target;
    int payloadFormat = 2; // Function: 1 (1.0) or 2 (2.0)
    int timeoutMs = 29000; // API Gateway's default; 50 ms to 15 min (a function's longest)
    int mockStatus = 200;
    QByteArray mockBody;
    QByteArray mockContentType = "application/json";

    bool operator==(const Integration &) const = default;
};

// "GET /pets/{id}", "ANY /files/{proxy+}" or "$default".
struct Route
{
    QString key;
    Integration integration;
    bool apiKeyRequired = false;
    // WebSocket APIs: the integration's answer goes back to the client (a
    // route response, "two-way"); otherwise only @connections sends.
    bool twoWay = false;
    QString authorizer;              // an Authorizer's name; empty: none
    QStringList authorizationScopes; // JWT: the token needs one of these

    QString method() const; // "GET", "ANY"; empty for $default
    QString path() const;   // "/pets/{id}"; empty for $default
    bool operator==(const Route &) const = default;
};

// An immutable snapshot of the routes, made by deploying to a stage.
struct Deployment
{
    QString id; // 6 characters, as AWS's
    qint64 createdMs = 0;
    QString description;
    QList<Route> routes;
    bool operator==(const Deployment &) const = default;
};

// A stage's response cache, as API Gateway's: answers to GET kept for the
// TTL, keyed by the path and the query strings and headers chosen here;
// least recently used answers go first past the capacity.
struct StageCache
{
    bool enabled = false;
    int ttlSeconds = 300; // 0 to 3,600
    QStringList keyQueryStrings;
    QStringList keyHeaders; // names, lower-cased
    int capacityMb = 512;   // API Gateway's smallest cache: 0.5 GB
    // The API keys (ids) whose "Cache-Control: max-age=0" fetches afresh;
    // anyone else's is answered from the cache.
    QStringList invalidatorKeyIds;
    qint64 flushedMs = 0; // answers stored before this are not used

    bool operator==(const StageCache &) const = default;
};

struct Stage
{
    QString name; // "dev", "prod", "$default"
    QString deploymentId;
    QMap<QString, QString> variables;
    double rateLimit = 0; // requests a second for the whole stage; 0: none
    int burstLimit = 0;
    StageCache cache;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    bool operator==(const Stage &) const = default;
};

// Cross-origin resource sharing, per API, as an HTTP API configures it:
// the gateway answers browsers' preflight requests itself and adds the
// Access-Control-* headers to the answers for allowed origins.
struct Cors
{
    QStringList allowOrigins; // "https://app.example.com" or "*"; empty: CORS off
    QStringList allowMethods; // "GET", "POST"… or "*"
    QStringList allowHeaders; // request headers a browser may send ("*": any)
    QStringList exposeHeaders;
    bool allowCredentials = false;
    int maxAgeSeconds = 0; // how long a browser keeps a preflight's answer

    bool enabled() const { return !allowOrigins.isEmpty(); }
    bool operator==(const Cors &) const = default;
};

// Who may call a route, decided before its integration runs: a JWT
// authorizer checks a token's signature against the issuer's keys and its
// claims; a function authorizer (Lambda's TOKEN or REQUEST) is invoked
// with the caller's identity and answers allow or deny, with a context the
// integration receives. Answers are reused for the same identity for ttl.
struct Authorizer
{
    enum class Kind
    {
        Jwt,
        Request, // a function given the request's identity sources, headers, query
        Token,   // a function given one bearer token
    };
    QString name;
    Kind kind = Kind::Jwt;
    // "$request.header.Authorization", "$request.querystring.token"; a
    // request without them is refused before anything runs.
    QStringList identitySources{QStringLiteral("$request.header.Authorization")};
    QString issuer;               // JWT: the "iss" a token must carry
    QStringList audiences;        // JWT: one must be its "aud" (or "client_id")
    QString jwksFile;             // JWT: the issuer's JSON Web Key Set, a file
    QString function;             // Request/Token: NAME or NAME:QUALIFIER
    int ttlSeconds = 300;         // function answers reused for as long; 0: never
    bool simpleResponses = false; // Request: {"isAuthorized": …} instead of a policy
    int payloadFormat = 2;        // Request on an HTTP API: 1 (1.0) or 2 (2.0)

    bool operator==(const Authorizer &) const = default;
};

enum class ApiType
{
    Http,      // API Gateway's HTTP API: payload 2.0 by default, the $default stage
    Rest,      // its REST API: payload 1.0, a named stage in every URL
    WebSocket, // its WebSocket API: $connect, $disconnect, $default and routes
               // a message's route selection expression picks
};

// An API: its draft routes (what the next deployment takes), its stages and
// the deployments they point at. Served on 127.0.0.1:port.
struct Api
{
    QString id; // 10 characters [a-z0-9], as AWS's
    QString name;
    ApiType type = ApiType::Http;
    quint16 port = 0;
    // Where it is served: empty for 127.0.0.1 (this machine only); another
    // address (0.0.0.0 for every interface) lets other machines call it.
    QString bindAddress;
    QString description;
    qint64 createdMs = 0;
    QList<Route> routes;
    QList<Stage> stages;
    QList<Deployment> deployments;
    Cors cors;
    QList<Authorizer> authorizers; // live: a change applies without a deployment
    // WebSocket APIs: where a message names its route, as API Gateway's
    // route selection expression ("$request.body.action").
    QString routeSelectionExpression = QStringLiteral("$request.body.action");

    const Stage *stage(const QString &name) const;
    const Authorizer *authorizer(const QString &name) const;
    const Deployment *deployment(const QString &id) const;
    const Route *route(const QString &key) const;
    // http://127.0.0.1:PORT/STAGE (no stage part for $default); the bound
    // address instead when it is a particular one.
    QString stageUrl(const QString &stage) const;
    QString listenAddress() const; // 127.0.0.1 unless bindAddress says otherwise
    bool servesOtherMachines() const;
    bool operator==(const Api &) const = default;
};

// The stage a request path names: its first part, or an API's $default
// when that part is no stage (a REST API has none). rest: the path after
// the stage ("/" at least).
const Stage *stageForPath(const Api &api, const QByteArray &path, QByteArray *rest);

QString apiTypeName(ApiType type); // "http", "rest", "websocket"
std::optional<ApiType> apiTypeFromName(const QString &name);
QString integrationKindName(Integration::Kind kind); // "function", "http", "mock"
QString authorizerKindName(Authorizer::Kind kind);   // "jwt", "request", "token"
std::optional<Authorizer::Kind> authorizerKindFromName(const QString &name);

// What guards a route, for lists: "idp (orders:read) + API key", "-" for
// nothing.
QString routeAccessSummary(const Route &route);

// "NAME" or "NAME:QUALIFIER" (a version or an alias), as integrations and
// authorizers name a function: {name, qualifier}.
QPair<QString, QString> functionAndQualifier(const QString &target);

// A random id of `length` characters from [a-z0-9].
QString randomId(int length);

// Checks a route key and normalizes it ("get /a/" → "GET /a"): a method API
// Gateway knows or ANY, a path starting with '/', segments that are
// literals or whole {name} / a last {name+}, each parameter once.
Result<QString> normalizeRouteKey(const QString &key);
// A WebSocket API's route key: $connect, $disconnect, $default, or what a
// message's selection expression yields ([A-Za-z0-9_.:-], 1 to 128).
Result<QString> normalizeWebSocketRouteKey(const QString &key);
// $request.body.NAME (or a dotted path of names).
VoidResult validateRouteSelectionExpression(const QString &expression);
VoidResult validateApiName(const QString &name);
// [A-Za-z0-9_-]{1,128} or $default.
VoidResult validateStageName(const QString &name);
VoidResult validate(const Integration &integration);
// As API Gateway: credentials never with "*" origins, a max age of 0 to
// 86,400 s, origins that are "*" or scheme://host[:port].
VoidResult validate(const Cors &cors);

// A name of [A-Za-z0-9_-]{1,128}; JWT: an issuer, an audience, the key
// set file's absolute path; functions: a function, a TTL of 0 to
// 3,600 s, identity sources of $request.header.NAME or
// $request.querystring.NAME (TOKEN: one header).
VoidResult validate(const Authorizer &authorizer);

// A TTL of 0 to 3,600 s, 1 to 6,400 MB (API Gateway's largest: 237 GB is
// beyond a desktop), header and query names as HTTP allows.
VoidResult validate(const StageCache &cache);

// An IPv4 or IPv6 address to serve on (empty: 127.0.0.1).
VoidResult validateBindAddress(const QString &address);

// The API's definition as the store keeps it (routes, stages, deployments)
// and back; a malformed document is an error, never a partial API.
QByteArray definitionJson(const Api &api);
VoidResult readDefinition(const QByteArray &json, Api *api);

} // namespace sloop::gateway
