// HostFrameParser and deriveHostMetrics: the sampler script's real output
// (run here under dash and busybox ash), and frames made by the test for
// what a real host rarely shows on demand: garbage, frames cut short,
// missing files, 0 and 2^64-1, counter wraps, reboots, clock jumps.
#include "metrics/hostframeparser.h"
#include "metrics/hostmetrics.h"
#include "metrics/hostsampler.h"
#include "metrics/metricnames.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop::metrics;

namespace {

const QString kTarget = QStringLiteral("host/test");
constexpr quint64 kMax64 = std::numeric_limits<quint64>::max();

// The counters of a made-up host with two CPUs, one disk and one NIC.
struct Fake
{
    qint64 seq = 0;
    std::optional<double> uptime = 1000.0;
    qint64 btime = 1700000000;
    quint64 user = 10000, system = 5000, idle = 80000, iowait = 100, steal = 0;
    quint64 memTotalKb = 1000000, memAvailableKb = 250000;
    quint64 rx = 1000000, tx = 500000, rxp = 1000, txp = 500;
    quint64 sectorsRead = 2000, sectorsWritten = 4000;
    bool stat = true, meminfo = true, net = true, disk = true, df = false;
    quint64 dfUsedKb = 900, dfAvailKb = 100;
};

QByteArray n(quint64 v)
{
    return QByteArray::number(v);
}

QByteArray text(const Fake &f)
{
    QByteArray t = "@sloop 1 " + QByteArray::number(f.seq) + " 1\n";
    QByteArrayList missing;
    if (f.stat) {
        t += "/proc/stat:cpu  " + n(f.user) + " 0 " + n(f.system) + ' ' + n(f.idle) + ' ' +
             n(f.iowait) + " 0 0 " + n(f.steal) + " 0 0\n";
        for (int c = 0; c < 2; ++c)
            t += "/proc/stat:cpu" + n(c) + ' ' + n(f.user / 2) + " 0 " + n(f.system / 2) + ' ' +
                 n(f.idle / 2) + ' ' + n(f.iowait / 2) + " 0 0 " + n(f.steal / 2) + " 0 0\n";
        t += "/proc/stat:ctxt 123\n/proc/stat:btime " + QByteArray::number(f.btime) + '\n';
    } else {
        missing << "/proc/stat";
    }
    t += "/proc/loadavg:0.50 0.25 0.10 1/100 4242\n";
    if (f.meminfo)
        t += "/proc/meminfo:MemTotal:       " + n(f.memTotalKb) +
             " kB\n/proc/meminfo:MemFree:  1000 kB\n/proc/meminfo:MemAvailable:   " +
             n(f.memAvailableKb) +
             " kB\n/proc/meminfo:Buffers: 1000 kB\n/proc/meminfo:Cached: 9000 kB\n"
             "/proc/meminfo:SwapTotal: 2048 kB\n/proc/meminfo:SwapFree: 1024 kB\n"
             "/proc/meminfo:HugePages_Total:       0\n";
    else
        missing << "/proc/meminfo";
    if (f.disk)
        t += "/proc/diskstats: 252       0 vda 1 0 " + n(f.sectorsRead) + " 0 1 0 " +
             n(f.sectorsWritten) + " 0 0 0 0\n/proc/diskstats: 252       1 vda1 1 0 " +
             n(f.sectorsRead) + " 0 1 0 " + n(f.sectorsWritten) +
             " 0 0 0 0\n/proc/diskstats:   7       0 loop0 1 0 99999 0 1 0 99999 0 0 0 0\n";
    else
        missing << "/proc/diskstats";
    if (f.net)
        t += "/proc/net/dev:Inter-|   Receive |  Transmit\n"
             "/proc/net/dev: face |bytes    packets errs|bytes    packets\n"
             "/proc/net/dev:    lo: 999999 999 0 0 0 0 0 0 999999 999 0 0 0 0 0 0\n"
             "/proc/net/dev:  eth0: " +
             n(f.rx) + ' ' + n(f.rxp) + " 0 0 0 0 0 0 " + n(f.tx) + ' ' + n(f.txp) +
             " 0 0 0 0 0 0\n/proc/net/dev:veth1: 5 5 0 0 0 0 0 0 5 5 0 0 0 0 0 0\n";
    else
        missing << "/proc/net/dev";
    if (f.uptime)
        t += "/proc/uptime:" + QByteArray::number(*f.uptime, 'f', 2) + " 1234.00\n";
    else
        missing << "/proc/uptime";
    t += "@procs 123\n";
    if (f.df)
        t += "@df\nFilesystem     1024-blocks  Used Available Capacity Mounted on\n"
             "/dev/vda1 1000 " +
             n(f.dfUsedKb) + ' ' + n(f.dfAvailKb) +
             " 90% /\ntmpfs 500 500 0 100% /run\n/dev/vda1 1000 900 100 90% /var/lib/bind "
             "mount\n/dev/vdb 2000 500 1500 25% /srv/my data\n@df-end\n";
    if (!missing.isEmpty())
        t += "@missing " + missing.join(' ') + '\n';
    return t + "@end " + QByteArray::number(f.seq) + '\n';
}

HostFrame parseOne(const QByteArray &bytes)
{
    HostFrameParser p;
    p.feed(bytes);
    const QList<HostFrame> frames = p.takeFrames();
    const QStringList problems = p.takeProblems();
    if (frames.size() != 1 || !problems.isEmpty())
        qFatal("expected one clean frame, got %lld: %s", qlonglong(frames.size()),
               qPrintable(problems.join(QLatin1Char(' '))));
    return frames.first();
}

QHash<QString, double> derive(const Fake &a, const Fake &b)
{
    QHash<QString, double> values;
    for (const MetricPoint &p : deriveHostMetrics(kTarget, parseOne(text(a)), parseOne(text(b)))) {
        if (values.contains(p.metric))
            qFatal("%s twice", qPrintable(p.metric));
        if (p.target != kTarget || !std::isfinite(p.value) || p.value < 0)
            qFatal("bad point %s %f", qPrintable(p.metric), p.value);
        values.insert(p.metric, p.value);
    }
    return values;
}

// The next frame, one second later: CPU 50% busy (all user), 1 MB/s in.
Fake next(Fake f)
{
    f.seq += 1;
    if (f.uptime)
        *f.uptime += 1.0;
    f.btime += 0;
    f.user += 100;
    f.idle += 100;
    f.rx += 1000000;
    f.tx += 2000;
    f.rxp += 1000;
    f.txp += 20;
    f.sectorsRead += 2048;   // 1 MiB
    f.sectorsWritten += 512; // 256 KiB
    return f;
}

bool hasRates(const QHash<QString, double> &v)
{
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        if (it.key().startsWith(QLatin1String("cpu")) ||
            it.key().startsWith(QLatin1String("net_")) ||
            it.key().startsWith(QLatin1String("disk_read")) ||
            it.key().startsWith(QLatin1String("disk_write")))
            return true;
    return false;
}

} // namespace

class TestHostFrameParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realScript_data();
    void realScript();
    void steadyHost();
    void bytesInAnySlicing();
    void garbageAndTruncation();
    void hugeLineIsBounded();
    void missingFiles();
    void zeroAndHugeValues();
    void counterWraps_data();
    void counterWraps();
    void reboot();
    void clockJumps_data();
    void clockJumps();
    void mutatedRealOutputNeverCrashes();

private:
    QByteArray m_real; // two frames of the script on this machine
};

void TestHostFrameParser::realScript_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("sh (dash)") << QStringLiteral("sh");
    QTest::newRow("busybox ash") << QStringLiteral("busybox");
}

// The script from the resources (what hosts get), run here for two frames.
void TestHostFrameParser::realScript()
{
    QFETCH(QString, shell);
    QVERIFY2(!QStandardPaths::findExecutable(shell).isEmpty(),
             qPrintable(shell + QStringLiteral(" is not installed (busybox-static)")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sampler.sh"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(!HostSampler::script().isEmpty());
    f.write(HostSampler::script());
    f.close();
    QProcess p;
    QStringList args{path, QStringLiteral("1")};
    if (shell == QLatin1String("busybox"))
        args.prepend(QStringLiteral("sh"));
    p.start(shell, args);
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QDeadlineTimer deadline(15000);
    while (out.count("@end ") < 2 && !deadline.hasExpired()) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    p.kill();
    p.waitForFinished();
    QCOMPARE(out.count("@end "), 2);
    QVERIFY2(p.readAllStandardError().isEmpty(), "the script wrote to stderr");
    if (m_real.isEmpty())
        m_real = out;

    HostFrameParser parser;
    parser.feed(out);
    const QList<HostFrame> frames = parser.takeFrames();
    QVERIFY2(parser.takeProblems().isEmpty(), out.constData());
    QVERIFY(frames.size() >= 2);
    const HostFrame &a = frames.at(0), &b = frames.at(1);
    QCOMPARE(b.sequence, a.sequence + 1);
    QVERIFY(a.cpu && b.cpu);
    QCOMPARE(b.cores.size(), QThread::idealThreadCount());
    QVERIFY(b.uptimeS && *b.uptimeS > *a.uptimeS);
    QVERIFY(b.memKb.value(QStringLiteral("MemTotal")) > 0);
    QVERIFY(b.hasNetDev && b.hasDiskstats && b.hasMounts);
    QVERIFY(b.processes && *b.processes > 5);
    QVERIFY(b.missing.isEmpty());
    for (const DiskCounters &d : b.disks)
        QVERIFY2(!d.name.startsWith(QLatin1String("loop")), qPrintable(d.name));
    // The host's clock (btime + uptime) is this machine's.
    QVERIFY(qAbs(b.hostEpochMs() - QDateTime::currentMSecsSinceEpoch()) < 60000);

    QHash<QString, double> v;
    for (const MetricPoint &pt : deriveHostMetrics(kTarget, a, b))
        v.insert(pt.metric, pt.value);
    for (QLatin1StringView m :
         {names::kCpu, names::kCpuUser, names::kMemory, names::kMemTotal, names::kLoad1,
          names::kProcesses, names::kUptime, names::kNetIn, names::kNetOut, names::kDisk,
          names::kDiskUsedPct, names::kDiskRead, names::kDiskWrite})
        QVERIFY2(v.contains(m) ||
                     (m == names::kDiskUsedPct && v.contains(m + QStringLiteral(":/"))),
                 qPrintable(QString(m)));
    QVERIFY(v.value(names::kCpu) >= 0 && v.value(names::kCpu) <= 100);
    QVERIFY(v.value(names::kMemory) > 0 && v.value(names::kMemory) < 100);
    QVERIFY(v.contains(QStringLiteral("cpu_core:0")));
    QVERIFY(!v.contains(QStringLiteral("net_in:lo")));
}

void TestHostFrameParser::steadyHost()
{
    Fake a;
    a.df = true;
    Fake b = next(a);
    b.df = true;
    const auto v = derive(a, b);
    QCOMPARE(v.value(QStringLiteral("cpu")), 50.0);
    QCOMPARE(v.value(QStringLiteral("cpu_user")), 50.0);
    QCOMPARE(v.value(QStringLiteral("cpu_system")), 0.0);
    QCOMPARE(v.value(QStringLiteral("cpu_core:0")), 50.0);
    QCOMPARE(v.value(QStringLiteral("cpu_core:1")), 50.0);
    QCOMPARE(v.value(QStringLiteral("memory")), 75.0);
    QCOMPARE(v.value(QStringLiteral("mem_total")), 1000000.0 * 1024);
    QCOMPARE(v.value(QStringLiteral("mem_used")), 750000.0 * 1024);
    QCOMPARE(v.value(QStringLiteral("swap_used")), 1024.0 * 1024);
    QCOMPARE(v.value(QStringLiteral("net_in")), 1e6);
    QCOMPARE(v.value(QStringLiteral("net_in:eth0")), 1e6);
    QCOMPARE(v.value(QStringLiteral("net_out")), 2000.0);
    QCOMPARE(v.value(QStringLiteral("net_packets_in")), 1000.0);
    QVERIFY(!v.contains(QStringLiteral("net_in:lo")));
    QVERIFY(!v.contains(QStringLiteral("net_in:veth1"))); // containers are the engine's
    QCOMPARE(v.value(QStringLiteral("disk_read")), 1048576.0);
    QCOMPARE(v.value(QStringLiteral("disk_read:vda")), 1048576.0);
    QCOMPARE(v.value(QStringLiteral("disk_write")), 262144.0);
    QVERIFY(!v.contains(QStringLiteral("disk_read:vda1"))); // a partition of vda
    QVERIFY(!v.contains(QStringLiteral("disk_read:loop0")));
    QCOMPARE(v.value(QStringLiteral("disk")), 90.0);
    QCOMPARE(v.value(QStringLiteral("disk_used_pct:/")), 90.0);
    QCOMPARE(v.value(QStringLiteral("disk_used_pct:/srv/my data")), 25.0);
    QVERIFY(!v.contains(QStringLiteral("disk_used_pct:/run")));                // tmpfs
    QVERIFY(!v.contains(QStringLiteral("disk_used_pct:/var/lib/bind mount"))); // bind
    QCOMPARE(v.value(QStringLiteral("load1")), 0.5);
    QCOMPARE(v.value(QStringLiteral("processes")), 123.0);
    QCOMPARE(v.value(QStringLiteral("uptime")), 1001.0);
    // Without df in the frame there is no disk usage (never a made-up repeat).
    b.df = false;
    QVERIFY(!derive(a, b).contains(QStringLiteral("disk")));
}

void TestHostFrameParser::bytesInAnySlicing()
{
    const QByteArray all = text(Fake{}) + text(next(Fake{}));
    for (int slice : {1, 2, 3, 7, 64, 1000}) {
        HostFrameParser p;
        for (qsizetype at = 0; at < all.size(); at += slice)
            p.feed(all.mid(at, slice));
        QCOMPARE(p.takeFrames().size(), 2);
        QVERIFY(p.takeProblems().isEmpty());
    }
}

void TestHostFrameParser::garbageAndTruncation()
{
    HostFrameParser p;
    const QByteArray good = text(Fake{});
    // Junk before (a chatty .bashrc), a frame cut mid-line, then a good one.
    p.feed("Welcome to host!\n\x01\x02\xff\xfe binary junk\n");
    p.feed(good.left(good.size() / 2));
    p.feed(text(next(Fake{})));
    QList<HostFrame> frames = p.takeFrames();
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.first().sequence, 1);
    QStringList problems = p.takeProblems();
    QVERIFY2(problems.join(QLatin1Char('|')).contains(QLatin1String("cut short")),
             qPrintable(problems.join(QLatin1Char('|'))));
    QVERIFY(problems.join(QLatin1Char('|')).contains(QLatin1String("outside a frame")));

    // Garbage inside a frame, a wrong end line, a bad header, a number that
    // is not one: each drops its frame only.
    QByteArray bad = good;
    bad.replace("@procs 123", "@procs 12x3");
    p.feed(bad);
    QByteArray wrongEnd = good;
    wrongEnd.replace("@end 0", "@end 7");
    p.feed(wrongEnd);
    p.feed("@sloop 2 0 1\n@sloop 1 x 1\n@sloop 1\n");
    QByteArray notNumber = good;
    notNumber.replace("/proc/uptime:1000.00", "/proc/uptime:nan");
    p.feed(notNumber);
    QByteArray stray = good;
    stray.replace("@procs", "random text\n@procs");
    p.feed(stray);
    QVERIFY(p.takeFrames().isEmpty());
    problems = p.takeProblems();
    QVERIFY2(problems.size() >= 6, qPrintable(problems.join(QLatin1Char('|'))));
    // And it picks up again.
    p.feed(good);
    QCOMPARE(p.takeFrames().size(), 1);
    // A trailing partial frame stays pending, never a frame.
    p.feed(good.left(good.size() - 3));
    QVERIFY(p.takeFrames().isEmpty());
}

void TestHostFrameParser::hugeLineIsBounded()
{
    HostFrameParser p;
    const QByteArray good = text(Fake{});
    p.feed(good.left(30));
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 20; ++i) // 20 MiB without a newline
        p.feed(chunk);
    p.feed("\n");
    p.feed(text(next(Fake{})));
    QCOMPARE(p.takeFrames().size(), 1);
    QVERIFY(p.takeProblems().join(QLatin1Char('|')).contains(QLatin1String("64 KiB")));
}

