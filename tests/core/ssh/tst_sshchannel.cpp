#include "ssh/sshchannel.h"
#include "ssh/sshsession.h"
#include "sshtestenv.h"
#include "sshtestsession.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::ssh;

namespace {

// What a channel said, collected on the test's thread.
struct Recorder
{
    explicit Recorder(SshChannel *c)
    {
        QObject::connect(c, &SshChannel::opened, [this] { opened = true; });
        QObject::connect(c, &SshChannel::stdoutReceived, [this](const QByteArray &d) {
            if (out.isEmpty())
                firstOutMs = clock.elapsed();
            out += d;
        });
        QObject::connect(c, &SshChannel::stderrReceived, [this](const QByteArray &d) { err += d; });
        QObject::connect(c, &SshChannel::finished, [this](int s) {
            status = s;
            endedMs = clock.elapsed();
            ended = true;
        });
        QObject::connect(c, &SshChannel::failed, [this](const SshError &e) {
            error = e;
            endedMs = clock.elapsed();
            ended = true;
        });
        clock.start();
    }
    QElapsedTimer clock;
    bool opened = false;
    bool ended = false;
    QByteArray out, err;
    int status = -2;
    std::optional<SshError> error;
    qint64 firstOutMs = -1, endedMs = -1;
};

RemoteCommand sh(const QString &script)
{
    return RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"), script});
}

} // namespace

class TestSshChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamsOutputAsItArrives();
    void stdinAndEof();
    void shellOnAPty();
    void manyChannelsAndQueuedExecsShareOneSession();
    void slowConsumerStaysBounded();
    void signalStopsTheRemoteCommand();
    void channelFailsWhenTheSessionDrops();
    void unixSocketChannel();

private:
    std::unique_ptr<SshSession> session(SshOptions options = {})
    {
        return test::testSession(m_env, m_knownHosts, m_env.host, m_env.port, options);
    }
    test::SshTestEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

void TestSshChannel::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(test::writeKnownHosts(m_knownHosts, m_env.hostKey, {{m_env.host, m_env.port}}));
}

void TestSshChannel::streamsOutputAsItArrives()
{
    auto s = session();
    SshChannel *c = s->openExecStream(
        sh(QStringLiteral("echo first; echo oops >&2; sleep 2; echo second; exit 7")));
    Recorder r(c);
    QTRY_VERIFY_WITH_TIMEOUT(r.ended, 20000);
    QVERIFY(r.opened);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.out, QByteArray("first\nsecond\n"));
    QCOMPARE(r.err, QByteArray("oops\n"));
    QCOMPARE(r.status, 7);
    // The first line came while the command still slept.
    QVERIFY2(r.endedMs - r.firstOutMs >= 1500,
             qPrintable(
                 QStringLiteral("first at %1 ms, end at %2 ms").arg(r.firstOutMs).arg(r.endedMs)));
    delete c;
}

void TestSshChannel::stdinAndEof()
{
    auto s = session();
    SshChannel *c =
        s->openExecStream(RemoteCommand::argv({QStringLiteral("wc"), QStringLiteral("-c")}));
    Recorder r(c);
    QByteArray big(3 * 1024 * 1024 + 17, 'x'); // more than one window
    c->write(big);
    c->sendEof();
    QTRY_VERIFY_WITH_TIMEOUT(r.ended, 30000);
    QVERIFY(!r.error);
    QCOMPARE(r.out.trimmed(), QByteArray::number(big.size()));
    QCOMPARE(r.status, 0);
    delete c;
}

void TestSshChannel::shellOnAPty()
{
    auto s = session();
    PtyRequest pty;
    pty.cols = 101;
    pty.rows = 33;
    SshChannel *c = s->openShell(pty);
    Recorder r(c);
    QTRY_VERIFY_WITH_TIMEOUT(r.opened, 20000);
    c->write("stty size; echo \"T=$TERM\"\n");
    QTRY_VERIFY_WITH_TIMEOUT(r.out.contains("T=xterm-256color"), 10000);
    QVERIFY2(r.out.contains("33 101"), r.out.constData());
    c->resize(120, 40);
    c->write("stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(r.out.contains("40 120"), 10000);
    c->write("exit 3\n");
    QTRY_VERIFY_WITH_TIMEOUT(r.ended, 10000);
    QCOMPARE(r.status, 3);
    delete c;
}

void TestSshChannel::manyChannelsAndQueuedExecsShareOneSession()
{
    auto s = session();
    QList<SshChannel *> channels;
    std::vector<std::unique_ptr<Recorder>> recorders;
    for (int i = 0; i < 8; ++i) {
        // Four lines, then each stream waits for a line on its stdin.
        channels.append(s->openExecStream(sh(
            QStringLiteral("for i in 1 2 3 4; do echo %1-$i; done; read go; echo %1-5").arg(i))));
        recorders.push_back(std::make_unique<Recorder>(channels.last()));
    }
    for (auto &r : recorders)
        QTRY_VERIFY_WITH_TIMEOUT(r->out.count('\n') == 4, 20000);
    // Queued calls run while the channels are open: the streams end only
    // when told to, after these, so calls that waited for them never end.
    for (int i = 0; i < 5; ++i) {
        const auto r =
            test::await(s->exec(RemoteCommand::argv({QStringLiteral("echo"), QString::number(i)})));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->stdOut, QByteArray::number(i) + '\n');
    }
    for (auto &r : recorders)
        QVERIFY(!r->ended);
    for (SshChannel *c : std::as_const(channels))
        c->write("go\n");
    for (auto &r : recorders)
        QTRY_VERIFY_WITH_TIMEOUT(r->ended, 20000);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(recorders[i]->status, 0);
        QCOMPARE(recorders[i]->out.count('\n'), 5);
        QVERIFY(recorders[i]->out.startsWith(QByteArray(QByteArray::number(i) + "-1\n")));
    }
    QCOMPARE(s->connectCount(), 1);
    qDeleteAll(channels);
}

