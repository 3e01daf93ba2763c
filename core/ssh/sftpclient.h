#pragma once

#include "sftptypes.h"
#include "ssherror.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <memory>

namespace sloop::ssh {

class SshSession;
class SftpTransfer;
namespace detail {
class SftpChannel;
}

// SFTP on a host's one SshSession: every call is an item in that session's
// queue (runOnWorker), so listings, transfers and execs never use libssh
// from two threads, and one SFTP channel stays open on the worker (reopened
// after a reconnect). Futures finish on the worker: attach continuations
// with whenFinished (util/futures.h), which, unlike then(context, ...), never
// runs them inside the call when the worker was quicker than the caller.
//
// Transfers run in slices (one queue item each, ~50 ms of work), so an exec
// or a listing queued meanwhile waits at most one slice, and cancel acts
// within one.
//
// Thread-safety: create and call from the session's thread (the GUI's).
class SftpClient : public QObject
{
    Q_OBJECT
public:
    enum class Recursion
    {
        EmptyOnly,
        Recursive, // deletes the folder's contents first (symlinks are not followed)
    };

    explicit SftpClient(SshSession *session, QObject *parent = nullptr);
    ~SftpClient() override;

    SshSession *session() const;
    QString hostName() const;

    // The folder's entries without "." and "..", in the server's order.
    QFuture<SshResult<QList<SftpEntry>>> list(const QString &dir);
    QFuture<SshResult<SftpEntry>> stat(const QString &path);
    QFuture<SshResult<QString>> realPath(const QString &path);
    // The login folder (where SFTP starts).
    QFuture<SshResult<QString>> home() { return realPath(QStringLiteral(".")); }
    QFuture<SshResult<void>> mkdir(const QString &path, quint32 permissions = 0755);
    // Fails with Exists when `to` is taken (SFTP v3 renames never overwrite).
    QFuture<SshResult<void>> rename(const QString &from, const QString &to);
    QFuture<SshResult<void>> removeFile(const QString &path);
    QFuture<SshResult<void>> removeDir(const QString &path,
                                       Recursion recursion = Recursion::EmptyOnly);

    // Started transfers, owned by `parent` (or the caller: delete after
    // finished()). A download goes to a temporary file next to `localFile`
    // and is renamed at the end; an upload goes to a hidden temporary name
    // next to `remotePath` and replaces it at the end. Cancelled or failed,
    // neither leaves a partial file behind.
    SftpTransfer *upload(const QString &localFile, const QString &remotePath,
                         QObject *parent = nullptr);
    SftpTransfer *download(const QString &remotePath, const QString &localFile,
                           QObject *parent = nullptr);

private:
    QPointer<SshSession> m_session;
    std::shared_ptr<detail::SftpChannel> m_channel;
};

// The last component of a remote path, and a child path: remote paths are
// always '/'-separated, whatever the local system uses.
QString remoteFileName(const QString &path);
QString remoteParent(const QString &path);
QString remoteJoin(const QString &dir, const QString &name);

} // namespace sloop::ssh
