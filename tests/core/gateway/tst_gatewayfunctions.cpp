// A real Python function behind the gateway: the proxy events it gets
// (payload 1.0 and 2.0, field by field) and what the client gets from what
// it returns, including the answers API Gateway gives for a bad one.
#include "gatewayfixture.h"
#include "jwtsigner.h"

#include "gateway/apiquickstart.h"

#include <QProcess>

#include <QJsonArray>
#include <QTest>

using namespace sloop;
using namespace sloop::gateway;
using sloop::test::functionRoute;

namespace {

const QByteArray kCode = R"(import base64, json, time
def handler(event, context):
    q = event.get("queryStringParameters") or {}
    mode = q.get("mode", "")
    if mode == "raw":
        return "just a string"
    if mode == "object":
        return {"plain": True}
    if mode == "cookies":
        return {"statusCode": 201, "cookies": ["a=1; Path=/", "b=2"],
                "headers": {"content-type": "text/plain", "x-n": 7},
                "body": base64.b64encode(b"hi").decode(), "isBase64Encoded": True}
    if mode == "multi":
        return {"statusCode": 200, "multiValueHeaders": {"x-m": ["1", "2"]}, "body": "m"}
    if mode == "bad":
        return {"statusCode": "abc", "body": "x"}
    if mode == "objectbody":
        return {"statusCode": 200, "body": {"not": "a string"}}
    if mode == "inject":
        return {"statusCode": 200, "headers": {"x-a": "1\r\nx-b: 2"}, "body": "x"}
    if mode == "fail":
        raise Exception("boom")
    if mode == "sleep":
        time.sleep(4)
    return {"statusCode": 200, "headers": {"content-type": "application/json"},
            "body": json.dumps(event)}
)";

// An authorizer as one is written for API Gateway: TOKEN answers with a
// policy, REQUEST (simple responses) with isAuthorized. The nonce shows
// whether an answer came from a run or from the cache. (No slash-star in
// it: moc would take it for a comment.)
const QByteArray kAuthorizerCode = R"(import uuid
def handler(event, context):
    nonce = uuid.uuid4().hex
    if event["type"] == "REQUEST":
        user = event["identitySource"][0]
        return {"isAuthorized": user == "alice", "context": {"user": user, "nonce": nonce}}
    token = event["authorizationToken"]
    if token == "bad":
        raise Exception("Unauthorized")
    if token == "broken":
        return "nonsense"
    effect = "Allow" if token.startswith("allow-") else "Deny"
    return {"principalId": token[6:],
            "policyDocument": {"Version": "2012-10-17", "Statement": [
                {"Action": "execute-api:Invoke", "Effect": effect,
                 "Resource": event["methodArn"].split("/")[0] + "/" + "*"}]},
            "context": {"user": token[6:], "nonce": nonce, "n": 1}}
)";

} // namespace

class TestGatewayFunctions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void payload20FieldByField();
    void payload10FieldByField();
    void binaryBodiesAreBase64();
    void responsesMapAsApiGatewayMapsThem();
    void badResponsesAre502AndLogged();
    void aSlowFunctionIs504();
    void functionAuthorizersAllowDenyAndCache();
    void jwtClaimsReachTheFunction();
    void stageCacheHitsMissesAndInvalidation();
    void theLearnSampleAnswersCurl();

private:
    QString url(const QString &path) const
    {
        return m_api.stageUrl(QStringLiteral("$default")) + path;
    }

    test::GatewayFixture m_fx;
    QString m_function;
    QString m_authorizerFunction;
    QString m_sampleName; // the Learn sample's, under a name of this run's
    Api m_api;
    QList<AccessLogEntry> m_served;
};

