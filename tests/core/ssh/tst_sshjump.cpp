// Through a jump host (OpenSSH's ProxyJump), against real sshds: sloop-ns6
// answers only from inside sloop-ns5, so a connection that works went
// through ns5's sshd. Host keys are checked and trusted hop by hop; a chain
// of two hops works; bytes flow both ways in bulk; a jump host that vanishes
// ends the session within the keepalive window. A missing server fails.
#include "netnstestenv.h"
#include "sshtestsession.h"

#include "metrics/hostsampler.h"
#include "ssh/sshsession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::ssh;

class TestSshJump : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void directDialFails();
    void trustsHopByHop();
    void refusesAnotherKeyThanTheApprovedOne();
    void chainOfTwoHops();
    void bulkBytesBothWays();
    void jumpHostCannotReachTheTarget();
    void lostJumpHostEndsTheSession();
    void monitoredThroughTheJumpHost();

private:
    SshHop hop(const QString &name, const QString &address, quint16 port = 22) const;
    std::unique_ptr<SshSession> behindSession(const QList<SshHop> &jumps, const QString &knownHosts,
                                              SshOptions options = {}) const;
    test::SshTestEnv m_ssh;
    test::JumpTestEnv m_env;
    QTemporaryDir m_dir;
    QString m_jumpFingerprint;
    QString m_behindFingerprint;
};

void TestSshJump::initTestCase()
{
    const auto ssh = test::loadSshTestEnv();
    QVERIFY2(ssh.ok(), qPrintable(ssh.error()));
    m_ssh = *ssh;
    const auto env = test::loadJumpTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    QVERIFY(m_dir.isValid());
    m_jumpFingerprint = test::hostKeyFingerprint(m_env.jump.hostKey);
    m_behindFingerprint = test::hostKeyFingerprint(m_env.behindHostKey);
    QVERIFY(m_jumpFingerprint.startsWith(QStringLiteral("SHA256:")));
    QVERIFY(m_behindFingerprint.startsWith(QStringLiteral("SHA256:")));
}

SshHop TestSshJump::hop(const QString &name, const QString &address, quint16 port) const
{
    SshHop h;
    h.name = name;
    h.address = address;
    h.port = port;
    h.user = m_ssh.user;
    h.identityFiles = {m_ssh.key};
    return h;
}

std::unique_ptr<SshSession> TestSshJump::behindSession(const QList<SshHop> &jumps,
                                                       const QString &knownHosts,
                                                       SshOptions options) const
{
    SshTarget target;
    target.name = QStringLiteral("behind");
    target.address = m_env.behind;
    target.user = m_ssh.user;
    target.identityFiles = {m_ssh.key};
    target.jumps = jumps;
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = knownHosts + QStringLiteral(".no-global");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    options.connectTimeoutMs = 10000;
    return std::make_unique<SshSession>(target, options);
}

// The premise: from this machine the host behind is not reachable at all.
void TestSshJump::directDialFails()
{
    const auto session = behindSession({}, m_dir.filePath(QStringLiteral("direct_known_hosts")));
    const auto connected = test::await(session->connectHost(HostKeyPolicy::AcceptNew), 20000);
    QVERIFY(!connected.ok());
    QVERIFY2(connected.error().kind == SshError::Network ||
                 connected.error().kind == SshError::Timeout,
             qPrintable(connected.error().message));
}

