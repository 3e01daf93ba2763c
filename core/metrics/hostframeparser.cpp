#include "metrics/hostframeparser.h"

#include <QCoreApplication>
#include <QSet>

namespace sloop::metrics {

namespace {

constexpr quint64 kBad = ~quint64(0);

QString tr(const char *text)
{
    return QCoreApplication::translate("sloop::metrics::HostFrameParser", text);
}

QList<QByteArray> fields(const QByteArray &text)
{
    return text.simplified().split(' ');
}

std::optional<quint64> number(const QByteArray &text)
{
    bool ok = false;
    const quint64 v = text.toULongLong(&ok); // refuses > 2^64-1, signs and junk
    if (!ok || text.startsWith('-') || text.startsWith('+'))
        return std::nullopt;
    return v;
}

std::optional<double> decimal(const QByteArray &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0) || v > 1e15) // also refuses NaN and infinities
        return std::nullopt;
    return v;
}

// Partitions and devices that only mirror others would count twice in the
// sums: loop and RAM disks, device-mapper volumes over real disks, and
// partitions of a disk that is listed too (sda1 of sda, nvme0n1p1 of
// nvme0n1, mmcblk0p1 of mmcblk0).
QList<DiskCounters> wholeDisks(const QList<DiskCounters> &all)
{
    QSet<QString> names;
    for (const DiskCounters &d : all)
        names.insert(d.name);
    QList<DiskCounters> kept;
    for (const DiskCounters &d : all) {
        const QString &n = d.name;
        if (n.startsWith(QLatin1String("loop")) || n.startsWith(QLatin1String("ram")) ||
            n.startsWith(QLatin1String("zram")) || n.startsWith(QLatin1String("dm-")))
            continue;
        QString base = n;
        while (!base.isEmpty() && base.back().isDigit())
            base.chop(1);
        if (base != n && !base.isEmpty()) {
            if (names.contains(base))
                continue;
            if (base.endsWith(QLatin1Char('p')) && names.contains(base.chopped(1)))
                continue;
        }
        kept.append(d);
    }
    return kept;
}

} // namespace

void HostFrameParser::feed(const QByteArray &bytes)
{
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        if (m_skippingLongLine) {
            if (nl >= 0)
                m_skippingLongLine = false;
        } else {
            m_pending.append(bytes.constData() + from, end - from);
            if (m_pending.size() > kMaxLine) {
                m_pending.clear();
                m_skippingLongLine = nl < 0;
                if (m_inFrame)
                    dropFrame(tr("a line longer than 64 KiB"));
                else
                    problem(tr("The sampler sent a line longer than 64 KiB; it was dropped."));
            } else if (nl >= 0) {
                const QByteArray text = m_pending;
                m_pending.clear();
                line(text);
            }
        }
        from = end + 1;
    }
}

QList<HostFrame> HostFrameParser::takeFrames()
{
    return std::exchange(m_frames, {});
}

QStringList HostFrameParser::takeProblems()
{
    if (m_strayLines > 0) {
        problem(QCoreApplication::translate(
            "sloop::metrics::HostFrameParser",
            "%n line(s) outside a frame ignored (not the sampler's output).", nullptr,
            m_strayLines));
        m_strayLines = 0;
    }
    return std::exchange(m_problems, {});
}

void HostFrameParser::reset()
{
    m_pending.clear();
    m_skippingLongLine = false;
    m_inFrame = false;
    m_inDf = false;
    m_frameLines = 0;
    m_frame = {};
}

void HostFrameParser::problem(const QString &text)
{
    m_problems.append(text);
    while (m_problems.size() > kMaxProblems)
        m_problems.removeFirst();
}

void HostFrameParser::dropFrame(const QString &why)
{
    problem(tr("Frame %1 dropped: %2.").arg(m_frame.sequence).arg(why));
    m_inFrame = false;
    m_inDf = false;
    m_frame = {};
}

