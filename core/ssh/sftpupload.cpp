#include "sftpclient.h"
#include "sftpjob.h"
#include "sftppipelinedwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Sftp".
struct SftpText
{
    Q_DECLARE_TR_FUNCTIONS(Sftp)
};

// Writes go out pipelined (SftpPipelinedWriter); large ones keep the
// per-request cost low. OpenSSH's server takes messages up to 256 KiB,
// minus the WRITE header.
constexpr size_t kWriteChunk = 255 * 1024;

// To a hidden temporary name next to the destination, renamed over it at
// the end: a cancelled upload removes its partial file and leaves an
// existing file of that name as it was.
class UploadJob : public SftpJob
{
public:
    UploadJob(QString host, QString local, QString remote)
        : m_host(std::move(host))
        , m_local(std::move(local))
        , m_remote(std::move(remote))
        , m_buffer(kWriteChunk, Qt::Uninitialized)
    {
    }
    ~UploadJob() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    SshResult<SftpProgress> step(SshConnection &c, SftpChannel &ch,
                                 const CancelCheck &cancelled) override
    {
        const SshResult<sftp_session> sftp = ch.open(c, cancelled);
        if (!sftp)
            return sftp.error();
        if (!m_writer) {
            const SshResult<void> begun = begin(c, ch, *sftp);
            if (!begun)
                return begun.error();
        } else if (*sftp != m_sftp) {
            return SshError::make(SshError::Network,
                                  SftpText::tr("The connection to %1 was lost while uploading %2.")
                                      .arg(m_host, m_remote));
        }
        QElapsedTimer slice;
        slice.start();
        while (m_done < m_size && slice.elapsed() < kSliceMs) {
            if (cancelled())
                return SshError::make(SshError::Cancelled,
                                      SftpText::tr("Upload of %1 cancelled.").arg(m_local));
            const size_t want = size_t(qMin<qint64>(kWriteChunk, m_size - m_done));
            const ssize_t n = ::pread(m_fd, m_buffer.data(), want, m_done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return localError(errno, SftpText::tr("read"), m_local);
            if (n == 0)
                return SshError::make(
                    SshError::Protocol,
                    SftpText::tr("%1 got shorter while it was uploaded.").arg(m_local));
            const SshResult<void> written = m_writer->write(m_done, m_buffer.constData(), n);
            if (!written)
                return named(written.error());
            m_done += n;
            if (const SshResult<void> answers = m_writer->poll(); !answers)
                return named(answers.error());
        }
        if (m_done < m_size)
            return SftpProgress{m_done, m_size, false};
        // Everything is sent; the last answers may take another slice.
        const SshResult<bool> drained = m_writer->drain(kSliceMs);
        if (!drained)
            return named(drained.error());
        if (!*drained)
            return SftpProgress{m_done, m_size, false};
        return finish(c, ch, *sftp);
    }

    void abort(SshConnection &c, SftpChannel &ch) override
    {
        if (m_writer)
            m_writer->abandon();
        m_writer.reset();
        sftp_session sftp = ch.current(c);
        if (sftp && sftp == m_sftp && !m_temp.isEmpty())
            sftp_unlink(sftp, m_temp.toUtf8().constData());
        m_temp.clear();
    }

private:
    SshResult<void> begin(SshConnection &c, SftpChannel &ch, sftp_session sftp)
    {
        m_fd = ::open(QFile::encodeName(m_local).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return localError(errno, SftpText::tr("open"), m_local);
        struct stat st = {};
        if (::fstat(m_fd, &st) != 0)
            return localError(errno, SftpText::tr("read"), m_local);
        if (!S_ISREG(st.st_mode))
            return SshError::make(
                SshError::Protocol,
                SftpText::tr("%1 is not a file; only files can be uploaded.").arg(m_local));
        m_size = st.st_size;

        // Into a folder, like scp: REMOTE may name the folder to put it in.
        if (sftp_attributes a = sftp_stat(sftp, m_remote.toUtf8().constData())) {
            const bool folder = a->type == SSH_FILEXFER_TYPE_DIRECTORY;
            sftp_attributes_free(a);
            if (folder)
                m_remote = remoteJoin(m_remote, QFileInfo(m_local).fileName());
        }
        m_temp = remoteJoin(remoteParent(m_remote),
                            QStringLiteral(".%1.sloop-part").arg(remoteFileName(m_remote)));
        m_writer = std::make_unique<SftpPipelinedWriter>();
        const SshResult<void> opened =
            m_writer->open(c.handle(), m_temp.toUtf8(), mode_t(st.st_mode & 0777));
        if (!opened) {
            m_writer.reset();
            SshError e = ch.fail(c, SftpText::tr("upload to"), m_remote);
            m_temp.clear();
            return e;
        }
        m_sftp = sftp;
        return {};
    }

    // The writer's errors name the temporary file: say the real one.
    SshError named(SshError e) const
    {
        e.message.replace(m_temp, m_remote);
        if (e.kind == SshError::NoSpace)
            e.message = SftpText::tr("Writing %1 on %2 failed: the disk is full or over quota.")
                            .arg(m_remote, m_host);
        return e;
    }

    SshResult<SftpProgress> finish(SshConnection &c, SftpChannel &ch, sftp_session sftp)
    {
        const SshResult<void> closed = m_writer->close();
        m_writer.reset();
        if (!closed)
            return named(closed.error());
        const QByteArray temp = m_temp.toUtf8();
        const QByteArray remote = m_remote.toUtf8();
        sftp_attributes written = sftp_stat(sftp, temp.constData());
        if (!written)
            return ch.fail(c, SftpText::tr("upload to"), m_remote);
        const qint64 size = qint64(written->size);
        sftp_attributes_free(written);
        if (size != m_size)
            return SshError::make(
                SshError::Protocol,
                SftpText::tr("The upload of %1 to %2 is incomplete: %3 of %4 bytes.")
                    .arg(m_local, m_host)
                    .arg(size)
                    .arg(m_size));
        // SFTP v3 renames never replace: the old file goes first (libssh
        // 0.10 has no posix-rename).
        if (sftp_attributes old = sftp_lstat(sftp, remote.constData())) {
            const bool folder = old->type == SSH_FILEXFER_TYPE_DIRECTORY;
            sftp_attributes_free(old);
            if (folder || sftp_unlink(sftp, remote.constData()) != SSH_OK)
                return folder ? SshError::make(
                                    SshError::Exists,
                                    SftpText::tr("%1 on %2 is a folder.").arg(m_remote, m_host))
                              : ch.fail(c, SftpText::tr("replace"), m_remote);
        }
        if (sftp_rename(sftp, temp.constData(), remote.constData()) != SSH_OK)
            return ch.fail(c, SftpText::tr("upload to"), m_remote);
        m_temp.clear();
        return SftpProgress{m_done, m_size, true};
    }

    QString m_host;
    QString m_local;
    QString m_remote;
    QString m_temp;
    QByteArray m_buffer;
    int m_fd = -1;
    sftp_session m_sftp = nullptr;
    std::unique_ptr<SftpPipelinedWriter> m_writer;
    qint64 m_size = 0;
    qint64 m_done = 0;
};

} // namespace

std::shared_ptr<SftpJob> makeUploadJob(const QString &host, const QString &local,
                                       const QString &remote)
{
    return std::make_shared<UploadJob>(host, local, remote);
}

} // namespace sloop::ssh::detail
