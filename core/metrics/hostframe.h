#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::metrics {

// One frame of resources/metrics/sampler.sh: the host's raw counters at one
// moment, as the kernel gave them. Rates need two frames (deriveHostMetrics).
// Every part is optional: a container-like host may lack /proc files, and a
// frame says which ones it lacked (`missing`).

// /proc/stat "cpu" and "cpuN" lines, in USER_HZ ticks. guest time is already
// part of user time there, so it is not kept.
struct CpuTimes
{
    int core = -1; // -1: all CPUs together
    quint64 user = 0;
    quint64 nice = 0;
    quint64 system = 0;
    quint64 idle = 0;
    quint64 iowait = 0;
    quint64 irq = 0;
    quint64 softirq = 0;
    quint64 steal = 0;
};

// /proc/diskstats: sectors are 512 bytes whatever the device's own size.
struct DiskCounters
{
    QString name;
    quint64 sectorsRead = 0;
    quint64 sectorsWritten = 0;
};

// /proc/net/dev.
struct NetCounters
{
    QString name;
    quint64 rxBytes = 0;
    quint64 rxPackets = 0;
    quint64 txBytes = 0;
    quint64 txPackets = 0;
};

// One line of `df -Pk`.
struct MountUsage
{
    QString source; // "/dev/vda1", "tmpfs", ...
    QString mountPoint;
    quint64 totalKb = 0;
    quint64 usedKb = 0;
    quint64 availableKb = 0;
};

struct HostFrame
{
    qint64 sequence = -1;
    int intervalSeconds = 0;

    std::optional<CpuTimes> cpu;
    QList<CpuTimes> cores;
    std::optional<qint64> bootTimeS; // /proc/stat btime: the wall clock at boot
    std::optional<double> uptimeS;   // /proc/uptime: monotonic, survives clock changes
    std::optional<double> load1, load5, load15;
    QHash<QString, quint64> memKb; // /proc/meminfo, the kB lines
    std::optional<qint64> processes;
    QList<DiskCounters> disks;     // whole devices only (see the parser)
    QList<NetCounters> interfaces; // loopback left out
    bool hasDiskstats = false;
    bool hasNetDev = false;
    bool hasMounts = false; // df ran in this frame (every ~30 s)
    QList<MountUsage> mounts;
    QStringList missing; // files the host does not have

    // When Sloop received it, on this machine's clock (set by HostSampler).
    // Points carry this time, so charts and alarms, which compare with this
    // machine's clock, are not fooled by a host whose clock is off.
    qint64 receivedMs = 0;

    // The host's own wall clock at the frame: btime + uptime (no `date` fork
    // on the host); 0 when unknown.
    qint64 hostEpochMs() const
    {
        if (!bootTimeS || !uptimeS)
            return 0;
        return *bootTimeS * 1000 + qint64(*uptimeS * 1000.0);
    }
    qint64 timeMs() const { return receivedMs > 0 ? receivedMs : hostEpochMs(); }
};

} // namespace sloop::metrics