void HostFrameParser::line(const QByteArray &raw)
{
    QByteArray text = raw;
    if (text.endsWith('\r'))
        text.chop(1);
    // A frame cut mid-line runs into the next header; the header still counts.
    if (const qsizetype at = text.indexOf("@sloop "); at > 0) {
        if (m_inFrame)
            dropFrame(tr("cut short (no end line)"));
        else
            ++m_strayLines;
        text = text.mid(at);
    }
    if (text.startsWith("@sloop ")) {
        beginFrame(text);
        return;
    }
    if (!m_inFrame) {
        if (!text.trimmed().isEmpty())
            ++m_strayLines;
        return;
    }
    if (++m_frameLines > kMaxFrameLines) {
        dropFrame(tr("more than %1 lines").arg(kMaxFrameLines));
        return;
    }
    if (m_inDf) {
        if (text == "@df-end") {
            m_inDf = false;
            m_frame.hasMounts = true;
        } else if (!dfLine(text)) {
            dropFrame(
                tr("a df line that does not read: \"%1\"").arg(QString::fromUtf8(text.left(80))));
        }
        return;
    }
    if (text.startsWith("@end")) {
        endFrame(text);
    } else if (text.startsWith("@procs ")) {
        const auto n = number(text.mid(7).trimmed());
        if (!n || *n > 100000000) {
            dropFrame(tr("a process count that is not one"));
            return;
        }
        m_frame.processes = qint64(*n);
    } else if (text == "@df") {
        m_inDf = true;
    } else if (text.startsWith("@missing")) {
        for (const QByteArray &f : fields(text.mid(8)))
            if (!f.isEmpty())
                m_frame.missing.append(QString::fromUtf8(f));
    } else if (text.startsWith("/proc/")) {
        const qsizetype colon = text.indexOf(':');
        if (colon < 0 || !procLine(text.left(colon), text.mid(colon + 1)))
            dropFrame(
                tr("a line that does not read: \"%1\"").arg(QString::fromUtf8(text.left(80))));
    } else if (text.startsWith('@')) {
        // A later version's record: skipped, so old Sloops read new scripts.
    } else {
        dropFrame(tr("an unexpected line: \"%1\"").arg(QString::fromUtf8(text.left(80))));
    }
}

void HostFrameParser::beginFrame(const QByteArray &text)
{
    if (m_inFrame)
        dropFrame(tr("cut short (no end line)"));
    const QList<QByteArray> f = fields(text);
    // Plain values, not optionals: GCC's -Wmaybe-uninitialized misreads them here.
    const quint64 seq = f.size() >= 4 ? number(f.at(2)).value_or(kBad) : kBad;
    const quint64 interval = f.size() >= 4 ? number(f.at(3)).value_or(kBad) : kBad;
    if (f.value(1) != "1" || seq > (quint64(1) << 62) || interval > 3600) {
        problem(tr("A frame header that this Sloop does not read: \"%1\".")
                    .arg(QString::fromUtf8(text.left(80))));
        return;
    }
    m_frame = {};
    m_frame.sequence = qint64(seq);
    m_frame.intervalSeconds = int(interval);
    m_inFrame = true;
    m_inDf = false;
    m_frameLines = 0;
}

void HostFrameParser::endFrame(const QByteArray &text)
{
    const auto seq = number(text.mid(4).trimmed());
    if (!seq || qint64(*seq) != m_frame.sequence) {
        dropFrame(tr("its end line does not match"));
        return;
    }
    m_frame.disks = wholeDisks(m_frame.disks);
    m_frames.append(std::move(m_frame));
    m_frame = {};
    m_inFrame = false;
}