void TestSshChannel::slowConsumerStaysBounded()
{
    auto s = session();
    // 64 MiB of output; the consumer does not read while the test sleeps.
    SshChannel *c = s->openExecStream(sh(QStringLiteral("head -c 67108864 /dev/zero")));
    qint64 total = 0;
    bool ended = false;
    connect(c, &SshChannel::stdoutReceived, this, [&](const QByteArray &d) { total += d.size(); });
    connect(c, &SshChannel::finished, this, [&] { ended = true; });
    QTRY_VERIFY_WITH_TIMEOUT(total > 0, 20000);
    QThread::sleep(1); // the worker keeps going; nothing here reads
    QCoreApplication::processEvents();
    // At most the in-flight limit plus what one pass reads, beyond what we took.
    QVERIFY2(total < 8 * 1024 * 1024, qPrintable(QString::number(total)));
    QTRY_VERIFY_WITH_TIMEOUT(ended, 60000);
    QCOMPARE(total, qint64(67108864));
    delete c;
}

void TestSshChannel::signalStopsTheRemoteCommand()
{
    auto s = session();
    SshChannel *c = s->openExecStream(sh(QStringLiteral("echo ready; exec sleep 60")));
    Recorder r(c);
    QTRY_VERIFY_WITH_TIMEOUT(r.out.contains("ready"), 20000);
    c->sendSignal(QStringLiteral("TERM"));
    QTRY_VERIFY_WITH_TIMEOUT(r.ended, 10000);
    QVERIFY(!r.error);
    QCOMPARE(r.status, -1); // ended by a signal: no exit status
    delete c;
}

void TestSshChannel::channelFailsWhenTheSessionDrops()
{
    auto s = session();
    SshChannel *c = s->openExecStream(sh(QStringLiteral("echo up; sleep 60")));
    Recorder r(c);
    QTRY_VERIFY_WITH_TIMEOUT(r.out.contains("up"), 20000);
    test::await(s->disconnectHost());
    QTRY_VERIFY_WITH_TIMEOUT(r.ended, 5000);
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, SshError::Network);
    // The next call connects again.
    const auto again = test::await(s->exec(RemoteCommand::argv({QStringLiteral("true")})));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    delete c;
}

void TestSshChannel::unixSocketChannel()
{
    auto s = session();
    const QString path =
        QStringLiteral("/tmp/sloop-test-echo-%1.sock").arg(QCoreApplication::applicationPid());
    // A one-shot unix socket server on the host, run as the test user.
    SshChannel *server = s->openExecStream(RemoteCommand::argv(
        {QStringLiteral("python3"), QStringLiteral("-c"),
         QStringLiteral(
             "import socket,os,sys\n"
             "p=sys.argv[1]\n"
             "s=socket.socket(socket.AF_UNIX)\n"
             "s.bind(p); s.listen(1); print('listening', flush=True)\n"
             "c,_=s.accept(); d=c.recv(100); c.sendall(d.upper()); c.close(); os.unlink(p)\n"),
         path}));
    Recorder sr(server);
    QTRY_VERIFY_WITH_TIMEOUT(sr.out.contains("listening") || sr.ended, 20000);
    QVERIFY2(!sr.ended, sr.err.constData());
    SshChannel *c = s->openStreamLocal(path);
    Recorder r(c);
    c->write("hello");
    QTRY_VERIFY_WITH_TIMEOUT(r.ended, 10000);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.out, QByteArray("HELLO"));
    // A socket that is not there: a channel error, the session stays.
    SshChannel *missing = s->openStreamLocal(QStringLiteral("/nonexistent/sloop.sock"));
    Recorder mr(missing);
    QTRY_VERIFY_WITH_TIMEOUT(mr.ended, 10000);
    QVERIFY(mr.error);
    QCOMPARE(mr.error->kind, SshError::Channel);
    QVERIFY(test::await(s->exec(RemoteCommand::argv({QStringLiteral("true")}))).ok());
    QCOMPARE(s->connectCount(), 1);
    delete c;
    delete missing;
    delete server;
}

QTEST_GUILESS_MAIN(TestSshChannel)
#include "tst_sshchannel.moc"
