#pragma once

#include "util/error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sloop::ssh {

// An SSH failure a caller can branch on: the host overview says "refused"
// or "host key changed" differently, a dialog offers to trust an unknown key,
// and an auth failure lists what the server offered and what was tried.
// `message` is always a sentence a person can act on.
struct SshError
{
    enum Kind
    {
        Dns,            // the name does not resolve
        Refused,        // nothing listens on that port
        Network,        // unreachable, reset, other socket errors
        Timeout,        // a step (connect, kex, auth, channel, command) ran out of time
        HostKeyUnknown, // not in known_hosts: `fingerprint` and `keyType` say what to accept
        HostKeyChanged, // differs from the record (or another type): possible attack
        KnownHosts,     // the known_hosts file cannot be read or written
        Auth,           // no method worked: see methodsOffered / methodsTried
        Channel,        // the session is fine, a channel could not be opened or used
        Protocol,       // anything else libssh reports
        InvalidCommand, // the command cannot be quoted (a NUL byte)
        Cancelled,      // the caller cancelled it before or while it ran
        // File operations (SFTP): the path is in the message.
        NotFound,         // no such file or folder
        PermissionDenied, // the server's user may not do that
        NoSpace,          // the remote disk is full or over quota
        Exists,           // the name is taken
    };

    Kind kind = Protocol;
    QString message;
    QString keyType;             // host-key errors: "ssh-ed25519"
    QString fingerprint;         // host-key errors: the key the server showed, "SHA256:..."
    QString expectedFingerprint; // HostKeyChanged: the key on record, when known
    QStringList methodsOffered;  // Auth: "publickey", "password", ...
    QStringList methodsTried;    // Auth: "agent", "key ~/.ssh/id_ed25519", "password", ...
    QString hop; // the jump host (its name) the error happened on; empty: the target itself

    static SshError make(Kind kind, QString message)
    {
        SshError e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
    static QString kindName(Kind kind);
    // The house error: a kind every layer branches on (HostKeyChanged is
    // Unauthorized, Dns and Refused are Unreachable, ...), this message, and
    // this kind as its cause.
    Error toError() const;
};

// Result<T> with an SshError instead of a bare message (Result<T> stays the
// house type for everything else; message() bridges the two).
template <typename T> class SshResult
{
public:
    SshResult(T value)
        : m_value(std::move(value))
    {
    }
    SshResult(SshError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const SshError &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    Error problem() const { return m_error.toError(); }

private:
    std::optional<T> m_value;
    SshError m_error;
};

template <> class SshResult<void>
{
public:
    SshResult() = default;
    SshResult(SshError error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const SshError &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    Error problem() const { return m_error.toError(); }

private:
    bool m_failed = false;
    SshError m_error;
};

} // namespace sloop::ssh