void TestHostFrameParser::missingFiles()
{
    // A container-like host: no diskstats, no net/dev, no meminfo, no uptime.
    Fake a;
    a.disk = a.net = a.meminfo = false;
    a.uptime.reset();
    const Fake b = next(a);
    const HostFrame frame = parseOne(text(b));
    QCOMPARE(frame.missing,
             QStringList({QStringLiteral("/proc/meminfo"), QStringLiteral("/proc/diskstats"),
                          QStringLiteral("/proc/net/dev"), QStringLiteral("/proc/uptime")}));
    QCOMPARE(frame.hostEpochMs(), 0);
    const auto v = derive(a, b);
    QCOMPARE(v.value(QStringLiteral("cpu")), 50.0); // from the nominal interval
    QVERIFY(!v.contains(QStringLiteral("memory")));
    QVERIFY(!v.contains(QStringLiteral("net_in")));
    QVERIFY(!v.contains(QStringLiteral("disk_read")));
    QVERIFY(!v.contains(QStringLiteral("uptime")));
    // Nothing at all but the frame lines: no points, no crash.
    Fake empty;
    empty.stat = empty.disk = empty.net = empty.meminfo = false;
    empty.uptime.reset();
    QVERIFY(!hasRates(derive(empty, next(empty))));
}

