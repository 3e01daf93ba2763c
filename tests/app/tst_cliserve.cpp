// `sloop serve`, run as a process with private XDG folders: it starts, a
// second serve on the same data folder is refused and names the first's pid,
// a window's control plane and a serve share the data folder's one owner
// lease (whoever came first collects, the other takes over when it ends),
// SIGTERM and SIGINT stop it with status 0 and free the lease, a SIGKILLed
// serve's lease is taken over, and the metrics of a host (the netns sshd
// sloop-ns3) it collected are in the store and survive a restart.
#include "../core/ssh/netnstestenv.h"
#include "../core/ssh/sshtestsession.h"
#include "cliprocess.h"
#include "controlplane/controlplane.h"
#include "controlplane/ownerlease.h"
#include "hosts/hostrepository.h"
#include "metrics/metricnames.h"
#include "metrics/metricstore.h"
#include "sloopprocesses.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>

using namespace sloop;
using test::describe;

namespace {

std::optional<qint64> holderPid()
{
    const auto holder = OwnerLease::holder();
    return holder ? std::optional<qint64>(holder->pid) : std::nullopt;
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void servesRefusesSecondAndStops();
    void windowIsClientOfServe();
    void serveWaitsForWindow();
    void takesOverLockOfKilledServe();
    void keepsHostMetricsAcrossRestarts();
    void refusesBadInterval();
    void help();

private:
    // Starts `sloop serve ARGS` and waits for its "serving" line.
    QProcess *startServe(const QStringList &args = {})
    {
        return m_processes.startServe(args, &m_serveErr);
    }
    // Sends `signal` and waits for the exit; the status, -1 when it did not
    // end within `ms` or crashed.
    int stop(QProcess *serve, int signal, int ms = 30000);

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    test::SloopProcesses m_processes;
    QByteArray m_serveErr; // what the last startServe() read of stderr
};

void TestCliServe::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_processes.setup(m_binary, m_env);
}

void TestCliServe::cleanup()
{
    m_processes.killAll();
}

int TestCliServe::stop(QProcess *serve, int signal, int ms)
{
    ::kill(pid_t(serve->processId()), signal);
    if (!serve->waitForFinished(ms) || serve->exitStatus() != QProcess::NormalExit)
        return -1;
    return serve->exitCode();
}

