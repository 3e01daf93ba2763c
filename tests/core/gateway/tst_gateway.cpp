// The gateway's front door: keys and usage plans with exact 200/403/429
// counts, stage throttles, deployments and rollback, a real HTTP backend (a
// busybox httpd container), REST's answers, malformed HTTP, and the log.
#include "gatewayfixture.h"
#include "jwtsigner.h"

#include "metrics/metricnames.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace sloop;
using namespace sloop::gateway;
using sloop::test::mockRoute;

class TestGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysAndPlansCountExactly();
    void aSpentQuotaIsLimitExceededAndKept();
    void stageThrottle();
    void deploymentsAndRollback();
    void restApisAnswerAsRestApisDo();
    void httpBackendInAContainer();
    void malformedHttpGetsTheRightStatus();
    void corsPreflightAndHeaders();
    void jwtAuthorizerChecksTokens();
    void anotherAddressServesOtherMachines();
    void metricsForEachStage();
    void removedApisStopServing();

private:
    // statuses of n requests sent one after another
    QList<int> statuses(const QString &url, int n, const QByteArray &key = {});
    QByteArray rawExchange(quint16 port, const QByteArray &request);

    test::GatewayFixture m_fx;
    Api m_api;
    QString m_container;
};

void TestGateway::initTestCase()
{
    const QString problem = m_fx.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Route paid = mockRoute(QStringLiteral("GET /paid"), 200, "paid");
    paid.apiKeyRequired = true;
    const auto api = m_fx.deploy(test::uniqueName(QStringLiteral("api")), ApiType::Http,
                                 {mockRoute(QStringLiteral("GET /free"), 200, "free"), paid},
                                 QStringLiteral("$default"));
    QVERIFY2(api.ok(), qPrintable(api.error()));
    m_api = *api;
    QVERIFY2(m_fx.gateway->servingPort(m_api.id) == m_api.port,
             qPrintable(m_fx.gateway->problem(m_api.id)));
}

void TestGateway::cleanupTestCase()
{
    if (!m_container.isEmpty())
        test::await(m_fx.functions.client->removeContainer(m_container, true));
    m_fx.tearDown({});
}

QList<int> TestGateway::statuses(const QString &url, int n, const QByteArray &key)
{
    QList<int> out;
    for (int i = 0; i < n; ++i) {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"x-api-key", key});
        const auto r = m_fx.send("GET", url, headers);
        out.append(r ? r->status : -1);
    }
    return out;
}

void TestGateway::keysAndPlansCountExactly()
{
    const QString url = m_api.stageUrl(QStringLiteral("$default")) + QStringLiteral("/paid");
    const QByteArray forbidden = R"({"message":"Forbidden"})";
    auto r = m_fx.send("GET", url);
    QCOMPARE(r->status, 403);
    QCOMPARE(r->body, forbidden);
    r = m_fx.send("GET", url, {{"x-api-key", "not-a-key"}});
    QCOMPARE(r->status, 403);

    const auto key = m_fx.keys->createKey(QStringLiteral("alice"));
    QVERIFY(key.ok());
    const QByteArray value = key->second.toLatin1();
    // A valid key in no plan for this stage is still refused.
    QCOMPARE(statuses(url, 1, value), QList<int>({403}));

    UsagePlan plan;
    plan.name = QStringLiteral("basic");
    plan.rateLimit = 0.01; // one token per 100 s: none comes back during the test
    plan.burstLimit = 3;
    plan.stages = {m_api.id + QStringLiteral(":$default")};
    const auto made = m_fx.keys->createPlan(plan);
    QVERIFY(made.ok());
    QVERIFY(m_fx.keys->addKeyToPlan(made->id, key->first.id).ok());
    m_fx.gateway->reload();
    QCOMPARE(statuses(url, 5, value), QList<int>({200, 200, 200, 429, 429}));
    r = m_fx.send("GET", url, {{"x-api-key", value}});
    QCOMPARE(r->body, QByteArray(R"({"message":"Too Many Requests"})"));
    // Routes without a key need none, whatever the plan says.
    QCOMPARE(statuses(m_api.stageUrl(QStringLiteral("$default")) + "/free", 3, value),
             QList<int>({200, 200, 200}));
    // Only what got through is counted.
    m_fx.gateway->flush();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto used = m_fx.keys->usageSince(key->first.id, made->id, today);
    QVERIFY(used.ok());
    QCOMPARE(*used, qint64(3));
}

