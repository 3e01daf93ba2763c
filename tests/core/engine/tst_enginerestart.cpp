#include "commandlog/commandlog.h"
#include "engine/dockerclient.h"
#include "engine/logfollower.h"
#include "http/streamtransport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

using namespace sloop;
using namespace sloop::engine;

// Issue 15's fault suite, the engine part: a dockerd of the test's own (its
// own data root, socket, containerd and network namespace, so the shared
// engine and the suites beside it are untouched) is killed with -9
// while Sloop follows a container's log, then started again. The follow
// ends with a reason, calls fail with a kind a person can act on while it
// is down (they return, they do not hang), no line is seen twice,
// and once the engine is back the same client reads it again: the
// container is there (stopped: the engine runs without live-restore, as
// Debian's does) and its log has every line up to the kill and beyond.
class TestEngineRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedMidLogFollowThenBack();

private:
    QString startDockerd();
    // Appends N of each "tick N" line the follower reads.
    void collectTicks(LogFollower &follower, QList<int> &ticks)
    {
        connect(&follower, &LogFollower::lines, this, [&ticks](const QList<LogLine> &lines) {
            for (const LogLine &l : lines)
                ticks.append(l.text.section(QLatin1Char(' '), 1).toInt());
        });
    }
    pid_t dockerdPid() const;
    bool answers();

    QTemporaryDir m_dir{QStringLiteral("/tmp/sloop-enginerestart-XXXXXX")};
    QString m_socket;
    CommandLog m_log;
    DockerClient *m_client = nullptr;
};

QString TestEngineRestart::startDockerd()
{
    const QString d = m_dir.path();
    // A clean environment: dockerd would keep the test's XDG_RUNTIME_DIR.
    // A network namespace of its own: its bridge and iptables rules are
    // its own. (--bridge none would delete the shared engine's docker0.)
    const QString command =
        QStringLiteral("nohup env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin unshare --net -- dockerd "
                       "--data-root %1/data --exec-root %1/exec --pidfile %1/pid --host unix://%2 "
                       "--storage-driver vfs >>%1/log 2>&1 &")
            .arg(d, m_socket);
    if (QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), command}) != 0)
        return QStringLiteral("cannot start dockerd");
    QDeadlineTimer deadline(60000);
    while (!answers()) {
        if (deadline.hasExpired()) {
            QFile log(d + QStringLiteral("/log"));
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("the test's dockerd did not answer: ") +
                   QString::fromLocal8Bit(log.readAll().right(2000));
        }
        QTest::qWait(200);
    }
    return {};
}

pid_t TestEngineRestart::dockerdPid() const
{
    QFile f(m_dir.filePath(QStringLiteral("pid")));
    return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toInt()) : 0;
}

bool TestEngineRestart::answers()
{
    return QProcess::execute(QStringLiteral("curl"),
                             {QStringLiteral("-fs"), QStringLiteral("--max-time"),
                              QStringLiteral("3"), QStringLiteral("-o"),
                              QStringLiteral("/dev/null"), QStringLiteral("--unix-socket"),
                              m_socket, QStringLiteral("http://engine/_ping")}) == 0;
}

void TestEngineRestart::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "this suite starts a dockerd of its own: run it as root");
    QVERIFY(m_dir.isValid());
    m_socket = m_dir.filePath(QStringLiteral("docker.sock"));
    const QString started = startDockerd();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // The test image, from the shared engine (no registry is reachable).
    const int loaded = QProcess::execute(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("docker save %1 | docker -H unix://%2 load -q")
                                   .arg(QLatin1String(test::kBusybox), m_socket)});
    QVERIFY2(loaded == 0, "cannot copy the test image into the test's dockerd "
                          "(run scripts/test-services.sh)");
    m_client =
        new DockerClient(QStringLiteral("faulty"),
                         std::make_shared<http::UnixSocketTransport>(m_socket), &m_log, this);
}

void TestEngineRestart::cleanupTestCase()
{
    if (answers())
        QProcess::execute(QStringLiteral("sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("docker -H unix://%1 rm -f $(docker -H unix://%1 ps -aq) "
                                          ">/dev/null 2>&1")
                               .arg(m_socket)});
    if (const pid_t pid = dockerdPid(); pid > 0) {
        ::kill(pid, SIGTERM);
        for (int i = 0; i < 150 && ::kill(pid, 0) == 0; ++i)
            QTest::qWait(200);
    }
    // dockerd leaves its data root bind-mounted on itself; some of the
    // image's files are read-only, which QTemporaryDir cannot remove.
    QProcess::execute(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "pkill -f '[c]ontainerd --config %1/exec'; grep -o ' %1/[^ ]*' /proc/mounts "
             "| sort -r | xargs -r -n1 umount -l; rm -rf %1/*; true")
             .arg(m_dir.path())});
}

void TestEngineRestart::killedMidLogFollowThenBack()
{
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("ticker"));
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("i=0; while :; do echo tick $i; i=$((i+1)); sleep 0.05; done")};
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(test::await(m_client->startContainer(*id)).ok());

    LogFollower follower(m_client, *id, false);
    QList<int> ticks;
    collectTicks(follower, ticks);
    QSignalSpy ended(&follower, &LogFollower::ended);
    follower.start({});
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 20, 20000);

    const pid_t pid = dockerdPid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, SIGKILL), 0);
    // The follow ends, and says why.
    QVERIFY2(ended.wait(30000) || !ended.isEmpty(), "the log follow did not end with its engine");
    const QString why = ended.first().first().toString();
    QVERIFY2(!why.isEmpty(), "a follow cut by a dead engine ended as if the container stopped");
    qInfo() << "the follow ended:" << why;
    // Every line came once, in order.
    for (qsizetype i = 1; i < ticks.size(); ++i)
        QCOMPARE(ticks.at(i), ticks.at(i - 1) + 1);
    const int lastSeen = ticks.last();

    // While it is down: a failure with a kind, not a hang (test::await
    // turns the event loop until the answer).
    for (int i = 0; i < 50 && ::kill(pid, 0) == 0; ++i)
        QTest::qWait(100);
    const auto down = test::await(m_client->listContainers(true));
    QVERIFY(!down.ok());
    QVERIFY2(down.kind() == ErrorKind::Unreachable, qPrintable(down.error()));
    qInfo() << "a list while it is down:" << down.error();

    // Back: the same client reads the same container and its whole log.
    const QString restarted = startDockerd();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QTRY_VERIFY_WITH_TIMEOUT(test::await(m_client->listContainers(true)).ok(), 30000);
    const auto details = test::await(m_client->inspectContainer(*id));
    QVERIFY2(details.ok(), qPrintable(details.error()));
    QCOMPARE(details->summary.state, QStringLiteral("exited"));
    LogFollower again(m_client, *id, false);
    QList<int> kept;
    collectTicks(again, kept);
    QSignalSpy keptEnded(&again, &LogFollower::ended);
    again.start({});
    QVERIFY(keptEnded.wait(20000) || !keptEnded.isEmpty()); // a stopped container's log ends
    QVERIFY2(
        kept.size() > lastSeen,
        qPrintable(QStringLiteral("%1 lines kept, %2 seen").arg(kept.size()).arg(lastSeen + 1)));
    for (qsizetype i = 0; i < kept.size(); ++i)
        QCOMPARE(kept.at(i), int(i));
    test::await(m_client->removeContainer(*id, true));
}

QTEST_GUILESS_MAIN(TestEngineRestart)
#include "tst_enginerestart.moc"
