// One owner per data folder, with real processes: the `sloop` window (on
// the offscreen platform), `sloop serve` and CLI invocations on one private
// data folder. The first window owns it and serves the admin API; a second
// window raises the first and ends; CLIs ask the owner; a serve waits; the
// owner killed with SIGKILL is replaced within a few seconds; and an alarm's
// command runs once, not once per process, across that handover.
#include "cliprocess.h"
#include "controlplane/adminapi.h"
#include "controlplane/adminsocket.h"
#include "controlplane/controlplane.h"
#include "controlplane/ownerlease.h"
#include "sloopprocesses.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QPointer>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>

using namespace sloop;
using test::describe;

class TestOwnership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void windowServeAndCliShareOneOwner();
    void alarmCommandRunsOnceAcrossHandover();
    void adminApiAnswersErrorsByKind();
    void adminFolderOfAnotherIsRefused();

private:
    QProcess *start(const QStringList &args) { return m_processes.start(args); }
    // Starts the window and waits until it owns the data folder.
    QProcess *startWindow();
    QProcess *startServe()
    {
        return m_processes.startServe({QStringLiteral("--interval"), QStringLiteral("1")});
    }
    static std::optional<OwnerLease::Holder> waitForOwner(qint64 pid, int ms);

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    test::SloopProcesses m_processes;
};

void TestOwnership::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_processes.setup(m_binary, m_env);
}

void TestOwnership::cleanup()
{
    m_processes.killAll();
}

std::optional<OwnerLease::Holder> TestOwnership::waitForOwner(qint64 pid, int ms)
{
    std::optional<OwnerLease::Holder> found;
    const bool owns = QTest::qWaitFor(
        [&] {
            found = OwnerLease::holder();
            return found && found->pid == pid && found->role && !found->adminSocket.isEmpty();
        },
        ms);
    return owns ? found : std::nullopt;
}

QProcess *TestOwnership::startWindow()
{
    auto window = start({});
    if (!window || !waitForOwner(window->processId(), 20000)) {
        if (window)
            qWarning("the window did not take the data folder: %s",
                     window->readAllStandardError().constData());
        return nullptr;
    }
    return window;
}

void TestOwnership::windowServeAndCliShareOneOwner()
{
    auto window = startWindow();
    QVERIFY(window);
    const qint64 windowPid = window->processId();
    QCOMPARE(OwnerLease::holder()->role, std::optional(OwnerLease::Role::Window));

    // The admin socket is private: 0600 in a 0700 folder.
    const QString socket = OwnerLease::holder()->adminSocket;
    QCOMPARE(QFileInfo(socket).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(socket).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);

    // A second window brings the first forward and ends.
    const test::CliOutcome second = test::runCli(m_binary, {}, m_env, 20000);
    QVERIFY2(second.exitCode == 0 && second.err.contains("already open"),
             qPrintable(describe(second)));
    QCOMPARE(OwnerLease::holder()->pid, windowPid);

    // Two CLIs at once: both ask the window.
    auto cliA = start({QStringLiteral("instances"), QStringLiteral("ls"), QStringLiteral("--json"),
                       QStringLiteral("--verbose")});
    auto cliB =
        start({QStringLiteral("instances"), QStringLiteral("ls"), QStringLiteral("--verbose")});
    QVERIFY(cliA && cliB);
    QVERIFY(cliA->waitForFinished(20000) && cliB->waitForFinished(20000));
    const QByteArray errA = cliA->readAllStandardError();
    QCOMPARE(cliA->exitCode(), 0);
    QCOMPARE(cliB->exitCode(), 0);
    QVERIFY2(errA.contains("asked the owner") && errA.contains(QByteArray::number(windowPid)),
             errA.constData());
    QVERIFY2(cliB->readAllStandardError().contains("asked the owner"),
             "the second CLI did not ask the owner");
    QVERIFY(QJsonDocument::fromJson(cliA->readAllStandardOutput()).isArray());

    // A serve waits while the window owns the folder.
    auto serve = startServe();
    QVERIFY(serve);
    QTest::qWait(ControlPlane::kOwnerWatchMs + 500);
    QCOMPARE(OwnerLease::holder()->pid, windowPid);

    // The window dies without a word: the serve takes over within seconds.
    QElapsedTimer handover;
    handover.start();
    ::kill(pid_t(windowPid), SIGKILL);
    QVERIFY(window->waitForFinished(5000));
    const auto next = waitForOwner(serve->processId(), ControlPlane::kOwnerWatchMs + 5000);
    QVERIFY2(next, "the serve did not take over");
    QCOMPARE(next->role, std::optional(OwnerLease::Role::Server));
    qInfo("handover after SIGKILL: %lld ms", handover.elapsed());

    const test::CliOutcome ls = test::runCli(
        m_binary, {QStringLiteral("instances"), QStringLiteral("ls"), QStringLiteral("--verbose")},
        m_env, 20000);
    QVERIFY2(ls.exitCode == 0 && ls.err.contains("sloop serve"), qPrintable(describe(ls)));

    // A window started now is the serve's client: it opens, and owns nothing.
    auto client = start({});
    QVERIFY(client);
    // Nothing to wait for but time: it must still not own the folder after
    // looking for it more than once.
    QTest::qWait(ControlPlane::kOwnerWatchMs * 3 / 2);
    QCOMPARE(client->state(), QProcess::Running);
    QCOMPARE(OwnerLease::holder()->pid, serve->processId());
    ::kill(pid_t(serve->processId()), SIGTERM);
    QVERIFY(serve->waitForFinished(10000));
    QCOMPARE(serve->exitCode(), 0);
    // ... and takes over when the serve stops.
    QVERIFY(waitForOwner(client->processId(), ControlPlane::kOwnerWatchMs + 5000));
}

