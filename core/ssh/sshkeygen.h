#pragma once

#include "util/result.h"

#include <QString>

namespace sloop::ssh {

// A key pair for logging in to instances, as Lightsail's default key pair:
// made here, the private half never leaves this machine.
struct KeyPairFiles
{
    QString privateKeyFile; // OpenSSH format, 0600
    QString publicKeyLine;  // "ssh-ed25519 AAAA... comment", as authorized_keys wants it
    QString fingerprint;    // "SHA256:..."
};

// Makes a new ed25519 key pair: the private key in `privateKeyFile` (mode
// 0600, its folder 0700, never overwritten) and the public key next to it
// with ".pub". Refuses when either file exists.
Result<KeyPairFiles> generateEd25519KeyPair(const QString &privateKeyFile, const QString &comment);

// The public half of an existing key: read from FILE.pub when present, else
// derived from the private key (which must then not need a passphrase).
Result<KeyPairFiles> readKeyPair(const QString &privateKeyFile);

} // namespace sloop::ssh
