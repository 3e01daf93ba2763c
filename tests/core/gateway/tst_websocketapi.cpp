// A WebSocket API in front of a real Python function on the test dockerd:
// three clients in a chat room, $connect deciding who comes in, messages
// routed by their "action", a two-way route answering, $default, and the
// @connections management API driven by Debian's awscli with a key kept in
// a real Secret Service: post to each client, get one, delete one.
#include "gatewayfixture.h"
#include "websocketclient.h"

#include "awsapi/accesskeys.h"
#include "gateway/websocketapi.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace sloop;
using namespace sloop::gateway;
using sloop::test::WebSocketClient;

namespace {

const QByteArray kChat = R"(import json
def handler(event, context):
    rc = event["requestContext"]
    if rc["eventType"] == "CONNECT":
        token = (event.get("queryStringParameters") or {}).get("token")
        return {"statusCode": 401 if token == "bad" else 200}
    if rc["eventType"] == "DISCONNECT":
        print("gone", rc["connectionId"])
        return {"statusCode": 200}
    body = json.loads(event["body"])
    if body.get("text") == "crash":
        raise Exception("boom")
    return {"statusCode": 200, "body": json.dumps({
        "echo": body.get("text"), "route": rc["routeKey"], "connectionId": rc["connectionId"],
        "eventType": rc["eventType"], "stage": rc["stage"]})}
)";

const QString kAws = QStringLiteral("/usr/bin/aws"); // Debian's awscli

} // namespace

class TestWebSocketApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void routeSelectionAndEvents();
    void aChatRoomOfThree();
    void connectDecidesWhoComesIn();
    void messagesRouteByAction();
    void connectionsApiWithTheAwsCli();
    void limitsAndBadInput();

private:
    std::unique_ptr<WebSocketClient> join(const QString &query = {});
    // awscli's apigatewaymanagementapi, signed with the key made here.
    QPair<int, QByteArray> aws(const QStringList &args);

    test::GatewayFixture m_fx;
    QString m_function;
    Api m_api;
    QString m_keyId;
    QString m_secret;
    QList<AccessLogEntry> m_served;
};

void TestWebSocketApi::initTestCase()
{
    const QString problem = m_fx.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    functions::FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("ws"));
    record.timeoutSeconds = 10;
    const auto created = test::await(
        m_fx.functions.service->create(record, {{QStringLiteral("app.py"), kChat}}), 180000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_function = record.name;

    Api api;
    api.name = test::uniqueName(QStringLiteral("chat"));
    api.type = ApiType::WebSocket;
    api.port = test::freeTcpPort();
    auto made = m_fx.apis->create(api);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    Result<Api> edited = *made;
    for (const QString &key : {QStringLiteral("$connect"), QStringLiteral("$disconnect"),
                               QStringLiteral("sendmessage")}) {
        Route r = test::functionRoute(key, m_function);
        r.twoWay = key == QLatin1String("sendmessage");
        edited = withRoute(*edited, r);
        QVERIFY2(edited.ok(), qPrintable(edited.error()));
    }
    Route fallback = test::mockRoute(QStringLiteral("$default"), 200, "no such action");
    fallback.twoWay = true;
    edited = withRoute(*edited, fallback);
    QVERIFY(edited.ok());
    edited = deployed(*edited, QStringLiteral("production"), {}, 1);
    QVERIFY(edited.ok());
    QVERIFY(m_fx.save(*edited).ok());
    m_api = *edited;
    QCOMPARE(m_api.stageUrl(QStringLiteral("production")),
             QStringLiteral("ws://127.0.0.1:%1/production").arg(m_api.port));
    QVERIFY2(m_fx.gateway->servingPort(m_api.id) == m_api.port,
             qPrintable(m_fx.gateway->problem(m_api.id)));
    connect(m_fx.gateway.get(), &Gateway::served, this,
            [this](const AccessLogEntry &e) { m_served.append(e); });

    // A key for @connections, its secret in the test's Secret Service.
    const auto key = awsapi::AccessKeys(m_fx.functions.db).create(QStringLiteral("ws test"));
    QVERIFY2(key.ok(), qPrintable(key.error()));
    m_keyId = key->key.accessKeyId;
    m_secret = key->secretAccessKey;
}

