#include "hostfacts.h"

#include <QStringList>

#include <cmath>

namespace sloop::hosts {

// Disks come last, one "disk=" line per `df -P` row, so a df that hangs on a
// dead network mount costs only the disks. Pseudo file systems are left out
// on the server so the answer stays small, and so are mounts of single files
// (a container's /usr/sbin/docker-init, /etc/hosts): they are not disks.
// Inside a container (a container instance) /proc/meminfo, /proc/uptime and
// the CPU count are the machine's: its cgroup's limits say what it may use
// (v2 files, else v1's), and the overview shows those; "up for" is since
// PID 1 started (on a server, boot; in a container, the container's start).
const char kHostFactsScript[] =
    R"sh(printf 'os=%s\n' "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release 2>/dev/null | head -n 1)"
printf 'kernel=%s\n' "$(uname -sr 2>/dev/null)"
printf 'hostname=%s\n' "$(uname -n 2>/dev/null)"
u=$(cut -d ' ' -f 1 /proc/uptime 2>/dev/null); s=$(cut -d ' ' -f 22 /proc/1/stat 2>/dev/null)
t=$(getconf CLK_TCK 2>/dev/null || echo 100)
printf 'uptime=%s\n' "$(awk -v u="$u" -v s="${s:-0}" -v t="${t:-100}" 'BEGIN { if (u != "") printf "%d", u - s / t }')"
printf 'cpus=%s\n' "$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null)"
printf 'mem_total_kb=%s\n' "$(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo 2>/dev/null)"
printf 'mem_available_kb=%s\n' "$(sed -n 's/^MemAvailable: *\([0-9]*\).*/\1/p' /proc/meminfo 2>/dev/null)"
c=/sys/fs/cgroup
if [ -r $c/memory.max ]; then
  printf 'mem_limit=%s %s\n' "$(cat $c/memory.max)" "$(cat $c/memory.current 2>/dev/null)"
  printf 'cpu_quota=%s\n' "$(cat $c/cpu.max 2>/dev/null)"
elif [ -r $c/memory/memory.limit_in_bytes ]; then
  printf 'mem_limit=%s %s\n' "$(cat $c/memory/memory.limit_in_bytes)" "$(cat $c/memory/memory.usage_in_bytes 2>/dev/null)"
  printf 'cpu_quota=%s %s\n' "$(cat $c/cpu/cpu.cfs_quota_us 2>/dev/null)" "$(cat $c/cpu/cpu.cfs_period_us 2>/dev/null)"
fi
if command -v docker >/dev/null 2>&1 || [ -S /var/run/docker.sock ]; then echo docker=yes; else echo docker=no; fi
df -P -k 2>/dev/null | awk 'NR > 1 && $1 !~ /^(tmpfs|devtmpfs|overlay|shm|proc|sysfs|udev|none|cgroup.*)$/ { print "disk=" $1 " " $2 " " $3 " " $4 " " $6 }' |
  while IFS= read -r l; do if [ -d "${l#* * * * }" ]; then printf '%s\n' "$l"; fi; done
)sh";

namespace {

std::optional<qint64> number(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && std::isfinite(d) && d >= 0 && d < 9e18 ? std::optional<qint64>(qint64(d))
                                                        : std::nullopt;
}

// "device size used available mount" (the mount may contain spaces).
std::optional<DiskUsage> parseDisk(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char(' '));
    if (parts.size() < 5)
        return std::nullopt;
    DiskUsage d;
    d.device = parts[0];
    const auto size = number(parts[1]), used = number(parts[2]), avail = number(parts[3]);
    if (!size || !used || !avail)
        return std::nullopt;
    d.sizeKb = *size;
    d.usedKb = *used;
    d.availableKb = *avail;
    d.mount = parts.mid(4).join(QLatin1Char(' '));
    if (!d.mount.startsWith(QLatin1Char('/')))
        return std::nullopt;
    return d;
}

} // namespace

HostFacts parseHostFacts(const QByteArray &out)
{
    HostFacts f;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty())
            continue;
        if (key == "os")
            f.os = value;
        else if (key == "kernel")
            f.kernel = value;
        else if (key == "hostname")
            f.hostname = value;
        else if (key == "uptime")
            f.uptimeSeconds = number(value);
        else if (key == "cpus")
            f.cpus = number(value);
        else if (key == "mem_total_kb")
            f.memTotalKb = number(value);
        else if (key == "mem_available_kb")
            f.memAvailableKb = number(value);
        else if (key == "mem_limit") {
            // "LIMIT USED" in bytes; "max" or a huge number: no limit.
            const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const auto limit = number(parts.value(0)), used = number(parts.value(1));
            if (limit && *limit > 0 && *limit < (qint64(1) << 60)) {
                f.memLimitKb = *limit / 1024;
                if (used)
                    f.memLimitUsedKb = qMin(*used, *limit) / 1024;
            }
        } else if (key == "cpu_quota") {
            // "QUOTA PERIOD" (v2's cpu.max, v1's cfs files); "max" or -1: none.
            const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const auto quota = number(parts.value(0)), period = number(parts.value(1));
            if (quota && period && *quota > 0 && *period > 0)
                f.cpuLimit = double(*quota) / double(*period);
        } else if (key == "docker" &&
                   (value == QLatin1String("yes") || value == QLatin1String("no")))
            f.docker = value == QLatin1String("yes");
        else if (key == "disk") {
            if (const auto disk = parseDisk(value); disk && f.disks.size() < 64)
                f.disks.append(*disk);
        }
    }
    return f;
}

} // namespace sloop::hosts
