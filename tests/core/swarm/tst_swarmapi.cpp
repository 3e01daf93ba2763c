// Docker Swarm across two real engines (scripts/start-swarm-nodes.sh: two
// dockerds, each in a network namespace of its own): a swarm made and
// joined through SwarmApi, a service spread over both nodes, a node drained
// (its tasks move), a task's container killed (replaced), a rolling update
// that fails its health check and rolls back, logs merged across nodes.
#include "engine/dockerclient.h"
#include "http/streamtransport.h"
#include "swarm/swarmapi.h"

#include "swarmtestenv.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

using namespace sloop;
using namespace sloop::swarm;

namespace {

// A command that stops at once on SIGTERM (a shell ignores it by default and
// Swarm would wait ten seconds per task).
const QStringList kLoop = {QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("trap 'exit 0' TERM; [ \"$BAD\" = 1 ] || touch /tmp/ok; "
                                          "while true; do echo tick $(hostname); sleep 1; done")};

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(300);
    }
    return done();
}

} // namespace

class TestSwarmApi : public QObject
{
    Q_OBJECT

private:
    engine::DockerClient *m_engines[2] = {nullptr, nullptr};
    std::unique_ptr<SwarmApi> m_manager;
    QString m_nodeIds[2];
    QList<test::SwarmTestNode> m_nodes;

    // Where a service's update stands and its tasks' last words, for a
    // failure message: what timed out is then told, not guessed.
    QString updateStory(const QString &service)
    {
        const auto s = test::await(m_manager->service(service));
        if (!s)
            return s.error();
        QString out = QStringLiteral("update %1: %2").arg(s->updateState, s->updateMessage);
        const auto tasks = test::await(m_manager->tasks(service));
        for (const SwarmTask &t : tasks ? *tasks : QList<SwarmTask>())
            out += QStringLiteral("\n  %1.%2 %3 (want %4) %5 %6")
                       .arg(service)
                       .arg(t.slot)
                       .arg(t.state, t.desiredState, t.message, t.error);
        return out;
    }

    QList<SwarmTask> running(const QString &service)
    {
        const auto tasks = test::await(m_manager->tasks(service, false));
        QList<SwarmTask> out;
        if (tasks)
            for (const SwarmTask &t : *tasks)
                if (t.state == QLatin1String("running"))
                    out.append(t);
        return out;
    }

