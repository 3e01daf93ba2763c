// `sloop apis`, `routes`, `stages`, `keys` and `usage-plans` run as
// processes with private XDG folders: a function answering curl through a
// stage served by `sloop serve`, a key with a quota, rollback, usage as CSV,
// and the exit status of bad input.
#include "../core/gateway/jwtsigner.h"
#include "../core/gateway/websocketclient.h"
#include "cliprocess.h"
#include "engine/dockerclient.h"
#include "settings/settings.h"
#include "sloopprocesses.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using test::describe;

namespace {

const QByteArray kHello = R"(def handler(event, context):
    name = (event.get("pathParameters") or {}).get("name", "world")
    return {"statusCode": 200, "headers": {"content-type": "text/plain"},
            "body": "hello " + name}
)";

// A WebSocket route's function as written for API Gateway: boto3's
// apigatewaymanagementapi posts back to the sender (the endpoint from
// AWS_ENDPOINT_URL: the API's own port is on the host's loopback).
const QByteArray kTalkBack = R"(import json, os, boto3
def handler(event, context):
    rc = event["requestContext"]
    if rc["eventType"] != "MESSAGE":
        return {"statusCode": 200}
    api = boto3.client("apigatewaymanagementapi", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
    text = json.loads(event["body"])["text"]
    api.post_to_connection(ConnectionId=rc["connectionId"], Data=("you said " + text).encode())
    return {"statusCode": 200}
)";

} // namespace

class TestCliApis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createRouteDeployShow();
    void aFunctionAnswersCurlThroughTheServe();
    void keysPlansAndUsage();
    void corsForABrowser();
    void jwtAuthorizerGuardsARoute();
    void stageCacheSettings();
    void bindingElsewhereWarns();
    void aWebSocketApi();
    void aFunctionTalksBackThroughConnections();
    void rollbackAndRemoveRoute();
    void badInput();
    void removeLeavesNothing();

private:
    test::CliOutcome sloop(const QStringList &args, int ms = 120000)
    {
        return test::runCli(m_binary, args, m_env, ms);
    }
    QJsonObject json(const QStringList &args)
    {
        const auto o = sloop(args + QStringList{QStringLiteral("--json")});
        if (o.exitCode != 0)
            qWarning("%s", qPrintable(describe(o)));
        return QJsonDocument::fromJson(o.out).object();
    }

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    QTemporaryDir m_code;
    QString m_function;
    QString m_api;
    quint16 m_port = 0;
    test::SloopProcesses m_processes;
};

void TestCliApis::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_xdg = std::make_unique<test::IsolatedXdg>();
    // The AWS-compatible endpoint (functions reach @connections there) on a
    // port of this run's: suites beside this one serve theirs too.
    {
        QTcpServer endpointProbe;
        QVERIFY(endpointProbe.listen(QHostAddress::LocalHost, 0));
        Settings settings;
        settings.set(Settings::EndpointPort, int(endpointProbe.serverPort()));
        settings.sync();
    }
    m_env = QProcessEnvironment::systemEnvironment();
    m_processes.setup(m_binary, m_env);
    QDir().mkpath(m_code.filePath(QStringLiteral("hello")));
    QFile f(m_code.filePath(QStringLiteral("hello/app.py")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHello);
    f.close();
    m_function = test::uniqueName(QStringLiteral("apifn"));
    m_api = test::uniqueName(QStringLiteral("shop"));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
}

void TestCliApis::cleanupTestCase()
{
    m_processes.killAll();
    if (!m_function.isEmpty())
        sloop({QStringLiteral("functions"), QStringLiteral("rm"), m_function});
}