void TestWebSocketApi::cleanupTestCase()
{
    if (!m_keyId.isEmpty())
        awsapi::AccessKeys(m_fx.functions.db).remove(m_keyId);
    m_fx.tearDown({m_function});
}

std::unique_ptr<WebSocketClient> TestWebSocketApi::join(const QString &query)
{
    auto client = std::make_unique<WebSocketClient>();
    client->open(m_api.port, "/production" + query.toStdString());
    QDeadlineTimer deadline(60000);
    while (client->state() == WebSocketClient::State::Connecting && !deadline.hasExpired())
        QTest::qWait(10);
    return client;
}

QPair<int, QByteArray> TestWebSocketApi::aws(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_keyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_secret);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("local"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));
    p.setProcessEnvironment(env);
    // awscli 2 reads blobs (--data) as base64 unless told otherwise.
    p.start(kAws,
            QStringList{QStringLiteral("apigatewaymanagementapi")} + args +
                QStringList{QStringLiteral("--cli-binary-format"),
                            QStringLiteral("raw-in-base64-out"), QStringLiteral("--endpoint-url"),
                            QStringLiteral("http://127.0.0.1:%1/production").arg(m_api.port)});
    // The gateway answers on this thread: wait with its events running.
    QDeadlineTimer deadline(60000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    const QByteArray out = p.readAllStandardOutput();
    return {p.exitCode(), out + p.readAllStandardError()};
}

void TestWebSocketApi::routeSelectionAndEvents()
{
    const QList<Route> routes = {test::mockRoute(QStringLiteral("sendmessage"), 200, {}),
                                 test::mockRoute(QStringLiteral("$default"), 200, {})};
    const QString expr = QStringLiteral("$request.body.action");
    QCOMPARE(selectWebSocketRoute(routes, expr, R"({"action":"sendmessage"})"),
             QStringLiteral("sendmessage"));
    QCOMPARE(selectWebSocketRoute(routes, expr, R"({"action":"other"})"),
             QStringLiteral("$default"));
    QCOMPARE(selectWebSocketRoute(routes, expr, "not json"), QStringLiteral("$default"));
    QCOMPARE(selectWebSocketRoute(routes, expr, R"({"action":"$connect"})"),
             QStringLiteral("$default"));
    QCOMPARE(selectWebSocketRoute(routes, QStringLiteral("$request.body.meta.kind"),
                                  R"({"meta":{"kind":"sendmessage"}})"),
             QStringLiteral("sendmessage"));
    QVERIFY(selectWebSocketRoute(routes.mid(0, 1), expr, "{}").isEmpty());
    QVERIFY(validateRouteSelectionExpression(QStringLiteral("$request.body.action")).ok());
    QVERIFY(!validateRouteSelectionExpression(QStringLiteral("$request.header.x")).ok());
    QVERIFY(normalizeWebSocketRouteKey(QStringLiteral("$connect")).ok());
    QVERIFY(!normalizeWebSocketRouteKey(QStringLiteral("send message")).ok());
    // HTTP integrations are not for WebSocket routes here.
    Route http = test::mockRoute(QStringLiteral("x"), 200, {});
    http.integration.kind = Integration::Kind::Http;
    http.integration.target = QStringLiteral("http://127.0.0.1:1/");
    QCOMPARE(withRoute(m_api, http).kind(), ErrorKind::Unsupported);
}

