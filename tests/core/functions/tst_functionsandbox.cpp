// Handlers that misbehave, on the real dockerd: each gets the error Lambda
// would give, its environment is contained, and the function (and the
// functions beside it) go on serving.
#include "functions/invocationlog.h"
#include "functionservicefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

const QByteArray kCode = R"(import os, sys
def handler(event, context):
    what = event.get("do")
    if what == "eat":
        hoard = []
        while True:
            hoard.append(bytearray(16 * 1024 * 1024))
    if what == "fork":
        pids = []
        try:
            while True:
                pid = os.fork()
                if pid == 0:
                    import time
                    time.sleep(30)
                    os._exit(0)
                pids.append(pid)
        except OSError as e:
            return {"forked": len(pids), "stopped": e.__class__.__name__}
    if what == "talk":
        line = "x" * 1023
        for _ in range(100 * 1024):
            print(line)
        return {"said": "100 MB"}
    if what == "socket":
        for path in ("/var/run/docker.sock", "/run/docker.sock"):
            if os.path.exists(path):
                return {"reached": path}
        return {"reached": None}
    if what == "fetch":
        import urllib.request
        return {"got": urllib.request.urlopen(event["url"], timeout=5).read().decode().strip()}
    if what == "host":
        return {"etc": sorted(os.listdir("/etc"))[:3], "uid": os.getuid(),
                "caps": open("/proc/self/status").read().split("CapEff:\t")[1][:16]}
    return {"ok": True}
)";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestFunctionSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void memoryExhaustionIsReportedAsLambdaDoes();
    void forkBombMeetsThePidsLimit();
    void hundredMegabytesOfLogAreCut();
    void noEngineSocketNoCapabilities();
    void joinsAUserNetworkAndReachesContainersByName();

private:
    QString make(int memoryMiB = 128, int timeoutSeconds = 20);

    test::FunctionServiceFixture m_fixture;
    FunctionService *m_service = nullptr;
    QStringList m_made;
};

void TestFunctionSandbox::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_service = m_fixture.service.get();
}

void TestFunctionSandbox::cleanupTestCase()
{
    m_fixture.tearDown(m_made);
}

QString TestFunctionSandbox::make(int memoryMiB, int timeoutSeconds)
{
    FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("fn"));
    record.memoryMiB = memoryMiB;
    record.timeoutSeconds = timeoutSeconds;
    m_made << record.name;
    const auto created =
        test::await(m_service->create(record, {{QStringLiteral("app.py"), kCode}}), 120000);
    return created ? record.name : QString();
}

void TestFunctionSandbox::memoryExhaustionIsReportedAsLambdaDoes()
{
    const QString name = make();
    QVERIFY(!name.isEmpty());
    const auto eaten = test::await(m_service->invoke(name, R"({"do":"eat"})"), 60000);
    QVERIFY2(eaten.ok(), qPrintable(eaten.error()));
    QVERIFY(!eaten->result.ok);
    // Lambda: {"errorType":"Runtime.ExitError","errorMessage":"RequestId: …
    // Error: Runtime exited with error: signal: killed"}, and the REPORT
    // line's Max Memory Used is the memory size.
    const QJsonObject error = object(eaten->result.body);
    QCOMPARE(error.value(QLatin1String("errorType")).toString(),
             QStringLiteral("Runtime.ExitError"));
    QCOMPARE(error.value(QLatin1String("errorMessage")).toString(),
             QStringLiteral("RequestId: %1 Error: Runtime exited with error: signal: killed")
                 .arg(eaten->record.requestId));
    QCOMPARE(eaten->record.maxMemoryMiB, 128);
    QVERIFY2(eaten->record.log.contains(QLatin1String("Max Memory Used: 128 MB")),
             qPrintable(eaten->record.log));
    QVERIFY2(eaten->record.log.contains(QLatin1String("out of memory")),
             qPrintable(eaten->record.log));
    // The environment was replaced; the next invocation is served.
    const auto next = test::await(m_service->invoke(name, "{}"), 60000);
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QVERIFY2(next->result.ok, next->result.body.constData());
    QVERIFY(next->record.initMs.has_value());
}

void TestFunctionSandbox::forkBombMeetsThePidsLimit()
{
    const QString name = make();
    QVERIFY(!name.isEmpty());
    const QString beside = make();
    QVERIFY(!beside.isEmpty());
    const auto bomb = test::await(m_service->invoke(name, R"({"do":"fork"})"), 60000);
    QVERIFY2(bomb.ok(), qPrintable(bomb.error()));
    QVERIFY2(bomb->result.ok, bomb->result.body.constData());
    const QJsonObject said = object(bomb->result.body);
    QCOMPARE(said.value(QLatin1String("stopped")).toString(), QStringLiteral("BlockingIOError"));
    QVERIFY(said.value(QLatin1String("forked")).toInt() < FunctionEnvironment::kPidsLimit);
    // The function beside it is not disturbed.
    const auto other = test::await(m_service->invoke(beside, "{}"), 60000);
    QVERIFY2(other.ok() && other->result.ok, qPrintable(other.error()));
}