void TestHostFrameParser::zeroAndHugeValues()
{
    // All zero: no tick passed, so no CPU figure; MemTotal 0: no memory.
    Fake zero;
    zero.user = zero.system = zero.idle = zero.iowait = 0;
    zero.memTotalKb = zero.memAvailableKb = 0;
    zero.rx = zero.tx = zero.rxp = zero.txp = 0;
    Fake same = zero;
    same.seq = 1;
    *same.uptime += 1;
    auto v = derive(zero, same);
    QVERIFY(!v.contains(QStringLiteral("cpu")));
    QVERIFY(!v.contains(QStringLiteral("memory")));
    QCOMPARE(v.value(QStringLiteral("net_in")), 0.0);

    // 0 → 2^64-1 in a second: no hardware does that; no rate.
    Fake huge = same;
    huge.rx = huge.tx = huge.user = kMax64;
    v = derive(zero, huge);
    QVERIFY(!v.contains(QStringLiteral("net_in")));
    QVERIFY(!v.contains(QStringLiteral("net_in:eth0")));
    QVERIFY(!v.contains(QStringLiteral("cpu")));
    // 2^64-1 is a number; 2^64 is not: that frame is dropped.
    HostFrameParser p;
    QByteArray over = text(huge);
    p.feed(over.replace(n(kMax64), "18446744073709551616"));
    QVERIFY(p.takeFrames().isEmpty());
    QVERIFY(!p.takeProblems().isEmpty());
    // Used above total (a racy read) is clamped, not 120%.
    Fake odd;
    odd.memAvailableKb = odd.memTotalKb * 2;
    QCOMPARE(derive(odd, next(odd)).value(QStringLiteral("memory")), 0.0);
    // Huge gauges stay finite.
    Fake big;
    big.memTotalKb = kMax64;
    big.memAvailableKb = kMax64 / 2;
    QCOMPARE(qRound(derive(big, next(big)).value(QStringLiteral("memory"))), 50);
}

