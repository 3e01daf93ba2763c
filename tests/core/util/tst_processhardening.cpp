#include "util/processhardening.h"

#include <QFile>
#include <QTest>

#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sloop;

// Secrets stay out of core dumps and out of reach of other processes of the
// same user (issue 15, finding 8). Checked from outside: the kernel hands
// /proc/PID of a process that is not dumpable to root.
class TestProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anotherProcessOfTheSameUserCannotReadIt();
    void theOptOutKeepsTheDefault();

private:
    // A child running as `nobody` that hardens itself (or not) and waits;
    // returns who owns its /proc/PID/environ.
    static uid_t procOwnerOfChild(bool allowDumps, uid_t *childUid);
};

uid_t TestProcessHardening::procOwnerOfChild(bool allowDumps, uid_t *childUid)
{
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        return uid_t(-1);
    *childUid = nobody->pw_uid;
    int ready[2];
    if (::pipe(ready) != 0)
        return uid_t(-1);
    if (allowDumps)
        qputenv("SLOOP_ALLOW_CORE_DUMPS", "1");
    else
        qunsetenv("SLOOP_ALLOW_CORE_DUMPS");
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(ready[0]);
        if (::setresgid(nobody->pw_gid, nobody->pw_gid, nobody->pw_gid) != 0 ||
            ::setresuid(nobody->pw_uid, nobody->pw_uid, nobody->pw_uid) != 0)
            ::_exit(2);
        // Changing uid made it non-dumpable; a normal start is dumpable.
        ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        keepSecretsOutOfDumps();
        const char byte = 'r';
        (void)!::write(ready[1], &byte, 1);
        ::pause();
        ::_exit(0);
    }
    ::close(ready[1]);
    qunsetenv("SLOOP_ALLOW_CORE_DUMPS");
    char byte = 0;
    pollfd waitFor{ready[0], POLLIN, 0};
    const bool started = ::poll(&waitFor, 1, 20000) == 1 && ::read(ready[0], &byte, 1) == 1;
    ::close(ready[0]);
    struct stat st = {};
    const QByteArray environ = "/proc/" + QByteArray::number(pid) + "/environ";
    const bool seen = started && ::stat(environ.constData(), &st) == 0;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    return seen ? st.st_uid : uid_t(-1);
}

void TestProcessHardening::anotherProcessOfTheSameUserCannotReadIt()
{
    QVERIFY2(::geteuid() == 0,
             "this test runs its child as nobody: run it as root, as .ci/run does");
    uid_t nobody = 0;
    const uid_t owner = procOwnerOfChild(false, &nobody);
    QCOMPARE(owner, uid_t(0));
    QVERIFY(nobody != 0);
}

void TestProcessHardening::theOptOutKeepsTheDefault()
{
    QVERIFY2(::geteuid() == 0,
             "this test runs its child as nobody: run it as root, as .ci/run does");
    uid_t nobody = 0;
    const uid_t owner = procOwnerOfChild(true, &nobody);
    QVERIFY(nobody != 0);
    QCOMPARE(owner, nobody);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
