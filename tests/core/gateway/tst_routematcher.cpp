// Which route a request goes to, the route keys a person may write, and
// the proxy responses the gateway accepts: no server needed.
#include "gateway/apiediting.h"
#include "gateway/proxyevents.h"
#include "gateway/routematcher.h"

#include <QTest>

using namespace sloop;
using namespace sloop::gateway;

class TestRouteMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mostSpecificWins_data();
    void mostSpecificWins();
    void routeKeys_data();
    void routeKeys();
    void proxyResponses_data();
    void proxyResponses();
    void deployAndRollBack();
    void corsRules();
};

namespace {

QList<Route> table()
{
    QList<Route> routes;
    for (const char *key : {"GET /pets", "GET /pets/{id}", "ANY /pets/{id}", "GET /pets/dogs",
                            "GET /pets/{id}/toys/{toy}", "ANY /files/{proxy+}", "GET /files/readme",
                            "POST /{proxy+}", "GET /", "$default"}) {
        Route r;
        r.key = QString::fromLatin1(key);
        routes.append(r);
    }
    return routes;
}

} // namespace

void TestRouteMatcher::mostSpecificWins_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("params");
    QTest::newRow("exact") << "GET"
                           << "/pets"
                           << "GET /pets"
                           << "";
    QTest::newRow("trailing slash") << "GET"
                                    << "/pets/"
                                    << "GET /pets"
                                    << "";
    QTest::newRow("literal beats param") << "GET"
                                         << "/pets/dogs"
                                         << "GET /pets/dogs"
                                         << "";
    QTest::newRow("param") << "GET"
                           << "/pets/7"
                           << "GET /pets/{id}"
                           << "id=7";
    QTest::newRow("method beats ANY") << "GET"
                                      << "/pets/7"
                                      << "GET /pets/{id}"
                                      << "id=7";
    QTest::newRow("ANY for others") << "DELETE"
                                    << "/pets/7"
                                    << "ANY /pets/{id}"
                                    << "id=7";
    QTest::newRow("two params") << "GET"
                                << "/pets/7/toys/ball"
                                << "GET /pets/{id}/toys/{toy}"
                                << "id=7,toy=ball";
    QTest::newRow("decoded") << "GET"
                             << "/pets/a%20b"
                             << "GET /pets/{id}"
                             << "id=a b";
    QTest::newRow("greedy") << "GET"
                            << "/files/a/b/c.txt"
                            << "ANY /files/{proxy+}"
                            << "proxy=a/b/c.txt";
    QTest::newRow("literal beats greedy") << "GET"
                                          << "/files/readme"
                                          << "GET /files/readme"
                                          << "";
    QTest::newRow("greedy needs a part") << "GET"
                                         << "/files"
                                         << "$default"
                                         << "";
    QTest::newRow("root greedy") << "POST"
                                 << "/x/y"
                                 << "POST /{proxy+}"
                                 << "proxy=x/y";
    QTest::newRow("param beats root greedy") << "POST"
                                             << "/pets/1"
                                             << "ANY /pets/{id}"
                                             << "id=1";
    QTest::newRow("root") << "GET"
                          << "/"
                          << "GET /"
                          << "";
    QTest::newRow("nothing else") << "PUT"
                                  << "/elsewhere"
                                  << "$default"
                                  << "";
    QTest::newRow("too deep") << "GET"
                              << "/pets/1/2"
                              << "$default"
                              << "";
    QTest::newRow("empty part") << "GET"
                                << "/pets//toys/x"
                                << "$default"
                                << "";
}

void TestRouteMatcher::mostSpecificWins()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, route);
    QFETCH(QString, params);
    const QList<Route> routes = table();
    const RouteMatch m = matchRoute(routes, method, path);
    QVERIFY(m.route);
    QCOMPARE(m.route->key, route);
    QStringList got;
    for (auto it = m.pathParameters.cbegin(); it != m.pathParameters.cend(); ++it)
        got.append(it.key() + QLatin1Char('=') + it.value());
    QCOMPARE(got.join(QLatin1Char(',')), params);
    QCOMPARE(m.greedyParameter.isEmpty(), !route.contains(QLatin1String("+}")));
    // Without $default nothing matches.
    QList<Route> strict = routes;
    strict.removeLast();
    if (route == QLatin1String("$default"))
        QVERIFY(!matchRoute(strict, method, path).route);
}