void TestCliApis::createRouteDeployShow()
{
    const auto fn = sloop({QStringLiteral("functions"), QStringLiteral("create"), m_function,
                           QStringLiteral("--code"), m_code.filePath(QStringLiteral("hello"))});
    QVERIFY2(fn.exitCode == 0, qPrintable(describe(fn)));
    const QJsonObject api = json({QStringLiteral("apis"), QStringLiteral("create"), m_api,
                                  QStringLiteral("--port"), QString::number(m_port)});
    QCOMPARE(api.value(QLatin1String("port")).toInt(), int(m_port));
    QCOMPARE(api.value(QLatin1String("type")).toString(), QStringLiteral("http"));
    QCOMPARE(api.value(QLatin1String("id")).toString().size(), 10);
    const QJsonObject routed =
        json({QStringLiteral("routes"), QStringLiteral("add"), m_api,
              QStringLiteral("get /hello/{name}"), QStringLiteral("--function"), m_function});
    QCOMPARE(routed.value(QLatin1String("routes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("key")),
             QStringLiteral("GET /hello/{name}"));
    const auto paid =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api, QStringLiteral("GET /paid"),
               QStringLiteral("--mock"), QStringLiteral("200"), QStringLiteral("--body"),
               QStringLiteral("ok"), QStringLiteral("--api-key-required")});
    QVERIFY2(paid.exitCode == 0, qPrintable(describe(paid)));
    for (const QString &stage : {QStringLiteral("$default"), QStringLiteral("prod")}) {
        const auto deployed =
            sloop({QStringLiteral("stages"), QStringLiteral("deploy"), m_api, stage});
        QVERIFY2(deployed.exitCode == 0, qPrintable(describe(deployed)));
    }
    const QJsonObject shown = json({QStringLiteral("apis"), QStringLiteral("show"), m_api});
    QStringList urls;
    for (const QJsonValue &s : shown.value(QLatin1String("stages")).toArray())
        urls.append(s.toObject().value(QLatin1String("url")).toString());
    QCOMPARE(urls, QStringList({QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                                QStringLiteral("http://127.0.0.1:%1/prod").arg(m_port)}));
    const auto listed = sloop({QStringLiteral("apis"), QStringLiteral("ls")});
    QVERIFY(listed.out.contains(m_api.toUtf8()));
    QVERIFY(listed.out.contains("$default, prod"));
}

void TestCliApis::aFunctionAnswersCurlThroughTheServe()
{
    QVERIFY(m_processes.startServe());
    // Debian's curl, as a person would call it.
    const auto curl = test::runCli(
        QStringLiteral("curl"),
        {QStringLiteral("-s"), QStringLiteral("--retry"), QStringLiteral("5"),
         QStringLiteral("--retry-connrefused"), QStringLiteral("--retry-delay"),
         QStringLiteral("1"), QStringLiteral("http://127.0.0.1:%1/prod/hello/bob").arg(m_port)},
        m_env, 90000);
    QVERIFY2(curl.exitCode == 0, qPrintable(describe(curl)));
    QCOMPARE(curl.out, QByteArray("hello bob"));
    const QJsonObject tried = json({QStringLiteral("apis"), QStringLiteral("try"), m_api,
                                    QStringLiteral("GET"), QStringLiteral("/hello/ann")});
    QCOMPARE(tried.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(tried.value(QLatin1String("body")).toString(), QStringLiteral("hello ann"));
    QCOMPARE(tried.value(QLatin1String("curl")).toString(),
             QStringLiteral("curl -i 'http://127.0.0.1:%1/hello/ann'").arg(m_port));
    const auto printed = sloop({QStringLiteral("apis"), QStringLiteral("try"), m_api,
                                QStringLiteral("GET"), QStringLiteral("/paid")});
    QVERIFY(printed.out.contains("HTTP 403"));
    QVERIFY(printed.out.contains(R"({"message":"Forbidden"})"));
}

void TestCliApis::keysPlansAndUsage()
{
    const QJsonObject key =
        json({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("alice")});
    const QString value = key.value(QLatin1String("value")).toString();
    QCOMPARE(value.size(), 40);
    QVERIFY(!key.value(QLatin1String("id")).toString().isEmpty());
    const QJsonObject plan =
        json({QStringLiteral("usage-plans"), QStringLiteral("create"), QStringLiteral("gold"),
              QStringLiteral("--rate"), QStringLiteral("100"), QStringLiteral("--burst"),
              QStringLiteral("100"), QStringLiteral("--quota"), QStringLiteral("2"),
              QStringLiteral("--period"), QStringLiteral("day"), QStringLiteral("--stage"),
              m_api + QStringLiteral(":$default")});
    QCOMPARE(plan.value(QLatin1String("quota")).toObject().value(QLatin1String("limit")).toInt(),
             2);
    const auto added = sloop({QStringLiteral("usage-plans"), QStringLiteral("add-key"),
                              QStringLiteral("gold"), QStringLiteral("alice")});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    QList<int> statuses;
    QString last;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject r =
            json({QStringLiteral("apis"), QStringLiteral("try"), m_api, QStringLiteral("GET"),
                  QStringLiteral("/paid"), QStringLiteral("--key"), value});
        statuses.append(r.value(QLatin1String("status")).toInt());
        last = r.value(QLatin1String("body")).toString();
    }
    QCOMPARE(statuses, QList<int>({200, 200, 429}));
    QCOMPARE(last, QStringLiteral(R"({"message":"Limit Exceeded"})"));
    // The serve writes usage every second.
    QByteArray csv;
    QTRY_VERIFY_WITH_TIMEOUT((csv = sloop({QStringLiteral("usage-plans"), QStringLiteral("usage"),
                                           QStringLiteral("--csv")})
                                        .out)
                                 .contains(",alice,"),
                             10000);
    QVERIFY2(csv.startsWith("day,key_id,key_name,plan_id,requests\n"), csv.constData());
    QVERIFY2(csv.trimmed().endsWith(",2"), csv.constData());
}

