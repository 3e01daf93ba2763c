// JWT checking with keys OpenSSL makes for the test, the events and
// answers of function authorizers, IAM policy evaluation, and authorizers
// in an API's stored definition.
#include "gateway/apimodel.h"
#include "gateway/authorizerevents.h"
#include "gateway/jwtverifier.h"
#include "jwtsigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace sloop;
using namespace sloop::gateway;
using sloop::test::JwtSigner;

namespace {

const QString kIssuer = QStringLiteral("https://id.example.com");

QJsonObject claims(qint64 now, const QString &aud = QStringLiteral("shop"))
{
    return {{QStringLiteral("iss"), kIssuer},
            {QStringLiteral("aud"), aud},
            {QStringLiteral("sub"), QStringLiteral("alice")},
            {QStringLiteral("scope"), QStringLiteral("orders:read orders:write")},
            {QStringLiteral("exp"), now + 600},
            {QStringLiteral("iat"), now}};
}

} // namespace

class TestAuthorizers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodTokensPass_data();
    void goodTokensPass();
    void badTokensAreRefusedWithTheReason_data();
    void badTokensAreRefusedWithTheReason();
    void keySetsThatCannotCheckAreErrors();
    void policiesAreEvaluatedAsIam_data();
    void policiesAreEvaluatedAsIam();
    void answersAreReadOrRefused();
    void identityComesFromHeadersAndQueries();
    void eventsHaveApiGatewaysShape();
    void authorizersAreCheckedAndStored();

private:
    std::unique_ptr<JwtSigner> m_rsa;
    std::unique_ptr<JwtSigner> m_ec;
    std::unique_ptr<JwtSigner> m_stranger; // same kid as m_rsa, another key
    std::shared_ptr<const JsonWebKeySet> m_keys;
    qint64 m_now = 0;
};

void TestAuthorizers::initTestCase()
{
    m_rsa = std::make_unique<JwtSigner>(QStringLiteral("RS256"), QStringLiteral("r1"));
    m_ec = std::make_unique<JwtSigner>(QStringLiteral("ES256"), QStringLiteral("e1"));
    m_stranger = std::make_unique<JwtSigner>(QStringLiteral("RS256"), QStringLiteral("r1"));
    QVERIFY(m_rsa->valid() && m_ec->valid() && m_stranger->valid());
    const QJsonObject set{
        {QStringLiteral("keys"),
         QJsonArray{m_rsa->jwk(), m_ec->jwk(),
                    QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}}}};
    const auto keys = JsonWebKeySet::read(QJsonDocument(set).toJson());
    QVERIFY2(keys.ok(), qPrintable(keys.error()));
    m_keys = *keys;
    QCOMPARE(m_keys->size(), 2); // the shared secret is no signing key here
    m_now = QDateTime::currentSecsSinceEpoch();
}

void TestAuthorizers::goodTokensPass_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QJsonValue>("aud");
    QTest::newRow("RS256") << "RS256" << QJsonValue(QStringLiteral("shop"));
    QTest::newRow("ES256") << "ES256" << QJsonValue(QStringLiteral("shop"));
    QTest::newRow("audience list")
        << "RS256" << QJsonValue(QJsonArray{QStringLiteral("x"), QStringLiteral("shop")});
    QTest::newRow("client_id") << "ES256" << QJsonValue();
}

