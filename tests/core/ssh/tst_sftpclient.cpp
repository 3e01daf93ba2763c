#include "ssh/sftpclient.h"
#include "ssh/sftptransfer.h"
#include "sshtestsession.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::ssh;

namespace {

QByteArray sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

bool writeRandomFile(const QString &file, qint64 bytes)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                              block.size() / 4);
        if (f.write(block.constData(), qMin<qint64>(left, block.size())) < 0)
            return false;
    }
    return true;
}

// Runs the transfer's event loop until finished(), or fails after `ms`.
SshResult<void> waitFor(SftpTransfer *t, int ms = 120000)
{
    QDeadlineTimer deadline(ms);
    while (!t->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!t->isFinished())
        return SshError::make(SshError::Timeout, QStringLiteral("transfer did not finish"));
    return t->result();
}

} // namespace

class TestSftpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsAFolderMadeByExec();
    void homeAndRealPath();
    void mkdirRenameRemove();
    void errorsNameThePath();
    void roundTrip100MiBWithChecksums();
    void cancelledDownloadLeavesNoFile();
    void cancelledUploadLeavesNoRemoteFile();
    void execQueuedDuringATransferRuns();
    void reopensAfterAReconnect();
    void transferOnAClosedSessionFinishesAfterTheCall();

private:
    QString remote(const QString &name) const { return remoteJoin(m_remoteDir, name); }
    ExecResult sh(const QString &script);
    QString makeBigRemoteFile(int mib);

    test::SshTestEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SftpClient> m_sftp;
    QString m_remoteDir;
};

