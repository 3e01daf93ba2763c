#include "commandlog/commandlog.h"
#include "hostilecorpus.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"
#include "sshtestenv.h"
#include "testsupport.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::ssh;
using sloop::test::fingerprintOfPubFile;

Q_DECLARE_METATYPE(QByteArrayList)

namespace {

QByteArray pubKeyLine(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(0) + ' ' + fields.at(1) : QByteArray();
}

// A man in the middle on 127.0.0.1: connections take turns between two
// servers (two sshds with different host keys).
class AlternatingProxy : public QObject
{
public:
    AlternatingProxy(QString host, QList<quint16> ports)
        : m_host(std::move(host))
        , m_ports(std::move(ports))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server.nextPendingConnection()) {
                auto *out = new QTcpSocket(in);
                out->connectToHost(m_host, m_ports.at(m_next++ % m_ports.size()));
                connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
                connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress(m_host), 0); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_next; }

private:
    QString m_host;
    QList<quint16> m_ports;
    QTcpServer m_server;
    int m_next = 0;
};

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unknownHostThenAcceptNew();
    void changedHostKeyIsRefusedUntilForgotten();
    void acceptingTrustsOnlyTheKeyThatWasShown();
    void passwordAuth();
    void closingDuringAPromptDoesNotWaitForIt();
    void closingWithAnOpenChannelFreesItWithTheConnection();
    void outputPastTheCallsLimitStopsIt();
    void wrongPasswordListsMethods();
    void keyboardInteractiveThroughPam();
    void hashedKnownHostsEntryIsTrusted();
    void keyAuth();
    void encryptedKeyAsksForPassphrase();
    void agentAuth();
    void execGivesOutputsAndStatus();
    void fiftyExecsReuseOneSession();
    void hostileCorpusRoundTrips_data();
    void hostileCorpusRoundTrips();
    void commandTimeoutLeavesSessionUsable();
    void queuedCallsCanBeCancelled();
    void reconnectsAfterADrop();
    void dnsFailureAndRefusedPort();

private:
    std::unique_ptr<SshSession> session(quint16 port, const QString &knownHosts,
                                        QStringList keys = {}, bool withPassword = false);
    std::unique_ptr<SshSession> keySession() { return session(m_env.port, m_trusted, {m_env.key}); }

    test::SshTestEnv m_env;
    QTemporaryDir m_dir;
    QString m_trusted; // known_hosts with the main server's key
    CommandLog m_log;
    std::unique_ptr<SshSession> m_shared;
};

std::unique_ptr<SshSession> TestSshSession::session(quint16 port, const QString &knownHosts,
                                                    QStringList keys, bool withPassword)
{
    SshTarget target;
    target.name = QStringLiteral("test-%1").arg(port);
    target.address = m_env.host;
    target.port = port;
    target.user = m_env.user;
    target.identityFiles = keys;
    SshOptions options;
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = m_dir.filePath(QStringLiteral("no-global-known-hosts"));
    options.connectTimeoutMs = 10000;
    options.useAgent = false;
    options.tryDefaultKeys = false; // this machine's own ~/.ssh stays out of it
    if (withPassword) {
        const QString pw = m_env.password;
        options.credentials.password = [pw] {
            return std::optional<QString>(pw);
        };
    }
    return std::make_unique<SshSession>(target, options, &m_log);
}

void TestSshSession::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    QVERIFY(m_dir.isValid());
    m_trusted = m_dir.filePath(QStringLiteral("trusted_known_hosts"));
    QFile f(m_trusted);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(knownHostsName(m_env.host, m_env.port).toUtf8() + ' ' +
            pubKeyLine(m_env.hostKey + QStringLiteral(".pub")) + '\n');
    f.close();
    m_shared = keySession();
}

void TestSshSession::cleanupTestCase()
{
    m_shared.reset();
}