void TestCliServe::servesRefusesSecondAndStops()
{
    auto serve = startServe({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(serve);
    const qint64 pid = serve->processId();
    QCOMPARE(holderPid(), std::optional<qint64>(pid));
    QCOMPARE(OwnerLease::holder()->role, std::optional(OwnerLease::Role::Server));

    const test::CliOutcome second = test::runCli(m_binary, {QStringLiteral("serve")}, m_env, 20000);
    QCOMPARE(second.exitCode, 4); // conflict
    QVERIFY2(second.err.contains("already serves") &&
                 second.err.contains(QByteArray(QByteArray("pid ") + QByteArray::number(pid))),
             qPrintable(describe(second)));

    // Stopping is waited for, not timed (issue 15: no durations in tests).
    QCOMPARE(stop(serve, SIGTERM), 0);
    const QByteArray err = serve->readAllStandardError();
    QVERIFY2(err.contains("stopping (signal 15)") && err.contains("stopped"), err.constData());
    QCOMPARE(holderPid(), std::nullopt);

    // The lock is free: a new serve starts; Ctrl+C stops it the same way.
    auto again = startServe();
    QVERIFY(again);
    QCOMPARE(stop(again, SIGINT), 0);
}

void TestCliServe::windowIsClientOfServe()
{
    auto serve = startServe();
    QVERIFY(serve);
    ControlPlane plane;
    QVERIFY(plane.openStore());
    plane.startCollecting(ControlPlane::CollectAs::Window);
    // The serve came first: the window shows what it stores.
    QVERIFY(!plane.collecting());
    QVERIFY(!plane.isOwner());
    QVERIFY2(plane.notCollectingReason().contains(QString::number(serve->processId())),
             qPrintable(plane.notCollectingReason()));

    // The window looks again every few seconds and takes over.
    QCOMPARE(stop(serve, SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(plane.collecting(), ControlPlane::kOwnerWatchMs + 5000);
    QVERIFY(plane.isOwner());
    QCOMPARE(holderPid(), std::optional<qint64>(QCoreApplication::applicationPid()));
    plane.stopCollecting();
    QVERIFY(!plane.collecting());
    QCOMPARE(holderPid(), std::nullopt);
}

void TestCliServe::serveWaitsForWindow()
{
    ControlPlane plane;
    QVERIFY(plane.openStore());
    plane.startCollecting(ControlPlane::CollectAs::Window);
    QVERIFY(plane.collecting());
    QVERIFY(plane.isOwner());

    // A serve started now is not refused: it waits, and the window goes on
    // collecting (never both).
    auto serve = startServe();
    QVERIFY(serve);
    QByteArray err = m_serveErr;
    QDeadlineTimer deadline(10000);
    while (!err.contains("owns this data folder") && !deadline.hasExpired()) {
        serve->waitForReadyRead(200);
        err += serve->readAllStandardError();
    }
    const QByteArray window =
        "the Sloop window (pid " + QByteArray::number(QCoreApplication::applicationPid()) + ")";
    QVERIFY2(err.contains(window), err.constData());
    QVERIFY(plane.collecting());

    // The window closes: the serve takes over within a few seconds.
    plane.stopCollecting();
    QTRY_COMPARE_WITH_TIMEOUT(holderPid(), std::optional<qint64>(serve->processId()),
                              ControlPlane::kOwnerWatchMs + 5000);
    // owner.json follows the lock by a moment: a reader may see the lock first.
    QTRY_VERIFY_WITH_TIMEOUT(
        OwnerLease::holder() && OwnerLease::holder()->role == OwnerLease::Role::Server, 2000);
    QCOMPARE(stop(serve, SIGTERM), 0);
}

void TestCliServe::takesOverLockOfKilledServe()
{
    auto serve = startServe();
    QVERIFY(serve);
    QCOMPARE(stop(serve, SIGKILL), -1); // no clean stop: the lock file stays
    QVERIFY(QFile::exists(OwnerLease::path()));
    auto next = startServe();
    QVERIFY2(next, "a dead serve's lock was not taken over");
    QCOMPARE(stop(next, SIGTERM), 0);
}

namespace {

// The cpu points of a target in the last hour, from the store a serve wrote.
QList<qint64> cpuTimes(const QString &target)
{
    store::Database db;
    if (!db.open(paths::databaseFile()))
        return {};
    metrics::MetricStore store(&db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto series = store.query({target, QString(metrics::names::kCpu), now - 3600 * 1000,
                                     now + 1000, metrics::Resolution::Raw});
    QList<qint64> times;
    if (series) {
        for (const metrics::SeriesPoint &p : series->points)
            times.append(p.timeMs);
    }
    return times;
}

} // namespace

void TestCliServe::keepsHostMetricsAcrossRestarts()
{
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    const auto netns = test::loadNetnsTestEnv({3});
    QVERIFY2(netns.ok(), qPrintable(netns.error()));
    const test::NetnsHost ns3 = netns->at(2);
    // The serve dials with the default options: ~/.ssh/known_hosts of a
    // private HOME, no agent.
    const QString home = m_xdg->path() + QStringLiteral("/home");
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.ssh")));
    QVERIFY(test::writeKnownHosts(home + QStringLiteral("/.ssh/known_hosts"), ns3.hostKey,
                                  {{ns3.address, 22}}));
    const QProcessEnvironment saved = m_env;
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    m_processes.setup(m_binary, m_env);
    {
        store::Database db;
        QVERIFY(paths::ensureDir(paths::dataDir()));
        QVERIFY(db.open(paths::databaseFile()));
        hosts::HostRepository hosts(db);
        QVERIFY(hosts.add({0,
                           QStringLiteral("served-ns3"),
                           ns3.address,
                           22,
                           env->user,
                           {env->key},
                           false,
                           {},
                           {}}));
    }
    const QString target = QStringLiteral("host/served-ns3");

    auto serve = startServe({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(serve);
    // Appended once a second: the points show up in the file while it runs.
    QTRY_VERIFY_WITH_TIMEOUT(cpuTimes(target).size() >= 3, 30000);
    QCOMPARE(stop(serve, SIGTERM), 0);
    const QList<qint64> first = cpuTimes(target);
    QVERIFY(first.size() >= 3);

    auto again = startServe({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(cpuTimes(target).size() >= first.size() + 3, 30000);
    QCOMPARE(stop(again, SIGTERM), 0);
    const QList<qint64> both = cpuTimes(target);
    QCOMPARE(both.first(), first.first()); // the first run's points are kept
    QVERIFY(both.last() > first.last());
    m_env = saved;
    m_processes.setup(m_binary, m_env);
}

void TestCliServe::refusesBadInterval()
{
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("61"), QStringLiteral("x")}) {
        const test::CliOutcome o = test::runCli(
            m_binary, {QStringLiteral("serve"), QStringLiteral("--interval"), bad}, m_env, 20000);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains("--interval"), qPrintable(describe(o)));
    }
    const test::CliOutcome extra =
        test::runCli(m_binary, {QStringLiteral("serve"), QStringLiteral("now")}, m_env, 20000);
    QCOMPARE(extra.exitCode, 2);
}

void TestCliServe::help()
{
    const test::CliOutcome o =
        test::runCli(m_binary, {QStringLiteral("help"), QStringLiteral("serve")}, m_env, 20000);
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains("sloop serve [--interval N]"));
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cliserve.moc"