void TestAuthorizers::goodTokensPass()
{
    QFETCH(QString, alg);
    QFETCH(QJsonValue, aud);
    QJsonObject c = claims(m_now);
    if (aud.isUndefined() || aud.isNull()) {
        c.remove(QStringLiteral("aud"));
        c.insert(QStringLiteral("client_id"), QStringLiteral("shop"));
    } else {
        c.insert(QStringLiteral("aud"), aud);
    }
    const JwtSigner &signer = alg == QLatin1String("ES256") ? *m_ec : *m_rsa;
    const auto checked =
        verifyJwt(signer.sign(c), *m_keys, kIssuer, {QStringLiteral("shop")}, m_now);
    QVERIFY2(checked.ok(), qPrintable(checked.error()));
    QCOMPARE(checked->claims.value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(checked->scopes,
             (QStringList{QStringLiteral("orders:read"), QStringLiteral("orders:write")}));
}

void TestAuthorizers::badTokensAreRefusedWithTheReason_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reason");
    QJsonObject expired = claims(m_now);
    expired.insert(QStringLiteral("exp"), m_now - 1);
    QTest::newRow("expired") << m_rsa->sign(expired) << "the token has expired";
    QTest::newRow("wrong audience") << m_rsa->sign(claims(m_now, QStringLiteral("billing")))
                                    << "the token has an unexpected audience";
    QJsonObject issuer = claims(m_now);
    issuer.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example.com"));
    QTest::newRow("wrong issuer") << m_rsa->sign(issuer) << "the token has an unexpected issuer";
    QTest::newRow("another key, same kid")
        << m_stranger->sign(claims(m_now)) << "signature is invalid";
    // The payload changed after signing: more rights than were granted.
    QByteArray tampered = m_ec->sign(claims(m_now));
    QList<QByteArray> parts = tampered.split('.');
    QJsonObject more = claims(m_now);
    more.insert(QStringLiteral("sub"), QStringLiteral("admin"));
    parts[1] = QJsonDocument(more)
                   .toJson(QJsonDocument::Compact)
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QTest::newRow("tampered payload") << parts.join('.') << "signature is invalid";
    QTest::newRow("alg none") << m_rsa->sign(claims(m_now),
                                             {{QStringLiteral("alg"), QStringLiteral("none")}})
                              << "the token's algorithm \"none\" is not accepted";
    QTest::newRow("HS256") << m_rsa->sign(claims(m_now),
                                          {{QStringLiteral("alg"), QStringLiteral("HS256")}})
                           << "the token's algorithm \"HS256\" is not accepted";
    QTest::newRow("unknown kid") << m_rsa->sign(claims(m_now),
                                                {{QStringLiteral("kid"), QStringLiteral("zz")}})
                                 << "no key of the issuer signs this token";
    QJsonObject early = claims(m_now);
    early.insert(QStringLiteral("nbf"), m_now + 300);
    QTest::newRow("not yet") << m_ec->sign(early) << "the token is not valid yet";
    QJsonObject endless = claims(m_now);
    endless.remove(QStringLiteral("exp"));
    QTest::newRow("no expiry") << m_ec->sign(endless) << "the token has no expiry";
    QTest::newRow("garbage") << QByteArray("a.b.c") << "the token is malformed";
    QTest::newRow("two parts") << QByteArray("abc.def") << "the token is not a signed JWT";
    QTest::newRow("empty") << QByteArray() << "the token is not a signed JWT";
}

void TestAuthorizers::badTokensAreRefusedWithTheReason()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, reason);
    const auto checked = verifyJwt(token, *m_keys, kIssuer, {QStringLiteral("shop")}, m_now);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.kind(), ErrorKind::Unauthorized);
    QCOMPARE(checked.error(), reason);
}

void TestAuthorizers::keySetsThatCannotCheckAreErrors()
{
    QVERIFY(!JsonWebKeySet::read("not json").ok());
    QVERIFY(!JsonWebKeySet::read(R"({"keys": {}})").ok());
    QVERIFY(!JsonWebKeySet::read(R"({"keys": []})").ok());
    // A 512-bit RSA key and a point that is not on the curve are refused.
    QVERIFY(!JsonWebKeySet::read(R"({"keys": [{"kty":"RSA","n":"AQAB","e":"AQAB"}]})").ok());
    QJsonObject offCurve = m_ec->jwk();
    offCurve.insert(QStringLiteral("y"), offCurve.value(QLatin1String("x")));
    QVERIFY(
        !JsonWebKeySet::read(
             QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{offCurve}}}).toJson())
             .ok());
}

void TestAuthorizers::policiesAreEvaluatedAsIam_data()
{
    QTest::addColumn<QByteArray>("statements");
    QTest::addColumn<int>("effect");
    const int allow = int(PolicyEffect::Allow);
    const int deny = int(PolicyEffect::Deny);
    const int explicitDeny = int(PolicyEffect::ExplicitDeny);
    QTest::newRow("allow exact")
        << QByteArray(
               R"([{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"arn:sloop:execute-api:local:000000000000:a1/prod/GET/pets/1"}])")
        << allow;
    QTest::newRow("allow wildcard")
        << QByteArray(
               R"([{"Action":"execute-api:*","Effect":"Allow","Resource":["arn:sloop:execute-api:*:*:a1/*/GET/*"]}])")
        << allow;
    QTest::newRow("aws partition")
        << QByteArray(
               R"([{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"arn:aws:execute-api:us-east-1:123456789012:a1/*"}])")
        << deny;
    QTest::newRow("aws partition, any region")
        << QByteArray(
               R"([{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"arn:aws:execute-api:*:*:a1/*"}])")
        << allow;
    QTest::newRow("other method")
        << QByteArray(
               R"([{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"arn:sloop:execute-api:local:000000000000:a1/prod/POST/*"}])")
        << deny;
    QTest::newRow("deny wins")
        << QByteArray(
               R"([{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"*"},{"Action":"execute-api:Invoke","Effect":"Deny","Resource":"*/pets/?"}])")
        << explicitDeny;
    QTest::newRow("other action")
        << QByteArray(R"([{"Action":"s3:GetObject","Effect":"Allow","Resource":"*"}])") << deny;
    QTest::newRow("none") << QByteArray("[]") << deny;
}