void TestSshSession::unknownHostThenAcceptNew()
{
    // A folder that does not exist yet, as ~/.ssh on a fresh account.
    const QString file = m_dir.filePath(QStringLiteral("fresh/.ssh/known_hosts"));
    const QString expected = fingerprintOfPubFile(m_env.hostKey + QStringLiteral(".pub"));
    QVERIFY(expected.startsWith(QLatin1String("SHA256:")));

    auto s = session(m_env.port, file, {m_env.key});
    const auto refused = test::await(s->connectHost());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, SshError::HostKeyUnknown);
    QCOMPARE(refused.error().fingerprint, expected);
    QCOMPARE(refused.error().keyType, QStringLiteral("ssh-ed25519"));
    QVERIFY2(refused.message().contains(expected), qPrintable(refused.message()));
    QVERIFY(!QFile::exists(file));

    const auto accepted = test::await(s->connectHost(HostKeyPolicy::AcceptNew));
    QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    QVERIFY(accepted->hostKeyNewlyTrusted);
    QCOMPARE(accepted->fingerprint, expected);
    QVERIFY(accepted->serverBanner.startsWith(QLatin1String("SSH-2.0-OpenSSH")));
    const auto records = knownHostsRecords(file, m_env.host, m_env.port);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().fingerprint(), expected);

    // A new session trusts it without being told to.
    auto again = session(m_env.port, file, {m_env.key});
    const auto trusted = test::await(again->connectHost());
    QVERIFY2(trusted.ok(), qPrintable(trusted.message()));
    QVERIFY(!trusted->hostKeyNewlyTrusted);
}

void TestSshSession::changedHostKeyIsRefusedUntilForgotten()
{
    // The main server's key on record for the alternate server's address:
    // to the client that server's key has changed.
    const QString file = m_dir.filePath(QStringLiteral("changed_known_hosts"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "# kept\nother.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9"
        "okWi0dh2l9GKJl\n");
    f.write(knownHostsName(m_env.host, m_env.altPort).toUtf8() + ' ' +
            pubKeyLine(m_env.hostKey + QStringLiteral(".pub")) + '\n');
    f.close();
    const QString oldFp = fingerprintOfPubFile(m_env.hostKey + QStringLiteral(".pub"));
    const QString newFp = fingerprintOfPubFile(m_env.altHostKey + QStringLiteral(".pub"));
    QVERIFY(oldFp != newFp);

    auto s = session(m_env.altPort, file, {m_env.key});
    // Even accept-new does not get past a changed key.
    const auto refused = test::await(s->connectHost(HostKeyPolicy::AcceptNew));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, SshError::HostKeyChanged);
    QCOMPARE(refused.error().fingerprint, newFp);
    QCOMPARE(refused.error().expectedFingerprint, oldFp);
    QVERIFY2(refused.message().contains(QLatin1String("attack")), qPrintable(refused.message()));
    QVERIFY(refused.message().contains(oldFp) && refused.message().contains(newFp));
    const auto exec = test::await(s->exec(RemoteCommand::argv({QStringLiteral("true")})));
    QCOMPARE(exec.error().kind, SshError::HostKeyChanged);

    const auto forgot = test::await(s->forgetHostKey());
    QVERIFY2(forgot.ok(), qPrintable(forgot.message()));
    QFile check(file);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QVERIFY(check.readAll().startsWith("# kept\nother.example ssh-ed25519"));
    QCOMPARE(test::await(s->connectHost()).error().kind, SshError::HostKeyUnknown);
    const auto accepted = test::await(s->connectHost(HostKeyPolicy::AcceptNew));
    QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    QCOMPARE(accepted->fingerprint, newFp);

    bool logged = false;
    for (const CommandLogEntry &e : m_log.recent())
        logged |= e.call.startsWith(QLatin1String("ssh-keygen -R")) && e.ok;
    QVERIFY2(logged, "forgetting a host key is in the command log");
}

