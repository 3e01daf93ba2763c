#pragma once

#include <QList>
#include <QString>

namespace sloop::instances {

// A port of an instance published on the machine that runs it: the "static
// IP" idea on one machine, a mapping that stays the same across restarts.
struct PortMapping
{
    int containerPort = 0;
    int hostPort = 0;                         // 0: let Sloop choose a free one
    QString protocol = QStringLiteral("tcp"); // tcp or udp
    QString hostIp;                           // empty: every address of the machine

    bool operator==(const PortMapping &other) const = default;
};

} // namespace sloop::instances
