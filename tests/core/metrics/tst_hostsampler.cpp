// HostSampler and StatusChecker against real sshds in network namespaces
// (scripts/start-netns-sshd.sh): sloop-ns3 streams numbers and carries a
// CPU load the test makes; sloop-ns4's link is cut and restored. Needs root
// (ip link, renice).
#include "../ssh/netnstestenv.h"
#include "../ssh/sshtestsession.h"
#include "cpuhogs.h"
#include "metrics/hostsampler.h"
#include "metrics/metricnames.h"
#include "metrics/statuschecker.h"
#include "ssh/sshsession.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sloop;
using namespace sloop::metrics;

namespace {

constexpr int kKeepAliveMs = 500;
constexpr int kKeepAliveCount = 3;

// The last value of each metric, and the history of a few.
struct Seen
{
    QHash<QString, double> last;
    QHash<QString, QList<double>> history;
    int batches = 0;

    void add(const MetricBatch &batch)
    {
        ++batches;
        for (const MetricPoint &p : batch) {
            last.insert(p.metric, p.value);
            history[p.metric].append(p.value);
        }
    }
    // The mean of the last n values of a metric (nullopt when fewer).
    std::optional<double> recent(const QString &metric, int n) const
    {
        const QList<double> &h = history.value(metric);
        if (h.size() < n)
            return std::nullopt;
        double sum = 0;
        for (qsizetype i = h.size() - n; i < h.size(); ++i)
            sum += h.at(i);
        return sum / n;
    }
};

} // namespace

class TestHostSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void streamsAndFollowsLoad();
    void linkCutIsReportedAndHealed();
    void stopAndIntervalChange();

private:
    std::unique_ptr<ssh::SshSession> session(const test::NetnsHost &host)
    {
        ssh::SshOptions options;
        options.keepAliveIntervalMs = kKeepAliveMs;
        options.keepAliveCountMax = kKeepAliveCount;
        options.connectTimeoutMs = 2000;
        return test::testSession(m_env, m_knownHosts, host.address, 22, options);
    }
    test::SshTestEnv m_env;
    QList<test::NetnsHost> m_hosts;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    test::CpuHogs m_hogs; // killed in cleanup whatever happened
};

void TestHostSampler::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    const auto hosts = test::loadNetnsTestEnv({3, 4});
    QVERIFY2(hosts.ok(), qPrintable(hosts.error()));
    m_hosts = *hosts;
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    for (const test::NetnsHost &h : std::as_const(m_hosts))
        QVERIFY(test::writeKnownHosts(m_knownHosts, h.hostKey, {{h.address, 22}}));
}

void TestHostSampler::cleanup()
{
    if (m_hosts.size() > 3)
        test::restoreHost(m_hosts.at(3)); // always, whatever the test did
    m_hogs.killLocally();
}