// Trust on first use goes to the key the person saw: when the connection
// that follows the question shows another key, it is refused and nothing
// is written (issue 15, finding 3).
void TestSshSession::acceptingTrustsOnlyTheKeyThatWasShown()
{
    AlternatingProxy proxy(m_env.host, {m_env.port, m_env.altPort});
    QVERIFY(proxy.listen());
    const QString file = m_dir.filePath(QStringLiteral("tofu/known_hosts"));
    const QString shown = fingerprintOfPubFile(m_env.hostKey + QStringLiteral(".pub"));
    const QString other = fingerprintOfPubFile(m_env.altHostKey + QStringLiteral(".pub"));
    auto s = session(proxy.port(), file, {m_env.key});

    const auto asked = test::await(s->connectHost());
    QCOMPARE(asked.error().kind, SshError::HostKeyUnknown);
    QCOMPARE(asked.error().fingerprint, shown);
    // The person accepts `shown`; the next connection meets the other server.
    const auto swapped = test::await(s->connectHost(HostKeyPolicy::acceptOnly(shown)));
    QVERIFY(!swapped.ok());
    QCOMPARE(swapped.error().kind, SshError::HostKeyChanged);
    QCOMPARE(swapped.error().fingerprint, other);
    QCOMPARE(swapped.error().expectedFingerprint, shown);
    QVERIFY2(swapped.message().contains(QLatin1String("attack")), qPrintable(swapped.message()));
    QVERIFY(!QFile::exists(file) || knownHostsRecords(file, m_env.host, proxy.port())->isEmpty());
    // The third connection meets the server that was shown: trusted, and
    // that key is the one written.
    const auto accepted = test::await(s->connectHost(HostKeyPolicy::acceptOnly(shown)));
    QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    QVERIFY(accepted->hostKeyNewlyTrusted);
    const auto records = knownHostsRecords(file, m_env.host, proxy.port());
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().fingerprint(), shown);
    QCOMPARE(proxy.connections(), 3);
}

void TestSshSession::passwordAuth()
{
    auto s = session(m_env.port, m_trusted, {}, true);
    const auto r = test::await(s->connectHost());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->authMethod, QStringLiteral("password"));
}

// Issue 15, finding 5: a prompt holds the worker (a dialog the person has
// not answered) while the session is closed on this thread. The close must
// not wait for the worker: the prompt here waits for this thread to release
// it after the delete; a delete that waited would keep it from coming until
// the prompt gave up.
void TestSshSession::closingDuringAPromptDoesNotWaitForIt()
{
    struct Prompt
    {
        std::atomic_bool entered{false};
        std::atomic_bool answered{false};
        std::atomic_bool releasedInTime{false};
        QSemaphore release;
    };
    auto prompt = std::make_shared<Prompt>();
    SshTarget target;
    target.name = QStringLiteral("prompted");
    target.address = m_env.host;
    target.port = m_env.port;
    target.user = m_env.user;
    SshOptions options;
    options.knownHostsFile = m_trusted;
    options.globalKnownHostsFile = m_dir.filePath(QStringLiteral("no-global-known-hosts"));
    options.useAgent = false;
    options.tryDefaultKeys = false;
    const QString pw = m_env.password;
    options.credentials.password = [prompt, pw] {
        prompt->entered = true;
        prompt->releasedInTime = prompt->release.tryAcquire(1, 30000);
        prompt->answered = true;
        return std::optional<QString>(pw);
    };
    auto *prompted = new SshSession(target, options, &m_log);
    auto call = prompted->exec(RemoteCommand::argv({QStringLiteral("true")}));
    QTRY_VERIFY_WITH_TIMEOUT(prompt->entered.load(), 15000);
    delete prompted;
    prompt->release.release();
    QTRY_VERIFY_WITH_TIMEOUT(prompt->answered.load(), 40000);
    QVERIFY(prompt->releasedInTime.load());
    // The call ends as cancelled (or unanswered), never as a success.
    QTRY_VERIFY_WITH_TIMEOUT(call.isFinished(), 15000);
    QVERIFY(call.resultCount() == 0 || !call.result().ok());
}

// The channel is freed on the worker before the connection it belongs to,
// whichever of them is released last (a double free otherwise: the
// sanitizer build of this suite says so, and glibc usually aborts).
void TestSshSession::closingWithAnOpenChannelFreesItWithTheConnection()
{
    // Earlier tests' sessions end their threads by themselves: only the
    // shared session's is left once they have.
    QTRY_COMPARE_WITH_TIMEOUT(SshSession::runningThreads(), 1, 20000);
    const int before = SshSession::runningThreads();
    auto *s = keySession().release();
    SshChannel *stream =
        s->openExecStream(RemoteCommand::argv({QStringLiteral("sleep"), QStringLiteral("30")}));
    QSignalSpy opened(stream, &SshChannel::opened);
    QVERIFY(opened.wait(20000));
    QCOMPARE(SshSession::runningThreads(), before + 1);
    delete s;
    QTRY_COMPARE_WITH_TIMEOUT(SshSession::runningThreads(), before, 20000);
    delete stream;
}

