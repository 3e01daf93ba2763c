#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sloop::hosts {

// What Sloop learns about a server in one round trip: a POSIX sh script
// (works with busybox) printing key=value lines, and `df -P` for the disks.
// Parsing is tolerant: a missing or garbled line leaves its field absent, so
// a truncated answer shows what did arrive.
extern const char kHostFactsScript[];

struct DiskUsage
{
    QString mount;
    QString device;
    qint64 sizeKb = 0;
    qint64 usedKb = 0;
    qint64 availableKb = 0;
};

struct HostFacts
{
    QString os, kernel, hostname;
    std::optional<qint64> uptimeSeconds, cpus, memTotalKb, memAvailableKb;
    // A cgroup's limits (a container instance's plan): what it may use, where
    // memTotalKb and cpus are the machine's under it.
    std::optional<qint64> memLimitKb, memLimitUsedKb;
    std::optional<double> cpuLimit; // CPUs' worth, 0.5 for half of one
    std::optional<bool> docker;
    QList<DiskUsage> disks; // real file systems only (no tmpfs, overlay, proc)
};

HostFacts parseHostFacts(const QByteArray &out);

} // namespace sloop::hosts