// Numbers arrive once a second; then two CPU hogs (cpuhogs.h) on the host:
// cpu_system climbs far above its baseline, and falls once they are gone.
void TestHostSampler::streamsAndFollowsLoad()
{
    const test::NetnsHost &host = m_hosts.at(2);
    auto s = session(host);
    HostSampler sampler(QStringLiteral("host/ns3"), s.get());
    sampler.setIntervalSeconds(1);
    QCOMPARE(sampler.intervalSeconds(), 1);
    Seen seen;
    QList<bool> streaming;
    connect(&sampler, &HostSampler::sampled, this, [&](const MetricBatch &b) {
        for (const MetricPoint &p : b)
            QCOMPARE(p.target, QStringLiteral("host/ns3"));
        seen.add(b);
    });
    connect(&sampler, &HostSampler::streamingChanged, this,
            [&](bool on, const QString &) { streaming.append(on); });
    QElapsedTimer clock;
    clock.start();
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(seen.batches >= 3, 20000);
    qInfo("3 batches %lld ms after start", clock.elapsed());
    QVERIFY(sampler.isStreaming());
    QCOMPARE(streaming, QList<bool>{true});
    for (QLatin1StringView m :
         {names::kCpu, names::kCpuUser, names::kCpuSystem, names::kMemory, names::kMemTotal,
          names::kMemUsed, names::kLoad1, names::kProcesses, names::kUptime, names::kNetIn,
          names::kNetOut, names::kNetPacketsIn, names::kDiskRead, names::kDiskWrite, names::kDisk})
        QVERIFY2(seen.last.contains(m), qPrintable(QString(m)));
    QVERIFY(seen.last.value(names::kMemTotal) > 0);
    QVERIFY(seen.last.contains(QStringLiteral("cpu_core:0")));
    QVERIFY(seen.last.value(names::kNetIn) > 0); // the SSH stream itself
    QVERIFY(seen.last.value(names::kDisk) > 0 && seen.last.value(names::kDisk) <= 100);

    const int baselineFrom = seen.batches;
    QTRY_VERIFY_WITH_TIMEOUT(seen.batches >= baselineFrom + 4, 10000);
    const double baseline = *seen.recent(QString(names::kCpuSystem), 4);

    const QString started = m_hogs.start(s.get());
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const int busyFrom = seen.batches;
    const auto history = [&seen] {
        QStringList h;
        for (const char *m : {"cpu", "cpu_system", "cpu_user"}) {
            QStringList v;
            for (double d : seen.history.value(QLatin1String(m)))
                v << QString::number(d, 'f', 0);
            h << QLatin1String(m) + QLatin1Char(' ') + v.join(QLatin1Char(' '));
        }
        return h.join(QLatin1String("; "));
    };
    const bool loaded = QTest::qWaitFor(
        [&] {
            return seen.batches >= busyFrom + 3 &&
                   *seen.recent(QString(names::kCpuSystem), 3) >= baseline + 30 &&
                   *seen.recent(QString(names::kCpu), 3) >= 90;
        },
        25000);
    QVERIFY2(loaded, qPrintable(history()));
    const double busy = *seen.recent(QString(names::kCpuSystem), 3);
    qInfo("cpu_system: baseline %.1f%%, with the hogs %.1f%%; cpu %.1f%%", baseline, busy,
          *seen.recent(QString(names::kCpu), 3));

    const QString stopped = m_hogs.stop(s.get());
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    const int idleFrom = seen.batches;
    const bool calm = QTest::qWaitFor(
        [&] {
            return seen.batches >= idleFrom + 3 &&
                   *seen.recent(QString(names::kCpuSystem), 3) <= busy - 20;
        },
        25000);
    QVERIFY2(calm, qPrintable(history()));
    qInfo("cpu_system after: %.1f%%", *seen.recent(QString(names::kCpuSystem), 3));
    QVERIFY(sampler.isStreaming());
    QCOMPARE(streaming, QList<bool>{true}); // never interrupted
    sampler.stop();
    QVERIFY(!sampler.isStreaming());
}