// A call that expects a few lines says so; more stops the command and the
// session carries on (issue 15).
void TestSshSession::outputPastTheCallsLimitStopsIt()
{
    auto s = keySession();
    const auto flood = test::await(
        s->exec(RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("head -c 10000000 /dev/zero; sleep 30")}),
                60000, 64 * 1024));
    QVERIFY(!flood.ok());
    QVERIFY2(flood.message().contains(QStringLiteral("the most this call takes")),
             qPrintable(flood.message()));
    const auto fine = test::await(
        s->exec(RemoteCommand::argv({QStringLiteral("echo"), QStringLiteral("ok")}), 60000, 64));
    QVERIFY2(fine.ok(), qPrintable(fine.message()));
    QCOMPARE(fine->stdOut, QByteArray("ok\n"));
}

void TestSshSession::wrongPasswordListsMethods()
{
    auto s = session(m_env.port, m_trusted);
    SshTarget t = s->target();
    SshOptions o;
    o.knownHostsFile = m_trusted;
    o.useAgent = false;
    o.tryDefaultKeys = false;
    o.credentials.password = [] {
        return std::optional<QString>(QStringLiteral("wrong"));
    };
    s = std::make_unique<SshSession>(t, o, &m_log);
    const auto r = test::await(s->connectHost());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, SshError::Auth);
    QVERIFY(r.error().methodsOffered.contains(QStringLiteral("password")));
    QVERIFY(r.error().methodsOffered.contains(QStringLiteral("publickey")));
    QVERIFY(r.error().methodsTried.contains(QStringLiteral("password")));
    QVERIFY2(r.message().contains(QLatin1String("publickey")) && r.message().contains(m_env.user),
             qPrintable(r.message()));
    QVERIFY(!r.message().contains(QLatin1String("wrong"))); // never the secret
}

void TestSshSession::keyboardInteractiveThroughPam()
{
    // The kbd server offers keyboard-interactive only (PAM asks "Password:").
    QVERIFY2(m_env.kbdPort != 0,
             "the env file has no SLOOP_TEST_SSH_KBD_PORT: rerun start-sshd.sh");
    const QString known = m_dir.filePath(QStringLiteral("known_kbd"));
    auto s = session(m_env.kbdPort, known, {}, true);
    const auto r = test::await(s->connectHost(HostKeyPolicy::AcceptNew));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->authMethod, QStringLiteral("keyboard-interactive"));
    const auto out =
        test::await(s->exec(RemoteCommand::argv({QStringLiteral("id"), QStringLiteral("-un")})));
    QVERIFY2(out.ok(), qPrintable(out.message()));
    QCOMPARE(out->stdOut.trimmed(), m_env.user.toUtf8());

    // A wrong answer: the error says what was offered and tried.
    SshTarget t = s->target();
    SshOptions o;
    o.knownHostsFile = known;
    o.useAgent = false;
    o.tryDefaultKeys = false;
    o.credentials.password = [] {
        return std::optional<QString>(QStringLiteral("wrong"));
    };
    SshSession bad(t, o, &m_log);
    const auto refused = test::await(bad.connectHost(), 60000);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, SshError::Auth);
    QCOMPARE(refused.error().methodsOffered, QStringList{QStringLiteral("keyboard-interactive")});
    QVERIFY(refused.error().methodsTried.contains(QStringLiteral("keyboard-interactive")));
    QVERIFY(!refused.message().contains(QLatin1String("wrong")));
}

void TestSshSession::hashedKnownHostsEntryIsTrusted()
{
    // OpenSSH's HashKnownHosts writes "|1|salt|hash key": still this host.
    const QString file = m_dir.filePath(QStringLiteral("known_hashed"));
    QVERIFY(QFile::copy(m_trusted, file));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), file});
    QVERIFY(keygen.waitForFinished(10000));
    QCOMPARE(keygen.exitCode(), 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY2(content.startsWith("|1|") && !content.contains(m_env.host.toUtf8()),
             content.constData());
    auto s = session(m_env.port, file, {m_env.key});
    const auto r = test::await(s->connectHost(HostKeyPolicy::Strict));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r->hostKeyNewlyTrusted);
}

void TestSshSession::keyAuth()
{
    auto s = keySession();
    const auto r = test::await(s->connectHost());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->authMethod, QStringLiteral("key ") + m_env.key);
}

