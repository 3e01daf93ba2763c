// The host facts script and its parser: garbled and truncated answers, a
// cgroup's limits (v1 and v2 spellings), and the script itself run for real
// on this machine and in a container with a Nano plan's limits (512 MB,
// half a CPU), where it must report the container's share, not the
// machine's, and no single-file mounts as disks.
#include "hosts/hostfacts.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace sloop;
using namespace sloop::hosts;

class TestHostFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesWhatArrives();
    void cgroupLimits_data();
    void cgroupLimits();
    void onThisMachine();
    void inAContainerWithPlanLimits();
};

void TestHostFacts::parsesWhatArrives()
{
    const HostFacts f = parseHostFacts("os=\"Debian GNU/Linux 12 (bookworm)\"\n"
                                       "cpus=2\n"
                                       "mem_total_kb=garbage\n"
                                       "disk=/dev/vda 100 40 60 /srv/my data\n"
                                       "disk=/dev/vdb 1 2\n"
                                       "disk=/dev/vdc 10 5 5 relative\n"
                                       "mem_available_kb=12"); // cut mid-answer
    QCOMPARE(f.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(f.cpus, std::optional<qint64>(2));
    QVERIFY(!f.memTotalKb);
    QCOMPARE(f.memAvailableKb, std::optional<qint64>(12));
    QCOMPARE(f.disks.size(), 1);
    QCOMPARE(f.disks.first().mount, QStringLiteral("/srv/my data"));
    QVERIFY(!f.memLimitKb && !f.cpuLimit);
}

void TestHostFacts::cgroupLimits_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<qint64>("limitKb"); // -1: none
    QTest::addColumn<qint64>("usedKb");
    QTest::addColumn<double>("cpus"); // 0: none
    QTest::newRow("v2 nano") << QByteArray("mem_limit=536870912 1048576\ncpu_quota=50000 100000\n")
                             << qint64(524288) << qint64(1024) << 0.5;
    QTest::newRow("v1 nano") << QByteArray("mem_limit=536870912 847872\ncpu_quota=50000 100000\n")
                             << qint64(524288) << qint64(828) << 0.5;
    QTest::newRow("v2 unlimited") << QByteArray("mem_limit=max 1048576\ncpu_quota=max 100000\n")
                                  << qint64(-1) << qint64(-1) << 0.0;
    QTest::newRow("v1 unlimited")
        << QByteArray("mem_limit=9223372036854771712 1048576\ncpu_quota=-1 100000\n") << qint64(-1)
        << qint64(-1) << 0.0;
    QTest::newRow("garbled") << QByteArray("mem_limit=lots\ncpu_quota=1\n") << qint64(-1)
                             << qint64(-1) << 0.0;
    QTest::newRow("used above limit")
        << QByteArray("mem_limit=1048576 2097152\n") << qint64(1024) << qint64(1024) << 0.0;
}

void TestHostFacts::cgroupLimits()
{
    QFETCH(QByteArray, lines);
    QFETCH(qint64, limitKb);
    QFETCH(qint64, usedKb);
    QFETCH(double, cpus);
    const HostFacts f = parseHostFacts(lines);
    QCOMPARE(f.memLimitKb.value_or(-1), limitKb);
    QCOMPARE(f.memLimitUsedKb.value_or(-1), usedKb);
    QCOMPARE(f.cpuLimit.value_or(0.0), cpus);
}

// The script under this machine's sh: the machine's own numbers, no limit.
void TestHostFacts::onThisMachine()
{
    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(kHostFactsScript)});
    QVERIFY(sh.waitForFinished(30000));
    const HostFacts f = parseHostFacts(sh.readAllStandardOutput());
    QVERIFY(f.cpus.value_or(0) >= 1);
    QVERIFY(f.memTotalKb.value_or(0) > 0);
    QVERIFY2(!f.memLimitKb, "this machine's root cgroup has no memory limit");
    QVERIFY(f.uptimeSeconds.value_or(0) > 60); // since boot
    QVERIFY(!f.disks.isEmpty());
}

// What a Nano container instance is given; --init adds the single-file
// mount /usr/sbin/docker-init that a new user saw listed as a disk.
void TestHostFacts::inAContainerWithPlanLimits()
{
    QProcess docker;
    docker.start(QStringLiteral("docker"),
                 {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--init"),
                  QStringLiteral("--memory"), QStringLiteral("512m"), QStringLiteral("--cpus"),
                  QStringLiteral("0.5"), QString::fromLatin1(test::kBusybox), QStringLiteral("sh"),
                  QStringLiteral("-c"), QString::fromUtf8(kHostFactsScript)});
    QVERIFY(docker.waitForFinished(60000));
    QVERIFY2(docker.exitCode() == 0, docker.readAllStandardError().constData());
    const QByteArray out = docker.readAllStandardOutput();
    const HostFacts f = parseHostFacts(out);
    QCOMPARE(f.memLimitKb, std::optional<qint64>(512 * 1024));
    QVERIFY2(f.memLimitUsedKb && *f.memLimitUsedKb < 512 * 1024, out.constData());
    QCOMPARE(f.cpuLimit, std::optional<double>(0.5));
    QVERIFY2(f.uptimeSeconds && *f.uptimeSeconds < 60, out.constData()); // the container's
    for (const DiskUsage &d : f.disks)
        QVERIFY2(!d.mount.contains(QLatin1String("docker-init")), out.constData());
}

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
