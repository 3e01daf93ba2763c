// `sloop serve`, run as a process with private XDG folders: it starts, a
// second serve on the same data folder is refused and names the first's pid,
// the window's control plane leaves collecting to it, SIGTERM and SIGINT
// stop it with status 0 and free the lock, a SIGKILLed serve's lock is
// taken over, and the metrics of a host (the netns sshd sloop-ns3) it
// collected are in the store and survive a restart.
#include "../core/ssh/netnstestenv.h"
#include "../core/ssh/sshtestsession.h"
#include "cliprocess.h"
#include "controlplane/controlplane.h"
#include "controlplane/servelock.h"
#include "hosts/hostrepository.h"
#include "metrics/metricnames.h"
#include "metrics/metricstore.h"
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

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void servesRefusesSecondAndStops();
    void windowLeavesCollectingToServe();
    void takesOverLockOfKilledServe();
    void keepsHostMetricsAcrossRestarts();
    void refusesBadInterval();
    void help();

private:
    // Starts `sloop serve ARGS` and waits for its "serving" line.
    std::unique_ptr<QProcess> startServe(const QStringList &args = {});
    // Sends `signal` and waits for the exit; the status, -1 when it did not
    // end within `ms` or crashed.
    int stop(QProcess *serve, int signal, int ms = 5000);

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    QList<QPointer<QProcess>> m_running; // those still alive, killed in cleanup()
};

void TestCliServe::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_env = QProcessEnvironment::systemEnvironment();
}

void TestCliServe::cleanup()
{
    for (QProcess *p : std::as_const(m_running)) {
        if (p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_running.clear();
}

std::unique_ptr<QProcess> TestCliServe::startServe(const QStringList &args)
{
    auto serve = std::make_unique<QProcess>();
    serve->setProcessEnvironment(m_env);
    serve->setStandardInputFile(QProcess::nullDevice());
    serve->start(m_binary, QStringList{QStringLiteral("serve")} + args);
    m_running.append(serve.get());
    if (!serve->waitForStarted(10000))
        return nullptr;
    QByteArray err;
    QDeadlineTimer deadline(20000);
    while (!err.contains("serving the data folder") && !deadline.hasExpired() &&
           serve->state() == QProcess::Running) {
        serve->waitForReadyRead(200);
        err += serve->readAllStandardError();
    }
    if (!err.contains("serving the data folder")) {
        qWarning("serve did not start: %s", err.constData());
        return nullptr;
    }
    return serve;
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
    QCOMPARE(ServeLock::holder(), std::optional<qint64>(pid));

    const test::CliOutcome second = test::runCli(m_binary, {QStringLiteral("serve")}, m_env, 20000);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already serves") &&
                 second.err.contains(QByteArray(QByteArray("pid ") + QByteArray::number(pid))),
             qPrintable(describe(second)));

    QElapsedTimer t;
    t.start();
    QCOMPARE(stop(serve.get(), SIGTERM), 0);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    const QByteArray err = serve->readAllStandardError();
    QVERIFY2(err.contains("stopping (signal 15)") && err.contains("stopped"), err.constData());
    QCOMPARE(ServeLock::holder(), std::nullopt);

    // The lock is free: a new serve starts; Ctrl+C stops it the same way.
    auto again = startServe();
    QVERIFY(again);
    QCOMPARE(stop(again.get(), SIGINT), 0);
}

void TestCliServe::windowLeavesCollectingToServe()
{
    ControlPlane plane;
    QVERIFY(plane.openStore());
    plane.startCollecting(ControlPlane::CollectAs::Window);
    QVERIFY(plane.collecting());

    auto serve = startServe();
    QVERIFY(serve);
    // The window looks again every few seconds and hands over.
    QTRY_VERIFY_WITH_TIMEOUT(!plane.collecting(), ControlPlane::kServeWatchMs + 5000);
    QVERIFY2(plane.notCollectingReason().contains(QString::number(serve->processId())),
             qPrintable(plane.notCollectingReason()));

    QCOMPARE(stop(serve.get(), SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(plane.collecting(), ControlPlane::kServeWatchMs + 5000);
    plane.stopCollecting();
    QVERIFY(!plane.collecting());
}

void TestCliServe::takesOverLockOfKilledServe()
{
    auto serve = startServe();
    QVERIFY(serve);
    QCOMPARE(stop(serve.get(), SIGKILL), -1); // no clean stop: the lock file stays
    QVERIFY(QFile::exists(ServeLock::path()));
    auto next = startServe();
    QVERIFY2(next, "a dead serve's lock was not taken over");
    QCOMPARE(stop(next.get(), SIGTERM), 0);
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
    {
        store::Database db;
        QVERIFY(paths::ensureDir(paths::dataDir()));
        QVERIFY(db.open(paths::databaseFile()));
        hosts::HostRepository hosts(db);
        QVERIFY(
            hosts.add({0, QStringLiteral("served-ns3"), ns3.address, 22, env->user, env->key, {}}));
    }
    const QString target = QStringLiteral("host/served-ns3");

    auto serve = startServe({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(serve);
    // Appended once a second: the points show up in the file while it runs.
    QTRY_VERIFY_WITH_TIMEOUT(cpuTimes(target).size() >= 3, 30000);
    QCOMPARE(stop(serve.get(), SIGTERM), 0);
    const QList<qint64> first = cpuTimes(target);
    QVERIFY(first.size() >= 3);

    auto again = startServe({QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(cpuTimes(target).size() >= first.size() + 3, 30000);
    QCOMPARE(stop(again.get(), SIGTERM), 0);
    const QList<qint64> both = cpuTimes(target);
    QCOMPARE(both.first(), first.first()); // the first run's points are kept
    QVERIFY(both.last() > first.last());
    m_env = saved;
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
