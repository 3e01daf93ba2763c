#pragma once

#include "hosts/hostrecord.h"
#include "ssh/remotecommand.h"
#include "ssh/sshtypes.h"
#include "store/database.h"

#include <memory>
#include <optional>

namespace sloop::ssh {
class SshSession;
}

namespace sloop::cli {

// Opens the SQLite store under the XDG data folder, creating the folder.
// On failure prints "sloop: ..." and returns false.
bool openStore(store::Database &db);

// The host by name, from an open store; prints the failure and sets
// *exitCode when there is none.
std::optional<hosts::HostRecord> findHost(store::Database &db, const QString &name, int *exitCode);

// A connected session to `host`, or null after printing why (and setting
// *exitCode); the same checks and secrets as runOnHost.
std::unique_ptr<ssh::SshSession> connectToHost(const hosts::HostRecord &host, bool acceptNewHostKey,
                                               int *exitCode);

// Connects to `host` (Strict host-key policy unless acceptNewHostKey) and
// runs `command` once. Failures (unknown or changed host key, auth, network)
// are printed as "sloop: ..." and give nullopt with *exitCode set to 1.
// Secrets come from SLOOP_SSH_PASSWORD / SLOOP_SSH_PASSPHRASE, else a
// prompt on /dev/tty when stdin is a terminal, else none.
std::optional<ssh::ExecResult> runOnHost(const hosts::HostRecord &host,
                                         const ssh::RemoteCommand &command, bool acceptNewHostKey,
                                         int timeoutMs, int *exitCode);

// What "hosts info" learns in one round trip: a POSIX sh script printing
// key=value lines. Parsing is tolerant: a missing or garbled line leaves its
// field absent.
extern const char kHostFactsScript[];

struct HostFacts
{
    QString os, kernel;
    std::optional<qint64> uptimeSeconds, cpus, memTotalKb, memAvailableKb;
    std::optional<bool> docker;
};

HostFacts parseHostFacts(const QByteArray &out);

} // namespace sloop::cli
