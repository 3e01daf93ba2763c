#include "sftpclient.h"

#include "sftpchannel.h"
#include "sftptransfer.h"
#include "sshsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>
#include <sys/stat.h>

namespace sloop::ssh {

namespace {

// Texts are looked up, and filed by lupdate, under "Sftp".
struct SftpText
{
    Q_DECLARE_TR_FUNCTIONS(Sftp)
};

struct AttributesDeleter
{
    void operator()(sftp_attributes a) const { sftp_attributes_free(a); }
};
using AttributesPtr = std::unique_ptr<sftp_attributes_struct, AttributesDeleter>;

SftpEntry toEntry(sftp_attributes a, const QString &path)
{
    SftpEntry e;
    e.path = path;
    e.name = a->name ? QString::fromUtf8(a->name) : remoteFileName(path);
    switch (a->type) {
    case SSH_FILEXFER_TYPE_REGULAR:
        e.type = SftpEntry::Type::File;
        break;
    case SSH_FILEXFER_TYPE_DIRECTORY:
        e.type = SftpEntry::Type::Directory;
        break;
    case SSH_FILEXFER_TYPE_SYMLINK:
        e.type = SftpEntry::Type::Symlink;
        break;
    default:
        e.type = SftpEntry::Type::Other;
    }
    e.size = qint64(a->size);
    e.permissions = a->permissions & 07777;
    if (a->flags & SSH_FILEXFER_ATTR_ACMODTIME)
        e.modified = QDateTime::fromSecsSinceEpoch(a->mtime, Qt::UTC);
    // libssh fills owner/group from the listing's "ls -l" line; stat has ids only.
    e.owner = a->owner ? QString::fromUtf8(a->owner) : QString::number(a->uid);
    e.group = a->group ? QString::fromUtf8(a->group) : QString::number(a->gid);
    return e;
}

using detail::CancelCheck;
using detail::SftpChannel;
using detail::SshConnection;

// The body of every one-shot call: the channel, then `op` on it; the command
// log gets "sftp <call>" with the outcome.
template <typename T, typename Op>
QFuture<SshResult<T>> run(SshSession *session, std::shared_ptr<SftpChannel> channel,
                          const QString &call, Op op)
{
    if (!session)
        return QtFuture::makeReadyFuture(SshResult<T>(
            SshError::make(SshError::Network, SftpText::tr("The host's session is closed."))));
    return session->runOnWorker<T>(
        [record = session->recorder(), channel, call,
         op](SshConnection &c, const CancelCheck &cancelled) -> SshResult<T> {
            QElapsedTimer clock;
            clock.start();
            const SshResult<sftp_session> sftp = channel->open(c, cancelled);
            SshResult<T> r = sftp ? op(c, *channel, *sftp, cancelled) : SshResult<T>(sftp.error());
            record(QStringLiteral("sftp ") + call, clock.elapsed(), r.ok(),
                   r.ok() ? SftpText::tr("ok") : r.message());
            return r;
        });
}

SshResult<void> removeTree(SshConnection &c, SftpChannel &ch, sftp_session sftp, const QString &dir,
                           const CancelCheck &cancelled, int depth)
{
    if (depth > 64)
        return SshError::make(
            SshError::Protocol,
            SftpText::tr("%1 on %2 is nested too deeply to delete.").arg(dir, ch.hostName()));
    const QByteArray encoded = dir.toUtf8();
    sftp_dir d = sftp_opendir(sftp, encoded.constData());
    if (!d)
        return ch.fail(c, SftpText::tr("open folder"), dir);
    QList<SftpEntry> children;
    while (sftp_attributes a = sftp_readdir(sftp, d)) {
        AttributesPtr owned(a);
        const QByteArray name(a->name);
        if (name != "." && name != "..")
            children << toEntry(a, remoteJoin(dir, QString::fromUtf8(name)));
    }
    const bool complete = sftp_dir_eof(d);
    sftp_closedir(d);
    if (!complete)
        return ch.fail(c, SftpText::tr("list"), dir);
    for (const SftpEntry &child : std::as_const(children)) {
        if (cancelled())
            return SshError::make(
                SshError::Cancelled,
                SftpText::tr("Deleting %1 was cancelled; part of it is gone.").arg(dir));
        if (child.type == SftpEntry::Type::Directory) {
            const SshResult<void> r = removeTree(c, ch, sftp, child.path, cancelled, depth + 1);
            if (!r)
                return r;
        } else if (sftp_unlink(sftp, child.path.toUtf8().constData()) != SSH_OK) {
            return ch.fail(c, SftpText::tr("delete"), child.path);
        }
    }
    if (sftp_rmdir(sftp, encoded.constData()) != SSH_OK)
        return ch.fail(c, SftpText::tr("delete folder"), dir);
    return {};
}

// SFTP v3 says only "failure" when a name is taken (mkdir, rename): a stat
// tells the person why.
SshError takenOrFail(SshConnection &c, SftpChannel &ch, sftp_session sftp, const QString &action,
                     const QString &path)
{
    SshError error = ch.fail(c, action, path);
    if (error.kind == SshError::Protocol) {
        AttributesPtr existing(sftp_lstat(sftp, path.toUtf8().constData()));
        if (existing)
            return SshError::make(
                SshError::Exists,
                SftpText::tr("%1 already exists on %2.").arg(path, ch.hostName()));
    }
    return error;
}

} // namespace

QString permissionString(quint32 p)
{
    QString s(9, QLatin1Char('-'));
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        if (p & (0400u >> i))
            s[i] = QLatin1Char(letters[i]);
    if (p & 04000)
        s[2] = (p & 0100) ? QLatin1Char('s') : QLatin1Char('S');
    if (p & 02000)
        s[5] = (p & 010) ? QLatin1Char('s') : QLatin1Char('S');
    if (p & 01000)
        s[8] = (p & 01) ? QLatin1Char('t') : QLatin1Char('T');
    return s;
}

QString remoteFileName(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
}

QString remoteParent(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : p.left(slash);
}

QString remoteJoin(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return name;
    if (dir.endsWith(QLatin1Char('/')))
        return dir + name;
    return dir + QLatin1Char('/') + name;
}

SftpClient::SftpClient(SshSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_channel(std::make_shared<detail::SftpChannel>(session ? session->target().name : QString()))
{
}

SftpClient::~SftpClient()
{
    // The channel is freed on the worker, in queue order, after the calls
    // already queued (which hold it too).
    if (m_session)
        m_session->runOnWorker<bool>(
            [channel = m_channel](SshConnection &c, const CancelCheck &) -> SshResult<bool> {
                channel->close(c);
                return true;
            });
}

SshSession *SftpClient::session() const
{
    return m_session;
}

QString SftpClient::hostName() const
{
    return m_channel->hostName();
}

QFuture<SshResult<QList<SftpEntry>>> SftpClient::list(const QString &dir)
{
    return run<QList<SftpEntry>>(
        m_session, m_channel, QStringLiteral("ls ") + dir,
        [dir](SshConnection &c, SftpChannel &ch, sftp_session sftp,
              const CancelCheck &cancelled) -> SshResult<QList<SftpEntry>> {
            const QByteArray encoded = dir.toUtf8();
            sftp_dir d = sftp_opendir(sftp, encoded.constData());
            if (!d)
                return ch.fail(c, SftpText::tr("list"), dir);
            QList<SftpEntry> entries;
            while (sftp_attributes a = sftp_readdir(sftp, d)) {
                AttributesPtr owned(a);
                const QByteArray name(a->name);
                if (name == "." || name == "..")
                    continue;
                entries << toEntry(a, remoteJoin(dir, QString::fromUtf8(name)));
                if (cancelled()) {
                    sftp_closedir(d);
                    return SshError::make(SshError::Cancelled,
                                          SftpText::tr("Listing was cancelled."));
                }
            }
            const bool complete = sftp_dir_eof(d);
            sftp_closedir(d);
            if (!complete)
                return ch.fail(c, SftpText::tr("list"), dir);
            // Symlinks to folders are entered like folders: one stat each.
            for (SftpEntry &e : entries) {
                if (e.type != SftpEntry::Type::Symlink)
                    continue;
                AttributesPtr target(sftp_stat(sftp, e.path.toUtf8().constData()));
                e.linksToDirectory = target && target->type == SSH_FILEXFER_TYPE_DIRECTORY;
            }
            return entries;
        });
}

QFuture<SshResult<SftpEntry>> SftpClient::stat(const QString &path)
{
    return run<SftpEntry>(m_session, m_channel, QStringLiteral("stat ") + path,
                          [path](SshConnection &c, SftpChannel &ch, sftp_session sftp,
                                 const CancelCheck &) -> SshResult<SftpEntry> {
                              AttributesPtr a(sftp_stat(sftp, path.toUtf8().constData()));
                              if (!a)
                                  return ch.fail(c, SftpText::tr("read"), path);
                              SftpEntry e = toEntry(a.get(), path);
                              e.name = remoteFileName(path);
                              return e;
                          });
}

QFuture<SshResult<QString>> SftpClient::realPath(const QString &path)
{
    return run<QString>(m_session, m_channel, QStringLiteral("realpath ") + path,
                        [path](SshConnection &c, SftpChannel &ch, sftp_session sftp,
                               const CancelCheck &) -> SshResult<QString> {
                            char *resolved =
                                sftp_canonicalize_path(sftp, path.toUtf8().constData());
                            if (!resolved)
                                return ch.fail(c, SftpText::tr("resolve"), path);
                            const QString out = QString::fromUtf8(resolved);
                            ssh_string_free_char(resolved);
                            return out;
                        });
}

QFuture<SshResult<void>> SftpClient::mkdir(const QString &path, quint32 permissions)
{
    return run<void>(m_session, m_channel, QStringLiteral("mkdir ") + path,
                     [path, permissions](SshConnection &c, SftpChannel &ch, sftp_session sftp,
                                         const CancelCheck &) -> SshResult<void> {
                         if (sftp_mkdir(sftp, path.toUtf8().constData(), mode_t(permissions)) !=
                             SSH_OK)
                             return takenOrFail(c, ch, sftp, SftpText::tr("create folder"), path);
                         return {};
                     });
}

QFuture<SshResult<void>> SftpClient::rename(const QString &from, const QString &to)
{
    return run<void>(
        m_session, m_channel, QStringLiteral("rename %1 %2").arg(from, to),
        [from, to](SshConnection &c, SftpChannel &ch, sftp_session sftp,
                   const CancelCheck &) -> SshResult<void> {
            if (sftp_rename(sftp, from.toUtf8().constData(), to.toUtf8().constData()) == SSH_OK)
                return {};
            AttributesPtr source(sftp_lstat(sftp, from.toUtf8().constData()));
            if (!source)
                return ch.fail(c, SftpText::tr("rename"), from);
            return takenOrFail(c, ch, sftp, SftpText::tr("rename to"), to);
        });
}

QFuture<SshResult<void>> SftpClient::removeFile(const QString &path)
{
    return run<void>(m_session, m_channel, QStringLiteral("rm ") + path,
                     [path](SshConnection &c, SftpChannel &ch, sftp_session sftp,
                            const CancelCheck &) -> SshResult<void> {
                         if (sftp_unlink(sftp, path.toUtf8().constData()) != SSH_OK)
                             return ch.fail(c, SftpText::tr("delete"), path);
                         return {};
                     });
}

QFuture<SshResult<void>> SftpClient::removeDir(const QString &path, Recursion recursion)
{
    const bool recursive = recursion == Recursion::Recursive;
    return run<void>(m_session, m_channel,
                     (recursive ? QStringLiteral("rm -r ") : QStringLiteral("rmdir ")) + path,
                     [path, recursive](SshConnection &c, SftpChannel &ch, sftp_session sftp,
                                       const CancelCheck &cancelled) -> SshResult<void> {
                         if (recursive)
                             return removeTree(c, ch, sftp, path, cancelled, 0);
                         if (sftp_rmdir(sftp, path.toUtf8().constData()) != SSH_OK) {
                             SshError e = ch.fail(c, SftpText::tr("delete folder"), path);
                             if (e.kind == SshError::Protocol)
                                 e.message =
                                     SftpText::tr("Could not delete the folder %1 on %2: it is "
                                                  "not empty, or not a folder.")
                                         .arg(path, ch.hostName());
                             return e;
                         }
                         return {};
                     });
}

SftpTransfer *SftpClient::upload(const QString &localFile, const QString &remotePath,
                                 QObject *parent)
{
    auto *t = new SftpTransfer(m_session, m_channel, SftpTransfer::Direction::Upload, localFile,
                               remotePath, parent);
    t->start();
    return t;
}

SftpTransfer *SftpClient::download(const QString &remotePath, const QString &localFile,
                                   QObject *parent)
{
    auto *t = new SftpTransfer(m_session, m_channel, SftpTransfer::Direction::Download, localFile,
                               remotePath, parent);
    t->start();
    return t;
}

} // namespace sloop::ssh
