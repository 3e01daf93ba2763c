// A server instance's firewall against a real sshd in its own network
// namespace (sloop-ns7), which listens on port 2201: the rules Sloop loads
// there must never cut Sloop off (issue 15, finding 4). Before the fix only
// TCP 22 was kept, so `tcp 22 + tcp 80` loaded "policy drop" and locked
// Sloop out of a server whose sshd listens elsewhere.

#include "instancetestenv.h"

#include "../ssh/netnstestenv.h"

#include "instances/firewallplan.h"
#include "instances/instancerepository.h"
#include "instances/provisioner.h"
#include "ssh/remotecommand.h"
#include "ssh/sshsession.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace sloop;
using namespace sloop::instances;

class TestServerFirewall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void refusesRulesThatCloseSloopsPort();
    void keepsSloopsOwnAddressWhateverTheRulesSay();
    void rulesNotConfirmedComeBackOnTheirOwn();
    void aFailedReconnectPutsTheOldRulesBackAtOnce();

private:
    QByteArray nftTable() const;
    QByteArray run(const QString &shell);
    hosts::HostRecord host() const;
    InstanceRecord serverRecord() const;
    bool otherSourceGetsIn() const;

    test::InstanceTestEnv m_env;
    test::FirewallTestEnv m_fw;
    QString m_key;
};

static const QList<FirewallRule> kOfficeOnly{
    {QStringLiteral("tcp"), 2201, 2201, QStringLiteral("192.0.2.0/24")},
    {QStringLiteral("tcp"), 80, 80, QStringLiteral("0.0.0.0/0")}};

void TestServerFirewall::initTestCase()
{
    auto fw = test::loadFirewallTestEnv();
    QVERIFY2(fw.ok(), qPrintable(fw.error()));
    m_fw = *fw;
    auto ssh = test::loadSshTestEnv();
    QVERIFY2(ssh.ok(), qPrintable(ssh.error()));
    m_key = ssh->key;
    const QString error = m_env.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The host key is known, as after a first connection the person trusted.
    QFile pub(m_fw.hostKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    QFile known(m_env.home.filePath(QStringLiteral("known_hosts")));
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(QStringLiteral("[%1]:%2 ").arg(m_fw.address).arg(m_fw.port).toUtf8() +
                fields.value(0) + ' ' + fields.value(1) + '\n');
    known.close();
    QVERIFY(m_env.hosts->add(host()).ok());
    QVERIFY(m_env.service->repository().add(serverRecord()).ok());
    ssh::SshOptions options = m_env.connections->baseOptions();
    options.connectTimeoutMs = 3000; // a failed reconnect is seen soon
    m_env.connections->setBaseOptions(options);
}

void TestServerFirewall::cleanupTestCase()
{
    QProcess::execute(QStringLiteral("ip"),
                      {QStringLiteral("netns"), QStringLiteral("exec"), QStringLiteral("sloop-ns7"),
                       QStringLiteral("nft"), QStringLiteral("delete"), QStringLiteral("table"),
                       QStringLiteral("inet"), QStringLiteral("sloop")});
    m_env.tearDown();
}

// Every test starts from a server with no Sloop rules and no files.
void TestServerFirewall::init()
{
    QProcess::execute(QStringLiteral("ip"),
                      {QStringLiteral("netns"), QStringLiteral("exec"), QStringLiteral("sloop-ns7"),
                       QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("nft delete table inet sloop 2>/dev/null; true")});
    run(QStringLiteral("rm -f /etc/sloop/firewall*"));
}

hosts::HostRecord TestServerFirewall::host() const
{
    hosts::HostRecord h;
    h.name = QStringLiteral("fw-host");
    h.address = m_fw.address;
    h.port = m_fw.port;
    h.user = QStringLiteral("root");
    h.identityFiles = {m_key};
    return h;
}

InstanceRecord TestServerFirewall::serverRecord() const
{
    InstanceRecord r;
    r.name = QStringLiteral("fw-server");
    r.kind = InstanceKind::Server;
    r.location = r.hostName = QStringLiteral("fw-host");
    r.blueprintId = QStringLiteral("debian-12");
    r.planId = QStringLiteral("nano");
    r.address = m_fw.address;
    r.sshPort = m_fw.port;
    r.loginUser = QStringLiteral("root");
    r.keyFile = m_key;
    r.state = InstanceState::Running;
    r.firewall = defaultFirewall({}, {}, m_fw.port);
    return r;
}

// What the namespace's kernel holds, read from outside (not over SSH).
QByteArray TestServerFirewall::nftTable() const
{
    QProcess p;
    p.start(QStringLiteral("ip"),
            {QStringLiteral("netns"), QStringLiteral("exec"), QStringLiteral("sloop-ns7"),
             QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("table"),
             QStringLiteral("inet"), QStringLiteral("sloop")});
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

// A shell command on the server over the shared session (its mount
// namespace holds the private /etc/sloop).
QByteArray TestServerFirewall::run(const QString &shell)
{
    auto done = test::await(m_env.connections->session(host())->exec(
        ssh::RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"), shell})));
    return done ? done->stdOut : QByteArray("failed: ") + done.message().toUtf8();
}

// A new connection from an address the rules leave out: dropped, so no
// banner comes.
bool TestServerFirewall::otherSourceGetsIn() const
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(m_fw.otherSource)))
        return true; // cannot tell: counts as a failure of the caller's check
    socket.connectToHost(m_fw.address, quint16(m_fw.port));
    return socket.waitForConnected(2000) && socket.waitForReadyRead(2000);
}

void TestServerFirewall::refusesRulesThatCloseSloopsPort()
{
    const QList<FirewallRule> only22{{QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")},
                                     {QStringLiteral("tcp"), 80, 80, QStringLiteral("0.0.0.0/0")}};
    auto refused = m_env.service->setFirewall(QStringLiteral("fw-server"), only22);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("2201")), qPrintable(refused.error()));
    QCOMPARE(nftTable(), QByteArray());
    // A new instance's defaults open the port its host's sshd uses.
    QCOMPARE(serverRecord().firewall.first().fromPort, m_fw.port);
}