void TestGateway::aSpentQuotaIsLimitExceededAndKept()
{
    const QString url = m_api.stageUrl(QStringLiteral("$default")) + QStringLiteral("/paid");
    const auto key = m_fx.keys->createKey(QStringLiteral("bob"));
    UsagePlan plan;
    plan.name = QStringLiteral("small");
    plan.rateLimit = 1000;
    plan.burstLimit = 1000;
    plan.quotaLimit = 4;
    plan.quotaPeriod = QuotaPeriod::Month;
    plan.stages = {m_api.id + QStringLiteral(":$default")};
    const auto made = m_fx.keys->createPlan(plan);
    QVERIFY(made.ok());
    QVERIFY(m_fx.keys->addKeyToPlan(made->id, key->first.id).ok());
    m_fx.gateway->reload();
    const QByteArray value = key->second.toLatin1();
    QCOMPARE(statuses(url, 6, value), QList<int>({200, 200, 200, 200, 429, 429}));
    auto r = m_fx.send("GET", url, {{"x-api-key", value}});
    QCOMPARE(r->body, QByteArray(R"({"message":"Limit Exceeded"})"));
    // Another gateway on the same store (a restart) counts on from the store.
    m_fx.gateway->flush();
    m_fx.gateway.reset();
    m_fx.gateway = std::make_unique<Gateway>(m_fx.functions.db, m_fx.functions.service.get());
    m_fx.gateway->start();
    QCOMPARE(statuses(url, 1, value), QList<int>({429}));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto rows = m_fx.keys->usage(key->first.id, today, today);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().requests, qint64(4));
}

void TestGateway::stageThrottle()
{
    auto throttled = withStageSettings(m_api, QStringLiteral("$default"), 0.01, 2, {});
    QVERIFY(throttled.ok());
    QVERIFY(m_fx.save(*throttled).ok());
    const QString url = m_api.stageUrl(QStringLiteral("$default")) + QStringLiteral("/free");
    QCOMPARE(statuses(url, 3), QList<int>({200, 200, 429}));
    QVERIFY(m_fx.save(m_api).ok()); // no throttle again
    QCOMPARE(statuses(url, 2), QList<int>({200, 200}));
}

void TestGateway::deploymentsAndRollback()
{
    const QString url = m_api.stageUrl(QStringLiteral("$default")) + QStringLiteral("/free");
    // A route changed but not deployed changes nothing.
    auto edited = withRoute(m_api, mockRoute(QStringLiteral("GET /free"), 200, "second"));
    QVERIFY(edited.ok());
    QVERIFY(m_fx.save(*edited).ok());
    QCOMPARE(m_fx.send("GET", url)->body, QByteArray("free"));
    auto v2 = deployed(*edited, QStringLiteral("$default"), QStringLiteral("v2"), 10);
    QVERIFY(v2.ok());
    QVERIFY(m_fx.save(*v2).ok());
    QCOMPARE(m_fx.send("GET", url)->body, QByteArray("second"));
    auto back = rolledBack(*v2, QStringLiteral("$default"), {}, 11);
    QVERIFY(back.ok());
    QVERIFY(m_fx.save(*back).ok());
    QCOMPARE(m_fx.send("GET", url)->body, QByteArray("free"));
    m_api = *back;
    // Unknown stage or route: API Gateway's 404.
    const auto missing = m_fx.send("GET", m_api.stageUrl(QStringLiteral("$default")) + "/nothing");
    QCOMPARE(missing->status, 404);
    QCOMPARE(missing->body, QByteArray(R"({"message":"Not Found"})"));
}

