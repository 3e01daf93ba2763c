// SshSocketForward against the real sshd and dockerd: the Docker client
// speaks to the engine through the forward exactly as it does directly.
#include "engine/dockerclient.h"
#include "http/streamtransport.h"
#include "ssh/sshsession.h"
#include "ssh/sshsocketforward.h"
#include "sshtestenv.h"
#include "sshtestsession.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QTest>

#include <sys/stat.h>

using namespace sloop;
using namespace sloop::ssh;

namespace {

QStringList ids(const QList<engine::ContainerSummary> &list)
{
    QStringList out;
    for (const auto &c : list)
        out.append(c.id);
    out.sort();
    return out;
}

int mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestSshSocketForward : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dockerThroughTheForward();
    void missingRemoteSocketClosesTheClient();

private:
    test::IsolatedXdg m_xdg;
    test::SshTestEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

void TestSshSocketForward::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(test::writeKnownHosts(m_knownHosts, m_env.hostKey, {{m_env.host, m_env.port}}));
}

void TestSshSocketForward::dockerThroughTheForward()
{
    const Result<engine::DockerClient *> direct = test::connectTestEngine(this);
    QVERIFY2(direct.ok(), qPrintable(direct.error()));

    auto session = test::testSession(m_env, m_knownHosts, m_env.host, m_env.port);
    SshSocketForward forward(session.get(), QStringLiteral("/var/run/docker.sock"));
    const VoidResult listening = forward.listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    const QString local = forward.localPath();
    QVERIFY2(local.startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")), qPrintable(local));
    QCOMPARE(mode(local), 0600);
    QCOMPARE(mode(QFileInfo(local).absolutePath()), 0700);

    engine::DockerClient remote(QStringLiteral("forwarded"),
                                std::make_shared<http::UnixSocketTransport>(local));
    const auto info = test::await(remote.negotiate());
    QVERIFY2(info.ok(), qPrintable(info.error()));
    const auto viaForward = test::await(remote.listContainers(true));
    const auto viaSocket = test::await((*direct)->listContainers(true));
    QVERIFY2(viaForward.ok(), qPrintable(viaForward.error()));
    QVERIFY2(viaSocket.ok(), qPrintable(viaSocket.error()));
    QCOMPARE(ids(*viaForward), ids(*viaSocket));

    // A long-lived stream through the forward, and a second connection
    // beside it.
    engine::EngineStream *events = remote.events(this);
    QByteArray seen;
    connect(events, &engine::EngineStream::data, this, [&](const QByteArray &d) { seen += d; });
    bool opened = false;
    connect(events, &engine::EngineStream::opened, this, [&] { opened = true; });
    QTRY_VERIFY_WITH_TIMEOUT(opened, 20000);
    const QString volume = test::uniqueName(QStringLiteral("fwd"));
    QVERIFY(test::await((*direct)->createVolume(volume)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(volume.toUtf8()), 20000);
    const auto second = test::await(remote.listContainers(true));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    // The events stream lived through the second connection.
    QVERIFY(test::await((*direct)->removeVolume(volume)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(seen.count(volume.toUtf8()) >= 2, 20000);
    QVERIFY(forward.connectionCount() >= 1);
    events->close();

    QCOMPARE(session->connectCount(), 1); // every connection on one session
    forward.close();
    QVERIFY(!QFileInfo::exists(local));
}

void TestSshSocketForward::missingRemoteSocketClosesTheClient()
{
    auto session = test::testSession(m_env, m_knownHosts, m_env.host, m_env.port);
    SshSocketForward forward(session.get(), QStringLiteral("/nonexistent/engine.sock"));
    QVERIFY(forward.listen().ok());
    QString failure;
    connect(&forward, &SshSocketForward::connectionFailed, this,
            [&](const QString &m) { failure = m; });
    QLocalSocket client;
    client.connectToServer(forward.localPath());
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /_ping HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 20000);
    QVERIFY2(failure.contains(QLatin1String("/nonexistent/engine.sock")), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestSshSocketForward)
#include "tst_sshsocketforward.moc"
