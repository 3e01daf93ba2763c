#pragma once

#include "util/result.h"

#include <QString>

namespace sloop::instances {

// An instance's host key, read through the engine (which Sloop already
// trusts) rather than accepted on first use over the network.

// "ssh-ed25519 AAAA... root@web-1" → "ssh-ed25519 AAAA..." after checking
// the type is a key type and the blob is base64 of a key of that type.
Result<QString> parseHostKeyLine(const QString &line);

// Files keyLine for address:port in the known_hosts file (made with its
// folder when missing), replacing whatever was on record for that
// address:port: a new instance on a reused port has a new key by design.
// The file is rewritten atomically.
VoidResult trustHostKey(const QString &knownHostsFile, const QString &address, quint16 port,
                        const QString &keyLine);

} // namespace sloop::instances
