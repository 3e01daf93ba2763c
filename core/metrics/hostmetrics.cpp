#include "metrics/hostmetrics.h"

#include "metrics/metricnames.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sloop::metrics {

namespace {

constexpr double kTwo32 = 4294967296.0;
constexpr quint64 kHalf32 = quint64(1) << 31;
constexpr quint64 kHalf64 = quint64(1) << 63;

// What no hardware does per second: an upper bound to refuse absurd deltas
// (corrupt numbers), far above any real machine.
constexpr double kMaxTicksPerCpuSecond = 1000; // USER_HZ is 100 on Linux
constexpr double kMaxBytesPerSecond = 1e11;    // 800 Gbit/s
constexpr double kMaxPacketsPerSecond = 1e9;
constexpr double kMaxSectorsPerSecond = 1e11 / 512;

// Interfaces that mirror traffic counted elsewhere: one veth per container
// (the engine reports containers), and bridges whose traffic also crosses
// the real NIC. veths are left out entirely; bridges get their own series
// but stay out of the sums.
bool perContainerInterface(const QString &name)
{
    return name.startsWith(QLatin1String("veth")) || name.startsWith(QLatin1String("cali")) ||
           name.startsWith(QLatin1String("ifb"));
}

bool bridgeInterface(const QString &name)
{
    for (const char *prefix : {"docker", "br-", "virbr", "cni", "podman", "flannel", "vxlan"})
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

struct Emitter
{
    QString target;
    qint64 timeMs;
    MetricBatch batch;

    void add(QLatin1StringView metric, double value, const QString &label = {})
    {
        QString name = metric;
        if (!label.isEmpty())
            name += QLatin1Char(':') + label;
        batch.append({target, name, timeMs, value});
    }
};

double percent(double part, double whole)
{
    return whole > 0 ? std::clamp(part / whole * 100.0, 0.0, 100.0) : 0.0;
}

void cpuPercentages(Emitter &out, const CpuTimes &a, const CpuTimes &b, double seconds, int cpus,
                    bool whole)
{
    const double bound = kMaxTicksPerCpuSecond * (seconds + 1) * std::max(1, cpus);
    const quint64 CpuTimes::*fields[] = {&CpuTimes::user,    &CpuTimes::nice,   &CpuTimes::system,
                                         &CpuTimes::idle,    &CpuTimes::iowait, &CpuTimes::irq,
                                         &CpuTimes::softirq, &CpuTimes::steal};
    double d[8];
    double total = 0;
    for (int i = 0; i < 8; ++i) {
        const auto delta = counterDelta(a.*fields[i], b.*fields[i], bound);
        if (!delta)
            return;
        d[i] = double(*delta);
        total += d[i];
    }
    if (total <= 0)
        return; // no tick passed: no figure rather than a made-up 0
    const double idle = d[3] + d[4];
    if (!whole) {
        out.add(names::kCpuCore, percent(total - idle, total), QString::number(b.core));
        return;
    }
    out.add(names::kCpu, percent(total - idle, total));
    out.add(names::kCpuUser, percent(d[0] + d[1], total));
    out.add(names::kCpuSystem, percent(d[2] + d[5] + d[6], total));
    out.add(names::kCpuIowait, percent(d[4], total));
    out.add(names::kCpuSteal, percent(d[7], total));
}

void memory(Emitter &out, const HostFrame &f)
{
    const auto kb = [&f](const char *key) -> std::optional<double> {
        const auto it = f.memKb.constFind(QLatin1String(key));
        if (it == f.memKb.cend())
            return std::nullopt;
        return double(*it) * 1024.0;
    };
    const auto total = kb("MemTotal");
    if (total && *total > 0) {
        // Kernels before 3.14 have no MemAvailable: free + buffers + cache
        // is what `free` showed then.
        double available = kb("MemAvailable")
                               .value_or(kb("MemFree").value_or(0) + kb("Buffers").value_or(0) +
                                         kb("Cached").value_or(0));
        available = std::clamp(available, 0.0, *total);
        out.add(names::kMemory, percent(*total - available, *total));
        out.add(names::kMemTotal, *total);
        out.add(names::kMemUsed, *total - available);
        out.add(names::kMemAvailable, available);
        out.add(names::kMemCache,
                std::min(*total, kb("Cached").value_or(0) + kb("Buffers").value_or(0)));
    }
    if (const auto swap = kb("SwapTotal")) {
        out.add(names::kSwapTotal, *swap);
        out.add(names::kSwapUsed, std::clamp(*swap - kb("SwapFree").value_or(*swap), 0.0, *swap));
    }
}

// Real file systems only (a device path as source), each device once (bind
// mounts repeat it); "/" whatever its source when there is nothing else
// (a container's overlay root).
void diskUsage(Emitter &out, const HostFrame &f)
{
    QSet<QString> seen;
    QList<const MountUsage *> kept;
    const MountUsage *root = nullptr;
    for (const MountUsage &m : f.mounts) {
        if (m.usedKb + m.availableKb == 0)
            continue;
        if (m.mountPoint == QLatin1String("/"))
            root = &m;
        if (!m.source.startsWith(QLatin1Char('/')) ||
            m.source.startsWith(QLatin1String("/dev/loop")) || seen.contains(m.source))
            continue;
        seen.insert(m.source);
        kept.append(&m);
    }
    if (kept.isEmpty() && root)
        kept.append(root);
    if (kept.isEmpty())
        return;
    double fullest = 0;
    for (const MountUsage *m : std::as_const(kept)) {
        // df's own figure: root's reserved blocks count as not available.
        const double pct = percent(double(m->usedKb), double(m->usedKb) + double(m->availableKb));
        out.add(names::kDiskUsedPct, pct, m->mountPoint);
        fullest = std::max(fullest, pct);
    }
    out.add(names::kDisk, fullest);
}

void diskRates(Emitter &out, const HostFrame &a, const HostFrame &b, double seconds)
{
    QHash<QString, const DiskCounters *> before;
    for (const DiskCounters &d : a.disks)
        before.insert(d.name, &d);
    const double bound = kMaxSectorsPerSecond * seconds;
    double read = 0, written = 0;
    bool complete = b.hasDiskstats && a.hasDiskstats;
    for (const DiskCounters &d : b.disks) {
        const DiskCounters *p = before.value(d.name);
        if (!p)
            continue; // a new device: from the next frame on
        const auto r = counterDelta(p->sectorsRead, d.sectorsRead, bound);
        const auto w = counterDelta(p->sectorsWritten, d.sectorsWritten, bound);
        if (!r || !w) {
            complete = false;
            continue;
        }
        const double rb = double(*r) * 512.0 / seconds, wb = double(*w) * 512.0 / seconds;
        out.add(names::kDiskRead, rb, d.name);
        out.add(names::kDiskWrite, wb, d.name);
        read += rb;
        written += wb;
    }
    // A sum with a reset device in it would be a made-up figure.
    if (complete) {
        out.add(names::kDiskRead, read);
        out.add(names::kDiskWrite, written);
    }
}

void netRates(Emitter &out, const HostFrame &a, const HostFrame &b, double seconds)
{
    QHash<QString, const NetCounters *> before;
    for (const NetCounters &n : a.interfaces)
        before.insert(n.name, &n);
    const double byteBound = kMaxBytesPerSecond * seconds;
    const double packetBound = kMaxPacketsPerSecond * seconds;
    double in = 0, outBytes = 0, pin = 0, pout = 0;
    bool complete = b.hasNetDev && a.hasNetDev;
    for (const NetCounters &n : b.interfaces) {
        if (perContainerInterface(n.name))
            continue;
        const NetCounters *p = before.value(n.name);
        if (!p)
            continue;
        const auto rx = counterDelta(p->rxBytes, n.rxBytes, byteBound);
        const auto tx = counterDelta(p->txBytes, n.txBytes, byteBound);
        const auto rxp = counterDelta(p->rxPackets, n.rxPackets, packetBound);
        const auto txp = counterDelta(p->txPackets, n.txPackets, packetBound);
        const bool summed = !bridgeInterface(n.name);
        if (!rx || !tx || !rxp || !txp) {
            complete = complete && !summed;
            continue;
        }
        out.add(names::kNetIn, double(*rx) / seconds, n.name);
        out.add(names::kNetOut, double(*tx) / seconds, n.name);
        if (summed) {
            in += double(*rx) / seconds;
            outBytes += double(*tx) / seconds;
            pin += double(*rxp) / seconds;
            pout += double(*txp) / seconds;
        }
    }
    if (complete) {
        out.add(names::kNetIn, in);
        out.add(names::kNetOut, outBytes);
        out.add(names::kNetPacketsIn, pin);
        out.add(names::kNetPacketsOut, pout);
    }
}

} // namespace

std::optional<quint64> counterDelta(quint64 previous, quint64 current, double maxDelta)
{
    if (current >= previous) {
        const quint64 d = current - previous;
        return double(d) <= maxDelta ? std::optional<quint64>(d) : std::nullopt;
    }
    // A wrap moves a counter by less than half its range between two frames;
    // a bigger "wrap" is a reset (an interface made anew, a driver reload).
    if (previous < quint64(kTwo32)) {
        const quint64 d = quint64(kTwo32) - previous + current;
        if (d <= kHalf32 && double(d) <= maxDelta)
            return d;
        return std::nullopt;
    }
    const quint64 d = current - previous; // modulo 2^64
    if (d <= kHalf64 && double(d) <= maxDelta)
        return d;
    return std::nullopt;
}

std::optional<double> secondsBetween(const HostFrame &previous, const HostFrame &current)
{
    if (current.sequence <= previous.sequence)
        return std::nullopt; // another stream (or the same frame twice)
    if (previous.uptimeS && current.uptimeS) {
        const double d = *current.uptimeS - *previous.uptimeS;
        if (d <= 0.0)
            return std::nullopt; // rebooted in between
        return d;
    }
    const double nominal = double(current.sequence - previous.sequence) * current.intervalSeconds;
    if (nominal <= 0)
        return std::nullopt;
    return nominal;
}

MetricBatch deriveHostMetrics(const QString &targetKey, const HostFrame &previous,
                              const HostFrame &current)
{
    qint64 time = current.timeMs();
    if (time <= 0)
        time = QDateTime::currentMSecsSinceEpoch();
    Emitter out{targetKey, time, {}};

    if (current.load1) {
        out.add(names::kLoad1, *current.load1);
        out.add(names::kLoad5, current.load5.value_or(0));
        out.add(names::kLoad15, current.load15.value_or(0));
    }
    memory(out, current);
    if (current.processes)
        out.add(names::kProcesses, double(*current.processes));
    if (current.uptimeS)
        out.add(names::kUptime, *current.uptimeS);
    if (current.hasMounts)
        diskUsage(out, current);

    const std::optional<double> seconds = secondsBetween(previous, current);
    if (!seconds)
        return out.batch;
    const int cpus = std::max<int>(1, int(current.cores.size()));
    if (previous.cpu && current.cpu)
        cpuPercentages(out, *previous.cpu, *current.cpu, *seconds, cpus, true);
    QHash<int, const CpuTimes *> cores;
    for (const CpuTimes &c : previous.cores)
        cores.insert(c.core, &c);
    for (const CpuTimes &c : current.cores)
        if (const CpuTimes *p = cores.value(c.core))
            cpuPercentages(out, *p, c, *seconds, 1, false);
    diskRates(out, previous, current, *seconds);
    netRates(out, previous, current, *seconds);
    return out.batch;
}

} // namespace sloop::metrics