void TestWebSocketApi::aChatRoomOfThree()
{
    auto a = join();
    auto b = join();
    auto c = join();
    for (const auto *client : {a.get(), b.get(), c.get()})
        QCOMPARE(client->state(), WebSocketClient::State::Open);
    QTRY_COMPARE(m_fx.gateway->webSockets()->connections(m_api.id).size(), 3);
    // Each says something; the two-way route answers the sender only.
    a->send(R"({"action":"sendmessage","text":"hello from a"})");
    QTRY_COMPARE_WITH_TIMEOUT(a->messages().size(), 1, 30000);
    const QJsonObject echo = QJsonDocument::fromJson(a->messages().first()).object();
    QCOMPARE(echo.value(QLatin1String("echo")).toString(), QStringLiteral("hello from a"));
    QCOMPARE(echo.value(QLatin1String("route")).toString(), QStringLiteral("sendmessage"));
    QCOMPARE(echo.value(QLatin1String("eventType")).toString(), QStringLiteral("MESSAGE"));
    QCOMPARE(echo.value(QLatin1String("stage")).toString(), QStringLiteral("production"));
    const QString aId = echo.value(QLatin1String("connectionId")).toString();
    QCOMPARE(aId.size(), 16);
    QVERIFY(b->messages().isEmpty() && c->messages().isEmpty());
    // The room: a broadcast to every connection through @connections.
    const auto all = m_fx.gateway->webSockets()->connections(m_api.id);
    for (const WebSocketConnection &conn : all) {
        const auto posted =
            aws({QStringLiteral("post-to-connection"), QStringLiteral("--connection-id"), conn.id,
                 QStringLiteral("--data"), QStringLiteral("a says hi")});
        QVERIFY2(posted.first == 0, posted.second.constData());
    }
    QTRY_VERIFY(b->messages().contains("a says hi") && c->messages().contains("a says hi") &&
                a->messages().contains("a says hi"));
    // One leaves: $disconnect runs, and it is gone from the room.
    b->close();
    QTRY_COMPARE(m_fx.gateway->webSockets()->connections(m_api.id).size(), 2);
    a->close();
    c->close();
    QTRY_COMPARE(m_fx.gateway->webSockets()->connections(m_api.id).size(), 0);
    // What API Gateway bills from: messages and connection minutes.
    m_fx.gateway->flush();
    const auto used = AccessLog(m_fx.functions.db).usage(m_api.id, 0);
    QVERIFY2(used.ok(), qPrintable(used.error()));
    QCOMPARE(used->requests, 0);
    QCOMPARE(used->messages, 4); // one received, three sent with @connections
    QVERIFY(used->connectionMinutes > 0);
}

void TestWebSocketApi::connectDecidesWhoComesIn()
{
    m_served.clear();
    auto refused = join(QStringLiteral("?token=bad"));
    QCOMPARE(refused->state(), WebSocketClient::State::Refused);
    QCOMPARE(refused->status(), 401);
    // In the access log as API Gateway logs it: the route and its status.
    QTRY_VERIFY(!m_served.isEmpty());
    QCOMPARE(m_served.first().routeKey, QStringLiteral("$connect"));
    QCOMPARE(m_served.first().status, 401);
    QCOMPARE(m_served.first().stage, QStringLiteral("production"));
    auto welcome = join(QStringLiteral("?token=good"));
    QCOMPARE(welcome->state(), WebSocketClient::State::Open);
    // No such stage: no upgrade.
    auto lost = std::make_unique<WebSocketClient>();
    lost->open(m_api.port, "/nostage");
    QTRY_VERIFY(lost->state() != WebSocketClient::State::Connecting);
    QCOMPARE(lost->state(), WebSocketClient::State::Refused);
    QCOMPARE(lost->status(), 404);
    // Plain HTTP to the API: it takes WebSocket clients only.
    const auto plain =
        m_fx.send("GET", QStringLiteral("http://127.0.0.1:%1/production").arg(m_api.port));
    QCOMPARE(plain->status, 426);
}