void TestGateway::restApisAnswerAsRestApisDo()
{
    const auto rest =
        m_fx.deploy(test::uniqueName(QStringLiteral("rest")), ApiType::Rest,
                    {mockRoute(QStringLiteral("GET /pets"), 200, "[]")}, QStringLiteral("prod"));
    QVERIFY2(rest.ok(), qPrintable(rest.error()));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(rest->port);
    auto r = m_fx.send("GET", base + "/prod/pets");
    QCOMPARE(r->status, 200);
    QVERIFY(!r->header("x-amzn-RequestId").isEmpty());
    r = m_fx.send("GET", base + "/prod/cats");
    QCOMPARE(r->status, 403);
    QCOMPARE(r->body, QByteArray(R"({"message":"Missing Authentication Token"})"));
    r = m_fx.send("GET", base + "/pets"); // no stage
    QCOMPARE(r->status, 403);
}

void TestGateway::httpBackendInAContainer()
{
    engine::DockerClient *client = m_fx.functions.client;
    // busybox httpd with a CGI that answers what it got.
    const QString script = QStringLiteral(
        "mkdir -p /www/cgi-bin && printf 'static' > /www/index.html && "
        "printf '#!/bin/sh\\nprintf \"Content-Type: text/plain\\\\r\\\\nX-Backend: "
        "yes\\\\r\\\\n\\\\r\\\\n\"\\n"
        "echo \"$REQUEST_METHOD $QUERY_STRING $HTTP_X_TEST $HTTP_X_API_KEY\"\\ncat\\n' "
        "> /www/cgi-bin/echo && chmod +x /www/cgi-bin/echo && exec httpd -f -p 8080 -h /www");
    engine::ContainerSpec web;
    web.image = QStringLiteral("sloop-test/busybox:latest");
    web.name = test::uniqueName(QStringLiteral("backend"));
    web.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    const quint16 port = test::freeTcpPort();
    web.ports = {engine::PortSpec{port, 8080, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
    const auto made = test::await(client->createContainer(web));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    m_container = *made;
    QVERIFY(test::await(client->startContainer(*made)).ok());

    Route proxy;
    proxy.key = QStringLiteral("ANY /web/{proxy+}");
    proxy.integration.kind = Integration::Kind::Http;
    proxy.integration.target = QStringLiteral("http://127.0.0.1:%1/{proxy}").arg(port);
    Route gone = proxy;
    gone.key = QStringLiteral("GET /gone");
    gone.integration.target = QStringLiteral("http://127.0.0.1:%1/").arg(test::freeTcpPort());
    auto api = withRoute(m_api, proxy);
    api = withRoute(*api, gone);
    api = deployed(*api, QStringLiteral("$default"), {}, 20);
    QVERIFY(api.ok());
    QVERIFY(m_fx.save(*api).ok());
    m_api = *api;
    const QString base = m_api.stageUrl(QStringLiteral("$default"));
    // The server may still be starting.
    Result<http::ClientResponse> r = Result<http::ClientResponse>::failure(QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        (r = m_fx.send("GET", base + "/web/index.html")).ok() && r->status == 200, 20000);
    QCOMPARE(r->body, QByteArray("static"));
    r = m_fx.send("POST", base + "/web/cgi-bin/echo?q=1",
                  {{"x-test", "t1"}, {"x-api-key", "secret"}}, "the body");
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("x-backend"), QByteArray("yes"));
    QCOMPARE(r->header("content-type"), QByteArray("text/plain"));
    // Method, query and headers passed on; the gateway's key is not.
    QCOMPARE(r->body, QByteArray("POST q=1 t1 \nthe body"));
    r = m_fx.send("GET", base + "/web/missing.html");
    QCOMPARE(r->status, 404); // the backend's own
    r = m_fx.send("GET", base + "/gone");
    QCOMPARE(r->status, 502);
    QCOMPARE(r->body, QByteArray(R"({"message":"Internal server error"})"));
}

QByteArray TestGateway::rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState &&
           !answer.contains("\r\n\r\n")) {
        if (socket.waitForReadyRead(200))
            answer += socket.readAll();
    }
    return answer;
}