bool HostFrameParser::procLine(const QByteArray &file, const QByteArray &rest)
{
    if (file == "/proc/stat") {
        const QList<QByteArray> f = fields(rest);
        const QByteArray &key = f.first();
        if (key.startsWith("cpu")) {
            if (f.size() < 5)
                return false;
            CpuTimes t;
            if (key.size() > 3) {
                const auto core = number(key.mid(3));
                if (!core || *core > 65535)
                    return false;
                t.core = int(*core);
            }
            quint64 *slots[] = {&t.user,   &t.nice, &t.system,  &t.idle,
                                &t.iowait, &t.irq,  &t.softirq, &t.steal};
            for (int i = 0; i < 8 && i + 1 < f.size(); ++i) {
                const auto v = number(f.at(i + 1));
                if (!v)
                    return false;
                *slots[i] = *v;
            }
            if (t.core < 0)
                m_frame.cpu = t;
            else
                m_frame.cores.append(t);
        } else if (key == "btime") {
            const auto v = number(f.value(1));
            if (!v || *v > (quint64(1) << 40))
                return false;
            m_frame.bootTimeS = qint64(*v);
        }
        return true; // ctxt, processes, ... are not needed
    }
    if (file == "/proc/loadavg") {
        const QList<QByteArray> f = fields(rest);
        if (f.size() < 3)
            return false;
        const auto l1 = decimal(f.at(0)), l5 = decimal(f.at(1)), l15 = decimal(f.at(2));
        if (!l1 || !l5 || !l15)
            return false;
        m_frame.load1 = l1;
        m_frame.load5 = l5;
        m_frame.load15 = l15;
        return true;
    }
    if (file == "/proc/meminfo") {
        const qsizetype colon = rest.indexOf(':');
        if (colon <= 0)
            return false;
        const QList<QByteArray> f = fields(rest.mid(colon + 1));
        const auto v = number(f.value(0));
        if (!v)
            return false;
        m_frame.memKb.insert(QString::fromLatin1(rest.left(colon)), *v);
        return true;
    }
    if (file == "/proc/diskstats") {
        m_frame.hasDiskstats = true;
        const QList<QByteArray> f = fields(rest);
        if (f.size() < 10)
            return false;
        const auto read = number(f.at(5)), written = number(f.at(9));
        if (!read || !written)
            return false;
        m_frame.disks.append({QString::fromUtf8(f.at(2)), *read, *written});
        return true;
    }
    if (file == "/proc/net/dev") {
        m_frame.hasNetDev = true;
        const qsizetype colon = rest.indexOf(':');
        if (rest.contains('|'))
            return true; // the two header lines
        if (colon <= 0)
            return false;
        const QByteArray name = rest.left(colon).trimmed();
        const QList<QByteArray> f = fields(rest.mid(colon + 1));
        if (f.size() < 10 || name.isEmpty())
            return false;
        const auto rxB = number(f.at(0)), rxP = number(f.at(1)), txB = number(f.at(8)),
                   txP = number(f.at(9));
        if (!rxB || !rxP || !txB || !txP)
            return false;
        if (name != "lo")
            m_frame.interfaces.append({QString::fromUtf8(name), *rxB, *rxP, *txB, *txP});
        return true;
    }
    if (file == "/proc/uptime") {
        const auto up = decimal(fields(rest).value(0));
        if (!up)
            return false;
        m_frame.uptimeS = up;
        return true;
    }
    return true; // a file a later script reads
}

bool HostFrameParser::dfLine(const QByteArray &text)
{
    if (text.startsWith("Filesystem"))
        return true;
    const QList<QByteArray> f = fields(text);
    if (f.size() < 6)
        return false;
    const auto total = number(f.at(1)), used = number(f.at(2)), avail = number(f.at(3));
    if (!total || !used || !avail)
        return false;
    // The mount point is the rest of the line: it may hold spaces.
    const QByteArray simplified = text.simplified();
    qsizetype at = 0;
    for (int i = 0; i < 5 && at >= 0; ++i)
        at = simplified.indexOf(' ', at) + 1;
    MountUsage m;
    m.source = QString::fromUtf8(f.at(0));
    m.mountPoint = QString::fromUtf8(simplified.mid(at));
    m.totalKb = *total;
    m.usedKb = *used;
    m.availableKb = *avail;
    m_frame.mounts.append(m);
    return true;
}

} // namespace sloop::metrics