void TestWebSocketApi::messagesRouteByAction()
{
    auto client = join();
    QCOMPARE(client->state(), WebSocketClient::State::Open);
    client->send(R"({"action":"nosuch"})");
    QTRY_COMPARE_WITH_TIMEOUT(client->messages().size(), 1, 30000);
    QCOMPARE(client->messages().first(), QByteArray("no such action")); // $default's mock
    client->send("not json at all");
    QTRY_COMPARE_WITH_TIMEOUT(client->messages().size(), 2, 30000);
    QCOMPARE(client->messages().at(1), QByteArray("no such action"));
    // A function that fails: API Gateway's notice to the sender.
    client->send(R"({"action":"sendmessage","text":"crash"})");
    QTRY_COMPARE_WITH_TIMEOUT(client->messages().size(), 3, 30000);
    QTRY_VERIFY(std::any_of(m_served.cbegin(), m_served.cend(), [](const AccessLogEntry &e) {
        return e.routeKey == QLatin1String("sendmessage") && e.status == 500;
    }));
    const QJsonObject notice = QJsonDocument::fromJson(client->messages().at(2)).object();
    QCOMPARE(notice.value(QLatin1String("message")).toString(),
             QStringLiteral("Internal server error"));
    QVERIFY(!notice.value(QLatin1String("requestId")).toString().isEmpty());
    QCOMPARE(client->state(), WebSocketClient::State::Open);
}

void TestWebSocketApi::connectionsApiWithTheAwsCli()
{
    auto client = join();
    QTRY_COMPARE(m_fx.gateway->webSockets()->connections(m_api.id).size(), 1);
    const QString id = m_fx.gateway->webSockets()->connections(m_api.id).first().id;
    const auto got = aws({QStringLiteral("get-connection"), QStringLiteral("--connection-id"), id});
    QVERIFY2(got.first == 0, got.second.constData());
    const QJsonObject info =
        QJsonDocument::fromJson(got.second.mid(got.second.indexOf('{'))).object();
    QVERIFY(info.contains(QLatin1String("ConnectedAt")));
    QCOMPARE(info.value(QLatin1String("Identity"))
                 .toObject()
                 .value(QLatin1String("SourceIp"))
                 .toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(info.value(QLatin1String("Identity"))
                 .toObject()
                 .value(QLatin1String("UserAgent"))
                 .toString(),
             QStringLiteral("sloop-test"));
    // Unsigned: refused before anything is sent.
    const auto unsigned_ =
        m_fx.send("POST",
                  QStringLiteral("http://127.0.0.1:%1/production/@connections/%2")
                      .arg(m_api.port)
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
                  {}, "sneaky");
    QCOMPARE(unsigned_->status, 403);
    QCOMPARE(unsigned_->header("x-amzn-errortype"),
             QByteArray("MissingAuthenticationTokenException"));
    QVERIFY(client->messages().isEmpty());
    // Delete: the client is closed, and the id is gone.
    const auto deleted =
        aws({QStringLiteral("delete-connection"), QStringLiteral("--connection-id"), id});
    QVERIFY2(deleted.first == 0, deleted.second.constData());
    QTRY_COMPARE(client->state(), WebSocketClient::State::Closed);
    const auto gone = aws({QStringLiteral("post-to-connection"), QStringLiteral("--connection-id"),
                           id, QStringLiteral("--data"), QStringLiteral("anyone?")});
    QVERIFY(gone.first != 0);
    QVERIFY2(gone.second.contains("GoneException"), gone.second.constData());
}

void TestWebSocketApi::limitsAndBadInput()
{
    // A frame past 128 KB closes that client; the others stay.
    auto big = join();
    auto other = join();
    big->send(QByteArray(130 * 1024, 'x'));
    QTRY_COMPARE(big->state(), WebSocketClient::State::Closed);
    QCOMPARE(other->state(), WebSocketClient::State::Open);
    other->send(R"({"action":"sendmessage","text":"still here"})");
    QTRY_COMPARE_WITH_TIMEOUT(other->messages().size(), 1, 30000);
}

QTEST_GUILESS_MAIN(TestWebSocketApi)
#include "tst_websocketapi.moc"