void TestGateway::malformedHttpGetsTheRightStatus()
{
    const quint16 port = m_api.port;
    QVERIFY(rawExchange(port, "NOT HTTP AT ALL\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(rawExchange(port, "GET /free HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                  QByteArray(12 * 1024, 'a') + "\r\n\r\n")
                .startsWith("HTTP/1.1 431"));
    QVERIFY(rawExchange(port, "POST /free HTTP/1.1\r\nHost: x\r\nContent-Length: 20000000\r\n\r\n")
                .startsWith("HTTP/1.1 413"));
    QVERIFY(rawExchange(port, "POST /free HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                              "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                .startsWith("HTTP/1.1 400"));
    // And it still serves everyone else.
    QCOMPARE(m_fx.send("GET", m_api.stageUrl(QStringLiteral("$default")) + "/free")->status, 200);
}

void TestGateway::corsPreflightAndHeaders()
{
    const QString base = m_api.stageUrl(QStringLiteral("$default"));
    Cors cors;
    cors.allowOrigins = {QStringLiteral("https://app.example.com")};
    cors.allowMethods = {QStringLiteral("GET"), QStringLiteral("POST")};
    cors.allowHeaders = {QStringLiteral("content-type"), QStringLiteral("x-api-key")};
    cors.exposeHeaders = {QStringLiteral("apigw-requestid")};
    cors.allowCredentials = true;
    cors.maxAgeSeconds = 600;
    auto withCorsOn = withCors(m_api, cors);
    QVERIFY(withCorsOn.ok());
    QVERIFY(m_fx.save(*withCorsOn).ok());
    // A preflight is answered by the gateway, with no OPTIONS route.
    auto r = m_fx.send("OPTIONS", base + "/free",
                       {{"origin", "https://app.example.com"},
                        {"access-control-request-method", "POST"},
                        {"access-control-request-headers", "content-type"}});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 204);
    QCOMPARE(r->header("access-control-allow-origin"), QByteArray("https://app.example.com"));
    QCOMPARE(r->header("access-control-allow-methods"), QByteArray("GET,POST"));
    QCOMPARE(r->header("access-control-allow-headers"), QByteArray("content-type,x-api-key"));
    QCOMPARE(r->header("access-control-allow-credentials"), QByteArray("true"));
    QCOMPARE(r->header("access-control-max-age"), QByteArray("600"));
    // Another origin: 204 without the headers, so the browser refuses.
    r = m_fx.send("OPTIONS", base + "/free",
                  {{"origin", "https://evil.example"}, {"access-control-request-method", "GET"}});
    QCOMPARE(r->status, 204);
    QVERIFY(r->header("access-control-allow-origin").isEmpty());
    // The answers to allowed origins carry them.
    r = m_fx.send("GET", base + "/free", {{"origin", "https://app.example.com"}});
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("access-control-allow-origin"), QByteArray("https://app.example.com"));
    QCOMPARE(r->header("access-control-expose-headers"), QByteArray("apigw-requestid"));
    QCOMPARE(r->header("vary"), QByteArray("Origin"));
    r = m_fx.send("GET", base + "/free", {{"origin", "https://evil.example"}});
    QCOMPARE(r->status, 200);
    QVERIFY(r->header("access-control-allow-origin").isEmpty());
    // Off again: OPTIONS is a route like any other (none here).
    QVERIFY(m_fx.save(m_api).ok());
    r = m_fx.send(
        "OPTIONS", base + "/free",
        {{"origin", "https://app.example.com"}, {"access-control-request-method", "GET"}});
    QCOMPARE(r->status, 404);
}

