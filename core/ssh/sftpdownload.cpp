#include "sftpjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Sftp".
struct SftpText
{
    Q_DECLARE_TR_FUNCTIONS(Sftp)
};

// Read requests in flight × their size is the window that hides the round
// trip (OpenSSH's sftp keeps 64 × 32 KiB). Measured on loopback with
// sloop-bench-sftp: 128 KiB × 32 matched OpenSSH; 1 MiB or less in flight
// (128 KiB × 8) ran at half speed, and 252 KiB requests were slower too.
constexpr uint32_t kChunk = 128 * 1024;
constexpr size_t kInFlight = 32;
// Received chunks waiting for the disk. Bounded, so a slow disk slows the
// download instead of filling memory; 8 MiB rides out writeback stalls.
constexpr size_t kQueuedChunks = 64;

// Writes the received chunks on a thread of its own. With the pwrite on the
// worker, every moment the disk throttled it (dirty-page writeback once a
// few GiB are in the page cache) was a moment nobody read the socket: libssh
// keeps about 1.3 MB of channel window, so the server stopped sending too,
// and the two costs added up (half of OpenSSH's speed, whose sftp process
// writes while its ssh process keeps reading).
class LocalWriter
{
public:
    explicit LocalWriter(int fd)
        : m_fd(fd)
        , m_thread([this] { run(); })
    {
        m_free.reserve(kQueuedChunks);
    }
    ~LocalWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_queue.clear(); // an abort: what is not written yet never will be
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // An empty buffer of kChunk bytes to read into; waits while the queue
    // is full.
    QByteArray take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kQueuedChunks || m_error; });
        if (!m_free.empty()) {
            QByteArray b = std::move(m_free.back());
            m_free.pop_back();
            return b;
        }
        lock.unlock();
        return QByteArray(kChunk, Qt::Uninitialized);
    }
    // Queues the first `length` bytes of `buffer` for `offset`; false (with
    // errno's value in error()) once a write failed.
    bool put(QByteArray buffer, qint64 offset, int length)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_error)
                return false;
            m_queue.push_back({std::move(buffer), offset, length});
        }
        m_changed.notify_all();
        return true;
    }
    // Waits until everything queued is on its way to the disk (written to
    // the page cache); false after a failed write.
    bool drain()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return (m_queue.empty() && !m_writing) || m_error; });
        return !m_error;
    }
    int error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    struct Chunk
    {
        QByteArray data;
        qint64 offset;
        int length;
    };

    void run()
    {
        std::unique_lock lock(m_mutex);
        while (true) {
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            Chunk c = std::move(m_queue.front());
            m_queue.pop_front();
            m_writing = true;
            lock.unlock();
            const int err = writeAll(c);
            lock.lock();
            m_writing = false;
            if (err && !m_error)
                m_error = err;
            if (m_free.size() < kQueuedChunks)
                m_free.push_back(std::move(c.data));
            m_changed.notify_all();
        }
    }

    int writeAll(const Chunk &c) const
    {
        const char *data = c.data.constData();
        qint64 offset = c.offset;
        int length = c.length;
        while (length > 0) {
            const ssize_t w = ::pwrite(m_fd, data, size_t(length), offset);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return w < 0 ? errno : EIO;
            data += w;
            offset += w;
            length -= int(w);
        }
        return 0;
    }

    const int m_fd;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    std::vector<QByteArray> m_free;
    int m_error = 0;
    bool m_writing = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

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
        m_writer.reset(); // before its file descriptor closes
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
                                      SftpText::tr("Download of %1 cancelled.").arg(m_remote));
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
            QByteArray buffer = m_writer->take();
            const int n = sftp_async_read(m_file, buffer.data(), r.length, r.id);
            if (n < 0)
                return ch.fail(c, SftpText::tr("download"), m_remote);
            if (n == 0)
                return SshError::make(SshError::Protocol,
                                      SftpText::tr("%1 on %2 got shorter while it was downloaded.")
                                          .arg(m_remote, m_host));
            if (!m_writer->put(std::move(buffer), r.offset, n))
                return localError(m_writer->error(), SftpText::tr("write"), m_local);
            m_done += n;
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
        m_writer.reset();
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
        return SshError::make(SshError::Network,
                              SftpText::tr("The connection to %1 was lost while downloading %2.")
                                  .arg(m_host, m_remote));
    }

    SshResult<void> begin(SshConnection &c, SftpChannel &ch, sftp_session sftp)
    {
        m_file = sftp_open(sftp, m_remote.toUtf8().constData(), O_RDONLY, 0);
        if (!m_file)
            return ch.fail(c, SftpText::tr("download"), m_remote);
        m_sftp = sftp;
        sftp_attributes a = sftp_fstat(m_file);
        if (!a)
            return ch.fail(c, SftpText::tr("download"), m_remote);
        const bool directory = a->type == SSH_FILEXFER_TYPE_DIRECTORY;
        m_size = qint64(a->size);
        sftp_attributes_free(a);
        if (directory)
            return SshError::make(
                SshError::Protocol,
                SftpText::tr("%1 on %2 is a folder; only files can be downloaded.")
                    .arg(m_remote, m_host));

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
            return localError(err, SftpText::tr("create a file in"), target.absolutePath());
        }
        m_writer = std::make_unique<LocalWriter>(m_fd);
        return {};
    }

    SshResult<void> request(SshConnection &c, SftpChannel &ch, qint64 offset, uint32_t length)
    {
        // libssh reads at the handle's offset (and moves it on short reads):
        // set it for each request, so ours are the only offsets that count.
        sftp_seek64(m_file, uint64_t(offset));
        const int id = sftp_async_read_begin(m_file, length);
        if (id < 0)
            return ch.fail(c, SftpText::tr("download"), m_remote);
        m_inflight.push_back({uint32_t(id), offset, length});
        return {};
    }

    SshResult<SftpProgress> finish(SshConnection &c, SftpChannel &ch)
    {
        const int closed = sftp_close(m_file);
        m_file = nullptr;
        if (closed != SSH_OK)
            return ch.fail(c, SftpText::tr("download"), m_remote);
        if (!m_writer->drain())
            return localError(m_writer->error(), SftpText::tr("write"), m_local);
        m_writer.reset();
        struct stat st = {};
        if (::fstat(m_fd, &st) != 0 || st.st_size != m_size || m_done != m_size)
            return SshError::make(
                SshError::Protocol,
                SftpText::tr("The download of %1 from %2 is incomplete: %3 of %4 bytes.")
                    .arg(m_remote, m_host)
                    .arg(qint64(st.st_size))
                    .arg(m_size));
        const int fd = m_fd;
        m_fd = -1;
        // On disk before it takes the final name: a crash right after the
        // rename must not leave a complete-looking file of zeros (issue 15).
        if (::fsync(fd) != 0) {
            const int error = errno;
            ::close(fd);
            return localError(error, SftpText::tr("write"), m_local);
        }
        if (::close(fd) != 0)
            return localError(errno, SftpText::tr("write"), m_local);
        if (::rename(QFile::encodeName(m_temp).constData(),
                     QFile::encodeName(m_local).constData()) != 0)
            return localError(errno, SftpText::tr("rename the download to"), m_local);
        // And the new name itself.
        const int dir = ::open(QFile::encodeName(QFileInfo(m_local).absolutePath()).constData(),
                               O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
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
    std::unique_ptr<LocalWriter> m_writer; // while m_fd is open
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
    return SshError::make(
        kind, SftpText::tr("Could not %1 %2 on this computer: %3").arg(action, path, why));
}

} // namespace sloop::ssh::detail
