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

} // namespace sloop::ssh