void TestHostFrameParser::counterWraps_data()
{
    QTest::addColumn<quint64>("before");
    QTest::addColumn<quint64>("after");
    QTest::addColumn<double>("rate"); // -1: none
    QTest::newRow("32-bit wrap") << quint64(4294967296ULL - 1000) << quint64(500) << 1500.0;
    QTest::newRow("64-bit wrap") << (kMax64 - 999) << quint64(500) << 1500.0;
    QTest::newRow("reset (interface made anew)") << quint64(1000000000) << quint64(100) << -1.0;
    QTest::newRow("64-bit reset") << quint64(50000000000ULL) << quint64(100) << -1.0;
    QTest::newRow("steady") << quint64(100) << quint64(1100) << 1000.0;
}

void TestHostFrameParser::counterWraps()
{
    QFETCH(quint64, before);
    QFETCH(quint64, after);
    QFETCH(double, rate);
    Fake a;
    a.rx = before;
    Fake b = next(a);
    b.rx = after;
    const auto v = derive(a, b);
    if (rate < 0) {
        QVERIFY(!v.contains(QStringLiteral("net_in:eth0")));
        QVERIFY(!v.contains(QStringLiteral("net_in"))); // no sum with a hole in it
    } else {
        QCOMPARE(v.value(QStringLiteral("net_in:eth0")), rate);
        QCOMPARE(v.value(QStringLiteral("net_in")), rate);
    }
    QCOMPARE(v.value(QStringLiteral("cpu")), 50.0); // the others are unaffected
}

