#include "knownhosts.h"
#include "knownhostsfile.h"
#include "sshconnection.h"
#include "sshlogging.h"

#include <QCoreApplication>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Ssh".
struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

SshError hostKeyError(SshError::Kind kind, QString message, const HostInfoOnConnect &info)
{
    SshError e = SshError::make(kind, std::move(message));
    e.keyType = info.hostKeyType;
    e.fingerprint = info.fingerprint;
    return e;
}

// The key on record, preferring one of the type the server showed: for a
// changed key that is the one libssh compared against.
std::optional<KnownHostsRecord> recordedKey(const QString &file, const SshTarget &target,
                                            const QString &type)
{
    const Result<QList<KnownHostsRecord>> records =
        knownHostsRecords(file, target.address, target.port);
    if (!records || records->isEmpty())
        return std::nullopt;
    for (const KnownHostsRecord &r : *records) {
        if (r.keyType == type)
            return r;
    }
    return records->first();
}

} // namespace

SshResult<HostInfoOnConnect> verifyHostKey(ssh_session session, const SshTarget &target,
                                           const QString &knownHostsFile, HostKeyPolicy policy)
{
    HostInfoOnConnect info;
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(session, &raw) != SSH_OK)
        return SshError::make(
            SshError::Protocol,
            SshText::tr("%1 did not present a host key: %2").arg(target.name, lastError(session)));
    const KeyPtr key(raw);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != 0)
        return SshError::make(
            SshError::Protocol,
            SshText::tr("Cannot compute the fingerprint of the host key of %1.").arg(target.name));
    const CStringPtr fingerprint(
        ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength));
    ssh_clean_pubkey_hash(&hash);
    info.fingerprint = QString::fromLatin1(fingerprint.get());
    info.hostKeyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));

    const QString entryName = knownHostsName(target.address, target.port);
    const ssh_known_hosts_e state = ssh_session_is_known_server(session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return info;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const std::optional<KnownHostsRecord> old =
            recordedKey(knownHostsFile, target, info.hostKeyType);
        const QString oldKey = old ? QStringLiteral("%1 %2 (%3 line %4)")
                                         .arg(old->keyType, old->fingerprint(), knownHostsFile)
                                         .arg(old->line)
                                   : SshText::tr("(not readable from %1)").arg(knownHostsFile);
        const QString message =
            (state == SSH_KNOWN_HOSTS_CHANGED
                 ? SshText::tr(
                       "The host key of %1 (%2) has CHANGED. Someone may be intercepting the "
                       "connection (a man-in-the-middle attack), or the server was reinstalled. "
                       "It now shows %3 %4; the key on record is %5. Sloop will not connect "
                       "until you check the new fingerprint with the server's administrator and "
                       "forget the old key.")
                 : SshText::tr(
                       "%1 (%2) shows a host key of another type than the one on record, which "
                       "can mean someone is intercepting the connection (a man-in-the-middle "
                       "attack). It now shows %3 %4; the key on record is %5. Sloop will not "
                       "connect until you check the new fingerprint with the server's "
                       "administrator and forget the old key."))
                .arg(target.name, entryName, info.hostKeyType, info.fingerprint, oldKey);
        qCWarning(lcSsh) << "host key mismatch for" << entryName << info.fingerprint;
        SshError e = hostKeyError(SshError::HostKeyChanged, message, info);
        if (old)
            e.expectedFingerprint = old->fingerprint();
        return e;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN: {
        const bool otherThanApproved =
            !policy.approvedFingerprint.isEmpty() && policy.approvedFingerprint != info.fingerprint;
        if (!policy.acceptsNew() || (otherThanApproved && policy.askAboutOtherKeys))
            return hostKeyError(
                SshError::HostKeyUnknown,
                SshText::tr(
                    "%1 (%2) is not a known host. Its %3 key has the fingerprint %4; accept it "
                    "only if it matches what the server's administrator sees with "
                    "`ssh-keygen -lf` on the server.")
                    .arg(target.name, entryName, info.hostKeyType, info.fingerprint),
                info);
        // Trust goes to the key the person saw, not to whatever a second
        // connection shows: someone in the middle could swap it between.
        if (otherThanApproved) {
            qCWarning(lcSsh) << "host key of" << entryName << "is" << info.fingerprint
                             << "not the accepted" << policy.approvedFingerprint;
            SshError e = hostKeyError(
                SshError::HostKeyChanged,
                SshText::tr("%1 (%2) now shows a different host key from the one you accepted: "
                            "%3 %4 instead of %5. Someone may be intercepting the connection (a "
                            "man-in-the-middle attack). Nothing was written to %6; check the "
                            "fingerprint with the server's administrator and connect again.")
                    .arg(target.name, entryName, info.hostKeyType, info.fingerprint,
                         policy.approvedFingerprint, knownHostsFile),
                info);
            e.expectedFingerprint = policy.approvedFingerprint;
            return e;
        }
        // libssh appends to the file but does not create its folder.
        if (const VoidResult folder = ensureKnownHostsFolder(knownHostsFile); !folder)
            return hostKeyError(SshError::KnownHosts, folder.error(), info);
        if (ssh_session_update_known_hosts(session) != SSH_OK)
            return hostKeyError(SshError::KnownHosts,
                                SshText::tr("Cannot record the host key of %1 in %2: %3")
                                    .arg(target.name, knownHostsFile, lastError(session)),
                                info);
        qCInfo(lcSsh) << "trusted new host key for" << entryName << info.fingerprint;
        info.hostKeyNewlyTrusted = true;
        return info;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return hostKeyError(SshError::KnownHosts,
                        SshText::tr("Cannot check the host key of %1 against %2: %3")
                            .arg(target.name, knownHostsFile, lastError(session)),
                        info);
}

} // namespace sloop::ssh::detail
