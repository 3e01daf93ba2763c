// Swarm services' task counts as metric points, on a one-node swarm of
// scripts/start-swarm-nodes.sh: a service with all its tasks, one whose
// task cannot be placed (missing 1), engines not in a swarm left out, and
// the default alarm a service gets ("running < desired for 2 minutes").
#include "alarms/alarmservice.h"
#include "engine/enginecatalog.h"
#include "metrics/metricnames.h"
#include "swarm/swarmapi.h"
#include "swarm/swarmmetrics.h"

#include "swarmtestenv.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sloop;

class TestSwarmMetrics : public QObject
{
    Q_OBJECT

    std::unique_ptr<engine::EngineManager> m_engines;
    QString m_ok;
    QString m_stuck;

    swarm::SwarmApi api() { return swarm::SwarmApi(m_engines->client(QStringLiteral("sw1"))); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = test::loadSwarmTestEnv();
        QVERIFY2(env.ok(), qPrintable(env.error()));
        m_engines = std::make_unique<engine::EngineManager>(nullptr);
        QList<engine::EngineEndpoint> endpoints;
        for (const test::SwarmTestNode &n : *env)
            endpoints.append({n.name,
                              QStringLiteral("unix://") + n.socket,
                              QStringLiteral("docker"),
                              n.socket,
                              {}});
        m_engines->setEngines(endpoints);
        auto swarm = api();
        test::await(swarm.leave(true));
        test::await(swarm::SwarmApi(m_engines->client(QStringLiteral("sw2"))).leave(true));
        const auto made = test::await(swarm.init(QStringLiteral("10.210.0.2")));
        QVERIFY2(made.ok(), qPrintable(made.error()));
        m_ok = test::uniqueName(QStringLiteral("ok"));
        m_stuck = test::uniqueName(QStringLiteral("stuck"));
        swarm::ServiceSpec ok;
        ok.name = m_ok;
        ok.image = test::kBusybox;
        ok.command = {QStringLiteral("sleep"), QStringLiteral("600")};
        ok.replicas = 2;
        QVERIFY(test::await(swarm.createService(ok)).ok());
        swarm::ServiceSpec stuck = ok;
        stuck.name = m_stuck;
        stuck.replicas = 1;
        stuck.constraints = {QStringLiteral("node.labels.nowhere==1")};
        QVERIFY(test::await(swarm.createService(stuck)).ok());
    }

    void cleanupTestCase()
    {
        if (m_engines)
            test::await(api().leave(true));
    }

    void taskCountsPerService()
    {
        swarm::SwarmMetrics metrics(*m_engines);
        QHash<QString, double> last;
        connect(&metrics, &swarm::SwarmMetrics::collected, this,
                [&last](const metrics::MetricBatch &batch) {
                    for (const metrics::MetricPoint &p : batch)
                        last.insert(p.target + QLatin1Char(' ') + p.metric, p.value);
                });
        const QString ok = QStringLiteral("service/sw1/") + m_ok + QLatin1Char(' ');
        const QString stuck = QStringLiteral("service/sw1/") + m_stuck + QLatin1Char(' ');
        // Tasks take a moment to run: a round a second until they do.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && last.value(ok + metrics::names::kTasksRunning) != 2) {
            metrics.sample();
            QTest::qWait(1000);
        }
        QCOMPARE(last.value(ok + metrics::names::kTasksRunning), 2.0);
        QCOMPARE(last.value(ok + metrics::names::kTasksDesired), 2.0);
        QCOMPARE(last.value(ok + metrics::names::kTasksMissing), 0.0);
        QCOMPARE(last.value(stuck + metrics::names::kTasksDesired), 1.0);
        QCOMPARE(last.value(stuck + metrics::names::kTasksMissing), 1.0);
        // sw2 is not in a swarm: nothing of it.
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            QVERIFY2(!it.key().startsWith(QLatin1String("service/sw2/")), qPrintable(it.key()));
    }

    void aServiceGetsTheMissingTasksAlarm()
    {
        const auto target = metrics::Target::fromKey(QStringLiteral("service/sw1/") + m_stuck);
        QVERIFY(target);
        QCOMPARE(target->kind, metrics::TargetKind::Service);
        const auto alarms = alarms::AlarmService::defaultAlarmsFor(*target);
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.first().metric, QString(metrics::names::kTasksMissing));
        QCOMPARE(alarms.first().periodSeconds * alarms.first().evaluationPeriods, 120);
    }
};

QTEST_GUILESS_MAIN(TestSwarmMetrics)
#include "tst_swarmmetrics.moc"