void TestGateway::jwtAuthorizerChecksTokens()
{
    // The issuer's key set in a file, as an identity provider publishes it.
    QTemporaryDir dir;
    test::JwtSigner rsa(QStringLiteral("RS256"), QStringLiteral("k1"));
    test::JwtSigner ec(QStringLiteral("ES256"), QStringLiteral("k2"));
    const QString jwks = dir.filePath(QStringLiteral("jwks.json"));
    QFile file(jwks);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{rsa.jwk()}}}).toJson());
    file.close();
    Authorizer idp;
    idp.name = QStringLiteral("idp");
    idp.issuer = QStringLiteral("https://id.example.com");
    idp.audiences = {QStringLiteral("shop")};
    idp.jwksFile = jwks;
    auto edited = withAuthorizer(m_api, idp);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    Route orders = mockRoute(QStringLiteral("GET /orders"), 200, "orders");
    orders.authorizer = QStringLiteral("idp");
    orders.authorizationScopes = {QStringLiteral("orders:read")};
    edited = withRoute(*edited, orders);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    // A route naming an authorizer the API lacks is refused.
    Route stray = orders;
    stray.authorizer = QStringLiteral("nobody");
    QCOMPARE(withRoute(*edited, stray).kind(), ErrorKind::NotFound);
    QCOMPARE(withoutAuthorizer(*edited, QStringLiteral("idp")).kind(), ErrorKind::Conflict);
    edited = deployed(*edited, QStringLiteral("$default"), {}, 5);
    QVERIFY(edited.ok());
    QVERIFY(m_fx.save(*edited).ok());

    const QString url = m_api.stageUrl(QStringLiteral("$default")) + QStringLiteral("/orders");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), idp.issuer},
                       {QStringLiteral("aud"), QStringLiteral("shop")},
                       {QStringLiteral("sub"), QStringLiteral("alice")},
                       {QStringLiteral("scope"), QStringLiteral("orders:read")},
                       {QStringLiteral("exp"), now + 300}};
    const auto bearer = [](const QByteArray &token) {
        return QList<std::pair<QByteArray, QByteArray>>{{"authorization", "Bearer " + token}};
    };
    auto r = m_fx.send("GET", url);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 401);
    QCOMPARE(r->body, QByteArray(R"({"message":"Unauthorized"})"));
    r = m_fx.send("GET", url, bearer(rsa.sign(claims)));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("orders"));
    QJsonObject expired = claims;
    expired.insert(QStringLiteral("exp"), now - 10);
    r = m_fx.send("GET", url, bearer(rsa.sign(expired)));
    QCOMPARE(r->status, 401);
    QVERIFY2(r->header("www-authenticate").contains("the token has expired"),
             r->header("www-authenticate").constData());
    QJsonObject billing = claims;
    billing.insert(QStringLiteral("aud"), QStringLiteral("billing"));
    r = m_fx.send("GET", url, bearer(rsa.sign(billing)));
    QCOMPARE(r->status, 401);
    QVERIFY(r->header("www-authenticate").contains("unexpected audience"));
    QByteArray forged = rsa.sign(claims);
    forged[forged.size() - 5] = forged.at(forged.size() - 5) == 'A' ? 'B' : 'A';
    r = m_fx.send("GET", url, bearer(forged));
    QCOMPARE(r->status, 401);
    QVERIFY(r->header("www-authenticate").contains("signature is invalid"));
    // A good token without the route's scope is forbidden, not unauthorized.
    QJsonObject writer = claims;
    writer.insert(QStringLiteral("scope"), QStringLiteral("orders:write"));
    r = m_fx.send("GET", url, bearer(rsa.sign(writer)));
    QCOMPARE(r->status, 403);
    // The issuer rotates to an EC key: the file is read again.
    r = m_fx.send("GET", url, bearer(ec.sign(claims)));
    QCOMPARE(r->status, 401);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{rsa.jwk(), ec.jwk()}}})
                   .toJson());
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.send("GET", url, bearer(ec.sign(claims)))->status == 200, 5000);
    // A key the issuer withdrew no longer signs, even for a token checked before.
    QCOMPARE(m_fx.send("GET", url, bearer(rsa.sign(claims)))->status, 200);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{ec.jwk()}}}).toJson());
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.send("GET", url, bearer(rsa.sign(claims)))->status == 401, 5000);
    // Other routes are untouched.
    QCOMPARE(m_fx.send("GET", m_api.stageUrl(QStringLiteral("$default")) + "/free")->status, 200);
    QVERIFY(m_fx.save(m_api).ok());
}

