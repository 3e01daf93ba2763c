#include "sftpjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sloop::ssh::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sftp", text);
}

// Read requests in flight × their size is the window that hides the round
// trip (OpenSSH's sftp keeps 64 × 32 KiB). Measured on loopback with
// sloop-bench-sftp: 128 KiB × 32 matched OpenSSH; 1 MiB or less in flight
// (128 KiB × 8) ran at half speed, and 252 KiB requests were slower too.
constexpr uint32_t kChunk = 128 * 1024;
constexpr size_t kInFlight = 32;

// Pipelined with libssh's async reads: many READ requests go out at once and
// the answers are written at their offsets into a temporary file next to the
// destination, renamed at the end (so the final name never holds a part).
class DownloadJob : public SftpJob
{
public:
    DownloadJob(QString host, QString remote, QString local)
        : m_host(std::move(host))
        , m_remote(std::move(remote))
        , m_local(std::move(local))
        , m_buffer(kChunk, Qt::Uninitialized)
    {
    }
    ~DownloadJob() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_committed && !m_temp.isEmpty())
            ::unlink(QFile::encodeName(m_temp).constData());
    }

    SshResult<SftpProgress> step(SshConnection &c, SftpChannel &ch,
                                 const CancelCheck &cancelled) override
    {
        const SshResult<sftp_session> sftp = ch.open(c, cancelled);
        if (!sftp)
            return sftp.error();
        if (!m_file) {
            const SshResult<void> begun = begin(c, ch, *sftp);
            if (!begun)
                return begun.error();
        } else if (*sftp != m_sftp) {
            return lost();
        }
        QElapsedTimer slice;
        slice.start();
        while (slice.elapsed() < kSliceMs) {
            if (cancelled())
                return SshError::make(SshError::Cancelled,
                                      tr("Download of %1 cancelled.").arg(m_remote));
            while (m_inflight.size() < kInFlight && m_next < m_size) {
                const uint32_t length = uint32_t(qMin<qint64>(kChunk, m_size - m_next));
                const SshResult<void> asked = request(c, ch, m_next, length);
                if (!asked)
                    return asked.error();
                m_next += length;
            }
            if (m_inflight.empty())
                break;
            const Request r = m_inflight.front();
            m_inflight.pop_front();
            const int n = sftp_async_read(m_file, m_buffer.data(), r.length, r.id);
            if (n < 0)
                return ch.fail(c, tr("download"), m_remote);
            if (n == 0)
                return SshError::make(
                    SshError::Protocol,
                    tr("%1 on %2 got shorter while it was downloaded.").arg(m_remote, m_host));
            const SshResult<void> written = writeAt(r.offset, n);
            if (!written)
                return written.error();
            if (uint32_t(n) < r.length) { // a short read: ask for the rest
                const SshResult<void> asked = request(c, ch, r.offset + n, r.length - uint32_t(n));
                if (!asked)
                    return asked.error();
            }
        }
        if (!m_inflight.empty() || m_next < m_size)
            return SftpProgress{m_done, m_size, false};
        return finish(c, ch);
    }

    void abort(SshConnection &c, SftpChannel &ch) override
    {
        if (m_file && ch.current(c) == m_sftp) {
            // Collect the answers still coming so they do not sit in
            // libssh's queue until the channel closes.
            while (!m_inflight.empty()) {
                const Request r = m_inflight.front();
                m_inflight.pop_front();
                if (sftp_async_read(m_file, m_buffer.data(), r.length, r.id) < 0)
                    break;
            }
            sftp_close(m_file);
        }
        m_file = nullptr;
        m_inflight.clear();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        if (!m_temp.isEmpty())
            ::unlink(QFile::encodeName(m_temp).constData());
        m_temp.clear();
    }

