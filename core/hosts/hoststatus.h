#pragma once

#include "hostfacts.h"
#include "ssh/ssherror.h"
#include "ssh/sshtypes.h"

#include <QDateTime>

#include <optional>

namespace sloop::hosts {

// What Sloop last learned about reaching a host: online with its facts, or
// unreachable with the reason as an SshError kind (DNS, refused, timed out,
// host key, authentication...), which the overview turns into words.
struct HostStatus
{
    enum State
    {
        Unknown,  // not checked in this session
        Checking, // a check is running
        Online,
        Unreachable,
    };
    State state = Unknown;
    std::optional<ssh::SshError> error; // Unreachable: why
    HostFacts facts;                    // Online: what the facts script printed
    QString serverBanner;
    QString hostKeyType, fingerprint;
    QString authMethod;
    QList<ssh::HopInfo> via; // the jump hosts the last connect went through
    qint64 connectMs = -1;
    QDateTime checkedAt;
};

// A short phrase for the state and its reason: "Online", "Name not found",
// "Connection refused", "Host key changed"... For lists and badges.
QString reachabilityLabel(const HostStatus &status);

} // namespace sloop::hosts