void TestAuthorizers::policiesAreEvaluatedAsIam()
{
    QFETCH(QByteArray, statements);
    QFETCH(int, effect);
    const QString arn =
        executeApiArn(QStringLiteral("a1"), QStringLiteral("prod"), "GET", "/pets/1");
    QCOMPARE(arn, QStringLiteral("arn:sloop:execute-api:local:000000000000:a1/prod/GET/pets/1"));
    QCOMPARE(int(evaluatePolicy(QJsonDocument::fromJson(statements).array(), arn)), effect);
}

void TestAuthorizers::answersAreReadOrRefused()
{
    const auto policy = readAuthorizerAnswer(
        R"({"principalId":"alice","policyDocument":{"Version":"2012-10-17","Statement":{"Action":"execute-api:Invoke","Effect":"Allow","Resource":"*"}},"context":{"tier":"gold","n":3,"ok":true}})",
        false);
    QVERIFY2(policy.ok(), qPrintable(policy.error()));
    QCOMPARE(policy->principalId, QStringLiteral("alice"));
    QCOMPARE(policy->statements.size(), 1);
    QCOMPARE(policy->context.value(QLatin1String("n")).toInt(), 3);
    const auto simple =
        readAuthorizerAnswer(R"({"isAuthorized":true,"context":{"a":{"b":1}}})", true);
    QVERIFY(simple.ok() && simple->simple && simple->authorized);
    QVERIFY(!readAuthorizerAnswer("[]", false).ok());
    QVERIFY(!readAuthorizerAnswer(R"({"principalId":"x"})", false).ok());
    QVERIFY(!readAuthorizerAnswer(R"({"isAuthorized":"yes"})", true).ok());
    // Policy answers' context values are flat, as API Gateway wants them.
    QVERIFY(!readAuthorizerAnswer(
                 R"({"policyDocument":{"Statement":[]},"context":{"nested":{"a":1}}})", false)
                 .ok());
}

void TestAuthorizers::identityComesFromHeadersAndQueries()
{
    Authorizer a;
    a.identitySources = {QStringLiteral("$request.header.X-User"),
                         QStringLiteral("$request.querystring.team")};
    GatewayRequest r;
    r.headers = {{QByteArray("x-user"), QByteArray("alice")}};
    r.rawQuery = "team=red%20one&x=1";
    QCOMPARE(identityValues(a, r),
             (QStringList{QStringLiteral("alice"), QStringLiteral("red one")}));
    r.rawQuery = "x=1";
    QVERIFY(!identityValues(a, r));
    r.rawQuery = "team=";
    QVERIFY(!identityValues(a, r));
}