void TestGatewayFunctions::initTestCase()
{
    const QString problem = m_fx.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    functions::FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("gw"));
    record.timeoutSeconds = 30;
    const auto created = test::await(
        m_fx.functions.service->create(record, {{QStringLiteral("app.py"), kCode}}), 180000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_function = record.name;
    Route slow = functionRoute(QStringLiteral("GET /slow"), m_function);
    slow.integration.timeoutMs = 1500;
    const auto api = m_fx.deploy(test::uniqueName(QStringLiteral("api")), ApiType::Http,
                                 {functionRoute(QStringLiteral("ANY /items/{id}"), m_function),
                                  functionRoute(QStringLiteral("ANY /v1/{proxy+}"), m_function, 1),
                                  functionRoute(QStringLiteral("GET /r"), m_function), slow},
                                 QStringLiteral("$default"));
    QVERIFY2(api.ok(), qPrintable(api.error()));
    // The same routes on a named stage with variables.
    auto staged = deployed(*api, QStringLiteral("dev"), {}, 2);
    QVERIFY(staged.ok());
    staged = withStageSettings(*staged, QStringLiteral("dev"), 0, 0,
                               {{QStringLiteral("color"), QStringLiteral("blue")}});
    QVERIFY(staged.ok());
    QVERIFY(m_fx.save(*staged).ok());
    m_api = *staged;
    QVERIFY2(m_fx.gateway->servingPort(m_api.id) == m_api.port,
             qPrintable(m_fx.gateway->problem(m_api.id)));
    connect(m_fx.gateway.get(), &Gateway::served, this,
            [this](const AccessLogEntry &e) { m_served.append(e); });
}

void TestGatewayFunctions::cleanupTestCase()
{
    m_fx.tearDown({m_function, m_authorizerFunction, m_sampleName});
}

