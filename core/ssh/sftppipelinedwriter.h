#pragma once

#include "ssherror.h"

#include <QByteArray>
#include <QSet>

#include <libssh/sftp.h>

namespace sloop::ssh::detail {

// SFTP v3 WRITE requests kept in flight on a channel of their own: libssh
// 0.10 waits for each sftp_write() answer, which makes uploads crawl on any
// link with latency. The writer owns a private sftp session (its own
// "sftp" subsystem channel), so the STATUS answers it reads raw can belong
// to nobody else; opening and closing the file still go through libssh.
//
// Worker thread only (like every libssh object).
class SftpPipelinedWriter
{
public:
    ~SftpPipelinedWriter();

    // Opens the private session and `path` for writing (created, truncated).
    SshResult<void> open(ssh_session session, const QByteArray &path, mode_t mode);
    // Queues one WRITE; waits for answers only when `maxInFlight` are out.
    SshResult<void> write(quint64 offset, const char *data, qsizetype size);
    // Reads whatever answers have arrived without waiting.
    SshResult<void> poll();
    // Waits (at most `timeoutMs`) until every WRITE has been answered.
    SshResult<bool> drain(int timeoutMs);
    // Closes the file (after drain) and the private session.
    SshResult<void> close();
    void abandon(); // closes without waiting, after an error or a cancel

    qsizetype inFlight() const { return m_pending.size(); }
    static constexpr qsizetype kMaxInFlight = 16;

private:
    SshResult<bool> readAnswers(int timeoutMs);
    SshError failure(quint32 code, const QByteArray &message) const;

    sftp_session m_sftp = nullptr;
    sftp_file m_file = nullptr;
    QByteArray m_path;
    QByteArray m_in; // answer bytes read but not parsed yet
    QSet<quint32> m_pending;
    quint32 m_nextId = 0x70000000; // apart from libssh's own counter
};

} // namespace sloop::ssh::detail
