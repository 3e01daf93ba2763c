// The dispatcher against the real dockerd: Batch's environment variables,
// retries by evaluateOnExit, timeouts, priorities and FIFO under a capacity
// that is sampled and never exceeded, SEQUENTIAL and N_TO_N arrays, a failed
// dependency, cancel and terminate, bad images and commands beside good
// jobs, a job too big for its queue, an engine lost mid-job, and a
// dispatcher that goes away mid-run and is replaced (recovery by name).
#include "batch/batchdispatcher.h"
#include "batch/batchrepository.h"
#include "commandlog/commandlog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "socketrelay.h"
#include "store/database.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::batch;

// The most jobs in flight (STARTING or RUNNING) seen, every 20 ms while it
// lives.
class InFlightSampler : public QObject
{
public:
    explicit InFlightSampler(BatchRepository &repo)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, &repo] {
            if (const auto flying = repo.inFlight())
                m_most = qMax(m_most, int(flying->size()));
        });
        m_timer.start(20);
    }
    int most() const { return m_most; }

private:
    QTimer m_timer;
    int m_most = 0;
};

class TestBatchDispatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CommandLog m_log;
    std::unique_ptr<engine::EngineManager> m_engines;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<BatchRepository> m_repo;
    std::unique_ptr<BatchDispatcher> m_dispatcher;
    QString m_tag;
    int m_files = 0;

    void environment(const QString &name, double maxVcpus,
                     QStringList engines = {QStringLiteral("local")})
    {
        ComputeEnvironment ce;
        ce.name = name;
        ce.engines = std::move(engines);
        ce.maxVcpus = maxVcpus;
        QVERIFY(m_repo->addEnvironment(ce));
    }
    void queue(const QString &name, int priority, const QString &environment)
    {
        JobQueue q;
        q.name = name;
        q.priority = priority;
        q.environments = {environment};
        QVERIFY(m_repo->addQueue(q));
    }
    QString define(const QString &name, const QStringList &command, double vcpus = 0.25,
                   int attempts = 1, QList<ExitRule> rules = {},
                   const QString &image = QString::fromLatin1(test::kBusybox))
    {
        JobDefinition d;
        d.name = name;
        d.container.image = image;
        d.container.command = command;
        d.container.vcpus = vcpus;
        d.container.memoryMb = 64;
        d.container.attempts = attempts;
        d.container.evaluateOnExit = std::move(rules);
        const auto made = m_repo->registerDefinition(d);
        return made ? made->reference() : QString();
    }
    QString submit(const QString &queue, const QString &definition, int arraySize = 0,
                   QList<Dependency> deps = {})
    {
        SubmitRequest r;
        r.queue = queue;
        r.definition = definition;
        r.arraySize = arraySize;
        r.dependsOn = std::move(deps);
        const auto job = m_repo->submit(r);
        if (!job)
            qWarning() << "submit:" << job.error();
        m_dispatcher->wake();
        return job ? job->id : QString();
    }
    // A queue on "ce" that shares it by the policy (stored with it).
    void fairQueue(const QString &name, const SchedulingPolicy &policy)
    {
        QVERIFY(m_repo->addPolicy(policy));
        JobQueue q;
        q.name = name;
        q.environments = {QStringLiteral("ce")};
        q.schedulingPolicy = policy.name;
        QVERIFY(m_repo->addQueue(q));
    }
    QString submitToShare(const QString &queue, const QString &definition, const QString &share)
    {
        SubmitRequest r;
        r.queue = queue;
        r.definition = definition;
        r.shareIdentifier = share;
        const auto job = m_repo->submit(r);
        if (!job)
            qWarning() << "submit:" << job.error();
        m_dispatcher->wake();
        return job ? job->id : QString();
    }
    Job job(const QString &id) { return m_repo->job(id)->value_or(Job()); }
    // Waits (the event loop running) until the job has finished.
    bool finishes(const QString &id, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (isFinished(job(id).status))
                return true;
            QTest::qWait(50);
        }
        qWarning() << id << "still" << statusName(job(id).status) << job(id).statusReason;
        return false;
    }
    bool reaches(const QString &id, JobStatus status, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (job(id).status == status)
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    QList<Attempt> attempts(const QString &id) { return *m_repo->attempts(id); }

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = test::connectTestEngine(this);
        QVERIFY2(engine.ok(), qPrintable(engine.error()));
        m_engines = std::make_unique<engine::EngineManager>(&m_log);
        m_engines->setEngines(engine::discoverLocalEngines());
        QVERIFY(m_engines->client(QStringLiteral("local")));
    }

    void init()
    {
        m_db = std::make_unique<store::Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(++m_files))));
        m_repo = std::make_unique<BatchRepository>(*m_db);
        m_tag = test::uniqueName(QStringLiteral("b")).right(10);
        m_dispatcher = std::make_unique<BatchDispatcher>(*m_repo, *m_engines, m_tag);
    }

    void cleanup()
    {
        m_dispatcher.reset();
        // What a failed case left running goes with it.
        engine::DockerClient *client = m_engines->client(QStringLiteral("local"));
        const auto left = test::await(client->listContainers(
            true, {{QStringLiteral("label"), {QStringLiteral("sloop.batch.folder=") + m_tag}}}));
        if (left)
            for (const auto &c : *left)
                test::await(client->removeContainer(c.id, true));
        m_repo.reset();
        m_db.reset();
    }

    void runsWithBatchsEnvironment()
    {
        environment(QStringLiteral("ce"), 2);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("env"),
                   {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo id=$AWS_BATCH_JOB_ID attempt=$AWS_BATCH_JOB_ATTEMPT "
                                   "q=$AWS_BATCH_JQ_NAME ce=$AWS_BATCH_CE_NAME "
                                   "i=$AWS_BATCH_JOB_ARRAY_INDEX")});
        m_dispatcher->start();
        const QString id = submit(QStringLiteral("q"), def);
        const QString array = submit(QStringLiteral("q"), def, 2);
        QVERIFY(finishes(id));
        QVERIFY(finishes(array));
        const Job done = job(id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.statusReason, essentialContainerExited());
        QVERIFY(done.startedMs > 0 && done.stoppedMs >= done.startedMs);
        const QList<Attempt> tries = attempts(id);
        QCOMPARE(tries.size(), 1);
        QCOMPARE(tries[0].exitCode, 0);
        QCOMPARE(QString::fromUtf8(tries[0].log).trimmed(),
                 QStringLiteral("id=%1 attempt=1 q=q ce=ce i=").arg(id));
        QCOMPARE(job(array).status, JobStatus::Succeeded);
        QCOMPARE(QString::fromUtf8(attempts(array + QStringLiteral(":1"))[0].log).trimmed(),
                 QStringLiteral("id=%1:1 attempt=1 q=q ce=ce i=1").arg(array));
    }

    void retriesAsEvaluateOnExitSays()
    {
        environment(QStringLiteral("ce"), 2);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QList<ExitRule> rules = {{QStringLiteral("137"), {}, {}, true},
                                       {QStringLiteral("1"), {}, {}, false}};
        // Ends as a killed process does (137) in its first two attempts,
        // then succeeds. (PID 1 cannot SIGKILL itself.)
        const QString flaky =
            define(QStringLiteral("flaky"),
                   {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("[ $AWS_BATCH_JOB_ATTEMPT -lt 3 ] && exit 137; echo done")},
                   0.25, 5, rules);
        const QString broken = define(
            QStringLiteral("broken"),
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 1")}, 0.25, 5, rules);
        m_dispatcher->start();
        const QString a = submit(QStringLiteral("q"), flaky);
        const QString b = submit(QStringLiteral("q"), broken);
        QVERIFY(finishes(a));
        QVERIFY(finishes(b));
        QCOMPARE(job(a).status, JobStatus::Succeeded);
        const QList<Attempt> tries = attempts(a);
        QCOMPARE(tries.size(), 3);
        QCOMPARE(tries[0].exitCode, 137);
        QCOMPARE(tries[1].exitCode, 137);
        QCOMPARE(tries[2].exitCode, 0);
        QCOMPARE(job(b).status, JobStatus::Failed); // EXIT on 1: no second attempt
        QCOMPARE(attempts(b).size(), 1);
        QCOMPARE(attempts(b)[0].exitCode, 1);
    }

    void aTimedOutAttemptIsStoppedAndNotRetried()
    {
        environment(QStringLiteral("ce"), 2);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def = define(QStringLiteral("slow"),
                                   {QStringLiteral("sleep"), QStringLiteral("60")}, 0.25, 3);
        const QString id = submit(QStringLiteral("q"), def);
        // AWS's least timeout is 60 s; this stored job has 2 s (the
        // dispatcher keeps whatever the store says).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE batch_jobs SET spec = json_set(spec, '$.timeout', 2)"
                                      " WHERE id = '%1'")
                           .arg(id)));
        m_dispatcher->start();
        QVERIFY(finishes(id, 30000));
        const Job done = job(id);
        QCOMPARE(done.status, JobStatus::Failed);
        QCOMPARE(done.statusReason, timeoutReason());
        QCOMPARE(attempts(id).size(), 1);
        QCOMPARE(attempts(id)[0].exitCode, 137);
    }

    void prioritiesFifoAndCapacity()
    {
        environment(QStringLiteral("ce"), 0.25); // one job of 0.25 at a time: strict order
        queue(QStringLiteral("low"), 1, QStringLiteral("ce"));
        queue(QStringLiteral("high"), 10, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("1")});
        QStringList low, high;
        for (int i = 0; i < 4; ++i)
            low << submit(QStringLiteral("low"), def);
        for (int i = 0; i < 4; ++i)
            high << submit(QStringLiteral("high"), def);
        // Sampled while they run: never more than the environment allows.
        InFlightSampler sampler(*m_repo);
        m_dispatcher->start();
        for (const QString &id : low + high)
            QVERIFY(finishes(id));
        QCOMPARE(sampler.most(), 1);
        auto started = [&](const QString &id) {
            return attempts(id).value(0).startedMs;
        };
        qint64 lastHigh = 0;
        for (const QString &id : high)
            lastHigh = qMax(lastHigh, started(id));
        for (const QString &id : low)
            QVERIFY2(started(id) >= lastHigh, "a low-priority job started before a high one");
        for (int i = 1; i < 4; ++i) { // FIFO within each queue
            QVERIFY(started(high[i]) >= started(high[i - 1]));
            QVERIFY(started(low[i]) >= started(low[i - 1]));
        }
        const auto counts = m_repo->queueCounts();
        QCOMPARE(counts->value(QStringLiteral("high")).value(JobStatus::Succeeded), 4);
    }

    // A share weighted 0.25 gets four times the vCPUs of one weighted 1,
    // though the other's jobs were submitted first (FIFO would run them).
    void fairShareByWeight()
    {
        environment(QStringLiteral("ce"), 1); // four 0.25 jobs at once
        SchedulingPolicy policy;
        policy.name = QStringLiteral("fair");
        policy.shares = {{QStringLiteral("ml"), 0.25}};
        fairQueue(QStringLiteral("shared"), policy);
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("2")});
        QStringList etl, ml;
        for (int i = 0; i < 6; ++i)
            etl << submitToShare(QStringLiteral("shared"), def, QStringLiteral("etl"));
        for (int i = 0; i < 6; ++i)
            ml << submitToShare(QStringLiteral("shared"), def, QStringLiteral("ml"));
        InFlightSampler sampler(*m_repo);
        m_dispatcher->start();
        for (const QString &id : etl + ml)
            QVERIFY(finishes(id));
        QCOMPARE(sampler.most(), 4);
        // The first four to start: one of etl's, three of ml's.
        QList<std::pair<qint64, QString>> starts;
        for (const QString &id : etl)
            starts.append({attempts(id).value(0).startedMs, QStringLiteral("etl")});
        for (const QString &id : ml)
            starts.append({attempts(id).value(0).startedMs, QStringLiteral("ml")});
        std::sort(starts.begin(), starts.end());
        QStringList first;
        for (int i = 0; i < 4; ++i)
            first << starts[i].second;
        QCOMPARE(first.count(QStringLiteral("ml")), 3);
        qint64 lastMl = 0, lastEtl = 0;
        for (const auto &[at, share] : std::as_const(starts))
            (share == QLatin1String("ml") ? lastMl : lastEtl) = at;
        QVERIFY2(lastMl < lastEtl, "ml, weighted to get more, finished starting after etl");
        QCOMPARE(job(ml.first()).shareIdentifier, QStringLiteral("ml"));
    }

    // With a compute reservation of 50 and one share active, half the
    // environment is held back; a second share's first job may use it.
    void computeReservationKeepsRoomForANewShare()
    {
        environment(QStringLiteral("ce"), 1);
        SchedulingPolicy policy;
        policy.name = QStringLiteral("reserving");
        policy.computeReservation = 50;
        fairQueue(QStringLiteral("shared"), policy);
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("2")});
        QStringList first;
        for (int i = 0; i < 6; ++i)
            first << submitToShare(QStringLiteral("shared"), def, QStringLiteral("a"));
        InFlightSampler sampler(*m_repo);
        m_dispatcher->start();
        QVERIFY(reaches(first[1], JobStatus::Running));
        QVERIFY(reaches(first[0], JobStatus::Succeeded));
        QCOMPARE(sampler.most(), 2); // 0.5 of 1 vCPU held back
        const QString newcomer = submitToShare(QStringLiteral("shared"), def, QStringLiteral("b"));
        QVERIFY(finishes(newcomer));
        const qint64 newcomerStart = attempts(newcomer).value(0).startedMs;
        for (const QString &id : first)
            QVERIFY(finishes(id));
        QVERIFY2(newcomerStart < attempts(first.last()).value(0).startedMs,
                 "the new share waited for the first one's queue");
        QCOMPARE(sampler.most(), 3); // a's two and b's one
    }

    void sequentialAndNToNArrays()
    {
        environment(QStringLiteral("ce"), 2);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("step"), {QStringLiteral("sleep"), QStringLiteral("0.3")});
        const QString a = submit(QStringLiteral("q"), def, 3, {{{}, DependencyType::Sequential}});
        const QString b = submit(QStringLiteral("q"), def, 3, {{a, DependencyType::NToN}});
        m_dispatcher->start();
        QVERIFY(finishes(b));
        QCOMPARE(job(a).status, JobStatus::Succeeded);
        QCOMPARE(job(b).status, JobStatus::Succeeded);
        auto child = [](const QString &parent, int i) -> QString {
            return parent + QLatin1Char(':') + QString::number(i);
        };
        for (int i = 0; i < 3; ++i) {
            const Attempt ai = attempts(child(a, i)).value(0);
            const Attempt bi = attempts(child(b, i)).value(0);
            QVERIFY2(bi.startedMs >= ai.stoppedMs - 50, "N_TO_N: B:i began before A:i ended");
            if (i > 0)
                QVERIFY2(ai.startedMs >= attempts(child(a, i - 1)).value(0).stoppedMs - 50,
                         "SEQUENTIAL: A:i began before A:i-1 ended");
        }
        const auto summary = m_repo->childSummary(b);
        QCOMPARE(summary->value(JobStatus::Succeeded), 3);
    }

    void aFailedDependencyFailsWhatWaits()
    {
        environment(QStringLiteral("ce"), 2);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString bad = define(QStringLiteral("bad"), {QStringLiteral("false")});
        const QString good = define(QStringLiteral("good"), {QStringLiteral("true")});
        const QString a = submit(QStringLiteral("q"), bad);
        const QString b = submit(QStringLiteral("q"), good, 0, {{a, DependencyType::Plain}});
        const QString c = submit(QStringLiteral("q"), good, 2, {{b, DependencyType::Plain}});
        m_dispatcher->start();
        QVERIFY(finishes(c));
        QCOMPARE(job(a).status, JobStatus::Failed);
        QCOMPARE(job(b).status, JobStatus::Failed);
        QCOMPARE(job(b).statusReason, dependencyFailedReason());
        QCOMPARE(attempts(b).size(), 0); // never ran
        QCOMPARE(job(c).status, JobStatus::Failed);
        QCOMPARE(m_repo->childSummary(c)->value(JobStatus::Failed), 2);
    }

    void cancelAndTerminate()
    {
        environment(QStringLiteral("ce"), 0.25); // one at a time
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("long"), {QStringLiteral("sleep"), QStringLiteral("30")});
        m_dispatcher->start();
        const QString running = submit(QStringLiteral("q"), def);
        QVERIFY(reaches(running, JobStatus::Running));
        const QString waiting = submit(QStringLiteral("q"), def);
        QVERIFY(reaches(waiting, JobStatus::Runnable));
        QCOMPARE(*m_repo->cancel(running, QStringLiteral("no")), 0); // RUNNING: not cancelled
        QCOMPARE(*m_repo->cancel(waiting, QStringLiteral("changed my mind")), 1);
        QCOMPARE(job(waiting).status, JobStatus::Failed);
        QVERIFY(*m_repo->terminate(running, QStringLiteral("enough")));
        m_dispatcher->wake();
        QVERIFY(finishes(running, 20000));
        QCOMPARE(job(running).status, JobStatus::Failed);
        QCOMPARE(job(running).statusReason, QStringLiteral("enough"));
        QCOMPARE(attempts(running).size(), 1); // not retried
        QCOMPARE(attempts(waiting).size(), 0);
    }

    // As Batch: a PENDING job is cancelled once what it depends on has
    // finished, and never runs; what waits for it fails in turn.
    void aPendingJobIsCancelledWhenItsDependenciesFinish()
    {
        environment(QStringLiteral("ce"), 1);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("3")});
        m_dispatcher->start();
        const QString first = submit(QStringLiteral("q"), def);
        const QString then = submit(QStringLiteral("q"), def, 0, {{first, DependencyType::Plain}});
        const QString last = submit(QStringLiteral("q"), def, 0, {{then, DependencyType::Plain}});
        QVERIFY(reaches(then, JobStatus::Pending));
        QCOMPARE(*m_repo->cancel(then, QStringLiteral("not after all")), 1);
        QCOMPARE(job(then).status, JobStatus::Pending); // until `first` ends
        QVERIFY(finishes(first));
        QCOMPARE(job(first).status, JobStatus::Succeeded);
        QVERIFY(finishes(then, 10000));
        QCOMPARE(job(then).status, JobStatus::Failed);
        QCOMPARE(job(then).statusReason, QStringLiteral("not after all"));
        QCOMPARE(attempts(then).size(), 0);
        QVERIFY(finishes(last, 10000));
        QCOMPARE(job(last).statusReason, dependencyFailedReason());
    }

    // Cancelling a SEQUENTIAL array whose first child has not started: that
    // child fails at once, the others (PENDING) as soon as the one before
    // them has, and the parent with them.
    void cancellingASequentialArrayEndsEveryChild()
    {
        environment(QStringLiteral("ce"), 1);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        QVERIFY(m_repo->setQueueEnabled(QStringLiteral("q"), false)); // nothing starts
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("3")});
        m_dispatcher->start();
        const QString array =
            submit(QStringLiteral("q"), def, 4, {{QString(), DependencyType::Sequential}});
        QVERIFY(reaches(array + QStringLiteral(":3"), JobStatus::Pending));
        QVERIFY(*m_repo->cancel(array, QStringLiteral("stop the chain")) >= 4);
        m_dispatcher->wake();
        QVERIFY(finishes(array, 10000));
        QCOMPARE(job(array).status, JobStatus::Failed);
        for (int i = 0; i < 4; ++i) {
            const Job child = job(array + QLatin1Char(':') + QString::number(i));
            QCOMPARE(child.status, JobStatus::Failed);
            QCOMPARE(child.statusReason, QStringLiteral("stop the chain"));
        }
    }

    void badJobsFailAndTheRestRun()
    {
        environment(QStringLiteral("ce"), 1);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString noImage =
            define(QStringLiteral("noimage"), {QStringLiteral("true")}, 0.25, 1, {},
                   QStringLiteral("sloop-test/no-such-image:%1").arg(m_tag.toLower()));
        const QString noCommand =
            define(QStringLiteral("nocommand"), {QStringLiteral("no-such-command-here")});
        const QString big = define(QStringLiteral("big"), {QStringLiteral("true")}, 8);
        const QString fine = define(QStringLiteral("fine"), {QStringLiteral("true")});
        const QString a = submit(QStringLiteral("q"), noImage);
        const QString b = submit(QStringLiteral("q"), noCommand);
        const QString c = submit(QStringLiteral("q"), big);
        const QString d = submit(QStringLiteral("q"), fine);
        m_dispatcher->start();
        QVERIFY(finishes(a));
        QVERIFY(finishes(b));
        QVERIFY(finishes(d));
        QCOMPARE(job(a).status, JobStatus::Failed);
        QVERIFY2(job(a).statusReason.startsWith(QStringLiteral("CannotPullContainerError")),
                 qPrintable(job(a).statusReason));
        QCOMPARE(job(b).status, JobStatus::Failed);
        QVERIFY2(job(b).statusReason.startsWith(QStringLiteral("CannotStartContainerError")),
                 qPrintable(job(b).statusReason));
        QCOMPARE(job(d).status, JobStatus::Succeeded);
        // Too big for anything its queue has: RUNNABLE, saying why.
        QCOMPARE(job(c).status, JobStatus::Runnable);
        QCOMPARE(job(c).statusReason, resourceMisconfiguredReason());
    }

    void anEngineLostMidJob()
    {
        const QString relayPath = m_dir.filePath(QStringLiteral("relay.sock"));
        test::SocketRelay relay(relayPath, engine::discoverLocalEngines().first().socketPath);
        QVERIFY(relay.start());
        m_engines->addEngine({QStringLiteral("relay"),
                              QStringLiteral("unix://") + relayPath,
                              QStringLiteral("docker"),
                              relayPath,
                              {}});
        m_dispatcher->setEngineLostMs(1500);
        environment(QStringLiteral("ce"), 1, {QStringLiteral("relay")});
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("3")}, 0.25, 2);
        m_dispatcher->start();
        const QString id = submit(QStringLiteral("q"), def);
        QVERIFY(reaches(id, JobStatus::Running));
        relay.stop();
        QVERIFY(reaches(id, JobStatus::Runnable, 20000)); // given up, to be retried
        QCOMPARE(attempts(id).value(0).statusReason, engineLostReason(QStringLiteral("relay")));
        QVERIFY(relay.start());
        QVERIFY(finishes(id, 60000));
        QCOMPARE(job(id).status, JobStatus::Succeeded);
        QCOMPARE(attempts(id).size(), 2);
        m_dispatcher.reset();
        m_engines->removeEngine(QStringLiteral("relay"));
    }

    // A job that writes 24 MB keeps its last MiB and says so; the queue
    // goes on.
    void aLoudJobKeepsTheEndOfItsLog()
    {
        environment(QStringLiteral("ce"), 1);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString loud =
            define(QStringLiteral("loud"),
                   {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("yes 0123456789012345678901234567890123456789012345678 | "
                                   "head -c 24000000; echo; echo the end")});
        const QString quiet = define(QStringLiteral("quiet"), {QStringLiteral("true")});
        m_dispatcher->start();
        const QString a = submit(QStringLiteral("q"), loud);
        const QString b = submit(QStringLiteral("q"), quiet);
        QVERIFY(finishes(a, 120000));
        QVERIFY(finishes(b));
        QCOMPARE(job(a).status, JobStatus::Succeeded);
        QCOMPARE(job(b).status, JobStatus::Succeeded);
        const Attempt kept = attempts(a).value(0);
        QVERIFY(kept.logCut);
        QCOMPARE(kept.log.size(), kLogKeepBytes);
        QVERIFY(kept.log.endsWith("the end\n"));
    }

    // An environment of two engines: jobs spread over both, and neither
    // holds more than the environment allows at once.
    void anEnvironmentOfTwoEngines()
    {
        const QString relayPath = m_dir.filePath(QStringLiteral("second.sock"));
        test::SocketRelay relay(relayPath, engine::discoverLocalEngines().first().socketPath);
        QVERIFY(relay.start());
        m_engines->addEngine({QStringLiteral("second"),
                              QStringLiteral("unix://") + relayPath,
                              QStringLiteral("docker"),
                              relayPath,
                              {}});
        environment(QStringLiteral("pair"), 1, {QStringLiteral("local"), QStringLiteral("second")});
        queue(QStringLiteral("q"), 1, QStringLiteral("pair"));
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sleep"), QStringLiteral("1")});
        const QString array = submit(QStringLiteral("q"), def, 8);
        InFlightSampler sampler(*m_repo);
        m_dispatcher->start();
        QVERIFY(finishes(array));
        QCOMPARE(job(array).status, JobStatus::Succeeded);
        QSet<QString> engines;
        for (int i = 0; i < 8; ++i)
            engines.insert(attempts(array + QLatin1Char(':') + QString::number(i)).value(0).engine);
        QCOMPARE(engines, (QSet<QString>{QStringLiteral("local"), QStringLiteral("second")}));
        QCOMPARE(sampler.most(), 4); // 1 vCPU of 0.25 jobs, whichever engine
        m_dispatcher.reset();
        m_engines->removeEngine(QStringLiteral("second"));
    }

    void aNewDispatcherCarriesOnWhereOneWentAway()
    {
        environment(QStringLiteral("ce"), 1);
        queue(QStringLiteral("q"), 1, QStringLiteral("ce"));
        const QString def =
            define(QStringLiteral("nap"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("sleep 1; echo ran")});
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids << submit(QStringLiteral("q"), def);
        // Sampled throughout: never more than 1 vCPU of 0.25 jobs at once.
        InFlightSampler sampler(*m_repo);
        m_dispatcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_repo->inFlight()->size() == 4, 20000);
        // Gone without a word to the store, as a killed process goes.
        m_dispatcher.reset();
        QTest::qWait(300);
        m_dispatcher = std::make_unique<BatchDispatcher>(*m_repo, *m_engines, m_tag);
        m_dispatcher->start();
        for (const QString &id : ids) {
            QVERIFY(finishes(id));
            QCOMPARE(job(id).status, JobStatus::Succeeded);
            QCOMPARE(attempts(id).size(), 1); // none started twice
            QCOMPARE(QString::fromUtf8(attempts(id)[0].log).trimmed(), QStringLiteral("ran"));
        }
        QCOMPARE(sampler.most(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBatchDispatcher)
#include "tst_batchdispatcher.moc"
