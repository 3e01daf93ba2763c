#include "sftppipelinedwriter.h"

#include <QCoreApplication>
#include <QtEndian>

#include <fcntl.h>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Sftp".
struct SftpText
{
    Q_DECLARE_TR_FUNCTIONS(Sftp)
};

constexpr quint8 kFxpWrite = 6;
constexpr quint8 kFxpStatus = 101;
constexpr quint32 kFxOk = 0;
constexpr quint32 kFxPermissionDenied = 3;
constexpr quint32 kFxFailure = 4;

void putU32(QByteArray &out, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 4);
}

void putU64(QByteArray &out, quint64 v)
{
    const quint64 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 8);
}

quint32 getU32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

} // namespace

SftpPipelinedWriter::~SftpPipelinedWriter()
{
    abandon();
}

SshResult<void> SftpPipelinedWriter::open(ssh_session session, const QByteArray &path, mode_t mode)
{
    m_path = path;
    m_sftp = sftp_new(session);
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        abandon();
        return SshError::make(SshError::Channel,
                              SftpText::tr("The server did not open another SFTP channel."));
    }
    m_file = sftp_open(m_sftp, path.constData(), O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (!m_file) {
        const int code = sftp_get_error(m_sftp);
        abandon();
        return failure(quint32(code), QByteArray());
    }
    return {};
}

SshResult<void> SftpPipelinedWriter::write(quint64 offset, const char *data, qsizetype size)
{
    while (m_pending.size() >= kMaxInFlight) {
        const SshResult<bool> answered = readAnswers(30000);
        if (!answered)
            return answered.error();
        if (!*answered)
            return SshError::make(SshError::Timeout,
                                  SftpText::tr("The server did not confirm writes to %1 for 30 s.")
                                      .arg(QString::fromUtf8(m_path)));
    }
    const quint32 id = m_nextId++;
    const int handleLength = int(ssh_string_len(m_file->handle));
    QByteArray packet;
    packet.reserve(4 + 1 + 4 + 4 + handleLength + 8 + 4 + 32);
    putU32(packet, quint32(1 + 4 + 4 + handleLength + 8 + 4 + size));
    packet.append(char(kFxpWrite));
    putU32(packet, id);
    putU32(packet, quint32(handleLength));
    packet.append(static_cast<const char *>(ssh_string_data(m_file->handle)), handleLength);
    putU64(packet, offset);
    putU32(packet, quint32(size));
    // Header and data as two writes: the data is not copied again.
    if (ssh_channel_write(m_sftp->channel, packet.constData(), uint32_t(packet.size())) !=
            int(packet.size()) ||
        ssh_channel_write(m_sftp->channel, data, uint32_t(size)) != int(size))
        return SshError::make(
            SshError::Network,
            SftpText::tr("The connection failed while writing %1.").arg(QString::fromUtf8(m_path)));
    m_pending.insert(id);
    return {};
}

SshResult<void> SftpPipelinedWriter::poll()
{
    const SshResult<bool> r = readAnswers(0);
    if (!r)
        return r.error();
    return {};
}

SshResult<bool> SftpPipelinedWriter::drain(int timeoutMs)
{
    while (!m_pending.isEmpty()) {
        const SshResult<bool> r = readAnswers(timeoutMs);
        if (!r)
            return r.error();
        if (!*r)
            return false;
    }
    return true;
}

// Parses every complete answer in the buffer; reads more (waiting up to
// timeoutMs once) when none is complete. True when one or more came.
SshResult<bool> SftpPipelinedWriter::readAnswers(int timeoutMs)
{
    bool waited = false;
    bool any = false;
    while (true) {
        while (m_in.size() >= 4) {
            const quint32 length = getU32(m_in.constData());
            if (length < 9 || length > 256 * 1024)
                return SshError::make(SshError::Protocol,
                                      SftpText::tr("The server sent a malformed SFTP answer."));
            if (m_in.size() < qsizetype(4 + length))
                break;
            const char *p = m_in.constData() + 4;
            const quint8 type = quint8(p[0]);
            const quint32 id = getU32(p + 1);
            if (type != kFxpStatus || !m_pending.remove(id))
                return SshError::make(SshError::Protocol,
                                      SftpText::tr("The server sent an unexpected SFTP answer."));
            const quint32 code = length >= 9 ? getU32(p + 5) : kFxFailure;
            QByteArray message;
            if (length >= 13) {
                const quint32 msgLength = getU32(p + 9);
                if (13 + msgLength <= length)
                    message = QByteArray(p + 13, msgLength);
            }
            m_in.remove(0, 4 + length);
            if (code != kFxOk)
                return failure(code, message);
            any = true;
        }
        if (any)
            return true;
        char buffer[16 * 1024];
        const int n =
            waited || timeoutMs <= 0
                ? ssh_channel_read_nonblocking(m_sftp->channel, buffer, sizeof buffer, 0)
                : ssh_channel_read_timeout(m_sftp->channel, buffer, sizeof buffer, 0, timeoutMs);
        if (n == SSH_ERROR || (n == 0 && ssh_channel_is_eof(m_sftp->channel)))
            return SshError::make(SshError::Network,
                                  SftpText::tr("The connection failed while writing %1.")
                                      .arg(QString::fromUtf8(m_path)));
        if (n <= 0) {
            if (waited || timeoutMs <= 0)
                return false;
            waited = true;
            continue;
        }
        m_in.append(buffer, n);
        waited = waited || timeoutMs > 0;
    }
}

SshError SftpPipelinedWriter::failure(quint32 code, const QByteArray &message) const
{
    const QString path = QString::fromUtf8(m_path);
    if (code == kFxPermissionDenied)
        return SshError::make(SshError::PermissionDenied,
                              SftpText::tr("Permission denied writing %1.").arg(path));
    if (code == kFxFailure) // what OpenSSH's server says for ENOSPC and EDQUOT
        return SshError::make(
            SshError::NoSpace,
            SftpText::tr("Writing %1 failed: the disk is full or over quota.").arg(path));
    return SshError::make(SshError::Protocol, SftpText::tr("Writing %1 failed (SFTP status %2): %3")
                                                  .arg(path)
                                                  .arg(code)
                                                  .arg(QString::fromUtf8(message)));
}

SshResult<void> SftpPipelinedWriter::close()
{
    const int closed = m_file ? sftp_close(m_file) : SSH_OK;
    m_file = nullptr;
    if (m_sftp)
        sftp_free(m_sftp);
    m_sftp = nullptr;
    if (closed != SSH_OK)
        return failure(kFxFailure, QByteArray());
    return {};
}

void SftpPipelinedWriter::abandon()
{
    // The answers still owed would confuse libssh's close: drop the
    // channel with the session instead of closing the file politely.
    if (m_file && m_pending.isEmpty())
        sftp_close(m_file);
    m_file = nullptr;
    if (m_sftp)
        sftp_free(m_sftp);
    m_sftp = nullptr;
    m_pending.clear();
}

} // namespace sloop::ssh::detail
