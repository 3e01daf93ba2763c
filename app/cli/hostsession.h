#pragma once

#include "args.h"
#include "hosts/hostfacts.h"
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
// The same, opening the store for this one look-up.
std::optional<hosts::HostRecord> loadHost(const QString &name, int *exitCode);

// --accept-new-host-key [SHA256:…]: a new host key is trusted only with it,
// and only the key with that fingerprint when one is given; bare, the key
// this run's one connection shows (printed when written).
OptionSpec acceptHostKeyOption();
ssh::HostKeyPolicy hostKeyPolicyOf(const ParsedArgs &parsed);

// A connected session to `host`, or null after printing why (and setting
// *exitCode); the same checks and secrets as runOnHost.
std::unique_ptr<ssh::SshSession> connectToHost(const hosts::HostRecord &host,
                                               const ssh::HostKeyPolicy &hostKeys, int *exitCode,
                                               bool saveSecret = false);

// Connects to `host` (trusting a new host key as `hostKeys` says) and
// runs `command` once. Failures (unknown or changed host key, auth, network)
// are printed as "sloop: ..." and give nullopt with *exitCode set to 1.
// Secrets come from the keychain, else SLOOP_SSH_PASSWORD /
// SLOOP_SSH_PASSPHRASE, else a prompt on /dev/tty when stdin is a terminal
// (ConnectSecrets). With saveSecret, the one that was asked for and logged
// in is stored in the keychain after the connect (a failure to store it
// fails the call before the command runs).
std::optional<ssh::ExecResult> runOnHost(const hosts::HostRecord &host,
                                         const ssh::RemoteCommand &command,
                                         const ssh::HostKeyPolicy &hostKeys, int timeoutMs,
                                         int *exitCode, bool saveSecret = false);

// The same connection, then `command` on a streaming channel: its stdout and
// stderr are written as they arrive, and the result is the remote exit
// status (255 when it ended by a signal). SIGINT / SIGTERM are passed on to
// the remote command as INT / TERM, and the result is then 130. timeoutMs
// < 0: no limit.
int streamOnHost(const hosts::HostRecord &host, const ssh::RemoteCommand &command,
                 const ssh::HostKeyPolicy &hostKeys, int timeoutMs);

using hosts::HostFacts;
using hosts::kHostFactsScript;
using hosts::parseHostFacts;

} // namespace sloop::cli