// The link to ns4 goes down: the status check says unreachable and failed,
// the sampler says why it stopped; once the link is up again both come back
// without being told.
void TestHostSampler::linkCutIsReportedAndHealed()
{
    const test::NetnsHost &host = m_hosts.at(3);
    auto s = session(host);
    HostSampler sampler(QStringLiteral("host/ns4"), s.get());
    sampler.setIntervalSeconds(1);
    StatusChecker checker(QStringLiteral("host/ns4"), host.address, 22);
    checker.setIntervalSeconds(1);
    checker.setTimeoutMs(800);

    Seen seen;
    QList<QPair<bool, QString>> streaming;
    QHash<QString, double> status;
    int checks = 0;
    connect(&sampler, &HostSampler::sampled, this, [&](const MetricBatch &b) { seen.add(b); });
    connect(&sampler, &HostSampler::streamingChanged, this, [&](bool on, const QString &why) {
        streaming.append({on, why});
    });
    connect(&checker, &StatusChecker::checked, this, [&](const MetricBatch &b) {
        ++checks;
        status.clear();
        for (const MetricPoint &p : b) {
            QCOMPARE(p.target, QStringLiteral("host/ns4"));
            status.insert(p.metric, p.value);
        }
    });
    sampler.start();
    checker.start();
    QTRY_VERIFY_WITH_TIMEOUT(seen.batches >= 2 && checks >= 2, 20000);
    QCOMPARE(status.value(names::kStatusReachable), 1.0);
    QCOMPARE(status.value(names::kStatusSsh), 1.0);
    QCOMPARE(status.value(names::kStatusCheckFailed), 0.0);
    QVERIFY(!status.contains(names::kStatusHealth)); // no health check set

    QVERIFY(test::cutHost(host));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(!streaming.isEmpty() && !streaming.last().first, 15000);
    const QString why = streaming.last().second;
    qInfo("sampler stopped %lld ms after the cut: %s", clock.elapsed(), qPrintable(why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!sampler.isStreaming());
    QCOMPARE(sampler.problem(), why);
    // A check that connected just before the cut may end in "no banner";
    // the next ones find no route at all.
    const int checksBefore = checks;
    const bool down = QTest::qWaitFor(
        [&] {
            return status.value(names::kStatusCheckFailed) == 1.0 &&
                   status.value(names::kStatusReachable) == 0.0;
        },
        5000);
    QVERIFY2(
        down,
        qPrintable(
            QStringLiteral("%1 checks; %2").arg(checks - checksBefore).arg(checker.problem())));
    QCOMPARE(status.value(names::kStatusSsh), 0.0);
    qInfo("status: %s", qPrintable(checker.problem()));
    QTest::qWait(4000); // a few failed reopens, backoff growing
    const int batchesWhileDown = seen.batches;

    QVERIFY(test::restoreHost(host));
    clock.restart();
    QTRY_VERIFY_WITH_TIMEOUT(sampler.isStreaming() && seen.batches >= batchesWhileDown + 2, 45000);
    qInfo("sampler back %lld ms after the link came up", clock.elapsed());
    QVERIFY(streaming.last().first);
    QTRY_VERIFY_WITH_TIMEOUT(status.value(names::kStatusCheckFailed) == 0.0, 10000);
    QCOMPARE(status.value(names::kStatusReachable), 1.0);
    QCOMPARE(status.value(names::kStatusSsh), 1.0);
    checker.stop();
    sampler.stop();
}

// A health check takes part; an interval change restarts the stream at the
// new pace; stop() stops everything.
void TestHostSampler::stopAndIntervalChange()
{
    const test::NetnsHost &host = m_hosts.at(2);
    auto s = session(host);
    HostSampler sampler(QStringLiteral("host/ns3"), s.get());
    sampler.setIntervalSeconds(0); // clamped
    QCOMPARE(sampler.intervalSeconds(), 1);
    int batches = 0;
    connect(&sampler, &HostSampler::sampled, this, [&](const MetricBatch &) { ++batches; });
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(batches >= 2, 20000);
    sampler.setIntervalSeconds(3);
    batches = 0;
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(batches >= 2, 20000);
    QVERIFY2(clock.elapsed() >= 2500, qPrintable(QString::number(clock.elapsed())));
    sampler.stop();
    QVERIFY(!sampler.isStreaming());
    batches = 0;
    QTest::qWait(3500);
    QCOMPARE(batches, 0);

    StatusChecker checker(QStringLiteral("host/ns3"), host.address, 22);
    checker.setIntervalSeconds(1);
    bool healthy = true;
    checker.setHealthCheck([&healthy] {
        return QtFuture::makeReadyFuture(
            instances::HealthAnswer{healthy, QStringLiteral("said so")});
    });
    QHash<QString, double> status;
    connect(&checker, &StatusChecker::checked, this, [&](const MetricBatch &b) {
        for (const MetricPoint &p : b)
            status.insert(p.metric, p.value);
    });
    checker.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(status.contains(names::kStatusHealth), 5000);
    QCOMPARE(status.value(names::kStatusHealth), 1.0);
    QCOMPARE(status.value(names::kStatusCheckFailed), 0.0);
    healthy = false;
    status.clear();
    checker.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(status.contains(names::kStatusCheckFailed), 5000);
    QCOMPARE(status.value(names::kStatusHealth), 0.0);
    QCOMPARE(status.value(names::kStatusSsh), 1.0);
    QCOMPARE(status.value(names::kStatusCheckFailed), 1.0);
    QVERIFY2(checker.problem().contains(QStringLiteral("said so")), qPrintable(checker.problem()));

    // Nothing listens on port 1: refused, so the host is up but SSH is not.
    StatusChecker closed(QStringLiteral("host/ns3"), host.address, 1);
    status.clear();
    connect(&closed, &StatusChecker::checked, this, [&](const MetricBatch &b) {
        for (const MetricPoint &p : b)
            status.insert(p.metric, p.value);
    });
    closed.checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(status.contains(names::kStatusCheckFailed), 12000);
    QCOMPARE(status.value(names::kStatusReachable), 1.0);
    QCOMPARE(status.value(names::kStatusSsh), 0.0);
    QCOMPARE(status.value(names::kStatusCheckFailed), 1.0);
}

QTEST_GUILESS_MAIN(TestHostSampler)
#include "tst_hostsampler.moc"