void TestCliApis::corsForABrowser()
{
    const QJsonObject set =
        json({QStringLiteral("apis"), QStringLiteral("cors"), m_api, QStringLiteral("--origins"),
              QStringLiteral("http://localhost:3000"), QStringLiteral("--methods"),
              QStringLiteral("GET,POST"), QStringLiteral("--max-age"), QStringLiteral("300")});
    QCOMPARE(
        set.value(QLatin1String("cors")).toObject().value(QLatin1String("maxAgeSeconds")).toInt(),
        300);
    // A browser's preflight, as curl sends it; the serve hears of the change.
    const auto preflight = [this] {
        return test::runCli(QStringLiteral("curl"),
                            {QStringLiteral("-s"), QStringLiteral("-D"), QStringLiteral("-"),
                             QStringLiteral("-o"), QStringLiteral("/dev/null"),
                             QStringLiteral("-X"), QStringLiteral("OPTIONS"), QStringLiteral("-H"),
                             QStringLiteral("Origin: http://localhost:3000"), QStringLiteral("-H"),
                             QStringLiteral("Access-Control-Request-Method: GET"),
                             QStringLiteral("http://127.0.0.1:%1/hello/x").arg(m_port)},
                            m_env, 10000)
            .out.toLower();
    };
    QTRY_VERIFY(preflight().contains("access-control-allow-origin: http://localhost:3000"));
    const QByteArray head = preflight();
    QVERIFY(head.startsWith("http/1.1 204"));
    QVERIFY(head.contains("access-control-allow-methods: get,post"));
    QVERIFY(head.contains("access-control-max-age: 300"));
    const auto refused =
        sloop({QStringLiteral("apis"), QStringLiteral("cors"), m_api, QStringLiteral("--origins"),
               QStringLiteral("*"), QStringLiteral("--credentials")});
    QCOMPARE(refused.exitCode, 9);
    QVERIFY(sloop({QStringLiteral("apis"), QStringLiteral("cors"), m_api, QStringLiteral("--off")})
                .exitCode == 0);
}

