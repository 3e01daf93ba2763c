// `sloop serve`, run as a process with private XDG folders: it starts, a
// second serve on the same data folder is refused and names the first's pid,
// the window's control plane leaves collecting to it, SIGTERM and SIGINT
// stop it with status 0 and free the lock, and a SIGKILLed serve's lock is
// taken over.
#include "cliprocess.h"
#include "controlplane/controlplane.h"
#include "controlplane/servelock.h"
#include "testsupport.h"

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