void TestSshSession::encryptedKeyAsksForPassphrase()
{
    // Without a way to ask: refused, and the message says why.
    auto s = session(m_env.port, m_trusted, {m_env.encryptedKey});
    const auto refused = test::await(s->connectHost());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, SshError::Auth);
    QVERIFY2(refused.message().contains(QLatin1String("encrypted")), qPrintable(refused.message()));

    SshOptions o;
    o.knownHostsFile = m_trusted;
    o.useAgent = false;
    o.tryDefaultKeys = false;
    auto asked = std::make_shared<QStringList>();
    const QString passphrase = m_env.passphrase;
    o.credentials.passphrase = [asked, passphrase](const QString &file) {
        asked->append(file);
        return std::optional<QString>(passphrase);
    };
    s = std::make_unique<SshSession>(s->target(), o, &m_log);
    const auto r = test::await(s->connectHost());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*asked, QStringList{m_env.encryptedKey});
}

void TestSshSession::agentAuth()
{
    const QString sock = m_dir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
    QVERIFY(agent.waitForStarted());
    // The socket file exists from bind(); the agent answers from listen():
    // wait until a connection is taken, not until the file is there.
    const auto answers = [&sock] {
        QLocalSocket probe;
        probe.connectToServer(sock);
        return probe.waitForConnected(200);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(answers(), "ssh-agent does not answer on its socket", 5000);
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {m_env.key});
    QVERIFY(add.waitForFinished(10000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

    SshOptions o;
    o.knownHostsFile = m_trusted;
    o.useAgent = true;
    o.agentSocket = sock;
    o.tryDefaultKeys = false;
    auto s = std::make_unique<SshSession>(keySession()->target(), o, &m_log);
    // No key files: only the agent can log in.
    SshTarget t = s->target();
    t.identityFiles.clear();
    s = std::make_unique<SshSession>(t, o, &m_log);
    const auto r = test::await(s->connectHost());
    agent.terminate();
    agent.waitForFinished(5000);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->authMethod, QStringLiteral("agent"));
}

void TestSshSession::execGivesOutputsAndStatus()
{
    const auto r = test::await(m_shared->exec(
        RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("echo out; echo err >&2; cat; exit 7")})));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->stdOut, QByteArray("out\n"));
    QCOMPARE(r->stdErr, QByteArray("err\n"));
    QCOMPARE(r->exitStatus, 7);
    QCoreApplication::processEvents();
    const CommandLogEntry last = m_log.recent().last();
    QCOMPARE(last.target, m_shared->target().name);
    QCOMPARE(last.call, QStringLiteral("'sh' '-c' 'echo out; echo err >&2; cat; exit 7'"));
    QVERIFY(!last.ok);
    QVERIFY(last.result.contains(QLatin1String("7")));
}

void TestSshSession::fiftyExecsReuseOneSession()
{
    auto s = keySession();
    QList<QFuture<SshResult<ExecResult>>> futures;
    for (int i = 0; i < 50; ++i)
        futures << s->exec(RemoteCommand::argv({QStringLiteral("echo"), QString::number(i)}));
    for (int i = 0; i < 50; ++i) {
        const auto r = test::await(futures.at(i));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->stdOut, QByteArray::number(i) + '\n'); // in order
    }
    QCOMPARE(s->connectCount(), 1);
}

void TestSshSession::hostileCorpusRoundTrips_data()
{
    QTest::addColumn<QByteArrayList>("args");
    for (const auto &[name, args] : test::hostileArguments())
        QTest::newRow(name) << args;
}

void TestSshSession::hostileCorpusRoundTrips()
{
    QFETCH(QByteArrayList, args);
    QFile::remove(QStringLiteral("/tmp/sloop-pwned"));
    const auto r = test::await(
        m_shared->exec(RemoteCommand::argvBytes(QByteArrayList{"printf", "%s\\0"} + args)));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->exitStatus, 0);
    QByteArrayList got = r->stdOut.split('\0');
    got.removeLast();
    QCOMPARE(got.size(), args.size());
    for (qsizetype i = 0; i < args.size(); ++i)
        QVERIFY2(got.at(i) == args.at(i), qPrintable(QStringLiteral("argument %1 differs").arg(i)));
    // sshd runs on this machine: a file made by an injection would be here.
    QVERIFY2(!QFile::exists(QStringLiteral("/tmp/sloop-pwned")), "an argument ran as code");
}