private:
    struct Request
    {
        uint32_t id;
        qint64 offset;
        uint32_t length;
    };

    SshError lost() const
    {
        return SshError::make(
            SshError::Network,
            tr("The connection to %1 was lost while downloading %2.").arg(m_host, m_remote));
    }

    SshResult<void> begin(SshConnection &c, SftpChannel &ch, sftp_session sftp)
    {
        m_file = sftp_open(sftp, m_remote.toUtf8().constData(), O_RDONLY, 0);
        if (!m_file)
            return ch.fail(c, tr("download"), m_remote);
        m_sftp = sftp;
        sftp_attributes a = sftp_fstat(m_file);
        if (!a)
            return ch.fail(c, tr("download"), m_remote);
        const bool directory = a->type == SSH_FILEXFER_TYPE_DIRECTORY;
        m_size = qint64(a->size);
        sftp_attributes_free(a);
        if (directory)
            return SshError::make(
                SshError::Protocol,
                tr("%1 on %2 is a folder; only files can be downloaded.").arg(m_remote, m_host));

        const QFileInfo target(m_local);
        const quint32 salt = QRandomGenerator::global()->generate();
        m_temp = target.absolutePath() + QStringLiteral("/.%1.%2.sloop-part")
                                             .arg(target.fileName())
                                             .arg(salt, 8, 16, QLatin1Char('0'));
        m_fd = ::open(QFile::encodeName(m_temp).constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (m_fd < 0) {
            const int err = errno;
            m_temp.clear();
            return localError(err, tr("create a file in"), target.absolutePath());
        }
        return {};
    }

    SshResult<void> request(SshConnection &c, SftpChannel &ch, qint64 offset, uint32_t length)
    {
        // libssh reads at the handle's offset (and moves it on short reads):
        // set it for each request, so ours are the only offsets that count.
        sftp_seek64(m_file, uint64_t(offset));
        const int id = sftp_async_read_begin(m_file, length);
        if (id < 0)
            return ch.fail(c, tr("download"), m_remote);
        m_inflight.push_back({uint32_t(id), offset, length});
        return {};
    }

    SshResult<void> writeAt(qint64 offset, int length)
    {
        const char *data = m_buffer.constData();
        while (length > 0) {
            const ssize_t w = ::pwrite(m_fd, data, size_t(length), offset);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return localError(errno, tr("write"), m_local);
            data += w;
            offset += w;
            length -= int(w);
            m_done += w;
        }
        return {};
    }

    SshResult<SftpProgress> finish(SshConnection &c, SftpChannel &ch)
    {
        const int closed = sftp_close(m_file);
        m_file = nullptr;
        if (closed != SSH_OK)
            return ch.fail(c, tr("download"), m_remote);
        struct stat st = {};
        if (::fstat(m_fd, &st) != 0 || st.st_size != m_size || m_done != m_size)
            return SshError::make(SshError::Protocol,
                                  tr("The download of %1 from %2 is incomplete: %3 of %4 bytes.")
                                      .arg(m_remote, m_host)
                                      .arg(qint64(st.st_size))
                                      .arg(m_size));
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0)
            return localError(errno, tr("write"), m_local);
        if (::rename(QFile::encodeName(m_temp).constData(),
                     QFile::encodeName(m_local).constData()) != 0)
            return localError(errno, tr("rename the download to"), m_local);
        m_committed = true;
        return SftpProgress{m_done, m_size, true};
    }

    QString m_host;
    QString m_remote;
    QString m_local;
    QString m_temp;
    QByteArray m_buffer;
    int m_fd = -1;
    sftp_session m_sftp = nullptr;
    sftp_file m_file = nullptr;
    qint64 m_size = 0;
    qint64 m_next = 0;
    qint64 m_done = 0;
    std::deque<Request> m_inflight;
    bool m_committed = false;
};

} // namespace

std::shared_ptr<SftpJob> makeDownloadJob(const QString &host, const QString &remote,
                                         const QString &local)
{
    return std::make_shared<DownloadJob>(host, remote, local);
}

SshError localError(int err, const QString &action, const QString &path)
{
    const QString why = QString::fromLocal8Bit(std::strerror(err));
    SshError::Kind kind = SshError::Protocol;
    if (err == ENOSPC || err == EDQUOT)
        kind = SshError::NoSpace;
    else if (err == EACCES || err == EPERM || err == EROFS)
        kind = SshError::PermissionDenied;
    else if (err == ENOENT || err == ENOTDIR)
        kind = SshError::NotFound;
    return SshError::make(kind, tr("Could not %1 %2 on this computer: %3").arg(action, path, why));
}

} // namespace sloop::ssh::detail
