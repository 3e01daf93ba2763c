#include "ssherror.h"

namespace sloop::ssh {

// Stable, untranslated names for logs, JSON output and tests.
QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Dns:
        return QStringLiteral("dns");
    case Refused:
        return QStringLiteral("refused");
    case Network:
        return QStringLiteral("network");
    case Timeout:
        return QStringLiteral("timeout");
    case HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case KnownHosts:
        return QStringLiteral("known-hosts");
    case Auth:
        return QStringLiteral("auth");
    case Channel:
        return QStringLiteral("channel");
    case Protocol:
        return QStringLiteral("protocol");
    case InvalidCommand:
        return QStringLiteral("invalid-command");
    case Cancelled:
        return QStringLiteral("cancelled");
    case NotFound:
        return QStringLiteral("not-found");
    case PermissionDenied:
        return QStringLiteral("permission-denied");
    case NoSpace:
        return QStringLiteral("no-space");
    case Exists:
        return QStringLiteral("exists");
    }
    return QStringLiteral("unknown");
}

Error SshError::toError() const
{
    ErrorKind k = ErrorKind::Internal;
    switch (kind) {
    case Dns:
    case Refused:
    case Network:
        k = ErrorKind::Unreachable;
        break;
    case Timeout:
        k = ErrorKind::TimedOut;
        break;
    case HostKeyUnknown:
    case HostKeyChanged:
    case Auth:
        k = ErrorKind::Unauthorized;
        break;
    case KnownHosts:
    case Channel:
    case Protocol:
        k = ErrorKind::Internal;
        break;
    case InvalidCommand:
        k = ErrorKind::InvalidInput;
        break;
    case Cancelled:
        k = ErrorKind::Cancelled;
        break;
    case NotFound:
        k = ErrorKind::NotFound;
        break;
    case PermissionDenied:
        k = ErrorKind::Refused;
        break;
    case NoSpace:
        k = ErrorKind::Internal;
        break;
    case Exists:
        k = ErrorKind::Conflict;
        break;
    }
    Error e = Error::make(k, message);
    e.sshKind = kind;
    return e;
}

} // namespace sloop::ssh