ExecResult TestSftpClient::sh(const QString &script)
{
    const auto r = test::await(
        m_session->exec(RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"), script})));
    if (!r)
        qWarning() << r.message();
    return r ? *r : ExecResult{};
}

QString TestSftpClient::makeBigRemoteFile(int mib)
{
    const QString path = remote(QStringLiteral("big-%1").arg(mib));
    const ExecResult r =
        sh(QStringLiteral("test -f '%1' || head -c %2M /dev/urandom > '%1'").arg(path).arg(mib));
    return r.exitStatus == 0 ? path : QString();
}

void TestSftpClient::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    QVERIFY(m_dir.isValid());
    m_session = test::makeTestSession(m_env, m_dir.path());
    QVERIFY(m_session);
    m_sftp = std::make_unique<SftpClient>(m_session.get());
    const ExecResult made = sh(QStringLiteral("mktemp -d /tmp/sloop-sftp-test-XXXXXX"));
    QCOMPARE(made.exitStatus, 0);
    m_remoteDir = QString::fromUtf8(made.stdOut.trimmed());
    QVERIFY(m_remoteDir.startsWith(QLatin1String("/tmp/sloop-sftp-test-")));
}

void TestSftpClient::cleanupTestCase()
{
    if (m_session && !m_remoteDir.isEmpty())
        sh(QStringLiteral("rm -rf '%1'").arg(m_remoteDir));
    m_sftp.reset();
    m_session.reset();
}

void TestSftpClient::listsAFolderMadeByExec()
{
    const QString dir = remote(QStringLiteral("listing"));
    QCOMPARE(sh(QStringLiteral("mkdir -p '%1/sub' && cd '%1' && printf hello > a.txt && "
                               "chmod 640 a.txt && ln -s sub link && ln -s a.txt filelink")
                    .arg(dir))
                 .exitStatus,
             0);
    const auto r = test::await(m_sftp->list(dir));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QHash<QString, SftpEntry> byName;
    for (const SftpEntry &e : *r)
        byName.insert(e.name, e);
    QCOMPARE(byName.size(), 4);
    const SftpEntry file = byName.value(QStringLiteral("a.txt"));
    QCOMPARE(file.type, SftpEntry::Type::File);
    QCOMPARE(file.size, 5);
    QCOMPARE(file.permissions, 0640u);
    QCOMPARE(permissionString(file.permissions), QStringLiteral("rw-r-----"));
    QCOMPARE(file.owner, m_env.user);
    QCOMPARE(file.path, dir + QStringLiteral("/a.txt"));
    QVERIFY(qAbs(file.modified.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(byName.value(QStringLiteral("sub")).type, SftpEntry::Type::Directory);
    QVERIFY(byName.value(QStringLiteral("sub")).isDirectory());
    QCOMPARE(byName.value(QStringLiteral("link")).type, SftpEntry::Type::Symlink);
    QVERIFY(byName.value(QStringLiteral("link")).isDirectory());
    QVERIFY(!byName.value(QStringLiteral("filelink")).isDirectory());

    const auto st = test::await(m_sftp->stat(dir + QStringLiteral("/a.txt")));
    QVERIFY2(st.ok(), qPrintable(st.message()));
    QCOMPARE(st->size, 5);
    QCOMPARE(st->name, QStringLiteral("a.txt"));

    const auto empty = test::await(m_sftp->list(dir + QStringLiteral("/sub")));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestSftpClient::homeAndRealPath()
{
    const auto home = test::await(m_sftp->home());
    QVERIFY2(home.ok(), qPrintable(home.message()));
    QCOMPARE(*home, QStringLiteral("/home/") + m_env.user);
    const auto up = test::await(m_sftp->realPath(m_remoteDir + QStringLiteral("/..")));
    QVERIFY(up.ok());
    QCOMPARE(*up, QStringLiteral("/tmp"));
}

void TestSftpClient::mkdirRenameRemove()
{
    const QString made = remote(QStringLiteral("made"));
    QVERIFY(test::await(m_sftp->mkdir(made)).ok());
    const auto again = test::await(m_sftp->mkdir(made));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, SshError::Exists);
    QVERIFY2(again.message().contains(made), qPrintable(again.message()));

    const QString renamed = remote(QStringLiteral("renamed"));
    const auto moved = test::await(m_sftp->rename(made, renamed));
    QVERIFY2(moved.ok(), qPrintable(moved.message()));
    QCOMPARE(test::await(m_sftp->stat(renamed))->type, SftpEntry::Type::Directory);
    QCOMPARE(test::await(m_sftp->stat(made)).error().kind, SshError::NotFound);

    // A rename never replaces: the name taken is an error, not a loss.
    QCOMPARE(sh(QStringLiteral("mkdir '%1' && printf x > '%1/f' && printf y > '%2'")
                    .arg(renamed + QStringLiteral("/inner"), remote(QStringLiteral("taken"))))
                 .exitStatus,
             0);
    const auto taken = test::await(m_sftp->rename(renamed, remote(QStringLiteral("taken"))));
    QCOMPARE(taken.error().kind, SshError::Exists);

    const auto notEmpty = test::await(m_sftp->removeDir(renamed));
    QVERIFY(!notEmpty.ok());
    QVERIFY2(notEmpty.message().contains(renamed), qPrintable(notEmpty.message()));
    const auto gone = test::await(m_sftp->removeDir(renamed, SftpClient::Recursion::Recursive));
    QVERIFY2(gone.ok(), qPrintable(gone.message()));
    QCOMPARE(test::await(m_sftp->stat(renamed)).error().kind, SshError::NotFound);

    QVERIFY(test::await(m_sftp->removeFile(remote(QStringLiteral("taken")))).ok());
    QCOMPARE(sh(QStringLiteral("test -e '%1'").arg(remote(QStringLiteral("taken")))).exitStatus, 1);
}

void TestSftpClient::errorsNameThePath()
{
    const QString missing = remote(QStringLiteral("no-such-thing"));
    for (const auto &r : {test::await(m_sftp->list(missing)).error(),
                          test::await(m_sftp->removeFile(missing)).error(),
                          test::await(m_sftp->stat(missing)).error()}) {
        QCOMPARE(r.kind, SshError::NotFound);
        QVERIFY2(r.message.contains(missing), qPrintable(r.message));
    }
    const auto root = test::await(m_sftp->list(QStringLiteral("/root")));
    QCOMPARE(root.error().kind, SshError::PermissionDenied);
    QVERIFY2(root.message().contains(QLatin1String("/root")), qPrintable(root.message()));

    const QString local = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(writeRandomFile(local, 1000));
    std::unique_ptr<SftpTransfer> up(m_sftp->upload(local, QStringLiteral("/root/small")));
    const SshResult<void> denied = waitFor(up.get());
    QCOMPARE(denied.error().kind, SshError::PermissionDenied);
    QVERIFY2(denied.message().contains(QLatin1String("/root/small")), qPrintable(denied.message()));

    std::unique_ptr<SftpTransfer> down(
        m_sftp->download(missing, m_dir.filePath(QStringLiteral("never"))));
    QCOMPARE(waitFor(down.get()).error().kind, SshError::NotFound);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
}

void TestSftpClient::roundTrip100MiBWithChecksums()
{
    constexpr qint64 size = 100 * 1024 * 1024;
    const QString local = m_dir.filePath(QStringLiteral("random-100"));
    QVERIFY(writeRandomFile(local, size));
    const QByteArray sum = sha256Of(local);

    const QString target = remote(QStringLiteral("random-100"));
    std::unique_ptr<SftpTransfer> up(m_sftp->upload(local, target));
    QSignalSpy upProgress(up.get(), &SftpTransfer::progress);
    QElapsedTimer clock;
    clock.start();
    const SshResult<void> uploaded = waitFor(up.get());
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.message()));
    const qint64 upMs = clock.elapsed();
    QVERIFY(upProgress.size() >= 2);
    QCOMPARE(upProgress.last().at(0).toLongLong(), size);
    const ExecResult remoteSum = sh(QStringLiteral("sha256sum '%1'").arg(target));
    QCOMPARE(remoteSum.stdOut.split(' ').first(), sum);

    const QString back = m_dir.filePath(QStringLiteral("random-100.back"));
    clock.restart();
    std::unique_ptr<SftpTransfer> down(m_sftp->download(target, back));
    const SshResult<void> downloaded = waitFor(down.get());
    QVERIFY2(downloaded.ok(), qPrintable(downloaded.message()));
    const qint64 downMs = clock.elapsed();
    QCOMPARE(QFileInfo(back).size(), size);
    QCOMPARE(sha256Of(back), sum);
    qInfo("100 MiB: upload %.0f MB/s, download %.0f MB/s", size / 1e3 / qMax<qint64>(1, upMs),
          size / 1e3 / qMax<qint64>(1, downMs));
    QFile::remove(local);
    QFile::remove(back);
    sh(QStringLiteral("rm -f '%1'").arg(target));
}

void TestSftpClient::cancelledDownloadLeavesNoFile()
{
    const QString big = makeBigRemoteFile(300);
    QVERIFY(!big.isEmpty());
    QTemporaryDir into;
    const QString local = into.filePath(QStringLiteral("big"));
    std::unique_ptr<SftpTransfer> t(m_sftp->download(big, local));
    bool cancelledOnce = false;
    QElapsedTimer sinceCancel;
    connect(t.get(), &SftpTransfer::progress, t.get(), [&](qint64 done, qint64) {
        if (done > 0 && !cancelledOnce) {
            cancelledOnce = true;
            sinceCancel.start();
            t->cancel();
        }
    });
    const SshResult<void> r = waitFor(t.get());
    QVERIFY(cancelledOnce);
    QCOMPARE(r.error().kind, SshError::Cancelled);
    qInfo("cancelled after %lld ms", qint64(sinceCancel.elapsed()));
    QVERIFY(t->bytesDone() < t->bytesTotal());
    QVERIFY(!QFile::exists(local));
    QCOMPARE(QDir(into.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    // The session carries on.
    QVERIFY(test::await(m_sftp->stat(big)).ok());
}

void TestSftpClient::cancelledUploadLeavesNoRemoteFile()
{
    const QString local = m_dir.filePath(QStringLiteral("upload-cancel"));
    QVERIFY(writeRandomFile(local, 200 * 1024 * 1024));
    const QString dir = remote(QStringLiteral("cancel-up"));
    QVERIFY(test::await(m_sftp->mkdir(dir)).ok());
    std::unique_ptr<SftpTransfer> t(m_sftp->upload(local, remoteJoin(dir, QStringLiteral("f"))));
    connect(t.get(), &SftpTransfer::progress, t.get(), [&](qint64 done, qint64) {
        if (done > 0)
            t->cancel();
    });
    const SshResult<void> r = waitFor(t.get());
    QCOMPARE(r.error().kind, SshError::Cancelled);
    const auto listing = test::await(m_sftp->list(dir));
    QVERIFY(listing.ok());
    QVERIFY2(listing->isEmpty(),
             qPrintable(listing->isEmpty() ? QString() : listing->first().name));
    QFile::remove(local);
}

void TestSftpClient::execQueuedDuringATransferRuns()
{
    const QString big = makeBigRemoteFile(300);
    QVERIFY(!big.isEmpty());
    QTemporaryDir into;
    std::unique_ptr<SftpTransfer> t(m_sftp->download(big, into.filePath(QStringLiteral("big"))));
    QFuture<SshResult<ExecResult>> exec;
    qint64 doneWhenAsked = -1;
    connect(t.get(), &SftpTransfer::progress, t.get(), [&](qint64 done, qint64) {
        if (doneWhenAsked < 0 && done > 0) {
            doneWhenAsked = done;
            exec = m_session->exec(
                RemoteCommand::argv({QStringLiteral("echo"), QStringLiteral("hi")}));
        }
    });
    QDeadlineTimer deadline(60000);
    while (!(exec.isValid() && exec.isFinished()) && !t->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QVERIFY(exec.isValid());
    QVERIFY2(exec.isFinished() && !t->isFinished(), "the exec waited for the whole transfer");
    QVERIFY(exec.result().ok());
    QCOMPARE(exec.result()->stdOut, QByteArray("hi\n"));
    const SshResult<void> r = waitFor(t.get());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(QFileInfo(into.filePath(QStringLiteral("big"))).size(), 300 * 1024 * 1024);
}

void TestSftpClient::reopensAfterAReconnect()
{
    QVERIFY(test::await(m_sftp->list(m_remoteDir)).ok());
    QVERIFY(test::await(m_session->disconnectHost()).ok());
    const int before = m_session->connectCount();
    const auto r = test::await(m_sftp->list(m_remoteDir));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(m_session->connectCount(), before + 1);
}

// A caller connects to finished() after download() returns: a transfer that
// fails at once (here: the host's session is gone) must still tell it.
void TestSftpClient::transferOnAClosedSessionFinishesAfterTheCall()
{
    SshTarget target;
    target.name = QStringLiteral("closed");
    target.address = QStringLiteral("127.0.0.1");
    target.port = 1;
    auto session = std::make_unique<SshSession>(target, SshOptions{});
    SftpClient client(session.get());
    session.reset();
    std::unique_ptr<SftpTransfer> t(
        client.download(QStringLiteral("/etc/hostname"), m_dir.filePath(QStringLiteral("never"))));
    QVERIFY(!t->isFinished());
    QSignalSpy finished(t.get(), &SftpTransfer::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(t->result().error().kind, SshError::Network);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
}

QTEST_GUILESS_MAIN(TestSftpClient)
#include "tst_sftpclient.moc"
