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

// Moves the keys of address:port endpoints from `from` (the user's
// known_hosts, where Sloop filed instance keys before) to `to` (Sloop's own
// file), for each endpoint `to` has no key for yet. Returns how many moved.
struct KeyEndpoint
{
    QString address;
    quint16 port = 22;
};
Result<int> adoptHostKeys(const QString &from, const QString &to,
                          const QList<KeyEndpoint> &endpoints);

} // namespace sloop::instances