// Strict first: the jump host's key is the first unknown one, named as the
// jump host's. Approving it writes it and asks about the target's; approving
// that connects, and the command runs on the host behind (its sshd sees the
// connection come from the jump host's side of their link).
void TestSshJump::trustsHopByHop()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("hops_known_hosts"));
    const auto session =
        behindSession({hop(QStringLiteral("bastion"), m_env.jump.address)}, knownHosts);

    auto first = test::await(session->connectHost(HostKeyPolicy::Strict), 20000);
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, SshError::HostKeyUnknown);
    QCOMPARE(first.error().hop, QStringLiteral("bastion"));
    QCOMPARE(first.error().fingerprint, m_jumpFingerprint);
    QVERIFY2(first.error().message.contains(QStringLiteral("jump host")),
             qPrintable(first.error().message));

    auto second =
        test::await(session->connectHost(HostKeyPolicy::acceptOnly(m_jumpFingerprint)), 20000);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, SshError::HostKeyUnknown);
    QCOMPARE(second.error().hop, QString());
    QCOMPARE(second.error().fingerprint, m_behindFingerprint);

    auto third =
        test::await(session->connectHost(HostKeyPolicy::acceptOnly(m_behindFingerprint)), 20000);
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    QVERIFY(third->hostKeyNewlyTrusted);
    QCOMPARE(third->via.size(), 1);
    QCOMPARE(third->via.first().name, QStringLiteral("bastion"));
    QCOMPARE(third->via.first().fingerprint, m_jumpFingerprint);
    QVERIFY(!third->via.first().hostKeyNewlyTrusted); // written by the second connect

    const auto ran = test::await(
        session->exec(RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("echo \"$SSH_CONNECTION\"")})),
        20000);
    QVERIFY2(ran.ok(), qPrintable(ran.error().message));
    const QList<QByteArray> connection = ran->stdOut.trimmed().split(' ');
    QCOMPARE(connection.size(), 4);
    QCOMPARE(connection.at(0), QByteArray("10.204.6.1")); // the jump host's end of the link
    QCOMPARE(connection.at(2), m_env.behind.toUtf8());

    // Both keys are on record now: a new session needs no approval.
    const auto again =
        behindSession({hop(QStringLiteral("bastion"), m_env.jump.address)}, knownHosts);
    const auto reconnected = test::await(again->connectHost(HostKeyPolicy::Strict), 20000);
    QVERIFY2(reconnected.ok(), qPrintable(reconnected.error().message));
}

// The key approved for the target is not the one it shows (the jump host
// being known): refused as a swap, nothing written.
void TestSshJump::refusesAnotherKeyThanTheApprovedOne()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("swap_known_hosts"));
    QVERIFY(test::writeKnownHosts(knownHosts, m_env.jump.hostKey, {{m_env.jump.address, 22}}));
    const auto session =
        behindSession({hop(QStringLiteral("bastion"), m_env.jump.address)}, knownHosts);
    const auto connected = test::await(
        session->connectHost(HostKeyPolicy::acceptOnly(QStringLiteral("SHA256:notTheKeyShown"))),
        20000);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().kind, SshError::HostKeyChanged);
    QCOMPARE(connected.error().fingerprint, m_behindFingerprint);
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1); // the jump host's line only
}

// The loopback sshd first, which dials the jump host, which dials the
// target: `ProxyJump local,bastion`.
void TestSshJump::chainOfTwoHops()
{
    const auto session = behindSession({hop(QStringLiteral("local"), m_ssh.host, m_ssh.port),
                                        hop(QStringLiteral("bastion"), m_env.jump.address)},
                                       m_dir.filePath(QStringLiteral("chain_known_hosts")));
    const auto connected = test::await(session->connectHost(HostKeyPolicy::AcceptNew), 30000);
    QVERIFY2(connected.ok(), qPrintable(connected.error().message));
    QCOMPARE(connected->via.size(), 2);
    QCOMPARE(connected->via.at(0).name, QStringLiteral("local"));
    QCOMPARE(connected->via.at(1).name, QStringLiteral("bastion"));
    QVERIFY(connected->via.at(0).hostKeyNewlyTrusted && connected->via.at(1).hostKeyNewlyTrusted);
    const auto ran = test::await(session->exec(RemoteCommand::argv({QStringLiteral("true")})));
    QVERIFY2(ran.ok(), qPrintable(ran.error().message));
}