void TestRouteMatcher::routeKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("normalized"); // empty: refused
    QTest::newRow("plain") << "GET /pets"
                           << "GET /pets";
    QTest::newRow("lower-case method") << "post /pets/"
                                       << "POST /pets";
    QTest::newRow("any") << "any /{proxy+}"
                         << "ANY /{proxy+}";
    QTest::newRow("default") << "$default"
                             << "$default";
    QTest::newRow("root") << "GET /"
                          << "GET /";
    QTest::newRow("unknown method") << "FETCH /pets"
                                    << "";
    QTest::newRow("no slash") << "GET pets"
                              << "";
    QTest::newRow("greedy not last") << "GET /{proxy+}/x"
                                     << "";
    QTest::newRow("twice") << "GET /{id}/{id}"
                           << "";
    QTest::newRow("half a param") << "GET /a{id}"
                                  << "";
    QTest::newRow("space") << "GET /a b"
                           << "";
    QTest::newRow("no path") << "GET"
                             << "";
}

void TestRouteMatcher::routeKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, normalized);
    const auto r = normalizeRouteKey(key);
    if (normalized.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.kind(), ErrorKind::InvalidInput);
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(*r, normalized);
    }
}

void TestRouteMatcher::proxyResponses_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("status"); // 0: refused
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("2.0 string") << QByteArray(R"("hi")") << 2 << 200 << QByteArray(R"("hi")");
    QTest::newRow("2.0 number") << QByteArray("42") << 2 << 200 << QByteArray("42");
    QTest::newRow("2.0 object") << QByteArray(R"({"a":1})") << 2 << 200 << QByteArray(R"({"a":1})");
    QTest::newRow("2.0 structured")
        << QByteArray(R"({"statusCode":404,"body":"gone"})") << 2 << 404 << QByteArray("gone");
    QTest::newRow("status as text")
        << QByteArray(R"({"statusCode":"201","body":""})") << 1 << 201 << QByteArray();
    QTest::newRow("base64") << QByteArray(
                                   R"({"statusCode":200,"body":"aGk=","isBase64Encoded":true})")
                            << 1 << 200 << QByteArray("hi");
    QTest::newRow("1.0 bare") << QByteArray(R"("hi")") << 1 << 0 << QByteArray();
    QTest::newRow("1.0 no status") << QByteArray(R"({"body":"x"})") << 1 << 0 << QByteArray();
    QTest::newRow("status out of range")
        << QByteArray(R"({"statusCode":99})") << 2 << 0 << QByteArray();
    QTest::newRow("body not text")
        << QByteArray(R"({"statusCode":200,"body":[1]})") << 2 << 0 << QByteArray();
    QTest::newRow("bad base64") << QByteArray(
                                       R"({"statusCode":200,"body":"***","isBase64Encoded":true})")
                                << 2 << 0 << QByteArray();
    QTest::newRow("header splitting")
        << QByteArray(R"({"statusCode":200,"headers":{"a":"1\r\nb: 2"}})") << 2 << 0
        << QByteArray();
    QTest::newRow("bad header name")
        << QByteArray(R"({"statusCode":200,"headers":{"a b":"1"}})") << 2 << 0 << QByteArray();
    QTest::newRow("bad cookie") << QByteArray(R"({"statusCode":200,"cookies":["a=1\nb"]})") << 2
                                << 0 << QByteArray();
    QTest::newRow("truncated JSON") << QByteArray(R"({"statusCode":2)") << 1 << 0 << QByteArray();
}

