// A function on a host's engine: the host is a namespace sshd (its own
// address, reached over a veth link), its Docker engine is reached through
// the host's SSH session, and the function's image is built and its
// environments run there. Nothing listens on the host for it: invocations
// go over the engine's exec stream inside the SSH forward.
#include "../ssh/netnstestenv.h"
#include "../ssh/sshtestsession.h"
#include "commandlog/commandlog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "functions/functionservice.h"
#include "hosts/hostconnections.h"
#include "hosts/remoteengines.h"
#include "store/database.h"
#include "testconnections.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

const QByteArray kCode = R"(import socket
def handler(event, context):
    return {"hello": event.get("name", "world"), "host": socket.gethostname()}
)";

} // namespace

class TestRemoteFunctions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runsOnTheHostsEngine();
    void spreadsOverTwoEngines();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    CommandLog m_log;
    store::Database m_db;
    std::unique_ptr<hosts::HostConnections> m_hosts;
    std::unique_ptr<engine::EngineManager> m_engines;
    std::unique_ptr<hosts::RemoteEngines> m_remote;
    std::unique_ptr<FunctionService> m_service;
    QString m_name;
    QString m_spread;
};

void TestRemoteFunctions::initTestCase()
{
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    const auto netns = test::loadNetnsTestEnv({3});
    QVERIFY2(netns.ok(), qPrintable(netns.error()));
    const test::NetnsHost ns3 = netns->at(2);
    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    QVERIFY(m_db.open(paths::databaseFile()).ok());
    const QString knownHosts = m_xdg->path() + QStringLiteral("/known_hosts");
    QVERIFY(test::writeKnownHosts(knownHosts, ns3.hostKey, {{ns3.address, 22}}));
    m_hosts = std::make_unique<hosts::HostConnections>(&m_log);
    test::isolateConnections(m_hosts.get(), knownHosts, 5000);
    m_engines = std::make_unique<engine::EngineManager>(&m_log);
    m_remote = std::make_unique<hosts::RemoteEngines>(m_hosts.get(), m_engines.get());
    const hosts::HostRecord host{
        0, QStringLiteral("nshost"), ns3.address, 22, env->user, {env->key}, false, {}, {}};
    const hosts::HostStatus status = test::await(m_hosts->check(host), 30000);
    QVERIFY2(status.facts.docker.value_or(false),
             qPrintable(status.error ? status.error->message : QStringLiteral("no docker")));
    QTRY_VERIFY_WITH_TIMEOUT(m_engines->find(QStringLiteral("nshost")), 10000);
    engine::EngineManager *engines = m_engines.get();
    m_service = std::make_unique<FunctionService>(
        m_db, [engines](const QString &name) { return engines->client(name); });
    m_name = test::uniqueName(QStringLiteral("remote"));
}

void TestRemoteFunctions::cleanupTestCase()
{
    if (!m_service)
        return;
    test::await(m_service->pool()->shutdown());
    test::await(m_service->remove(m_name));
    test::await(m_service->remove(m_spread));
}

void TestRemoteFunctions::runsOnTheHostsEngine()
{
    FunctionRecord record;
    record.name = m_name;
    record.engine = QStringLiteral("nshost");
    const auto created =
        test::await(m_service->create(record, {{QStringLiteral("app.py"), kCode}}), 180000);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const auto cold = test::await(m_service->invoke(m_name, R"({"name":"ns3"})"), 120000);
    QVERIFY2(cold.ok(), qPrintable(cold.error()));
    QVERIFY2(cold->result.ok, cold->result.body.constData());
    const QJsonObject body = QJsonDocument::fromJson(cold->result.body).object();
    QCOMPARE(body.value(QLatin1String("hello")).toString(), QStringLiteral("ns3"));
    QVERIFY(cold->record.initMs.has_value());
    const auto warm = test::await(m_service->invoke(m_name, "{}"), 60000);
    QVERIFY2(warm.ok() && warm->result.ok, qPrintable(warm.error()));
    QVERIFY(!warm->record.initMs.has_value());
    QCOMPARE(QJsonDocument::fromJson(warm->result.body).object().value(QLatin1String("host")),
             body.value(QLatin1String("host"))); // the same warm environment

    // The environment is a container on the host's engine, found there by
    // the host name the function names.
    engine::DockerClient *remote = m_engines->client(QStringLiteral("nshost"));
    QVERIFY(remote);
    const auto listed = test::await(remote->listContainers(
        false, {{QStringLiteral("label"), {QStringLiteral("sloop.function=") + m_name}}}));
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().id.startsWith(body.value(QLatin1String("host")).toString()));
    QCOMPARE(m_service->pool()->counts(m_name).coldStarts, 1);
}

void TestRemoteFunctions::spreadsOverTwoEngines()
{
    // This machine's engine and the namespace host's: the image is built on
    // both, environments are started where the function has fewest, and a
    // warm one serves wherever it is.
    m_spread = test::uniqueName(QStringLiteral("spread"));
    FunctionRecord record;
    record.name = m_spread;
    record.engine = QStringLiteral("local");
    record.extraEngines = {QStringLiteral("nshost")};
    record.timeoutSeconds = 10;
    const QByteArray slow =
        "import time\n" +
        kCode.trimmed().replace("    return",
                                "    time.sleep(event.get(\"sleep\", 0))\n    return") +
        "\n";
    const auto created =
        test::await(m_service->create(record, {{QStringLiteral("app.py"), slow}}), 180000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(enginesOf(*created), (QStringList{QStringLiteral("local"), QStringLiteral("nshost")}));
    // Two at once: one environment on each engine.
    auto first = m_service->invoke(m_spread, R"({"sleep":1})");
    auto second = m_service->invoke(m_spread, R"({"sleep":1})");
    const auto a = test::await(first, 120000);
    const auto b = test::await(second, 120000);
    QVERIFY2(a.ok() && a->result.ok, qPrintable(a.error()));
    QVERIFY2(b.ok() && b->result.ok, qPrintable(b.error()));
    const QHash<QString, int> where = m_service->pool()->environmentsByEngine(m_spread);
    QCOMPARE(where.value(QStringLiteral("local")), 1);
    QCOMPARE(where.value(QStringLiteral("nshost")), 1);
    // Then the warm ones serve: no third environment.
    const auto c = test::await(m_service->invoke(m_spread, "{}"), 60000);
    QVERIFY2(c.ok() && c->result.ok, qPrintable(c.error()));
    QVERIFY(!c->record.initMs.has_value());
    QCOMPARE(m_service->pool()->counts(m_spread).coldStarts, 2);
    // A version is published on both engines.
    const auto published = test::await(m_service->publish(m_spread, {}), 60000);
    QVERIFY2(published.ok(), qPrintable(published.error()));
}

QTEST_GUILESS_MAIN(TestRemoteFunctions)
#include "tst_remotefunctions.moc"
