#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace sloop::ssh {

// Reading and pruning OpenSSH known_hosts files. Checking a server's key is
// libssh's job (ssh_session_is_known_server); this covers what its API does
// not: naming the key on record when a server shows another one, and the
// explicit "forget the old key" action, the only way past a changed key.
//
// Plain host patterns ("web-1,10.0.0.5", "[web-1]:2222") and hashed ones
// ("|1|salt|hash", HashKnownHosts yes) are matched; wildcard patterns and
// @cert-authority / @revoked lines are left alone.

struct KnownHostsRecord
{
    int line = 0;                // 1-based, for messages
    QString keyType;             // "ssh-ed25519"
    QString keyBase64;           // the key blob as written in the file
    QString fingerprint() const; // "SHA256:..." as OpenSSH prints it
};

// The name OpenSSH and libssh file a host under: "host" for port 22,
// "[host]:port" otherwise.
QString knownHostsName(const QString &host, quint16 port);

// ~/.ssh/known_hosts of the person running Sloop.
QString defaultKnownHostsFile();

// The SHA256 fingerprint of a public key blob given in base64.
QString sha256Fingerprint(const QByteArray &keyBlob);

// Keys on record for host:port. A missing file is an empty list.
Result<QList<KnownHostsRecord>> knownHostsRecords(const QString &file, const QString &host,
                                                  quint16 port);

// Whether a line of a known_hosts file is a key for `name` (as
// knownHostsName() gives it), plain or hashed; comments and markers are not.
bool knownHostsLineMatches(const QByteArray &line, const QByteArray &name);

// `text` without the lines for `name`, the rest kept byte for byte;
// `removed` (when given) is how many went.
QByteArray withoutKnownHost(const QByteArray &text, const QByteArray &name, int *removed = nullptr);

// Removes every line for host:port (atomically, the rest of the file kept
// byte for byte) and returns how many went.
Result<int> forgetKnownHost(const QString &file, const QString &host, quint16 port);

} // namespace sloop::ssh