void TestAuthorizers::eventsHaveApiGatewaysShape()
{
    Api api;
    api.id = QStringLiteral("a1");
    api.type = ApiType::Http;
    Stage stage;
    stage.name = QStringLiteral("$default");
    Route route;
    route.key = QStringLiteral("GET /pets/{id}");
    RouteMatch match;
    match.route = &route;
    match.pathParameters.insert(QStringLiteral("id"), QStringLiteral("1"));
    GatewayRequest r;
    r.method = "GET";
    r.rawPath = r.path = "/pets/1";
    r.headers = {{QByteArray("authorization"), QByteArray("tok")}};
    r.body = "secret body";
    r.requestId = QStringLiteral("rid");

    Authorizer token;
    token.kind = Authorizer::Kind::Token;
    const QJsonObject t = QJsonDocument::fromJson(
                              authorizerEvent(api, token, stage, match, r, {QStringLiteral("tok")}))
                              .object();
    QCOMPARE(t.value(QLatin1String("type")).toString(), QStringLiteral("TOKEN"));
    QCOMPARE(t.value(QLatin1String("authorizationToken")).toString(), QStringLiteral("tok"));
    QCOMPARE(t.value(QLatin1String("methodArn")).toString(),
             QStringLiteral("arn:sloop:execute-api:local:000000000000:a1/$default/GET/pets/1"));

    Authorizer request;
    request.kind = Authorizer::Kind::Request;
    const QJsonObject v2 = QJsonDocument::fromJson(authorizerEvent(api, request, stage, match, r,
                                                                   {QStringLiteral("tok")}))
                               .object();
    QCOMPARE(v2.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    QCOMPARE(v2.value(QLatin1String("type")).toString(), QStringLiteral("REQUEST"));
    QCOMPARE(v2.value(QLatin1String("identitySource")).toArray(),
             QJsonArray{QStringLiteral("tok")});
    QVERIFY(v2.value(QLatin1String("routeArn")).toString().endsWith(QLatin1String("/GET/pets/1")));
    QCOMPARE(v2.value(QLatin1String("routeKey")).toString(), route.key);
    QCOMPARE(
        v2.value(QLatin1String("pathParameters")).toObject().value(QLatin1String("id")).toString(),
        QStringLiteral("1"));
    QVERIFY(!v2.contains(QLatin1String("body"))); // authorizers never see the body

    request.payloadFormat = 1;
    const QJsonObject v1 = QJsonDocument::fromJson(authorizerEvent(api, request, stage, match, r,
                                                                   {QStringLiteral("tok")}))
                               .object();
    QCOMPARE(v1.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(v1.value(QLatin1String("identitySource")).toString(), QStringLiteral("tok"));
    QVERIFY(v1.value(QLatin1String("methodArn")).toString().endsWith(QLatin1String("/GET/pets/1")));
    QCOMPARE(v1.value(QLatin1String("httpMethod")).toString(), QStringLiteral("GET"));

    api.type = ApiType::Rest;
    const QJsonObject rest = QJsonDocument::fromJson(authorizerEvent(api, request, stage, match, r,
                                                                     {QStringLiteral("tok")}))
                                 .object();
    QVERIFY(!rest.contains(QLatin1String("version")));
    QCOMPARE(rest.value(QLatin1String("resource")).toString(), QStringLiteral("/pets/{id}"));
}

void TestAuthorizers::authorizersAreCheckedAndStored()
{
    Authorizer jwt;
    jwt.name = QStringLiteral("idp");
    jwt.issuer = kIssuer;
    jwt.audiences = {QStringLiteral("shop")};
    jwt.jwksFile = QStringLiteral("/etc/sloop/jwks.json");
    QVERIFY(validate(jwt).ok());
    Authorizer noAudience = jwt;
    noAudience.audiences.clear();
    QVERIFY(!validate(noAudience).ok());
    Authorizer relative = jwt;
    relative.jwksFile = QStringLiteral("jwks.json");
    QVERIFY(!validate(relative).ok());
    Authorizer badSource = jwt;
    badSource.identitySources = {QStringLiteral("$request.body.token")};
    QVERIFY(!validate(badSource).ok());
    Authorizer hostile = jwt;
    hostile.name = QStringLiteral("a b\n");
    QVERIFY(!validate(hostile).ok());

    Authorizer fn;
    fn.name = QStringLiteral("gate");
    fn.kind = Authorizer::Kind::Token;
    fn.function = QStringLiteral("auth:live");
    fn.ttlSeconds = 60;
    QVERIFY(validate(fn).ok());
    Authorizer query = fn;
    query.identitySources = {QStringLiteral("$request.querystring.token")};
    QVERIFY(!validate(query).ok()); // TOKEN reads a header
    query.kind = Authorizer::Kind::Request;
    QVERIFY(validate(query).ok());
    Authorizer longTtl = fn;
    longTtl.ttlSeconds = 3601;
    QVERIFY(!validate(longTtl).ok());

    Api api;
    api.name = QStringLiteral("shop");
    api.authorizers = {jwt, query};
    Route r;
    r.key = QStringLiteral("GET /orders");
    r.authorizer = QStringLiteral("idp");
    r.authorizationScopes = {QStringLiteral("orders:read")};
    api.routes = {r};
    Api back;
    back.name = api.name;
    QVERIFY(readDefinition(definitionJson(api), &back).ok());
    QCOMPARE(back.authorizers, api.authorizers);
    QCOMPARE(back.routes, api.routes);
    QCOMPARE(back.authorizer(QStringLiteral("gate"))->kind, Authorizer::Kind::Request);
    QVERIFY(!readDefinition(R"({"routes":[],"authorizers":[{"name":"x","kind":"magic"}]})", &back)
                 .ok());
}

QTEST_GUILESS_MAIN(TestAuthorizers)
#include "tst_authorizers.moc"