void TestSshSession::commandTimeoutLeavesSessionUsable()
{
    auto s = keySession();
    // The 1 s limit, not sleep's 30 s, ends it: await gives up long before 30 s.
    const auto slow = test::await(
        s->exec(RemoteCommand::argv({QStringLiteral("sleep"), QStringLiteral("30")}), 1000), 20000);
    QVERIFY(!slow.ok());
    QCOMPARE(slow.error().kind, SshError::Timeout);
    const auto fast = test::await(
        s->exec(RemoteCommand::argv({QStringLiteral("echo"), QStringLiteral("still here")})));
    QVERIFY2(fast.ok(), qPrintable(fast.message()));
    QCOMPARE(fast->stdOut, QByteArray("still here\n"));
    QCOMPARE(s->connectCount(), 1);
}

void TestSshSession::queuedCallsCanBeCancelled()
{
    auto s = keySession();
    const QString marker = m_dir.filePath(QStringLiteral("must-not-exist"));
    QFile::remove(marker);
    auto first = s->exec(RemoteCommand::argv({QStringLiteral("sleep"), QStringLiteral("1")}));
    auto second = s->exec(RemoteCommand::argv({QStringLiteral("touch"), marker}));
    second.cancel();
    const auto r = test::await(first);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QDeadlineTimer done(5000);
    while (!second.isFinished() && !done.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QVERIFY(second.isCanceled());

    // cancelPending: queued and running calls end as Cancelled values.
    auto a = s->exec(RemoteCommand::argv({QStringLiteral("sleep"), QStringLiteral("20")}));
    auto b = s->exec(RemoteCommand::argv({QStringLiteral("touch"), marker}));
    QThread::msleep(300);
    s->cancelPending();
    QCOMPARE(test::await(a, 5000).error().kind, SshError::Cancelled);
    QCOMPARE(test::await(b, 5000).error().kind, SshError::Cancelled);
    QVERIFY(!QFile::exists(marker));
    // And the session goes on.
    const auto after = test::await(s->exec(RemoteCommand::argv({QStringLiteral("true")})));
    QVERIFY2(after.ok(), qPrintable(after.message()));
}

void TestSshSession::reconnectsAfterADrop()
{
    auto s = keySession();
    QVERIFY(test::await(s->connectHost()).ok());
    QCOMPARE(s->connectCount(), 1);
    // Kill this connection's own sshd process: the link drops mid-command.
    const QString killer = QStringLiteral("p=$PPID; while [ \"$(cat /proc/$p/comm)\" != sshd ]; do "
                                          "p=$(awk '{print $4}' /proc/$p/stat); done; kill -9 $p");
    const auto dropped = test::await(
        s->exec(RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"), killer}), 10000));
    QVERIFY(!dropped.ok());
    QVERIFY2(dropped.error().kind == SshError::Network || dropped.error().kind == SshError::Channel,
             qPrintable(dropped.message()));
    const auto next =
        test::await(s->exec(RemoteCommand::argv({QStringLiteral("echo"), QStringLiteral("back")})));
    QVERIFY2(next.ok(), qPrintable(next.message()));
    QCOMPARE(next->stdOut, QByteArray("back\n"));
    QCOMPARE(s->connectCount(), 2);
}

void TestSshSession::dnsFailureAndRefusedPort()
{
    auto s = keySession();
    SshTarget t = s->target();
    t.name = QStringLiteral("ghost");
    t.address = QStringLiteral("nonexistent.invalid");
    SshOptions o;
    o.knownHostsFile = m_trusted;
    o.useAgent = false;
    s = std::make_unique<SshSession>(t, o, &m_log);
    const auto dns = test::await(s->connectHost());
    QCOMPARE(dns.error().kind, SshError::Dns);
    QVERIFY2(dns.message().contains(QLatin1String("nonexistent.invalid")) &&
                 dns.message().contains(QLatin1String("resolve")),
             qPrintable(dns.message()));

    t.name = QStringLiteral("closed");
    t.address = m_env.host;
    t.port = 1;
    s = std::make_unique<SshSession>(t, o, &m_log);
    const auto refused = test::await(s->exec(RemoteCommand::argv({QStringLiteral("true")})));
    QCOMPARE(refused.error().kind, SshError::Refused);
    QVERIFY2(refused.message().contains(QLatin1String("refused")) &&
                 refused.message().contains(QLatin1String("port 1")),
             qPrintable(refused.message()));
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