void TestGatewayFunctions::payload20FieldByField()
{
    const auto r = m_fx.send("GET", url(QStringLiteral("/items/42?a=1&a=2&b=x%20y")),
                             {{"x-custom", "one"},
                              {"x-custom", "two"},
                              {"cookie", "c1=v1; c2=v2"},
                              {"user-agent", "sloop-test"}});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 200);
    const QJsonObject e = test::jsonOf(r->body);
    QCOMPARE(e.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    QCOMPARE(e.value(QLatin1String("routeKey")).toString(), QStringLiteral("ANY /items/{id}"));
    QCOMPARE(e.value(QLatin1String("rawPath")).toString(), QStringLiteral("/items/42"));
    QCOMPARE(e.value(QLatin1String("rawQueryString")).toString(),
             QStringLiteral("a=1&a=2&b=x%20y"));
    QCOMPARE(e.value(QLatin1String("cookies")).toArray(),
             QJsonArray({QStringLiteral("c1=v1"), QStringLiteral("c2=v2")}));
    const QJsonObject headers = e.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("x-custom")).toString(), QStringLiteral("one,two"));
    QVERIFY(!headers.contains(QLatin1String("cookie"))); // 2.0 moves them to cookies
    QCOMPARE(e.value(QLatin1String("queryStringParameters")).toObject(),
             QJsonObject({{QStringLiteral("a"), QStringLiteral("1,2")},
                          {QStringLiteral("b"), QStringLiteral("x y")}}));
    QCOMPARE(e.value(QLatin1String("pathParameters")).toObject(),
             QJsonObject({{QStringLiteral("id"), QStringLiteral("42")}}));
    QVERIFY(!e.contains(QLatin1String("body")));
    QVERIFY(!e.contains(QLatin1String("stageVariables")));
    QCOMPARE(e.value(QLatin1String("isBase64Encoded")).toBool(true), false);
    const QJsonObject c = e.value(QLatin1String("requestContext")).toObject();
    QCOMPARE(c.value(QLatin1String("apiId")).toString(), m_api.id);
    QCOMPARE(c.value(QLatin1String("stage")).toString(), QStringLiteral("$default"));
    QCOMPARE(c.value(QLatin1String("routeKey")).toString(), QStringLiteral("ANY /items/{id}"));
    QCOMPARE(c.value(QLatin1String("requestId")).toString(),
             QString::fromLatin1(r->header("apigw-requestid")));
    QVERIFY(c.value(QLatin1String("timeEpoch")).toInteger() > 0);
    QVERIFY(c.value(QLatin1String("time")).toString().endsWith(QLatin1String(" +0000")));
    const QJsonObject h = c.value(QLatin1String("http")).toObject();
    QCOMPARE(h.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(h.value(QLatin1String("path")).toString(), QStringLiteral("/items/42"));
    QCOMPARE(h.value(QLatin1String("sourceIp")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(h.value(QLatin1String("userAgent")).toString(), QStringLiteral("sloop-test"));

    // A named stage is in rawPath, as on AWS, and brings its variables.
    const auto staged = m_fx.send("POST", m_api.stageUrl(QStringLiteral("dev")) + "/items/7",
                                  {{"content-type", "application/json"}}, R"({"n":1})");
    QVERIFY2(staged.ok(), qPrintable(staged.error()));
    const QJsonObject s = test::jsonOf(staged->body);
    QCOMPARE(s.value(QLatin1String("rawPath")).toString(), QStringLiteral("/dev/items/7"));
    QCOMPARE(s.value(QLatin1String("body")).toString(), QStringLiteral(R"({"n":1})"));
    QCOMPARE(s.value(QLatin1String("stageVariables")).toObject(),
             QJsonObject({{QStringLiteral("color"), QStringLiteral("blue")}}));
    QCOMPARE(s.value(QLatin1String("requestContext")).toObject().value(QLatin1String("stage")),
             QStringLiteral("dev"));
}

void TestGatewayFunctions::payload10FieldByField()
{
    const auto r = m_fx.send("GET", m_api.stageUrl(QStringLiteral("dev")) + "/v1/a/b%2Fc?q=1&q=2",
                             {{"x-one", "1"}, {"x-one", "2"}});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 200);
    const QJsonObject e = test::jsonOf(r->body);
    QCOMPARE(e.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(e.value(QLatin1String("resource")).toString(), QStringLiteral("/v1/{proxy+}"));
    QCOMPARE(e.value(QLatin1String("path")).toString(), QStringLiteral("/dev/v1/a/b%2Fc"));
    QCOMPARE(e.value(QLatin1String("httpMethod")).toString(), QStringLiteral("GET"));
    QCOMPARE(e.value(QLatin1String("queryStringParameters")).toObject(),
             QJsonObject({{QStringLiteral("q"), QStringLiteral("2")}}));
    QCOMPARE(e.value(QLatin1String("multiValueQueryStringParameters")).toObject(),
             QJsonObject(
                 {{QStringLiteral("q"), QJsonArray({QStringLiteral("1"), QStringLiteral("2")})}}));
    QCOMPARE(e.value(QLatin1String("headers")).toObject().value(QLatin1String("x-one")),
             QStringLiteral("2"));
    QCOMPARE(e.value(QLatin1String("multiValueHeaders")).toObject().value(QLatin1String("x-one")),
             QJsonArray({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(e.value(QLatin1String("pathParameters")).toObject(),
             QJsonObject({{QStringLiteral("proxy"), QStringLiteral("a/b/c")}}));
    QCOMPARE(e.value(QLatin1String("stageVariables")).toObject(),
             QJsonObject({{QStringLiteral("color"), QStringLiteral("blue")}}));
    QVERIFY(e.value(QLatin1String("body")).isNull());
    QCOMPARE(e.value(QLatin1String("isBase64Encoded")).toBool(true), false);
    const QJsonObject c = e.value(QLatin1String("requestContext")).toObject();
    QCOMPARE(c.value(QLatin1String("httpMethod")).toString(), QStringLiteral("GET"));
    QCOMPARE(c.value(QLatin1String("resourcePath")).toString(), QStringLiteral("/v1/{proxy+}"));
    QCOMPARE(c.value(QLatin1String("path")).toString(), QStringLiteral("/dev/v1/a/b%2Fc"));
    QCOMPARE(c.value(QLatin1String("stage")).toString(), QStringLiteral("dev"));
    const QJsonObject identity = c.value(QLatin1String("identity")).toObject();
    QCOMPARE(identity.value(QLatin1String("sourceIp")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(identity.value(QLatin1String("apiKeyId")).isNull());
    QCOMPARE(c.value(QLatin1String("requestId")).toString(),
             QString::fromLatin1(r->header("apigw-requestid")));
}

void TestGatewayFunctions::binaryBodiesAreBase64()
{
    const QByteArray binary("\x00\x01\xfe\xff png", 8);
    const auto r =
        m_fx.send("PUT", url(QStringLiteral("/items/1")), {{"content-type", "image/png"}}, binary);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const QJsonObject e = test::jsonOf(r->body);
    QCOMPARE(e.value(QLatin1String("isBase64Encoded")).toBool(), true);
    QCOMPARE(QByteArray::fromBase64(e.value(QLatin1String("body")).toString().toLatin1()), binary);
}

void TestGatewayFunctions::responsesMapAsApiGatewayMapsThem()
{
    // 2.0's shortcut: what the function returned is the body, as JSON.
    auto r = m_fx.send("GET", url(QStringLiteral("/r?mode=raw")));
    QVERIFY(r.ok());
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("\"just a string\""));
    QCOMPARE(r->header("content-type"), QByteArray("application/json"));
    r = m_fx.send("GET", url(QStringLiteral("/r?mode=object")));
    QCOMPARE(r->status, 200);
    QCOMPARE(test::jsonOf(r->body), QJsonObject({{QStringLiteral("plain"), true}}));

    r = m_fx.send("GET", url(QStringLiteral("/r?mode=cookies")));
    QCOMPARE(r->status, 201);
    QCOMPARE(r->body, QByteArray("hi"));
    QCOMPARE(r->header("content-type"), QByteArray("text/plain"));
    QCOMPARE(r->header("x-n"), QByteArray("7"));
    QList<QByteArray> cookies;
    for (const auto &[name, value] : r->headers) {
        if (name.toLower() == "set-cookie")
            cookies.append(value);
    }
    QCOMPARE(cookies, QList<QByteArray>({"a=1; Path=/", "b=2"}));

    // 1.0: multiValueHeaders.
    r = m_fx.send("GET", url(QStringLiteral("/v1/x?mode=multi")));
    QCOMPARE(r->status, 200);
    QList<QByteArray> values;
    for (const auto &[name, value] : r->headers) {
        if (name.toLower() == "x-m")
            values.append(value);
    }
    QCOMPARE(values, QList<QByteArray>({"1", "2"}));
}

void TestGatewayFunctions::badResponsesAre502AndLogged()
{
    const QByteArray internal = R"({"message":"Internal server error"})";
    for (const char *mode : {"bad", "objectbody", "inject", "fail"}) {
        m_served.clear();
        const auto r = m_fx.send("GET", url(QStringLiteral("/r?mode=") + QLatin1String(mode)));
        QVERIFY2(r.ok(), mode);
        QCOMPARE(r->status, 502);
        QCOMPARE(r->body, internal);
        QVERIFY(r->header("x-b").isEmpty());
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served.first().status, 502);
        QVERIFY2(!m_served.first().error.isEmpty(), mode);
    }
    // 1.0 has no shortcut: a bare value is refused.
    const auto raw = m_fx.send("GET", url(QStringLiteral("/v1/x?mode=raw")));
    QCOMPARE(raw->status, 502);
    // The log keeps them, with the reason.
    m_fx.gateway->flush();
    AccessLog log(m_fx.functions.db);
    const auto recent = log.recent(m_api.id, {}, 50);
    QVERIFY(recent.ok());
    bool found = false;
    for (const AccessLogEntry &e : *recent)
        found = found || (e.status == 502 && e.error.contains(QLatin1String("statusCode")));
    QVERIFY(found);
}

void TestGatewayFunctions::aSlowFunctionIs504()
{
    m_served.clear();
    const auto r = m_fx.send("GET", url(QStringLiteral("/slow?mode=sleep")));
    QVERIFY(r.ok());
    QCOMPARE(r->status, 504);
    QCOMPARE(r->body, QByteArray(R"({"message":"Endpoint request timed out"})"));
    QTRY_COMPARE(m_served.size(), 1);
    QVERIFY(m_served.first().integrationLatencyMs >= 1500);
    // The gateway serves others meanwhile; the function runs on.
    const auto next = m_fx.send("GET", url(QStringLiteral("/r?mode=raw")));
    QCOMPARE(next->status, 200);
}

namespace {

QJsonObject authorizerOf(const QByteArray &body)
{
    return test::jsonOf(body)
        .value(QLatin1String("requestContext"))
        .toObject()
        .value(QLatin1String("authorizer"))
        .toObject();
}

} // namespace

void TestGatewayFunctions::functionAuthorizersAllowDenyAndCache()
{
    functions::FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("gwauth"));
    const auto created = test::await(
        m_fx.functions.service->create(record, {{QStringLiteral("app.py"), kAuthorizerCode}}),
        180000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_authorizerFunction = record.name;

    Authorizer gate;
    gate.name = QStringLiteral("gate");
    gate.kind = Authorizer::Kind::Token;
    gate.function = m_authorizerFunction;
    gate.ttlSeconds = 300;
    Authorizer simple;
    simple.name = QStringLiteral("simple");
    simple.kind = Authorizer::Kind::Request;
    simple.function = m_authorizerFunction;
    simple.identitySources = {QStringLiteral("$request.header.x-user")};
    simple.simpleResponses = true;
    simple.ttlSeconds = 0;
    Api api = m_api;
    for (const Authorizer &a : {gate, simple}) {
        auto with = withAuthorizer(api, a);
        QVERIFY2(with.ok(), qPrintable(with.error()));
        api = *with;
    }
    Route secure = functionRoute(QStringLiteral("GET /secure"), m_function);
    secure.authorizer = QStringLiteral("gate");
    Route secure1 = functionRoute(QStringLiteral("GET /secure1"), m_function, 1);
    secure1.authorizer = QStringLiteral("gate");
    Route guarded = functionRoute(QStringLiteral("GET /simple"), m_function);
    guarded.authorizer = QStringLiteral("simple");
    for (const Route &r : {secure, secure1, guarded}) {
        auto with = withRoute(api, r);
        QVERIFY2(with.ok(), qPrintable(with.error()));
        api = *with;
    }
    auto done = deployed(api, QStringLiteral("$default"), {}, 10);
    QVERIFY(done.ok());
    QVERIFY(m_fx.save(*done).ok());
    const auto token = [](const QByteArray &t) {
        return QList<std::pair<QByteArray, QByteArray>>{{"authorization", t}};
    };

    // No credential: 401 before anything runs.
    auto r = m_fx.send("GET", url(QStringLiteral("/secure")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 401);
    QCOMPARE(r->body, QByteArray(R"({"message":"Unauthorized"})"));
    // Allowed: the context reaches the integration (2.0: under "lambda").
    r = m_fx.send("GET", url(QStringLiteral("/secure")), token("allow-alice"));
    QCOMPARE(r->status, 200);
    const QJsonObject lambda = authorizerOf(r->body).value(QLatin1String("lambda")).toObject();
    QCOMPARE(lambda.value(QLatin1String("user")).toString(), QStringLiteral("alice"));
    const QString nonce = lambda.value(QLatin1String("nonce")).toString();
    QVERIFY(!nonce.isEmpty());
    // The same token again: the cached answer, not a second run.
    r = m_fx.send("GET", url(QStringLiteral("/secure")), token("allow-alice"));
    QCOMPARE(authorizerOf(r->body)
                 .value(QLatin1String("lambda"))
                 .toObject()
                 .value(QLatin1String("nonce")),
             nonce);
    // 1.0: principalId and the context's keys side by side.
    r = m_fx.send("GET", url(QStringLiteral("/secure1")), token("allow-alice"));
    QCOMPARE(r->status, 200);
    const QJsonObject v1 = authorizerOf(r->body);
    QCOMPARE(v1.value(QLatin1String("principalId")).toString(), QStringLiteral("alice"));
    QCOMPARE(v1.value(QLatin1String("user")).toString(), QStringLiteral("alice"));
    QCOMPARE(v1.value(QLatin1String("n")).toInt(), 1);
    // Denied, thrown Unauthorized, nonsense: 403, 401, 500; the function behind never runs.
    r = m_fx.send("GET", url(QStringLiteral("/secure")), token("deny"));
    QCOMPARE(r->status, 403);
    QCOMPARE(r->body, QByteArray(R"({"message":"Forbidden"})"));
    r = m_fx.send("GET", url(QStringLiteral("/secure")), token("bad"));
    QCOMPARE(r->status, 401);
    r = m_fx.send("GET", url(QStringLiteral("/secure")), token("broken"));
    QCOMPARE(r->status, 500);
    QVERIFY(!m_served.isEmpty());
    QVERIFY2(m_served.last().error.contains(QLatin1String("not valid")),
             qPrintable(m_served.last().error));

    // Simple responses, no cache: every request runs the authorizer.
    r = m_fx.send("GET", url(QStringLiteral("/simple")), {{"x-user", "alice"}});
    QCOMPARE(r->status, 200);
    const QString first = authorizerOf(r->body)
                              .value(QLatin1String("lambda"))
                              .toObject()
                              .value(QLatin1String("nonce"))
                              .toString();
    r = m_fx.send("GET", url(QStringLiteral("/simple")), {{"x-user", "alice"}});
    QCOMPARE(r->status, 200);
    QVERIFY(authorizerOf(r->body)
                .value(QLatin1String("lambda"))
                .toObject()
                .value(QLatin1String("nonce")) != first);
    r = m_fx.send("GET", url(QStringLiteral("/simple")), {{"x-user", "mallory"}});
    QCOMPARE(r->status, 403);
    QVERIFY(m_fx.save(m_api).ok());
}

void TestGatewayFunctions::jwtClaimsReachTheFunction()
{
    QTemporaryDir dir;
    test::JwtSigner signer(QStringLiteral("ES256"), QStringLiteral("k"));
    QFile jwks(dir.filePath(QStringLiteral("jwks.json")));
    QVERIFY(jwks.open(QIODevice::WriteOnly));
    jwks.write(
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{signer.jwk()}}}).toJson());
    jwks.close();
    Authorizer idp;
    idp.name = QStringLiteral("idp");
    idp.issuer = QStringLiteral("https://id.example.com");
    idp.audiences = {QStringLiteral("shop")};
    idp.jwksFile = jwks.fileName();
    auto api = withAuthorizer(m_api, idp);
    QVERIFY(api.ok());
    Route me = functionRoute(QStringLiteral("GET /me"), m_function);
    me.authorizer = QStringLiteral("idp");
    Route me1 = functionRoute(QStringLiteral("GET /me1"), m_function, 1);
    me1.authorizer = QStringLiteral("idp");
    api = withRoute(*api, me);
    api = withRoute(*api, me1);
    api = deployed(*api, QStringLiteral("$default"), {}, 11);
    QVERIFY2(api.ok(), qPrintable(api.error()));
    QVERIFY(m_fx.save(*api).ok());
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 300;
    const QByteArray jwt = signer.sign({{QStringLiteral("iss"), idp.issuer},
                                        {QStringLiteral("aud"), QStringLiteral("shop")},
                                        {QStringLiteral("sub"), QStringLiteral("alice")},
                                        {QStringLiteral("scope"), QStringLiteral("a b")},
                                        {QStringLiteral("exp"), exp}});
    auto r = m_fx.send("GET", url(QStringLiteral("/me")), {{"authorization", "Bearer " + jwt}});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 200);
    // 2.0: requestContext.authorizer.jwt with claims as strings, and scopes.
    const QJsonObject j = authorizerOf(r->body).value(QLatin1String("jwt")).toObject();
    QCOMPARE(j.value(QLatin1String("claims")).toObject().value(QLatin1String("sub")).toString(),
             QStringLiteral("alice"));
    QCOMPARE(j.value(QLatin1String("claims")).toObject().value(QLatin1String("exp")).toString(),
             QString::number(exp));
    QCOMPARE(j.value(QLatin1String("scopes")).toArray(),
             QJsonArray({QStringLiteral("a"), QStringLiteral("b")}));
    // 1.0: requestContext.authorizer.claims.
    r = m_fx.send("GET", url(QStringLiteral("/me1")), {{"authorization", "Bearer " + jwt}});
    QCOMPARE(r->status, 200);
    QCOMPARE(
        authorizerOf(r->body).value(QLatin1String("claims")).toObject().value(QLatin1String("sub")),
        QStringLiteral("alice"));
    QVERIFY(m_fx.save(m_api).ok());
}

void TestGatewayFunctions::stageCacheHitsMissesAndInvalidation()
{
    // The echo function answers with its event: a new requestId each run,
    // so an answer from the cache is the same text twice.
    auto staged = deployed(m_api, QStringLiteral("cached"), {}, 20);
    QVERIFY(staged.ok());
    const auto key = m_fx.keys->createKey(QStringLiteral("flusher"));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    StageCache cache;
    cache.enabled = true;
    cache.ttlSeconds = 300;
    cache.keyQueryStrings = {QStringLiteral("q")};
    cache.keyHeaders = {QStringLiteral("X-Lang")};
    cache.invalidatorKeyIds = {key->first.id};
    staged = withStageCache(*staged, QStringLiteral("cached"), cache);
    QVERIFY2(staged.ok(), qPrintable(staged.error()));
    QCOMPARE(staged->stage(QStringLiteral("cached"))->cache.keyHeaders,
             QStringList{QStringLiteral("x-lang")});
    QVERIFY(m_fx.save(*staged).ok());
    const QString base = staged->stageUrl(QStringLiteral("cached"));
    const auto get = [&](const QString &path, QList<std::pair<QByteArray, QByteArray>> h = {}) {
        const auto r = m_fx.send("GET", base + path, std::move(h));
        return r.ok() && r->status == 200 ? r->body : QByteArray("failed");
    };
    m_served.clear();
    const QByteArray first = get(QStringLiteral("/r?q=1"));
    QVERIFY(first != "failed");
    QCOMPARE(get(QStringLiteral("/r?q=1")), first);
    QCOMPARE(m_served.size(), 2);
    QCOMPARE(m_served.at(0).cache, AccessLogEntry::Cache::Miss);
    QCOMPARE(m_served.at(1).cache, AccessLogEntry::Cache::Hit);
    QCOMPARE(m_served.at(1).integrationLatencyMs, 0.0);
    // The chosen query string and header are in the key; others are not.
    QVERIFY(get(QStringLiteral("/r?q=2")) != first);
    QCOMPARE(get(QStringLiteral("/r?q=1&other=x")), first);
    QVERIFY(get(QStringLiteral("/r?q=1"), {{"x-lang", "de"}}) != first);
    // max-age=0 from anyone: still the cached answer; from the key allowed: fresh.
    QCOMPARE(get(QStringLiteral("/r?q=1"), {{"cache-control", "max-age=0"}}), first);
    const QByteArray value = key->second.toUtf8();
    const QByteArray fresh =
        get(QStringLiteral("/r?q=1"), {{"cache-control", "max-age=0"}, {"x-api-key", value}});
    QVERIFY(fresh != first && fresh != "failed");
    QCOMPARE(get(QStringLiteral("/r?q=1")), fresh);
    // Other methods pass by.
    const auto post = m_fx.send("POST", base + QStringLiteral("/items/1"), {}, "a");
    QCOMPARE(post->status, 200);
    QCOMPARE(m_served.last().cache, AccessLogEntry::Cache::Off);
    QVERIFY(m_fx.gateway->cachedBytes(m_api.id, QStringLiteral("cached")) > 0);
    // Clients that ask at once for an answer being fetched wait for it: one run.
    const auto together = [&](const QString &path) {
        QList<QFuture<Result<http::ClientResponse>>> sent;
        for (int i = 0; i < 4; ++i) {
            http::ClientRequest r;
            r.url = QUrl(base + path);
            r.timeoutMs = 60000;
            sent.append(m_fx.http->send(r));
        }
        QList<QByteArray> bodies;
        for (const auto &f : sent) {
            const auto answer = test::await(f, 70000);
            bodies.append(answer.ok() ? QByteArray::number(answer->status) + ' ' + answer->body
                                      : QByteArray("failed"));
        }
        return bodies;
    };
    m_served.clear();
    const QList<QByteArray> slow = together(QStringLiteral("/r?q=slow&mode=sleep"));
    QVERIFY(slow.first().startsWith("200 "));
    QCOMPARE(slow.count(slow.first()), 4);
    QCOMPARE(m_served.size(), 4);
    QCOMPARE(std::count_if(m_served.cbegin(), m_served.cend(),
                           [](const AccessLogEntry &e) { return e.integrationLatencyMs > 0; }),
             1);
    // An answer not to share (it sets a cookie) is not handed on: each runs.
    m_served.clear();
    const QList<QByteArray> cookies = together(QStringLiteral("/r?q=c&mode=cookies"));
    QVERIFY(cookies.first().startsWith("201 "));
    QCOMPARE(std::count_if(m_served.cbegin(), m_served.cend(),
                           [](const AccessLogEntry &e) { return e.integrationLatencyMs > 0; }),
             4);
    // A flush from the window or the CLI, and a new deployment, start afresh.
    // Flushed as of now: an answer stored from now on counts (one a
    // millisecond in the future made the next answer flushed too, now and
    // then, when it came within that millisecond).
    auto flushed = withCacheFlushed(*staged, QStringLiteral("cached"),
                                    QDateTime::currentMSecsSinceEpoch());
    QVERIFY(m_fx.save(*flushed).ok());
    QCOMPARE(m_fx.gateway->cachedBytes(m_api.id, QStringLiteral("cached")), 0);
    const QByteArray afterFlush = get(QStringLiteral("/r?q=1"));
    QVERIFY(afterFlush != fresh);
    QCOMPARE(get(QStringLiteral("/r?q=1")), afterFlush);
    auto redeployed = deployed(*flushed, QStringLiteral("cached"), {}, 21);
    QVERIFY(m_fx.save(*redeployed).ok());
    QVERIFY(get(QStringLiteral("/r?q=1")) != afterFlush);
    // A short TTL runs out.
    cache.ttlSeconds = 1;
    auto shortLived = withStageCache(*redeployed, QStringLiteral("cached"), cache);
    QVERIFY(m_fx.save(*shortLived).ok());
    const QByteArray once = get(QStringLiteral("/r?q=9"));
    QTRY_VERIFY_WITH_TIMEOUT(get(QStringLiteral("/r?q=9")) != once, 10000);
    // Off: the cache goes.
    cache.enabled = false;
    QVERIFY(m_fx.save(*withStageCache(*shortLived, QStringLiteral("cached"), cache)).ok());
    QCOMPARE(m_fx.gateway->cachedBytes(m_api.id, QStringLiteral("cached")), 0);
    QVERIFY(m_fx.save(m_api).ok());
}

void TestGatewayFunctions::theLearnSampleAnswersCurl()
{
    m_sampleName = test::uniqueName(QStringLiteral("hello"));
    const auto made = test::await(makeApiQuickStart(*m_fx.functions.service, m_fx.functions.db,
                                                    QStringLiteral("local"), this, m_sampleName),
                                  240000);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made->api.name, m_sampleName);
    QCOMPARE(made->keyValue.size(), 40);
    m_fx.gateway->reload();
    const QString url = made->api.stageUrl(QStringLiteral("$default")) + made->path;
    // What the window shows as the curl command, run by curl.
    const auto curl = [&](const QStringList &extra) {
        QProcess p;
        const QStringList args =
            QStringList{QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                        QStringLiteral("-w"), QStringLiteral(" %{http_code}")} +
            extra + QStringList{url};
        p.start(QStringLiteral("curl"), args);
        // The gateway answers on this thread: wait with its events running.
        QDeadlineTimer deadline(30000);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        return QByteArray(p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QByteArray answered =
        curl({QStringLiteral("-H"), QStringLiteral("x-api-key: ") + made->keyValue});
    QVERIFY2(answered.endsWith(" 200"), answered.constData());
    QVERIFY(answered.contains("Hello, Sloop!"));
    QVERIFY(curl({}).endsWith(" 403"));
    // Again: the function and the API are reused, another key joins the plan.
    const auto again = test::await(makeApiQuickStart(*m_fx.functions.service, m_fx.functions.db,
                                                     QStringLiteral("local"), this, m_sampleName),
                                   60000);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->api.id, made->api.id);
    QCOMPARE(again->api.deployments.size(), 1);
    QVERIFY(again->keyName != made->keyName);
    const auto plan = m_fx.keys->requirePlan(QString::fromLatin1(ApiQuickStart::kPlan));
    QVERIFY(plan.ok());
    QCOMPARE(plan->keyIds.size(), 2);
}

QTEST_GUILESS_MAIN(TestGatewayFunctions)
#include "tst_gatewayfunctions.moc"
