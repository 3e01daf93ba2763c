#include "../ssh/sshtestenv.h"
#include "cliprocess.h"
#include "commandlog/commandlog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/remoteengines.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using hosts::HostStatus;

class TestRemoteEngines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostWithDockerBecomesAnEngine();
    void removedHostTakesItsEngineAway();
    void cliReachesTheEngineByHostName();
    void cliSaysWhyAnUntrustedHostsEngineIsUnreachable();

private:
    QSet<QString> localIds();
    test::CliOutcome addHostByCli(const QString &name, quint16 port);

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QTemporaryDir m_home;
    test::SshTestEnv m_env;
    CommandLog m_log;
    std::unique_ptr<hosts::HostConnections> m_hosts;
    std::unique_ptr<engine::EngineManager> m_engines;
    std::unique_ptr<hosts::RemoteEngines> m_remote;
    hosts::HostRecord m_record;
    QProcessEnvironment m_cliEnv;
};

void TestRemoteEngines::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    m_xdg = std::make_unique<test::IsolatedXdg>();
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    m_hosts = std::make_unique<hosts::HostConnections>(&m_log);
    m_engines = std::make_unique<engine::EngineManager>(&m_log);
    m_remote = std::make_unique<hosts::RemoteEngines>(m_hosts.get(), m_engines.get());
    m_record.name = QStringLiteral("dockerhost");
    m_record.address = m_env.host;
    m_record.port = m_env.port;
    m_record.user = m_env.user;
    m_record.identityFiles = {m_env.key};
    m_cliEnv = QProcessEnvironment::systemEnvironment();
    m_cliEnv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
}

QSet<QString> TestRemoteEngines::localIds()
{
    const Result<engine::DockerClient *> local = test::connectTestEngine(this);
    if (!local)
        return {};
    const auto list = test::await((*local)->listContainers(true));
    QSet<QString> ids;
    if (list)
        for (const auto &c : *list)
            ids.insert(c.id);
    return ids;
}

test::CliOutcome TestRemoteEngines::addHostByCli(const QString &name, quint16 port)
{
    return test::runCli(qEnvironmentVariable("SLOOP_BINARY"),
                        {QStringLiteral("hosts"), QStringLiteral("add"), name,
                         QStringLiteral("--address"), m_env.host, QStringLiteral("--port"),
                         QString::number(port), QStringLiteral("--user"), m_env.user,
                         QStringLiteral("--identity"), m_env.key},
                        m_cliEnv);
}

void TestRemoteEngines::hostWithDockerBecomesAnEngine()
{
    QSignalSpy added(m_engines.get(), &engine::EngineManager::engineAdded);
    const HostStatus st = test::await(m_hosts->check(m_record, ssh::HostKeyPolicy::AcceptNew));
    QVERIFY2(st.state == HostStatus::Online,
             qPrintable(st.error ? st.error->message : QStringLiteral("?")));
    QVERIFY(st.facts.docker.value_or(false));
    QCOMPARE(added.size(), 1);
    const engine::EngineEndpoint *e = m_engines->find(QStringLiteral("dockerhost"));
    QVERIFY(e);
    QCOMPARE(e->sshHost, QStringLiteral("dockerhost"));
    QCOMPARE(e->address, QStringLiteral("ssh://%1@%2:%3/var/run/docker.sock")
                             .arg(m_env.user, m_env.host)
                             .arg(m_env.port));
    QVERIFY(QFileInfo(e->socketPath).exists());

    // The same engine, reached over SSH: the same containers.
    engine::DockerClient *remote = m_engines->client(QStringLiteral("dockerhost"));
    QVERIFY(remote);
    const auto info = test::await(remote->negotiate());
    QVERIFY2(info.ok(), qPrintable(info.error()));
    const auto list = test::await(remote->listContainers(true));
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QSet<QString> ids;
    for (const auto &c : *list)
        ids.insert(c.id);
    QCOMPARE(ids, localIds());
    // Checking again does not add it twice.
    test::await(m_hosts->check(m_record));
    QCOMPARE(added.size(), 1);
}

void TestRemoteEngines::removedHostTakesItsEngineAway()
{
    const auto registered = m_engines->find(QStringLiteral("dockerhost"));
    QVERIFY2(registered, "the host's engine is not registered (an earlier test failed?)");
    const QString socket = registered->socketPath;
    QSignalSpy removed(m_engines.get(), &engine::EngineManager::engineRemoved);
    m_hosts->drop(QStringLiteral("dockerhost"));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_engines->find(QStringLiteral("dockerhost")));
    QTRY_VERIFY(!QFileInfo::exists(socket));
}

void TestRemoteEngines::cliReachesTheEngineByHostName()
{
    const QString sloop = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!sloop.isEmpty(), "SLOOP_BINARY is not set (ctest sets it)");
    m_cliEnv.insert(QStringLiteral("HOME"), m_home.path()); // the key trusted above
    const auto add = addHostByCli(QStringLiteral("dockerhost"), m_env.port);
    QVERIFY2(add.exitCode == 0, qPrintable(test::describe(add)));
    const auto ls = test::runCli(sloop,
                                 {QStringLiteral("containers"), QStringLiteral("ls"),
                                  QStringLiteral("--all"), QStringLiteral("--json"),
                                  QStringLiteral("--engine"), QStringLiteral("dockerhost")},
                                 m_cliEnv);
    QVERIFY2(ls.exitCode == 0, qPrintable(test::describe(ls)));
    QSet<QString> ids;
    const QJsonArray rows = QJsonDocument::fromJson(ls.out).array();
    for (const QJsonValue &row : rows)
        ids.insert(row.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, localIds());
}

void TestRemoteEngines::cliSaysWhyAnUntrustedHostsEngineIsUnreachable()
{
    const QString sloop = qEnvironmentVariable("SLOOP_BINARY");
    const auto add = addHostByCli(QStringLiteral("althost"), m_env.altPort);
    QVERIFY2(add.exitCode == 0, qPrintable(test::describe(add)));
    const auto ls = test::runCli(sloop,
                                 {QStringLiteral("containers"), QStringLiteral("ls"),
                                  QStringLiteral("--engine"), QStringLiteral("althost")},
                                 m_cliEnv);
    QVERIFY2(ls.exitCode != 0, qPrintable(test::describe(ls)));
    QVERIFY2(ls.err.contains("althost") && ls.err.contains("SHA256:"),
             qPrintable(test::describe(ls)));
}

QTEST_MAIN(TestRemoteEngines)
#include "tst_remoteengines.moc"