void TestServerFirewall::keepsSloopsOwnAddressWhateverTheRulesSay()
{
    QVERIFY(otherSourceGetsIn()); // before: open to all
    auto job = m_env.service->setFirewall(QStringLiteral("fw-server"), kOfficeOnly);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    const QString error = test::awaitJob(*job, 120000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2((*job)->log().contains(QStringLiteral("10.203.7.1")), qPrintable((*job)->log()));
    // None of the person's rules lets this machine in: the log says so.
    QVERIFY2((*job)->log().contains(QStringLiteral("only the rule Sloop keeps")),
             qPrintable((*job)->log()));
    const QByteArray table = nftTable();
    QVERIFY2(table.contains("policy drop"), table.constData());
    QVERIFY2(table.contains("ip saddr 10.203.7.1 tcp dport 2201 accept"), table.constData());
    QVERIFY2(table.contains("ip saddr 192.0.2.0/24 tcp dport 2201 accept"), table.constData());
    // New connections: Sloop's address gets in, another one does not.
    QVERIFY(test::sshdAnswers(m_fw.address, quint16(m_fw.port)));
    QVERIFY(!otherSourceGetsIn());
    // Kept: confirmed, so no timer will take it back.
    QCOMPARE(run(QStringLiteral("test -e /etc/sloop/firewall.pending && echo pending")),
             QByteArray());
    QCOMPARE((*m_env.service->find(QStringLiteral("fw-server")))->firewall, kOfficeOnly);
}

void TestServerFirewall::rulesNotConfirmedComeBackOnTheirOwn()
{
    // A confirmed set first, then one loaded without the confirm (as if
    // Sloop had died): after its time the confirmed one is back.
    auto job = m_env.service->setFirewall(QStringLiteral("fw-server"), kOfficeOnly);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    QString error = test::awaitJob(*job, 120000);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QList<FirewallRule> more{
        {QStringLiteral("tcp"), 2201, 2201, QStringLiteral("0.0.0.0/0")},
        {QStringLiteral("tcp"), 8080, 8080, QStringLiteral("0.0.0.0/0")}};
    const SshArrival sloop{QHostAddress(QStringLiteral("10.203.7.1")), m_fw.port};
    // Ten seconds: long enough to see the rules loaded under load.
    auto step = applyNftablesStep(more, sloop, 10, "00112233445566778899aabbccddeeff");
    QVERIFY2(step.ok(), qPrintable(step.error()));
    Provisioner runner(m_env.connections->session(host()),
                       {{QStringLiteral("firewall"), QStringLiteral("nftables"), *step}}, false);
    QSignalSpy finished(&runner, &Provisioner::finished);
    runner.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(nftTable().contains("tcp dport 8080"), nftTable().constData());
    // Not confirmed: a reboot now would load the confirmed rules.
    QCOMPARE(run(QStringLiteral("grep -c 8080 /etc/sloop/firewall.nft")).trimmed(),
             QByteArray("0"));
    QTRY_VERIFY_WITH_TIMEOUT(!nftTable().contains("tcp dport 8080"), 60000);
    QVERIFY2(nftTable().contains("192.0.2.0/24"), nftTable().constData());
    QCOMPARE(run(QStringLiteral("grep -c 192.0.2.0/24 /etc/sloop/firewall.nft")).trimmed(),
             QByteArray("1"));
    QCOMPARE(run(QStringLiteral("ls /etc/sloop/firewall.nft.new 2>/dev/null")), QByteArray());
    QCOMPARE(run(QStringLiteral("ls /etc/sloop/firewall.pending 2>/dev/null")), QByteArray());

    // With no confirmed set before it, "back" is no Sloop table at all.
    init();
    Provisioner again(m_env.connections->session(host()),
                      {{QStringLiteral("firewall"), QStringLiteral("nftables"), *step}}, false);
    QSignalSpy finishedAgain(&again, &Provisioner::finished);
    again.start();
    QVERIFY(finishedAgain.wait(60000));
    QVERIFY(finishedAgain.first().at(0).toBool());
    QVERIFY(!nftTable().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(nftTable(), QByteArray(), 60000);
}

void TestServerFirewall::aFailedReconnectPutsTheOldRulesBackAtOnce()
{
    // The listening sshd is stopped: the connection Sloop has goes on (its
    // own sshd process), a new one gets no banner, as if the new rules
    // kept new connections out.
    QFile pidFile(m_fw.pidFile);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t listener = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(listener > 1);
    QCOMPARE(run(QStringLiteral("echo up")), QByteArray("up\n")); // connected before the stop
    const QList<FirewallRule> before =
        (*m_env.service->find(QStringLiteral("fw-server")))->firewall;
    QVERIFY(::kill(listener, SIGSTOP) == 0);
    const auto resume = qScopeGuard([listener] { ::kill(listener, SIGCONT); });
    auto job = m_env.service->setFirewall(QStringLiteral("fw-server"), kOfficeOnly);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    const QString error = test::awaitJob(*job, 60000);
    QVERIFY2(error.contains(QStringLiteral("could not connect again")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("The old rules are back.")), qPrintable(error));
    // Long before the server's own 60 s timer.
    QCOMPARE(nftTable(), QByteArray());
    QCOMPARE(run(QStringLiteral("ls /etc/sloop/firewall.pending 2>/dev/null")), QByteArray());
    QCOMPARE((*m_env.service->find(QStringLiteral("fw-server")))->firewall, before);
}

QTEST_GUILESS_MAIN(TestServerFirewall)
#include "tst_serverfirewall.moc"