void TestGateway::anotherAddressServesOtherMachines()
{
    // An address of this machine that is not loopback (the docker bridge's, at least).
    QString outside;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            outside = a.toString();
    }
    QVERIFY2(!outside.isEmpty(), "no address but loopback on this machine");
    const QString path = QStringLiteral("/free");
    const auto at = [&](const QString &host) {
        const auto r =
            m_fx.send("GET", QStringLiteral("http://%1:%2%3").arg(host).arg(m_api.port).arg(path));
        return r.ok() ? r->status : -1;
    };
    QCOMPARE(at(QStringLiteral("127.0.0.1")), 200);
    QCOMPARE(at(outside), -1); // loopback only by default
    QVERIFY(!gateway::validateBindAddress(QStringLiteral("0.0.0.0; rm -rf /")).ok());
    auto open = withBindAddress(m_api, QStringLiteral("0.0.0.0"));
    QVERIFY(open.ok());
    QVERIFY(open->servesOtherMachines());
    QCOMPARE(open->stageUrl(QStringLiteral("$default")),
             m_api.stageUrl(QStringLiteral("$default")));
    QVERIFY(m_fx.save(*open).ok());
    QCOMPARE(m_fx.gateway->servingPort(m_api.id), m_api.port);
    QCOMPARE(at(outside), 200);
    QCOMPARE(at(QStringLiteral("127.0.0.1")), 200);
    // One address of the machine: its URL says it.
    auto one = withBindAddress(m_api, outside);
    QVERIFY(m_fx.save(*one).ok());
    QCOMPARE(one->stageUrl(QStringLiteral("$default")),
             QStringLiteral("http://%1:%2").arg(outside).arg(m_api.port));
    QCOMPARE(at(outside), 200);
    QVERIFY(m_fx.save(m_api).ok());
    QCOMPARE(at(outside), -1);
    QCOMPARE(at(QStringLiteral("127.0.0.1")), 200);
}

void TestGateway::metricsForEachStage()
{
    QSignalSpy collected(m_fx.gateway.get(), &Gateway::collected);
    const QString base = m_api.stageUrl(QStringLiteral("$default"));
    QCOMPARE(statuses(base + "/free", 3), QList<int>({200, 200, 200}));
    QCOMPARE(statuses(base + "/nothing", 1), QList<int>({404}));
    // Stopping files the minute in progress.
    m_fx.gateway->stop();
    double count = 0;
    double notFound = 0;
    const QString target = metrics::Target::apiTarget(m_api.name, QStringLiteral("$default")).key();
    for (const QList<QVariant> &signal : std::as_const(collected)) {
        for (const metrics::MetricPoint &p : signal.at(0).value<metrics::MetricBatch>()) {
            if (p.target != target)
                continue;
            if (p.metric == metrics::names::kApiCount)
                count += p.value;
            if (p.metric == metrics::names::kApi4xx)
                notFound += p.value;
        }
    }
    QVERIFY(count >= 4); // and whatever earlier tests sent this minute
    QVERIFY(notFound >= 1);
    m_fx.gateway->start();
    QCOMPARE(statuses(base + "/free", 1), QList<int>({200}));
}

void TestGateway::removedApisStopServing()
{
    QVERIFY(m_fx.apis->remove(m_api.id).ok());
    m_fx.gateway->reload();
    QCOMPARE(m_fx.gateway->servingPort(m_api.id), quint16(0));
    const auto r = m_fx.send("GET", m_api.stageUrl(QStringLiteral("$default")) + "/free");
    QVERIFY(!r.ok());
    QCOMPARE(r.kind(), ErrorKind::Unreachable);
}

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