void TestHostFrameParser::reboot()
{
    Fake a;
    a.uptime = 86400.0;
    Fake b = next(a);
    b.uptime = 12.0; // it rebooted between the frames; every counter restarted
    b.user = 50;
    b.idle = 100;
    b.rx = 1000;
    b.sectorsRead = 10;
    const auto v = derive(a, b);
    QVERIFY(!hasRates(v));
    QCOMPARE(v.value(QStringLiteral("memory")), 75.0); // gauges are still true
    QCOMPARE(v.value(QStringLiteral("uptime")), 12.0);
    // The next pair after the reboot has rates again.
    QCOMPARE(derive(b, next(b)).value(QStringLiteral("net_in")), 1e6);
}

void TestHostFrameParser::clockJumps_data()
{
    QTest::addColumn<qint64>("shift");
    QTest::newRow("back 10 min") << qint64(-600);
    QTest::newRow("forward 1 h") << qint64(3600);
    QTest::newRow("back a day") << qint64(-86400);
}

void TestHostFrameParser::clockJumps()
{
    QFETCH(qint64, shift);
    // The wall clock is set between the frames: btime moves with it, the
    // monotonic uptime does not; rates follow the uptime.
    Fake a;
    Fake b = next(a);
    b.btime += shift;
    const HostFrame fa = parseOne(text(a)), fb = parseOne(text(b));
    QCOMPARE(fb.hostEpochMs() - fa.hostEpochMs(), shift * 1000 + 1000);
    auto v = derive(a, b);
    QCOMPARE(v.value(QStringLiteral("net_in")), 1e6);
    QCOMPARE(v.value(QStringLiteral("disk_read")), 1048576.0);
    // Points carry the receiving machine's time when the sampler set it.
    HostFrame stamped = fb;
    stamped.receivedMs = 42;
    QCOMPARE(deriveHostMetrics(kTarget, fa, stamped).first().timeMs, 42);
    // Without /proc/uptime the sequence and interval stand in for time.
    a.uptime.reset();
    b.uptime.reset();
    v = derive(a, b);
    QCOMPARE(v.value(QStringLiteral("net_in")), 1e6);
    // Frames of two streams (the sequence went back): no rates.
    Fake restarted = next(a);
    restarted.seq = 0;
    QVERIFY(!hasRates(derive(a, restarted)));
}

void TestHostFrameParser::mutatedRealOutputNeverCrashes()
{
    if (m_real.isEmpty()) // run alone: made-up frames instead
        m_real = text(Fake{}) + text(next(Fake{}));
    QRandomGenerator rng(20240605);
    int frames = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = m_real;
        const int edits = int(rng.bounded(1, 6));
        // bounded(0) never returns: stop editing once a truncation emptied it.
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const qsizetype at = rng.bounded(qsizetype(bytes.size()));
            switch (rng.bounded(4)) {
            case 0:
                bytes[at] = char(rng.bounded(256));
                break;
            case 1:
                bytes.remove(at, rng.bounded(1, 40));
                break;
            case 2:
                bytes.insert(at, "\n@end 1\n@sloop 1 1 1\n");
                break;
            default:
                bytes.truncate(at);
            }
        }
        HostFrameParser p;
        qsizetype at = 0;
        while (at < bytes.size()) {
            const qsizetype len = rng.bounded(1, 500);
            p.feed(bytes.mid(at, len));
            at += len;
        }
        const QList<HostFrame> got = p.takeFrames();
        frames += int(got.size());
        for (qsizetype i = 1; i < got.size(); ++i)
            for (const MetricPoint &pt : deriveHostMetrics(kTarget, got.at(i - 1), got.at(i)))
                QVERIFY2(std::isfinite(pt.value) && pt.value >= 0, qPrintable(pt.metric));
        QVERIFY(p.takeProblems().size() <= HostFrameParser::kMaxProblems);
    }
    QVERIFY(frames > 0); // some survive a single edit
}

QTEST_GUILESS_MAIN(TestHostFrameParser)
#include "tst_hostframeparser.moc"