void TestOwnership::alarmCommandRunsOnceAcrossHandover()
{
    // Missing data counts as breaching, so the alarm goes to ALARM at the
    // first evaluation, with no metric needed; its command appends a line.
    const QString marks = m_xdg->path() + QStringLiteral("/alarm-runs.txt");
    const auto addAlarm = [this](const QString &name, const QString &command) {
        return test::runCli(
            m_binary,
            {QStringLiteral("alarms"), QStringLiteral("add"), name, QStringLiteral("--target"),
             QStringLiteral("host/nowhere"), QStringLiteral("--metric"), QStringLiteral("cpu"),
             QStringLiteral("--threshold"), QStringLiteral("50"), QStringLiteral("--period"),
             QStringLiteral("60"), QStringLiteral("--missing"), QStringLiteral("breaching"),
             QStringLiteral("--command"), command},
            m_env, 20000);
    };
    const test::CliOutcome added =
        addAlarm(QStringLiteral("once"),
                 QStringLiteral("echo \"$SLOOP_ALARM_STATE $$\" >> '%1'").arg(marks));
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));

    auto window = startWindow();
    QVERIFY(window);
    auto serve = startServe();
    QVERIFY(serve);
    const auto lines = [&marks] {
        QFile f(marks);
        if (!f.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        return f.readAll().trimmed().split('\n');
    };
    QTRY_VERIFY_WITH_TIMEOUT(!lines().isEmpty() && !lines().first().isEmpty(), 90000);
    QVERIFY2(lines().first().startsWith("ALARM"), lines().first().constData());

    ::kill(pid_t(window->processId()), SIGKILL);
    QVERIFY(window->waitForFinished(5000));
    QVERIFY(waitForOwner(serve->processId(), ControlPlane::kOwnerWatchMs + 5000));
    // The new owner evaluates every alarm at once, then every 10 s
    // (AlarmService); the state it finds is ALARM already, so nothing runs
    // again. Rather than wait out a "nothing happened", a second alarm added
    // now runs its command in a later round of the new owner than its first:
    // once that line is there, the first round is long done.
    const test::CliOutcome canary =
        addAlarm(QStringLiteral("canary"), QStringLiteral("echo canary >> '%1'").arg(marks));
    QVERIFY2(canary.exitCode == 0, qPrintable(describe(canary)));
    QTRY_VERIFY_WITH_TIMEOUT(lines().contains("canary"), 60000);
    QCOMPARE(lines().size(), 2);
    QVERIFY2(lines().first().startsWith("ALARM"), lines().first().constData());
    const test::CliOutcome history = test::runCli(
        m_binary, {QStringLiteral("alarms"), QStringLiteral("history"), QStringLiteral("--json")},
        m_env, 20000);
    QVERIFY2(history.exitCode == 0, qPrintable(describe(history)));
    int toAlarm = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(history.out).array())
        toAlarm += v.toObject().value(QLatin1String("alarm")).toString() == QLatin1String("once") &&
                   v.toObject().value(QLatin1String("to")).toString() == QLatin1String("ALARM");
    QCOMPARE(toAlarm, 1);
}

void TestOwnership::adminApiAnswersErrorsByKind()
{
    auto serve = startServe();
    QVERIFY(serve);
    const auto owner = waitForOwner(serve->processId(), 10000);
    QVERIFY(owner);
    const auto who = adminRequest(owner->adminSocket, "GET", "/v1/owner");
    QVERIFY2(who.ok(), qPrintable(who.error()));
    QCOMPARE(who->status, 200);
    QCOMPARE(QJsonDocument::fromJson(who->body).object().value(QLatin1String("role")).toString(),
             QStringLiteral("serve"));
    const auto missing = adminRequest(owner->adminSocket, "GET", "/v1/nothing");
    QCOMPARE(missing->status, 404);
    QCOMPARE(
        QJsonDocument::fromJson(missing->body).object().value(QLatin1String("kind")).toString(),
        QStringLiteral("not_found"));
    QCOMPARE(adminRequest(owner->adminSocket, "DELETE", "/v1/instances")->status, 405);
    // A serve has no window to raise.
    QCOMPARE(adminRequest(owner->adminSocket, "POST", "/v1/window/raise")->status, 409);
    // Garbage gets 400 and a closed connection, and the server lives on.
    QLocalSocket raw;
    raw.connectToServer(owner->adminSocket);
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(
        raw.bytesAvailable() > 0 || raw.state() != QLocalSocket::ConnectedState, 5000);
    QVERIFY(raw.readAll().startsWith("HTTP/1.1 400 "));
    QCOMPARE(adminRequest(owner->adminSocket, "GET", "/v1/owner")->status, 200);
}

void TestOwnership::adminFolderOfAnotherIsRefused()
{
    // Another user's folder (here: nobody's) where ours should be is never used.
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/runtime");
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chown(QFile::encodeName(folder).constData(), 65534, 65534), 0);
    const VoidResult refused = paths::ensurePrivateFolder(folder);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.kind(), ErrorKind::Refused);
    QVERIFY2(refused.error().contains(QLatin1String("another user")), qPrintable(refused.error()));
    // A link, even to a folder of ours, is refused too.
    const QString mine = dir.path() + QStringLiteral("/mine");
    QVERIFY(QDir().mkpath(mine));
    const QString link = dir.path() + QStringLiteral("/link");
    QVERIFY(QFile::link(mine, link));
    QCOMPARE(paths::ensurePrivateFolder(link).kind(), ErrorKind::Refused);
    // Ours, but open to others: made private.
    QVERIFY(QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::ExeOther));
    QVERIFY(paths::ensurePrivateFolder(mine).ok());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(mine).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
}

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
