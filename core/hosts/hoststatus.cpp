#include "hoststatus.h"

#include <QCoreApplication>

namespace sloop::hosts {

namespace {

// Texts are looked up, and filed by lupdate, under "HostStatus".
struct HostStatusText
{
    Q_DECLARE_TR_FUNCTIONS(HostStatus)
};

} // namespace

QString reachabilityLabel(const HostStatus &status)
{
    switch (status.state) {
    case HostStatus::Unknown:
        return HostStatusText::tr("Not checked");
    case HostStatus::Checking:
        return HostStatusText::tr("Checking…");
    case HostStatus::Online:
        return HostStatusText::tr("Online");
    case HostStatus::Unreachable:
        break;
    }
    if (!status.error)
        return HostStatusText::tr("Unreachable");
    switch (status.error->kind) {
    case ssh::SshError::Dns:
        return HostStatusText::tr("Name not found");
    case ssh::SshError::Refused:
        return HostStatusText::tr("Connection refused");
    case ssh::SshError::Network:
        return HostStatusText::tr("Network unreachable");
    case ssh::SshError::Timeout:
        return HostStatusText::tr("Timed out");
    case ssh::SshError::HostKeyUnknown:
        return HostStatusText::tr("Host key not trusted yet");
    case ssh::SshError::HostKeyChanged:
        return HostStatusText::tr("Host key changed");
    case ssh::SshError::KnownHosts:
        return HostStatusText::tr("known_hosts unreadable");
    case ssh::SshError::Auth:
        return HostStatusText::tr("Authentication failed");
    case ssh::SshError::Cancelled:
        return HostStatusText::tr("Cancelled");
    case ssh::SshError::Channel:
    case ssh::SshError::Protocol:
    case ssh::SshError::InvalidCommand:
    case ssh::SshError::NotFound:
    case ssh::SshError::PermissionDenied:
    case ssh::SshError::NoSpace:
    case ssh::SshError::Exists:
        break;
    }
    return HostStatusText::tr("SSH error");
}

} // namespace sloop::hosts
