#include "hoststatus.h"

#include <QCoreApplication>

namespace sloop::hosts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HostStatus", text);
}

} // namespace

QString reachabilityLabel(const HostStatus &status)
{
    switch (status.state) {
    case HostStatus::Unknown:
        return tr("Not checked");
    case HostStatus::Checking:
        return tr("Checking…");
    case HostStatus::Online:
        return tr("Online");
    case HostStatus::Unreachable:
        break;
    }
    if (!status.error)
        return tr("Unreachable");
    switch (status.error->kind) {
    case ssh::SshError::Dns:
        return tr("Name not found");
    case ssh::SshError::Refused:
        return tr("Connection refused");
    case ssh::SshError::Network:
        return tr("Network unreachable");
    case ssh::SshError::Timeout:
        return tr("Timed out");
    case ssh::SshError::HostKeyUnknown:
        return tr("Host key not trusted yet");
    case ssh::SshError::HostKeyChanged:
        return tr("Host key changed");
    case ssh::SshError::KnownHosts:
        return tr("known_hosts unreadable");
    case ssh::SshError::Auth:
        return tr("Authentication failed");
    case ssh::SshError::Cancelled:
        return tr("Cancelled");
    case ssh::SshError::Channel:
    case ssh::SshError::Protocol:
    case ssh::SshError::InvalidCommand:
    case ssh::SshError::NotFound:
    case ssh::SshError::PermissionDenied:
    case ssh::SshError::NoSpace:
    case ssh::SshError::Exists:
        break;
    }
    return tr("SSH error");
}

} // namespace sloop::hosts