void TestCliApis::jwtAuthorizerGuardsARoute()
{
    test::JwtSigner signer(QStringLiteral("RS256"), QStringLiteral("k1"));
    const QString jwks = m_code.filePath(QStringLiteral("jwks.json"));
    QFile file(jwks);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{signer.jwk()}}}).toJson());
    file.close();
    const QJsonObject made =
        json({QStringLiteral("authorizers"), QStringLiteral("create"), m_api, QStringLiteral("idp"),
              QStringLiteral("--type"), QStringLiteral("jwt"), QStringLiteral("--issuer"),
              QStringLiteral("https://id.example.com"), QStringLiteral("--audience"),
              QStringLiteral("shop,admin"), QStringLiteral("--jwks"), jwks});
    const QJsonObject idp = made.value(QLatin1String("authorizers")).toArray().first().toObject();
    QCOMPARE(idp.value(QLatin1String("type")).toString(), QStringLiteral("jwt"));
    QCOMPARE(idp.value(QLatin1String("audiences")).toArray().size(), 2);
    const auto routed =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api, QStringLiteral("GET /me"),
               QStringLiteral("--mock"), QStringLiteral("200"), QStringLiteral("--body"),
               QStringLiteral("it is you"), QStringLiteral("--authorizer"), QStringLiteral("idp"),
               QStringLiteral("--scope"), QStringLiteral("profile")});
    QVERIFY2(routed.exitCode == 0, qPrintable(describe(routed)));
    const auto listed = sloop({QStringLiteral("routes"), QStringLiteral("ls"), m_api});
    QVERIFY2(listed.out.contains("idp (profile)"), listed.out.constData());
    QVERIFY(
        sloop({QStringLiteral("stages"), QStringLiteral("deploy"), m_api, QStringLiteral("prod")})
            .exitCode == 0);
    const QByteArray token =
        signer.sign({{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
                     {QStringLiteral("aud"), QStringLiteral("shop")},
                     {QStringLiteral("scope"), QStringLiteral("profile")},
                     {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 300}});
    const auto tryMe = [this](const QByteArray &authorization) {
        QStringList args{QStringLiteral("apis"), QStringLiteral("try"), m_api,
                         QStringLiteral("GET"),  QStringLiteral("/me"), QStringLiteral("--stage"),
                         QStringLiteral("prod")};
        if (!authorization.isEmpty())
            args << QStringLiteral("-H")
                 << QStringLiteral("Authorization: ") + QString::fromLatin1(authorization);
        return json(args);
    };
    QTRY_COMPARE(tryMe("Bearer " + token).value(QLatin1String("status")).toInt(), 200);
    const QJsonObject refused = tryMe({});
    QCOMPARE(refused.value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(tryMe("Bearer x.y.z").value(QLatin1String("status")).toInt(), 401);
    // In use: not removed.
    const auto inUse =
        sloop({QStringLiteral("authorizers"), QStringLiteral("rm"), m_api, QStringLiteral("idp")});
    QCOMPARE(inUse.exitCode, 4);
    QVERIFY(inUse.err.contains("GET /me"));
    const auto table = sloop({QStringLiteral("authorizers"), QStringLiteral("ls"), m_api});
    QVERIFY(table.out.contains("JWT"));
    QVERIFY(table.out.contains("https://id.example.com"));
    // Bad input: no such authorizer, a key set by a relative path that is not there.
    const auto stray =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api, QStringLiteral("GET /x"),
               QStringLiteral("--mock"), QStringLiteral("200"), QStringLiteral("--authorizer"),
               QStringLiteral("nobody")});
    QCOMPARE(stray.exitCode, 3);
    const auto noAudience =
        sloop({QStringLiteral("authorizers"), QStringLiteral("create"), m_api, QStringLiteral("x"),
               QStringLiteral("--issuer"), QStringLiteral("i"), QStringLiteral("--jwks"), jwks});
    QCOMPARE(noAudience.exitCode, 9);
    const auto badType =
        sloop({QStringLiteral("authorizers"), QStringLiteral("create"), m_api, QStringLiteral("x"),
               QStringLiteral("--type"), QStringLiteral("magic")});
    QCOMPARE(badType.exitCode, 2);
    QVERIFY(
        sloop({QStringLiteral("routes"), QStringLiteral("rm"), m_api, QStringLiteral("GET /me")})
            .exitCode == 0);
    QVERIFY(
        sloop({QStringLiteral("authorizers"), QStringLiteral("rm"), m_api, QStringLiteral("idp")})
            .exitCode == 0);
}

