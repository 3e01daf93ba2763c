#pragma once

#include "sshconnection.h"

#include <libssh/sftp.h>

namespace sloop::ssh::detail {

// The one SFTP subsystem channel an SftpClient keeps open on its session's
// worker. Worker thread only, like the SshConnection it lives on.
//
// After a reconnect the old channel went down with the old libssh session
// (ssh_free frees its channels), so sftp_free on it would touch freed memory:
// a stale channel is dropped without freeing its small sftp struct. When an
// SFTP call itself sees the link die, the session still exists and the
// channel is freed properly (see fail()).
class SftpChannel
{
public:
    explicit SftpChannel(QString hostName);
    ~SftpChannel(); // never frees: it may run on another thread; see close()
    SftpChannel(const SftpChannel &) = delete;
    SftpChannel &operator=(const SftpChannel &) = delete;

    // The open channel, connecting and opening first when needed.
    SshResult<sftp_session> open(SshConnection &connection, const CancelCheck &cancelled);
    // The open channel if it is still good for this connection, else null;
    // never connects (for clean-ups).
    sftp_session current(SshConnection &connection) const;
    // Frees the channel if it belongs to the connection's current session.
    void close(SshConnection &connection);

    // The error after a failed SFTP call on `path`, as a sentence with the
    // path in it; `action` says what was tried ("list", "delete"...).
    SshError fail(SshConnection &connection, const QString &action, const QString &path);
    const QString &hostName() const { return m_host; }

private:
    bool belongsTo(SshConnection &connection) const;

    QString m_host;
    sftp_session m_sftp = nullptr;
    ssh_session m_owner = nullptr;
    int m_connectCount = -1;
};

} // namespace sloop::ssh::detail