void TestFunctionSandbox::hundredMegabytesOfLogAreCut()
{
    const QString name = make(256, 120);
    QVERIFY(!name.isEmpty());
    const auto talked = test::await(m_service->invoke(name, R"({"do":"talk"})"), 180000);
    QVERIFY2(talked.ok(), qPrintable(talked.error()));
    QVERIFY2(talked->result.ok, talked->result.body.constData());
    QCOMPARE(object(talked->result.body).value(QLatin1String("said")).toString(),
             QStringLiteral("100 MB"));
    // What is kept is cut at a mebibyte and says so.
    QVERIFY(talked->record.log.size() < 2 * 1024 * 1024);
    QVERIFY2(talked->record.log.contains(QLatin1String("log truncated")),
             qPrintable(talked->record.log.right(400)));
    QVERIFY(talked->record.log.contains(QLatin1String("REPORT RequestId:")));
}

void TestFunctionSandbox::noEngineSocketNoCapabilities()
{
    const QString name = make();
    QVERIFY(!name.isEmpty());
    const auto socket = test::await(m_service->invoke(name, R"({"do":"socket"})"), 60000);
    QVERIFY2(socket.ok() && socket->result.ok, qPrintable(socket.error()));
    QVERIFY(object(socket->result.body).value(QLatin1String("reached")).isNull());
    const auto host = test::await(m_service->invoke(name, R"({"do":"host"})"), 60000);
    QVERIFY2(host.ok() && host->result.ok, qPrintable(host.error()));
    const QJsonObject seen = object(host->result.body);
    QCOMPARE(seen.value(QLatin1String("uid")).toInt(), 65534);
    QCOMPARE(seen.value(QLatin1String("caps")).toString(), QStringLiteral("0000000000000000"));
}

void TestFunctionSandbox::joinsAUserNetworkAndReachesContainersByName()
{
    engine::DockerClient *client = m_fixture.client;
    const QString network = test::uniqueName(QStringLiteral("apps"));
    QVERIFY(test::await(client->createNetwork(network)).ok());
    const auto cleanNetwork = qScopeGuard([&] { test::await(client->removeNetwork(network)); });
    engine::ContainerSpec web;
    web.image = QStringLiteral("sloop-test/busybox:latest");
    web.name = test::uniqueName(QStringLiteral("web"));
    web.networkMode = network;
    web.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("mkdir -p /tmp/www && echo hello-from-web > /tmp/www/index.html "
                                  "&& exec httpd -f -p 8080 -h /tmp/www")};
    const auto made = test::await(client->createContainer(web));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const auto cleanWeb = qScopeGuard([&] { test::await(client->removeContainer(*made, true)); });
    QVERIFY(test::await(client->startContainer(*made)).ok());

    // A network the engine lacks is refused before anything is built.
    FunctionRecord lost;
    lost.name = test::uniqueName(QStringLiteral("fn"));
    lost.dockerNetwork = QStringLiteral("no-such-network-here");
    const auto refused =
        test::await(m_service->create(lost, {{QStringLiteral("app.py"), kCode}}), 60000);
    QCOMPARE(refused.kind(), ErrorKind::NotFound);
    QVERIFY2(refused.error().contains(QLatin1String("no-such-network-here")),
             qPrintable(refused.error()));

    FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("fn"));
    record.timeoutSeconds = 20;
    record.dockerNetwork = network;
    m_made << record.name;
    // Its warm environment is on the network: it goes first, or the network
    // stays (in use) and runs of this suite use up the engine's address pools.
    const auto cleanFunction = qScopeGuard([&] { test::await(m_service->remove(record.name)); });
    const auto created =
        test::await(m_service->create(record, {{QStringLiteral("app.py"), kCode}}), 120000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QByteArray ask =
        QStringLiteral("{\"do\":\"fetch\",\"url\":\"http://%1:8080/\"}").arg(web.name).toUtf8();
    // The server may still be starting: the first fetch may be refused.
    QJsonObject got;
    const auto fetch = [&] {
        const auto fetched = test::await(m_service->invoke(record.name, ask), 60000);
        if (!fetched || !fetched->result.ok)
            return false;
        got = object(fetched->result.body);
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fetch(), 20000);
    QCOMPARE(got.value(QLatin1String("got")).toString(), QStringLiteral("hello-from-web"));
}

QTEST_GUILESS_MAIN(TestFunctionSandbox)
#include "tst_functionsandbox.moc"
