#include "ssh/knownhosts.h"
#include "ssh/knownhostsfile.h"
#include "sshtestenv.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace sloop;
using namespace sloop::ssh;

// Editing a known_hosts file that OpenSSH writes too (issue 15, finding 8).
class TestKnownHostsFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFoldersAreOwnerOnly();
    void aNewFileIsOwnerOnlyAndAnOldOneKeepsItsMode();
    void forgettingKeepsEveryLineOpenSshAppendsMeanwhile();

private:
    static mode_t modeOf(const QString &path)
    {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
    }
};

void TestKnownHostsFile::missingFoldersAreOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("home")));
    ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("home"))).constData(), 0755);
    const QString file = dir.filePath(QStringLiteral("home/.ssh/sub/known_hosts"));
    QVERIFY(ensureKnownHostsFolder(file).ok());
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("home/.ssh"))), mode_t(0700));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("home/.ssh/sub"))), mode_t(0700));
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("home"))), mode_t(0755)); // not Sloop's
    QVERIFY(!QFileInfo::exists(file));
}

void TestKnownHostsFile::aNewFileIsOwnerOnlyAndAnOldOneKeepsItsMode()
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("made"));
    QVERIFY(editKnownHosts(made, [](const QByteArray &) {
                return QByteArray("web-1 ssh-ed25519 AAAA\n");
            }).ok());
    QCOMPARE(modeOf(made), mode_t(0600));

    const QString old = dir.filePath(QStringLiteral("old"));
    QFile f(old);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("web-1 ssh-ed25519 AAAA\nweb-2 ssh-ed25519 BBBB\n");
    f.close();
    ::chmod(QFile::encodeName(old).constData(), 0644);
    const auto forgot = forgetKnownHost(old, QStringLiteral("web-1"), 22);
    QVERIFY2(forgot.ok(), qPrintable(forgot.error()));
    QCOMPARE(*forgot, 1);
    QCOMPARE(modeOf(old), mode_t(0644));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("web-2 ssh-ed25519 BBBB\n"));
}

// OpenSSH (accept-new) appends a key for each of 24 aliases while Sloop
// forgets another host's key over and over: every key OpenSSH wrote is
// still there. The whole-file rewrite this replaced lost some of them.
void TestKnownHostsFile::forgettingKeepsEveryLineOpenSshAppendsMeanwhile()
{
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    QVERIFY2(test::sshdAnswers(env->host, env->port), "the loopback sshd does not answer");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("known_hosts"));
    QFile seed(file);
    QVERIFY(seed.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200; ++i)
        seed.write(QStringLiteral("other-%1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPadding%1\n")
                       .arg(i)
                       .toLatin1());
    seed.close();

    std::atomic<bool> done{false};
    std::atomic<int> edits{0};
    QString failure;
    std::thread forgetter([&] {
        for (int i = 0; !done; ++i) {
            // Each round forgets one seeded host, then files it again.
            const QString host = QStringLiteral("other-%1").arg(i % 200);
            const auto forgot = forgetKnownHost(file, host, 22);
            const VoidResult back = editKnownHosts(file, [&](const QByteArray &text) -> QByteArray {
                return text + host.toLatin1() + " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBack\n";
            });
            if (!forgot || !back) {
                failure = !forgot ? forgot.error() : back.error();
                return;
            }
            edits += 2;
        }
    });
    // Whatever check fails below, the thread ends before it is destroyed.
    const auto stop = qScopeGuard([&] {
        done = true;
        if (forgetter.joinable())
            forgetter.join();
    });
    constexpr int kAliases = 24;
    for (int i = 0; i < kAliases; ++i) {
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"),
                  {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                   QStringLiteral("UserKnownHostsFile=") + file, QStringLiteral("-o"),
                   QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                   QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-o"),
                   QStringLiteral("HostKeyAlias=alias-%1").arg(i), QStringLiteral("-o"),
                   QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                   QStringLiteral("PreferredAuthentications=none"), QStringLiteral("-p"),
                   QString::number(env->port), QStringLiteral("nobody@") + env->host,
                   QStringLiteral("true")});
        QVERIFY(ssh.waitForFinished(20000));
    }
    done = true;
    forgetter.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(edits > kAliases, qPrintable(QStringLiteral("only %1 edits").arg(edits.load())));
    for (int i = 0; i < kAliases; ++i) {
        const auto records = knownHostsRecords(file, QStringLiteral("alias-%1").arg(i), 22);
        QVERIFY(records.ok());
        QVERIFY2(!records->isEmpty(), qPrintable(QStringLiteral("OpenSSH's key for alias-%1 is "
                                                                "gone after %2 edits")
                                                     .arg(i)
                                                     .arg(edits.load())));
    }
    for (int i = 0; i < 200; ++i)
        QCOMPARE(knownHostsRecords(file, QStringLiteral("other-%1").arg(i), 22)->size(), 1);
}

QTEST_GUILESS_MAIN(TestKnownHostsFile)
#include "tst_knownhostsfile.moc"
