#include "sftpchannel.h"

#include "sshlogging.h"

#include <QCoreApplication>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Sftp".
struct SftpText
{
    Q_DECLARE_TR_FUNCTIONS(Sftp)
};

} // namespace

SftpChannel::SftpChannel(QString hostName)
    : m_host(std::move(hostName))
{
}

SftpChannel::~SftpChannel() = default;

bool SftpChannel::belongsTo(SshConnection &connection) const
{
    return m_sftp && connection.handle() == m_owner && connection.connectCount() == m_connectCount;
}

sftp_session SftpChannel::current(SshConnection &connection) const
{
    return belongsTo(connection) && connection.isConnected() ? m_sftp : nullptr;
}

void SftpChannel::close(SshConnection &connection)
{
    if (belongsTo(connection))
        sftp_free(m_sftp);
    m_sftp = nullptr;
    m_owner = nullptr;
}

SshResult<sftp_session> SftpChannel::open(SshConnection &connection, const CancelCheck &cancelled)
{
    if (m_sftp && !belongsTo(connection)) {
        qCInfo(lcSsh) << "SFTP channel to" << m_host << "went down with its session; reopening";
        m_sftp = nullptr; // freed with the old session's channels
    }
    if (m_sftp && (!connection.isConnected() || !ssh_channel_is_open(m_sftp->channel)))
        close(connection);
    if (m_sftp)
        return m_sftp;

    const SshResult<void> connected = connection.ensureConnected(cancelled);
    if (!connected)
        return connected.error();
    ssh_session session = connection.handle();
    sftp_session sftp = sftp_new(session);
    if (!sftp)
        return SshError::make(
            connection.isConnected() ? SshError::Channel : SshError::Network,
            SftpText::tr("%1 did not open an SFTP channel: %2").arg(m_host, lastError(session)));
    if (sftp_init(sftp) != SSH_OK) {
        const QString why = lastError(session);
        sftp_free(sftp);
        return SshError::make(
            SshError::Channel,
            SftpText::tr("%1 has no SFTP service (the server's sshd_config needs a "
                         "\"Subsystem sftp\" line): %2")
                .arg(m_host, why));
    }
    m_sftp = sftp;
    m_owner = session;
    m_connectCount = connection.connectCount();
    return m_sftp;
}

SshError SftpChannel::fail(SshConnection &connection, const QString &action, const QString &path)
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : SSH_FX_CONNECTION_LOST;
    const QString details = lastError(connection.handle());
    if (!connection.isConnected() || code == SSH_FX_CONNECTION_LOST ||
        code == SSH_FX_NO_CONNECTION) {
        // The session object still exists, so the channel can be freed now.
        close(connection);
        return SshError::make(SshError::Network,
                              SftpText::tr("The connection to %1 was lost (%2 %3): %4")
                                  .arg(m_host, action, path, details));
    }
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return SshError::make(SshError::NotFound,
                              SftpText::tr("No such file or folder on %1: %2").arg(m_host, path));
    case SSH_FX_PERMISSION_DENIED:
    case SSH_FX_WRITE_PROTECT:
        return SshError::make(
            SshError::PermissionDenied,
            SftpText::tr("Permission denied on %1 (%2 %3).").arg(m_host, action, path));
    case SSH_FX_FILE_ALREADY_EXISTS:
        return SshError::make(SshError::Exists,
                              SftpText::tr("%1 already exists on %2.").arg(path, m_host));
    case SSH_FX_OP_UNSUPPORTED:
        return SshError::make(
            SshError::Protocol,
            SftpText::tr("The SFTP server on %1 cannot %2 (%3).").arg(m_host, action, path));
    default:
        break;
    }
    return SshError::make(
        SshError::Protocol,
        SftpText::tr("Could not %1 %2 on %3: %4").arg(action, path, m_host, details));
}

} // namespace sloop::ssh::detail