void TestRouteMatcher::proxyResponses()
{
    QFETCH(QByteArray, result);
    QFETCH(int, format);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const auto r = proxyResponse(result, format);
    if (status == 0) {
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, status);
    QCOMPARE(r->body, body);
}

void TestRouteMatcher::deployAndRollBack()
{
    Api api;
    api.name = QStringLiteral("shop");
    QCOMPARE(deployed(api, QStringLiteral("dev"), {}, 1).kind(), ErrorKind::InvalidInput);
    Route r;
    r.key = QStringLiteral("get /a");
    r.integration.mockBody = "one";
    auto v1 = deployed(*withRoute(api, r), QStringLiteral("dev"), QStringLiteral("first"), 1);
    QVERIFY(v1.ok());
    QCOMPARE(v1->routes.first().key, QStringLiteral("GET /a"));
    r.integration.mockBody = "two";
    auto v2 = deployed(*withRoute(*v1, r), QStringLiteral("dev"), {}, 2);
    QVERIFY(v2.ok());
    QCOMPARE(v2->routes.size(), 1); // the same key replaced
    QCOMPARE(v2->deployments.size(), 2);
    const QString second = v2->stage(QStringLiteral("dev"))->deploymentId;
    QCOMPARE(v2->deployment(second)->routes.first().integration.mockBody, QByteArray("two"));
    auto back = rolledBack(*v2, QStringLiteral("dev"), {}, 3);
    QVERIFY(back.ok());
    QCOMPARE(back->stage(QStringLiteral("dev"))->deploymentId, v1->deployments.first().id);
    QCOMPARE(rolledBack(*back, QStringLiteral("dev"), {}, 4).kind(), ErrorKind::InvalidInput);
    QCOMPARE(rolledBack(*back, QStringLiteral("prod"), {}, 4).kind(), ErrorKind::NotFound);
    QCOMPARE(rolledBack(*back, QStringLiteral("dev"), QStringLiteral("nope"), 4).kind(),
             ErrorKind::NotFound);
    // Round trip through the stored definition.
    Api read = *back;
    read.routes.clear();
    read.stages.clear();
    read.deployments.clear();
    QVERIFY(readDefinition(definitionJson(*back), &read).ok());
    QCOMPARE(read, *back);
    QVERIFY(!readDefinition("{\"routes\":[{\"key\":\"GET /a\"}]}", &read).ok());
    QVERIFY(!readDefinition("not json", &read).ok());
    // REST APIs name their stages.
    Api rest = *withRoute(api, r);
    rest.type = ApiType::Rest;
    QCOMPARE(deployed(rest, QStringLiteral("$default"), {}, 1).kind(), ErrorKind::InvalidInput);
}

void TestRouteMatcher::corsRules()
{
    Cors cors;
    QVERIFY(validate(cors).ok()); // off
    cors.allowOrigins = {QStringLiteral("https://app.example.com:8443"), QStringLiteral("*")};
    QVERIFY(validate(cors).ok());
    cors.allowCredentials = true;
    QCOMPARE(validate(cors).kind(), ErrorKind::InvalidInput); // credentials for anyone
    cors.allowOrigins = {QStringLiteral("app.example.com")};
    QCOMPARE(validate(cors).kind(), ErrorKind::InvalidInput); // no scheme
    cors.allowOrigins = {QStringLiteral("https://app.example.com/path")};
    QCOMPARE(validate(cors).kind(), ErrorKind::InvalidInput);
    cors.allowOrigins = {QStringLiteral("http://localhost:3000")};
    cors.maxAgeSeconds = 90000;
    QCOMPARE(validate(cors).kind(), ErrorKind::InvalidInput);
    cors.maxAgeSeconds = 600;
    QVERIFY(validate(cors).ok());
    // Kept with the API.
    Api api;
    api.name = QStringLiteral("web");
    api.cors = cors;
    Api read;
    QVERIFY(readDefinition(definitionJson(api), &read).ok());
    QCOMPARE(read.cors, cors);
}

QTEST_GUILESS_MAIN(TestRouteMatcher)
#include "tst_routematcher.moc"