// More than the channel windows hold, both ways: 8 MB down from an exec,
// 4 MB up into a stream's stdin, counted on the far side.
void TestSshJump::bulkBytesBothWays()
{
    const auto session = behindSession({hop(QStringLiteral("bastion"), m_env.jump.address)},
                                       m_dir.filePath(QStringLiteral("bulk_known_hosts")));
    QVERIFY(test::await(session->connectHost(HostKeyPolicy::AcceptNew), 20000).ok());

    const auto down =
        test::await(session->exec(RemoteCommand::argv({QStringLiteral("head"), QStringLiteral("-c"),
                                                       QStringLiteral("8000000"),
                                                       QStringLiteral("/dev/urandom")}),
                                  60000),
                    60000);
    QVERIFY2(down.ok(), qPrintable(down.error().message));
    QCOMPARE(down->stdOut.size(), 8000000);

    SshChannel *up =
        session->openExecStream(RemoteCommand::argv({QStringLiteral("wc"), QStringLiteral("-c")}));
    QByteArray counted;
    connect(up, &SshChannel::stdoutReceived, this,
            [&counted](const QByteArray &data) { counted += data; });
    QSignalSpy finished(up, &SshChannel::finished);
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 64; ++i)
        up->write(chunk);
    up->sendEof();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(counted.trimmed(), QByteArray::number(64 * 64 * 1024));
    delete up;
}

// The jump host is reached but cannot connect onwards (nothing listens on
// that port behind it): the message says which side failed.
void TestSshJump::jumpHostCannotReachTheTarget()
{
    SshTarget target;
    target.name = QStringLiteral("closed-port");
    target.address = m_env.behind;
    target.port = 2;
    target.user = m_ssh.user;
    target.identityFiles = {m_ssh.key};
    target.jumps = {hop(QStringLiteral("bastion"), m_env.jump.address)};
    SshOptions options;
    options.knownHostsFile = m_dir.filePath(QStringLiteral("closed_known_hosts"));
    options.useAgent = false;
    options.tryDefaultKeys = false;
    SshSession session(target, options);
    const auto connected = test::await(session.connectHost(HostKeyPolicy::AcceptNew), 20000);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().hop, QStringLiteral("bastion"));
    QVERIFY2(connected.error().message.contains(
                 QStringLiteral("could not connect to %1 port 2").arg(m_env.behind)),
             qPrintable(connected.error().message));
}

// The jump host's link is cut while the session is up and idle: the
// session is declared lost within the keepalive window, and comes back
// once the link does.
void TestSshJump::lostJumpHostEndsTheSession()
{
    SshOptions options;
    options.keepAliveIntervalMs = 500;
    options.keepAliveCountMax = 2;
    const auto session = behindSession({hop(QStringLiteral("bastion"), m_env.jump.address)},
                                       m_dir.filePath(QStringLiteral("lost_known_hosts")), options);
    QVERIFY(test::await(session->connectHost(HostKeyPolicy::AcceptNew), 20000).ok());
    SshChannel *shell = session->openExecStream(RemoteCommand::argv({QStringLiteral("cat")}));
    QSignalSpy failed(shell, &SshChannel::failed);
    QTRY_VERIFY_WITH_TIMEOUT(shell->isOpen(), 10000);

    QVERIFY(test::cutHost(m_env.jump));
    const auto restore = qScopeGuard([this] { test::restoreHost(m_env.jump); });
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || shell->isEnded(), 15000);
    test::restoreHost(m_env.jump);
    const auto ran =
        test::await(session->exec(RemoteCommand::argv({QStringLiteral("true")})), 30000);
    QVERIFY2(ran.ok(), qPrintable(ran.error().message));
    delete shell;
}

// The host's monitoring stream (HostSampler's long-lived exec) runs through
// the jump host like any channel.
void TestSshJump::monitoredThroughTheJumpHost()
{
    const auto session = behindSession({hop(QStringLiteral("bastion"), m_env.jump.address)},
                                       m_dir.filePath(QStringLiteral("sampled_known_hosts")));
    QVERIFY(test::await(session->connectHost(HostKeyPolicy::AcceptNew), 20000).ok());
    metrics::HostSampler sampler(QStringLiteral("host/behind"), session.get());
    sampler.setIntervalSeconds(1);
    QList<metrics::MetricBatch> batches;
    connect(&sampler, &metrics::HostSampler::sampled, this,
            [&batches](const metrics::MetricBatch &b) { batches.append(b); });
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(batches.size() >= 2, 15000);
    QVERIFY2(sampler.isStreaming(), qPrintable(sampler.problem()));
    sampler.stop();
}

QTEST_GUILESS_MAIN(TestSshJump)
#include "tst_sshjump.moc"
