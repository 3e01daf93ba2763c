// Where a job fits: the environment's maximum and each engine's own size,
// never exceeded, whatever is in flight.
#include "batch/capacityplanner.h"

#include <QTest>

using namespace sloop::batch;

class TestCapacityPlanner : public QObject
{
    Q_OBJECT

    static ComputeEnvironment environment(double maxVcpus, qint64 maxMemoryMb, QStringList engines)
    {
        ComputeEnvironment e;
        e.name = QStringLiteral("ce");
        e.engines = std::move(engines);
        e.maxVcpus = maxVcpus;
        e.maxMemoryMb = maxMemoryMb;
        return e;
    }

private Q_SLOTS:
    void fitsWithinTheEnvironmentsMaximum()
    {
        CapacityPlanner p;
        p.setEngineSize(QStringLiteral("a"), {8, 16384});
        const ComputeEnvironment ce = environment(2, 0, {QStringLiteral("a")});
        QCOMPARE(p.place(ce, {1, 512}), QStringLiteral("a"));
        p.hold(ce.name, QStringLiteral("a"), {1, 512});
        p.hold(ce.name, QStringLiteral("a"), {0.75, 512});
        QCOMPARE(p.place(ce, {0.25, 512}), QStringLiteral("a")); // exactly 2
        QCOMPARE(p.place(ce, {0.5, 512}), QString());            // 2.25 > 2
        p.release(ce.name, QStringLiteral("a"), {1, 512});
        QCOMPARE(p.place(ce, {0.5, 512}), QStringLiteral("a"));
    }

    void memoryCountsToo()
    {
        CapacityPlanner p;
        p.setEngineSize(QStringLiteral("a"), {8, 1024});
        const ComputeEnvironment ce = environment(8, 768, {QStringLiteral("a")});
        p.hold(ce.name, QStringLiteral("a"), {1, 512});
        QCOMPARE(p.place(ce, {1, 256}), QStringLiteral("a"));
        QCOMPARE(p.place(ce, {1, 257}), QString()); // the environment's 768
        const ComputeEnvironment roomy = environment(8, 0, {QStringLiteral("a")});
        QCOMPARE(p.place(roomy, {1, 512}), QStringLiteral("a"));
        QCOMPARE(p.place(roomy, {1, 513}), QString()); // the engine's 1024
    }

    void anEngineIsNeverOversubscribed()
    {
        // Two environments share an engine of 2 CPUs: together they never
        // put more than 2 vCPUs of jobs on it.
        CapacityPlanner p;
        p.setEngineSize(QStringLiteral("a"), {2, 8192});
        ComputeEnvironment one = environment(2, 0, {QStringLiteral("a")});
        ComputeEnvironment two = environment(2, 0, {QStringLiteral("a")});
        two.name = QStringLiteral("other");
        p.hold(one.name, QStringLiteral("a"), {1.5, 128});
        QCOMPARE(p.place(two, {1, 128}), QString());
        QCOMPARE(p.place(two, {0.5, 128}), QStringLiteral("a"));
    }

    void spreadsOverEngines()
    {
        CapacityPlanner p;
        p.setEngineSize(QStringLiteral("a"), {4, 8192});
        p.setEngineSize(QStringLiteral("b"), {4, 8192});
        const ComputeEnvironment ce = environment(8, 0, {QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(p.place(ce, {1, 128}), QStringLiteral("a"));
        p.hold(ce.name, QStringLiteral("a"), {1, 128});
        QCOMPARE(p.place(ce, {1, 128}), QStringLiteral("b")); // the one with more free
    }

    void unmeasuredEnginesTakeNothingButMayFitLater()
    {
        CapacityPlanner p;
        const ComputeEnvironment ce = environment(4, 0, {QStringLiteral("a")});
        QCOMPARE(p.place(ce, {1, 128}), QString());
        QVERIFY(p.couldFit(ce, {1, 128}));
        p.setEngineSize(QStringLiteral("a"), {2, 1024});
        QVERIFY(!p.couldFit(ce, {3, 128}));  // bigger than the engine
        QVERIFY(!p.couldFit(ce, {1, 2048})); // more memory than the engine
        QVERIFY(!p.couldFit(ce, {5, 128}));  // bigger than the environment
        QVERIFY(p.couldFit(ce, {2, 1024}));
    }

    // A swarm is one entry holding all its nodes, but one job runs on one
    // node: a job no one node could hold never fits, however much is free.
    void aSwarmFitsNoJobBiggerThanItsBiggestNode()
    {
        CapacityPlanner p;
        const QString swarm = swarmTarget(QStringLiteral("sw1"));
        const ComputeEnvironment ce = environment(6, 0, {swarm});
        // Two nodes: one with more CPUs, the other with more memory.
        p.setEngineSize(swarm, {4, 4096}, {{3, 1024}, {1, 3072}});
        QVERIFY(!p.couldFit(ce, {3.5, 128}));
        QVERIFY(!p.couldFit(ce, {1, 3500}));
        QVERIFY(!p.couldFit(ce, {2, 2048})); // no one node has both
        QVERIFY(p.couldFit(ce, {3, 1024}));
        QVERIFY(p.couldFit(ce, {1, 3072}));
        QCOMPARE(p.place(ce, {2, 1024}), swarm);
        p.hold(ce.name, swarm, {2, 1024});
        p.hold(ce.name, swarm, {1.5, 1024});
        QCOMPARE(p.place(ce, {0.5, 512}), swarm); // 4 of the nodes' 4
        QCOMPARE(p.place(ce, {0.75, 512}), QString());
        // Measured again without the nodes' sizes: the whole size counts.
        p.setEngineSize(swarm, {4, 4096});
        QVERIFY(p.couldFit(ce, {2, 2048}));
    }

    void aSwarmEnvironmentNamesOnlyItsManager()
    {
        ComputeEnvironment ce = environment(2, 0, {swarmTarget(QStringLiteral("sw1"))});
        QVERIFY(validate(ce));
        QCOMPARE(ce.swarmManager(), QStringLiteral("sw1"));
        QCOMPARE(environment(2, 0, {QStringLiteral("local")}).swarmManager(), QString());
        ce.engines << QStringLiteral("local");
        QVERIFY(!validate(ce));
        QVERIFY(!validate(environment(2, 0, {QStringLiteral("swarm:")})));
        QVERIFY(!isSwarmTarget(QStringLiteral("local")));
    }
};

QTEST_GUILESS_MAIN(TestCapacityPlanner)
#include "tst_capacityplanner.moc"
