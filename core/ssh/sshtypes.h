#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sloop::ssh {

// A jump host on the way to a target (OpenSSH's ProxyJump): dialled, its
// host key checked and logged in to like a target; the next hop (or the
// target) is then reached through it with a direct-tcpip channel, so its
// name is resolved on the jump host.
struct SshHop
{
    QString name;
    QString address;
    quint16 port = 22;
    QString user;
    QStringList identityFiles;
    bool identitiesOnly = false;

    bool operator==(const SshHop &other) const = default;
};

// Where to connect. `name` is what people call the host (the command log's
// target); `address` is what is dialled and what known_hosts files it under.
struct SshTarget
{
    QString name;
    QString address;
    quint16 port = 22;
    QString user;
    QStringList identityFiles; // tried in order; empty: ~/.ssh/id_{ed25519,ecdsa,rsa}
    // OpenSSH's IdentitiesOnly: only these files, not every key the agent
    // holds (Sloop then skips the agent: it reads the files themselves).
    bool identitiesOnly = false;
    QList<SshHop> jumps; // dialled in order, the first one directly

    bool operator==(const SshTarget &other) const = default;
};

// What to do with a host key that is not on record. A changed key is
// refused whatever this says.
struct HostKeyPolicy
{
    enum class Mode
    {
        Strict,    // unknown → SshError::HostKeyUnknown with the fingerprint
        AcceptNew, // unknown → written to known_hosts (trust on first use)
    };
    Mode mode = Mode::Strict;
    // With AcceptNew: only the key with this fingerprint ("SHA256:…"), the
    // one the person was shown; another is refused and nothing is written.
    // Empty: the key this connection shows (the CLI's bare
    // --accept-new-host-key, which prints the key it wrote).
    QString approvedFingerprint;
    // Whose key the person was shown: the target's or a jump host's name
    // (SshError::hop, else the target). Only that host may take the approval;
    // every other unknown key on the way is asked about. Unset (the CLI's
    // flag, which names no host): whichever host shows that key.
    std::optional<QString> approvedFor;
    // An unknown key other than the approved one is asked about
    // (HostKeyUnknown) rather than refused as swapped: with approvedFor
    // unset, the approval may be for another hop. Set by the SSH layer.
    bool askAboutOtherKeys = false;

    static const HostKeyPolicy Strict;
    static const HostKeyPolicy AcceptNew;
    static HostKeyPolicy acceptOnly(const QString &fingerprint,
                                    std::optional<QString> forHost = std::nullopt)
    {
        return {Mode::AcceptNew, fingerprint, std::move(forHost), false};
    }
    bool acceptsNew() const { return mode == Mode::AcceptNew; }
};
inline const HostKeyPolicy HostKeyPolicy::Strict{HostKeyPolicy::Mode::Strict, {}, {}, false};
inline const HostKeyPolicy HostKeyPolicy::AcceptNew{HostKeyPolicy::Mode::AcceptNew, {}, {}, false};

// Secrets are asked for when needed and never stored here. The callbacks
// run on the session's worker thread, and may block it (to ask a person).
struct Credentials
{
    std::function<std::optional<QString>()> password;
    std::function<std::optional<QString>(const QString &keyFile)> passphrase;
};

struct SshOptions
{
    QString knownHostsFile;       // empty: ~/.ssh/known_hosts
    QString globalKnownHostsFile; // empty: libssh's default (/etc/ssh/ssh_known_hosts)
    int connectTimeoutMs = 15000; // TCP connect, and each of kex, auth, channel open
    bool useAgent = true;
    QString agentSocket; // empty: $SSH_AUTH_SOCK
    bool tryDefaultKeys = true;
    Credentials credentials;
    // Like OpenSSH's ServerAliveInterval/CountMax: after this long without a
    // byte from the server a keepalive@openssh.com request (want-reply) goes
    // out; after interval × count of silence the session is declared lost.
    // 0 turns keepalives off.
    int keepAliveIntervalMs = 15000;
    int keepAliveCountMax = 3;
};

// A pseudo-terminal for SshSession::openShell().
struct PtyRequest
{
    QByteArray term = "xterm-256color";
    int cols = 80;
    int rows = 24;
};

// A jump host the connection went through, and its key.
struct HopInfo
{
    QString name;
    QString hostKeyType;
    QString fingerprint;
    bool hostKeyNewlyTrusted = false;
    QString authMethod;
};

struct HostInfoOnConnect
{
    QString address; // the IP address dialled
    quint16 port = 0;
    QString serverBanner; // "SSH-2.0-OpenSSH_9.2p1 Debian-2"
    QString hostKeyType;
    QString fingerprint;
    bool hostKeyNewlyTrusted = false; // written to known_hosts by this connect
    QString authMethod;               // "agent", "key /path", "password", ...
    qint64 elapsedMs = 0;
    QList<HopInfo> via; // the jump hosts, in the order they were dialled
};

struct ExecResult
{
    QByteArray stdOut;
    QByteArray stdErr;
    int exitStatus = -1; // -1 when the command ended without one (a signal)
    qint64 elapsedMs = 0;
};

} // namespace sloop::ssh