void TestCliApis::stageCacheSettings()
{
    // This month's traffic, as API Gateway would bill it, from the serve's log.
    QTRY_VERIFY_WITH_TIMEOUT(json({QStringLiteral("apis"), QStringLiteral("cost"), m_api})
                                     .value(QLatin1String("apis"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("requests"))
                                     .toInteger() > 0,
                             10000);
    const auto costs = sloop({QStringLiteral("apis"), QStringLiteral("cost")});
    QVERIFY2(costs.exitCode == 0, qPrintable(describe(costs)));
    QVERIFY(costs.out.contains("ON API GATEWAY"));
    QVERIFY(costs.out.contains("aws.amazon.com/api-gateway/pricing"));
    const QJsonObject set =
        json({QStringLiteral("stages"), QStringLiteral("cache"), m_api, QStringLiteral("prod"),
              QStringLiteral("--ttl"), QStringLiteral("60"), QStringLiteral("--key-query"),
              QStringLiteral("q,page"), QStringLiteral("--key-header"), QStringLiteral("Accept"),
              QStringLiteral("--invalidators"), QStringLiteral("alice")});
    QJsonObject cache;
    for (const QJsonValue &s : set.value(QLatin1String("stages")).toArray()) {
        if (s.toObject().value(QLatin1String("name")) == QLatin1String("prod"))
            cache = s.toObject().value(QLatin1String("cache")).toObject();
    }
    QCOMPARE(cache.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(cache.value(QLatin1String("ttlSeconds")).toInt(), 60);
    QCOMPARE(cache.value(QLatin1String("keyHeaders")).toArray(),
             QJsonArray{QStringLiteral("accept")});
    QCOMPARE(cache.value(QLatin1String("invalidatorKeyIds")).toArray().size(), 1);
    const auto table = sloop({QStringLiteral("stages"), QStringLiteral("ls"), m_api});
    QVERIFY2(table.out.contains("60 s"), table.out.constData());
    const auto flushed = sloop(
        {QStringLiteral("stages"), QStringLiteral("flush-cache"), m_api, QStringLiteral("prod")});
    QVERIFY2(flushed.exitCode == 0, qPrintable(describe(flushed)));
    // Bad input: a key that is not there, a TTL past an hour, a stage that is not there.
    QCOMPARE(
        sloop({QStringLiteral("stages"), QStringLiteral("cache"), m_api, QStringLiteral("prod"),
               QStringLiteral("--invalidators"), QStringLiteral("nobody")})
            .exitCode,
        3);
    QCOMPARE(sloop({QStringLiteral("stages"), QStringLiteral("cache"), m_api,
                    QStringLiteral("prod"), QStringLiteral("--ttl"), QStringLiteral("4000")})
                 .exitCode,
             9);
    QCOMPARE(
        sloop({QStringLiteral("stages"), QStringLiteral("cache"), m_api, QStringLiteral("nope")})
            .exitCode,
        3);
    QVERIFY(sloop({QStringLiteral("stages"), QStringLiteral("cache"), m_api, QStringLiteral("prod"),
                   QStringLiteral("--off")})
                .exitCode == 0);
}

void TestCliApis::bindingElsewhereWarns()
{
    const auto open =
        sloop({QStringLiteral("apis"), QStringLiteral("bind"), m_api, QStringLiteral("0.0.0.0")});
    QVERIFY2(open.exitCode == 0, qPrintable(describe(open)));
    QVERIFY(open.err.contains("other machines can call it"));
    QCOMPARE(json({QStringLiteral("apis"), QStringLiteral("show"), m_api})
                 .value(QLatin1String("bindAddress"))
                 .toString(),
             QStringLiteral("0.0.0.0"));
    QCOMPARE(sloop({QStringLiteral("apis"), QStringLiteral("bind"), m_api,
                    QStringLiteral("example.com")})
                 .exitCode,
             9);
    const auto local =
        sloop({QStringLiteral("apis"), QStringLiteral("bind"), m_api, QStringLiteral("127.0.0.1")});
    QVERIFY2(local.exitCode == 0, qPrintable(describe(local)));
    QVERIFY(local.err.isEmpty());
    QVERIFY(local.out.contains("http://127.0.0.1:"));
}

void TestCliApis::aWebSocketApi()
{
    const QString chat = m_api + QStringLiteral("-chat");
    const QJsonObject made = json({QStringLiteral("apis"), QStringLiteral("create"), chat,
                                   QStringLiteral("--type"), QStringLiteral("websocket")});
    QCOMPARE(made.value(QLatin1String("type")).toString(), QStringLiteral("websocket"));
    QCOMPARE(made.value(QLatin1String("routeSelectionExpression")).toString(),
             QStringLiteral("$request.body.action"));
    const auto connect =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), chat, QStringLiteral("$connect"),
               QStringLiteral("--mock"), QStringLiteral("200")});
    QVERIFY2(connect.exitCode == 0, qPrintable(describe(connect)));
    const QJsonObject routed =
        json({QStringLiteral("routes"), QStringLiteral("add"), chat, QStringLiteral("sendmessage"),
              QStringLiteral("--mock"), QStringLiteral("200"), QStringLiteral("--body"),
              QStringLiteral("hi"), QStringLiteral("--two-way")});
    bool twoWay = false;
    for (const QJsonValue &r : routed.value(QLatin1String("routes")).toArray())
        twoWay =
            twoWay || (r.toObject().value(QLatin1String("key")) == QLatin1String("sendmessage") &&
                       r.toObject().value(QLatin1String("twoWay")).toBool());
    QVERIFY(twoWay);
    QCOMPARE(
        sloop({QStringLiteral("routes"), QStringLiteral("add"), chat,
               QStringLiteral("send message"), QStringLiteral("--mock"), QStringLiteral("200")})
            .exitCode,
        9);
    QCOMPARE(sloop({QStringLiteral("routes"), QStringLiteral("add"), chat, QStringLiteral("relay"),
                    QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/")})
                 .exitCode,
             10);
    QVERIFY(sloop({QStringLiteral("stages"), QStringLiteral("deploy"), chat,
                   QStringLiteral("production")})
                .exitCode == 0);
    const QJsonObject shown = json({QStringLiteral("apis"), QStringLiteral("show"), chat});
    QVERIFY(shown.value(QLatin1String("stages"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("url"))
                .toString()
                .startsWith(QLatin1String("ws://127.0.0.1:")));
    const auto tried = sloop({QStringLiteral("apis"), QStringLiteral("try"), chat,
                              QStringLiteral("GET"), QStringLiteral("/")});
    QCOMPARE(tried.exitCode, 2);
    QVERIFY(tried.err.contains("wscat"));
    QVERIFY(sloop({QStringLiteral("apis"), QStringLiteral("rm"), chat}).exitCode == 0);
}

void TestCliApis::aFunctionTalksBackThroughConnections()
{
    QDir().mkpath(m_code.filePath(QStringLiteral("talk")));
    QFile f(m_code.filePath(QStringLiteral("talk/app.py")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kTalkBack);
    f.close();
    const QString fn = m_function + QStringLiteral("-talk");
    const auto made = sloop({QStringLiteral("functions"), QStringLiteral("create"), fn,
                             QStringLiteral("--code"), m_code.filePath(QStringLiteral("talk")),
                             QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    const QString chat = m_api + QStringLiteral("-talk");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QVERIFY(sloop({QStringLiteral("apis"), QStringLiteral("create"), chat, QStringLiteral("--type"),
                   QStringLiteral("websocket"), QStringLiteral("--port"), QString::number(port)})
                .exitCode == 0);
    QVERIFY(sloop({QStringLiteral("routes"), QStringLiteral("add"), chat,
                   QStringLiteral("sendmessage"), QStringLiteral("--function"), fn})
                .exitCode == 0);
    QVERIFY(sloop({QStringLiteral("stages"), QStringLiteral("deploy"), chat,
                   QStringLiteral("production")})
                .exitCode == 0);
    // The serve hears of it and serves the port; a client joins and talks.
    std::unique_ptr<test::WebSocketClient> client;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            client = std::make_unique<test::WebSocketClient>();
            client->open(port, "/production");
            QDeadlineTimer deadline(5000);
            while (client->state() == test::WebSocketClient::State::Connecting &&
                   !deadline.hasExpired())
                QTest::qWait(10);
            return client->state() == test::WebSocketClient::State::Open;
        }(),
        20000);
    client->send(R"({"action":"sendmessage","text":"hi"})");
    QTRY_VERIFY_WITH_TIMEOUT(client->messages().contains("you said hi"), 60000);
    client->close();
    sloop({QStringLiteral("apis"), QStringLiteral("rm"), chat});
    sloop({QStringLiteral("functions"), QStringLiteral("rm"), fn});
}

void TestCliApis::rollbackAndRemoveRoute()
{
    const auto changed =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api,
               QStringLiteral("GET /hello/{name}"), QStringLiteral("--mock"), QStringLiteral("418"),
               QStringLiteral("--body"), QStringLiteral("teapot")});
    QVERIFY2(changed.exitCode == 0, qPrintable(describe(changed)));
    QVERIFY(
        sloop({QStringLiteral("stages"), QStringLiteral("deploy"), m_api, QStringLiteral("prod")})
            .exitCode == 0);
    const auto tryProd = [this] {
        return json({QStringLiteral("apis"), QStringLiteral("try"), m_api, QStringLiteral("GET"),
                     QStringLiteral("/hello/x"), QStringLiteral("--stage"), QStringLiteral("prod")})
            .value(QLatin1String("status"))
            .toInt();
    };
    QTRY_COMPARE(tryProd(), 418);
    const auto back = sloop(
        {QStringLiteral("stages"), QStringLiteral("rollback"), m_api, QStringLiteral("prod")});
    QVERIFY2(back.exitCode == 0, qPrintable(describe(back)));
    QTRY_COMPARE(tryProd(), 200);
    const auto removed =
        sloop({QStringLiteral("routes"), QStringLiteral("rm"), m_api, QStringLiteral("GET /paid")});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    const auto routes = sloop({QStringLiteral("routes"), QStringLiteral("ls"), m_api});
    QVERIFY(!routes.out.contains("/paid"));
    const auto stages =
        QJsonDocument::fromJson(
            sloop({QStringLiteral("stages"), QStringLiteral("ls"), m_api, QStringLiteral("--json")})
                .out)
            .array();
    QCOMPARE(stages.size(), 2);
}

void TestCliApis::badInput()
{
    const auto badRoute =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api, QStringLiteral("FETCH /x"),
               QStringLiteral("--mock"), QStringLiteral("200")});
    QCOMPARE(badRoute.exitCode, 9);
    QVERIFY(badRoute.err.contains("method"));
    const auto twoKinds =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api, QStringLiteral("GET /x"),
               QStringLiteral("--mock"), QStringLiteral("200"), QStringLiteral("--url"),
               QStringLiteral("http://x")});
    QCOMPARE(twoKinds.exitCode, 2);
    const auto badUrl =
        sloop({QStringLiteral("routes"), QStringLiteral("add"), m_api, QStringLiteral("GET /x"),
               QStringLiteral("--url"), QStringLiteral("ftp://x")});
    QCOMPARE(badUrl.exitCode, 9);
    QCOMPARE(
        sloop({QStringLiteral("apis"), QStringLiteral("show"), QStringLiteral("nope")}).exitCode,
        3);
    const auto noStage =
        sloop({QStringLiteral("usage-plans"), QStringLiteral("create"), QStringLiteral("p2"),
               QStringLiteral("--rate"), QStringLiteral("1"), QStringLiteral("--burst"),
               QStringLiteral("1"), QStringLiteral("--stage"), m_api + QStringLiteral(":nostage")});
    QCOMPARE(noStage.exitCode, 3);
    const auto taken = sloop({QStringLiteral("apis"), QStringLiteral("create"), m_api});
    QCOMPARE(taken.exitCode, 4);
    const auto hostile =
        sloop({QStringLiteral("apis"), QStringLiteral("create"), QStringLiteral("\x1b[2Jevil")});
    QCOMPARE(hostile.exitCode, 9);
    QVERIFY(!hostile.err.contains('\x1b'));
}

void TestCliApis::removeLeavesNothing()
{
    QVERIFY(sloop({QStringLiteral("apis"), QStringLiteral("rm"), m_api}).exitCode == 0);
    const auto listed = QJsonDocument::fromJson(
        sloop({QStringLiteral("apis"), QStringLiteral("ls"), QStringLiteral("--json")}).out);
    QVERIFY(listed.isArray());
    QCOMPARE(listed.array().size(), 0);
    // The serve stops serving it.
    const auto curl = [this] {
        return test::runCli(QStringLiteral("curl"),
                            {QStringLiteral("-s"), QStringLiteral("-o"),
                             QStringLiteral("/dev/null"),
                             QStringLiteral("http://127.0.0.1:%1/prod/hello/x").arg(m_port)},
                            m_env, 10000)
            .exitCode;
    };
    QTRY_COMPARE(curl(), 7); // curl: could not connect
}

QTEST_GUILESS_MAIN(TestCliApis)
#include "tst_cliapis.moc"