    void leaveBoth()
    {
        for (auto *e : m_engines)
            if (e)
                test::await(SwarmApi(e).leave(true), 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = test::loadSwarmTestEnv();
        QVERIFY2(env.ok(), qPrintable(env.error()));
        m_nodes = *env;
        for (int i = 0; i < 2; ++i) {
            m_engines[i] = new engine::DockerClient(
                m_nodes[i].name, std::make_shared<http::UnixSocketTransport>(m_nodes[i].socket),
                nullptr, this);
            const auto info = test::await(m_engines[i]->negotiate());
            QVERIFY2(info.ok(), qPrintable(m_nodes[i].name + QStringLiteral(": ") + info.error()));
        }
        leaveBoth(); // a run that stopped half way
        m_manager = std::make_unique<SwarmApi>(m_engines[0]);
    }

    void cleanupTestCase() { leaveBoth(); }

    void makeAndJoin()
    {
        const auto before = test::await(m_manager->state());
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->localState, QStringLiteral("inactive"));
        // Joining a swarm that does not exist says what to do first.
        const VoidResult early = test::await(joinSwarm(m_engines[0], m_engines[1], false));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("swarm init")), qPrintable(early.error()));

        const auto nodeId = test::await(m_manager->init(m_nodes[0].address), 120000);
        QVERIFY2(nodeId.ok(), qPrintable(nodeId.error()));
        m_nodeIds[0] = *nodeId;
        const VoidResult joined = test::await(joinSwarm(m_engines[0], m_engines[1], false), 120000);
        QVERIFY2(joined.ok(), qPrintable(joined.error()));
        const auto workerState = test::await(SwarmApi(m_engines[1]).state());
        QVERIFY(workerState.ok() && workerState->active() && !workerState->manager);
        m_nodeIds[1] = workerState->nodeId;

        QVERIFY(waitUntil(
            [&] {
                const auto nodes = test::await(m_manager->nodes());
                return nodes && nodes->size() == 2 &&
                       std::all_of(nodes->begin(), nodes->end(), [](const SwarmNode &n) {
                           return n.state == QLatin1String("ready");
                       });
            },
            30000));
        const auto nodes = test::await(m_manager->nodes());
        QStringList roles;
        for (const SwarmNode &n : *nodes)
            roles.append(n.role + (n.leader ? QStringLiteral("*") : QString()));
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("manager*"), QStringLiteral("worker")}));
        // A worker cannot manage: the engine's refusal comes back as it is.
        const auto fromWorker = test::await(SwarmApi(m_engines[1]).services());
        QVERIFY(!fromWorker.ok());
        QVERIFY2(fromWorker.error().contains(QStringLiteral("manager")),
                 qPrintable(fromWorker.error()));
    }

    void serviceSpreadsOverBothNodes()
    {
        ServiceSpec spec;
        spec.name = QStringLiteral("web");
        spec.image = QString::fromLatin1(test::kBusybox);
        spec.command = kLoop;
        spec.replicas = 4;
        spec.health = HealthCheck{
            {QStringLiteral("CMD-SHELL"), QStringLiteral("test -f /tmp/ok")}, 1000, 1000, 0, 1};
        spec.update.parallelism = 2;
        spec.update.monitorMs = 3000;
        spec.update.failureAction = QStringLiteral("rollback");
        const auto id = test::await(m_manager->createService(spec));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(waitUntil([&] { return running(QStringLiteral("web")).size() == 4; }, 60000));
        QSet<QString> where;
        for (const SwarmTask &t : running(QStringLiteral("web")))
            where.insert(t.nodeId);
        QCOMPARE(where, (QSet<QString>{m_nodeIds[0], m_nodeIds[1]}));

        const auto listed = test::await(m_manager->services());
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("web"));
        QCOMPARE(listed->first().desired, 4);
        QVERIFY(waitUntil(
            [&] {
                const auto s = test::await(m_manager->service(QStringLiteral("web")));
                return s && s->running == 4;
            },
            20000));
        // The same name again is the engine's conflict, said as such.
        const auto twice = test::await(m_manager->createService(spec));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.kind(), ErrorKind::Conflict);
    }

    void logsComeFromEveryNode()
    {
        QVERIFY(waitUntil(
            [&] {
                const auto lines = test::await(m_manager->logs(QStringLiteral("web"), 5));
                if (!lines)
                    return false;
                QSet<QString> nodes, tasks;
                for (const ServiceLogLine &l : *lines) {
                    nodes.insert(l.nodeId);
                    tasks.insert(l.task);
                }
                return nodes.size() == 2 && tasks.contains(QStringLiteral("web.1"));
            },
            20000));
        const auto lines = test::await(m_manager->logs(QStringLiteral("web"), 5));
        for (qsizetype i = 1; i < lines->size(); ++i)
            QVERIFY(lines->at(i - 1).timestamp <= lines->at(i).timestamp);
        QVERIFY(lines->first().text.startsWith(QStringLiteral("tick ")));
    }

    void drainedNodeHandsItsTasksOver()
    {
        const VoidResult drained =
            test::await(m_manager->setAvailability(m_nodeIds[1], QStringLiteral("drain")));
        QVERIFY2(drained.ok(), qPrintable(drained.error()));
        QVERIFY(waitUntil(
            [&] {
                const auto now = running(QStringLiteral("web"));
                return now.size() == 4 && std::all_of(now.begin(), now.end(), [&](const auto &t) {
                           return t.nodeId == m_nodeIds[0];
                       });
            },
            60000));
        QVERIFY(
            !test::await(m_manager->setAvailability(m_nodeIds[1], QStringLiteral("gone"))).ok());
        QVERIFY(
            test::await(m_manager->setAvailability(m_nodeIds[1], QStringLiteral("active"))).ok());
        const auto nodes = test::await(m_manager->nodes());
        for (const SwarmNode &n : *nodes)
            QCOMPARE(n.availability, QStringLiteral("active"));
    }

    void killedTaskIsReplaced()
    {
        const QList<SwarmTask> before = running(QStringLiteral("web"));
        QCOMPARE(before.size(), 4);
        const SwarmTask victim = before.first();
        engine::DockerClient *host = victim.nodeId == m_nodeIds[0] ? m_engines[0] : m_engines[1];
        QVERIFY(test::await(host->removeContainer(victim.containerId, true)).ok());
        QVERIFY(waitUntil(
            [&] {
                const auto now = running(QStringLiteral("web"));
                return now.size() == 4 && std::none_of(now.begin(), now.end(), [&](const auto &t) {
                           return t.id == victim.id;
                       });
            },
            60000));
    }

    void scaleUpAndDown()
    {
        QVERIFY(test::await(m_manager->scale(QStringLiteral("web"), 6)).ok());
        QVERIFY(waitUntil([&] { return running(QStringLiteral("web")).size() == 6; }, 60000));
        QVERIFY(test::await(m_manager->scale(QStringLiteral("web"), 2)).ok());
        QVERIFY(waitUntil([&] { return running(QStringLiteral("web")).size() == 2; }, 60000));
        QCOMPARE(test::await(m_manager->scale(QStringLiteral("web"), -1)).kind(),
                 ErrorKind::InvalidInput);
        QCOMPARE(test::await(m_manager->scale(QStringLiteral("nope"), 1)).kind(),
                 ErrorKind::NotFound);
    }

    void failedUpdateRollsBack()
    {
        const auto before = test::await(m_manager->service(QStringLiteral("web")));
        QVERIFY(before.ok());
        // New tasks never become healthy: Swarm stops the update and rolls back.
        ServiceChange change;
        change.envAdd = {QStringLiteral("BAD=1")};
        QVERIFY(test::await(m_manager->updateService(QStringLiteral("web"), change)).ok());
        QVERIFY(waitUntil(
            [&] {
                const auto s = test::await(m_manager->service(QStringLiteral("web")));
                return s && s->updateState == QLatin1String("rollback_completed");
            },
            120000));
        const auto after = test::await(m_manager->service(QStringLiteral("web")));
        QVERIFY(!after->spec.contains("BAD=1"));
        QVERIFY(waitUntil([&] { return running(QStringLiteral("web")).size() == 2; }, 60000));

        // A good update completes, and a rollback takes it back.
        ServiceChange good;
        good.envAdd = {QStringLiteral("GOOD=1")};
        QVERIFY(test::await(m_manager->updateService(QStringLiteral("web"), good)).ok());
        QVERIFY2(waitUntil(
                     [&] {
                         const auto s = test::await(m_manager->service(QStringLiteral("web")));
                         return s && s->updateState == QLatin1String("completed") &&
                                s->spec.contains("GOOD=1");
                     },
                     120000),
                 qPrintable(updateStory(QStringLiteral("web"))));
        QVERIFY(test::await(m_manager->rollback(QStringLiteral("web"))).ok());
        QVERIFY(waitUntil(
            [&] {
                const auto s = test::await(m_manager->service(QStringLiteral("web")));
                return s && s->updateState == QLatin1String("rollback_completed") &&
                       !s->spec.contains("GOOD=1");
            },
            120000));
    }

    void hostileNamesNeverReachTheEngine()
    {
        ServiceSpec spec;
        spec.name = QStringLiteral("x; docker rm -f $(docker ps -aq)");
        spec.image = QString::fromLatin1(test::kBusybox);
        const auto made = test::await(m_manager->createService(spec));
        QCOMPARE(made.kind(), ErrorKind::InvalidInput);
        // The engine would decode and clean "../../info" into another
        // endpoint: such names are refused before they are sent.
        QCOMPARE(test::await(m_manager->service(QStringLiteral("../../info"))).kind(),
                 ErrorKind::InvalidInput);
        QCOMPARE(test::await(m_manager->removeService(QStringLiteral(".."))).kind(),
                 ErrorKind::InvalidInput);
        QCOMPARE(test::await(m_manager->logs(QStringLiteral("a/b"))).kind(),
                 ErrorKind::InvalidInput);
    }

    void removeAndLeave()
    {
        QVERIFY(test::await(m_manager->removeService(QStringLiteral("web"))).ok());
        QVERIFY(waitUntil(
            [&] {
                const auto s = test::await(m_manager->services());
                return s && s->isEmpty();
            },
            30000));
        QVERIFY(test::await(SwarmApi(m_engines[1]).leave(false), 120000).ok());
        QVERIFY(test::await(m_manager->leave(true), 120000).ok());
        const auto state = test::await(m_manager->state());
        QCOMPARE(state->localState, QStringLiteral("inactive"));
    }
};

QTEST_GUILESS_MAIN(TestSwarmApi)
#include "tst_swarmapi.moc"
