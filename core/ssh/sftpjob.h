#pragma once

#include "sftpchannel.h"
#include "sftptypes.h"

#include <atomic>
#include <memory>

namespace sloop::ssh::detail {

// The worker side of one transfer: its open handles and offsets survive
// between slices, so each slice carries on where the last stopped (and
// downloads keep their read requests in flight across them). Worker thread
// only, except cancelRequested and the destructor, which touches no libssh.
class SftpJob
{
public:
    virtual ~SftpJob() = default;

    // About kSliceMs of work; opens the files on the first call.
    virtual SshResult<SftpProgress> step(SshConnection &connection, SftpChannel &channel,
                                         const CancelCheck &cancelled) = 0;
    // After a failure or a cancel: closes handles, removes partial files.
    virtual void abort(SshConnection &connection, SftpChannel &channel) = 0;

    std::atomic_bool cancelRequested{false};

    // Slices are short so a queued exec waits little and cancel acts fast.
    static constexpr int kSliceMs = 50;
};

std::shared_ptr<SftpJob> makeDownloadJob(const QString &host, const QString &remote,
                                         const QString &local);
std::shared_ptr<SftpJob> makeUploadJob(const QString &host, const QString &local,
                                       const QString &remote);

// Local file errors as SshErrors of the kinds a person can act on.
SshError localError(int err, const QString &action, const QString &path);

} // namespace sloop::ssh::detail
