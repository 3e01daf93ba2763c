// A host whose link goes down: keepalives notice it within their window,
// every channel and queued call ends with a clear Network error, the session
// comes back by itself once the link is up, and another host is untouched.
// Against the namespace sshds of scripts/start-netns-sshd.sh; needs root.
#include "netnstestenv.h"
#include "ssh/sshchannel.h"
#include "ssh/sshsession.h"
#include "ssh/sshsocketforward.h"
#include "sshtestsession.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>

using namespace sloop;
using namespace sloop::ssh;

namespace {

constexpr int kIntervalMs = 500;
constexpr int kCount = 3;
constexpr int kWindowMs = kIntervalMs * kCount;
constexpr int kMarginMs = 2500;

bool setLink(const QString &link, bool up)
{
    return QProcess::execute(QStringLiteral("ip"),
                             {QStringLiteral("link"), QStringLiteral("set"), link,
                              up ? QStringLiteral("up") : QStringLiteral("down")}) == 0;
}

// One HTTP/1.0 /_ping through a local socket: the engine answers and closes.
QByteArray ping(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n");
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

RemoteCommand echoHi()
{
    return RemoteCommand::argv({QStringLiteral("echo"), QStringLiteral("hi")});
}

} // namespace

class TestSshLinkCut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void linkCutIsNoticedAndHealed();

private:
    std::unique_ptr<SshSession> session(const test::NetnsHost &host)
    {
        SshOptions options;
        options.keepAliveIntervalMs = kIntervalMs;
        options.keepAliveCountMax = kCount;
        options.connectTimeoutMs = 2000;
        return test::testSession(m_env, m_knownHosts, host.address, 22, options);
    }
    test::SshTestEnv m_env;
    QList<test::NetnsHost> m_hosts;
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

void TestSshLinkCut::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    const auto hosts = test::loadNetnsTestEnv({1, 2});
    QVERIFY2(hosts.ok(), qPrintable(hosts.error()));
    m_hosts = *hosts;
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    for (const test::NetnsHost &h : std::as_const(m_hosts))
        QVERIFY(test::writeKnownHosts(m_knownHosts, h.hostKey, {{h.address, 22}}));
}

void TestSshLinkCut::cleanup()
{
    // Always, whatever the test did; only its own two: other suites cut ns4.
    for (qsizetype i = 0; i < std::min<qsizetype>(2, m_hosts.size()); ++i)
        setLink(m_hosts.at(i).link, true);
}

void TestSshLinkCut::linkCutIsNoticedAndHealed()
{
    const test::NetnsHost &cut = m_hosts.at(0);
    auto s1 = session(cut);
    auto s2 = session(m_hosts.at(1));
    QList<SshSession::State> states;
    connect(s1.get(), &SshSession::stateChanged, this,
            [&](SshSession::State state, const SshError &) { states.append(state); });
    s1->setAutoReconnect(true);
    // The namespace shares this machine's files: its sshd reaches dockerd.
    SshSocketForward forward(s1.get(), QStringLiteral("/var/run/docker.sock"));
    QVERIFY(forward.listen().ok());
    QVERIFY2(ping(forward.localPath()).endsWith("OK"), "no /_ping answer through the forward");
    QVERIFY(test::await(s1->exec(echoHi())).ok());
    QVERIFY(test::await(s2->exec(echoHi())).ok());
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(SshSession::Connected), 5000);

    SshChannel *stream = s1->openExecStream(
        RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("while :; do echo tick; sleep 0.2; done")}));
    QByteArray ticks;
    std::optional<SshError> streamError;
    qint64 streamEndedMs = -1;
    QElapsedTimer clock;
    connect(stream, &SshChannel::stdoutReceived, this, [&](const QByteArray &d) { ticks += d; });
    connect(stream, &SshChannel::failed, this, [&](const SshError &e) {
        streamError = e;
        streamEndedMs = clock.elapsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(ticks.contains("tick"), 10000);

    QVERIFY(setLink(cut.link, false));
    clock.start();
    QFuture<SshResult<ExecResult>> queued = s1->exec(echoHi());

    QTRY_VERIFY_WITH_TIMEOUT(streamError.has_value(), kWindowMs + kMarginMs);
    QCOMPARE(streamError->kind, SshError::Network);
    QVERIFY2(streamError->message.contains(QLatin1String("lost")) &&
                 streamError->message.contains(QLatin1String("no answer")),
             qPrintable(streamError->message));
    const auto failed = test::await(queued, kWindowMs + kMarginMs);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, SshError::Network);
    QVERIFY2(clock.elapsed() <= kWindowMs + kMarginMs,
             qPrintable(QString::number(clock.elapsed())));
    qInfo("channel ended %lld ms after the cut: %s", streamEndedMs,
          qPrintable(streamError->message));
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(SshSession::Lost), 2000);

    // The other host does not notice.
    QElapsedTimer other;
    other.start();
    const auto untouched = test::await(s2->exec(echoHi()));
    QVERIFY2(untouched.ok(), qPrintable(untouched.message()));
    QVERIFY(other.elapsed() < 2000);

    QVERIFY(setLink(cut.link, true));
    states.clear();
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(SshSession::Connected), 40000);
    const auto again = test::await(s1->exec(echoHi()));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->stdOut, QByteArray("hi\n"));
    QCOMPARE(s1->connectCount(), 2);
    // The forward listened through the drop and serves new clients.
    QVERIFY(QFileInfo::exists(forward.localPath()));
    QVERIFY2(ping(forward.localPath()).endsWith("OK"), "no /_ping answer after the reconnect");
    QCOMPARE(s2->connectCount(), 1);
    delete stream;
}

QTEST_GUILESS_MAIN(TestSshLinkCut)
#include "tst_sshlinkcut.moc"
