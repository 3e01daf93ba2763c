// The batch tables: what SubmitJob refuses, array children and their
// dependencies, cancel and terminate by state, a parent following its
// children, and queue counts, on a real SQLite file.
#include "batch/batchrepository.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::batch;

class TestBatchRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<BatchRepository> m_repo;
    int m_files = 0;

    SubmitRequest request(int arraySize = 0) const
    {
        SubmitRequest r;
        r.queue = QStringLiteral("q");
        r.definition = QStringLiteral("count");
        r.arraySize = arraySize;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<store::Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(++m_files))));
        m_repo = std::make_unique<BatchRepository>(*m_db);
        ComputeEnvironment ce;
        ce.name = QStringLiteral("ce");
        ce.engines = {QStringLiteral("local")};
        ce.maxVcpus = 4;
        QVERIFY(m_repo->addEnvironment(ce));
        JobQueue q;
        q.name = QStringLiteral("q");
        q.environments = {QStringLiteral("CE")};
        const auto queue = m_repo->addQueue(q);
        QVERIFY2(queue, qPrintable(queue ? QString() : queue.error()));
        QCOMPARE(queue->environments, QStringList{QStringLiteral("ce")});
        JobDefinition d;
        d.name = QStringLiteral("count");
        d.container.image = QStringLiteral("busybox");
        d.container.command = {QStringLiteral("wc"), QStringLiteral("Ref::file")};
        d.parameters.insert(QStringLiteral("file"), QStringLiteral("/etc/passwd"));
        QVERIFY(m_repo->registerDefinition(d));
    }

    void definitionsHaveRevisions()
    {
        JobDefinition d;
        d.name = QStringLiteral("COUNT"); // the same name whatever the case
        d.container.image = QStringLiteral("busybox:2");
        const auto second = m_repo->registerDefinition(d);
        QVERIFY(second);
        QCOMPARE(second->reference(), QStringLiteral("count:2"));
        auto latest = m_repo->findDefinition(QStringLiteral("count"));
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->revision, 2);
        QVERIFY(m_repo->deregisterDefinition(QStringLiteral("count:2")));
        latest = m_repo->findDefinition(QStringLiteral("count"));
        QCOMPARE((*latest)->revision, 1); // the latest active one
        // A deregistered revision takes no new jobs.
        SubmitRequest r = request();
        r.definition = QStringLiteral("count:2");
        const auto refused = m_repo->submit(r);
        QVERIFY(!refused);
        QCOMPARE(refused.problem().kind, ErrorKind::Conflict);
        QVERIFY(refused.error().contains(QStringLiteral("deregistered")));
    }

    void submitAppliesOverridesAndParameters()
    {
        SubmitRequest r = request();
        r.parameters.insert(QStringLiteral("file"), QStringLiteral("/data/a.txt"));
        r.env.insert(QStringLiteral("MODE"), QStringLiteral("fast"));
        r.vcpus = 0.5;
        r.attempts = 3;
        const auto job = m_repo->submit(r);
        QVERIFY2(job, qPrintable(job.error()));
        QCOMPARE(job->status, JobStatus::Submitted);
        QCOMPARE(job->name, QStringLiteral("count"));
        QCOMPARE(job->container.command,
                 (QStringList{QStringLiteral("wc"), QStringLiteral("/data/a.txt")}));
        QCOMPARE(job->container.env.value(QStringLiteral("MODE")), QStringLiteral("fast"));
        QCOMPARE(job->container.vcpus, 0.5);
        QCOMPARE(job->container.attempts, 3);
        QCOMPARE(job->definition, QStringLiteral("count:1"));
    }

    void badSubmissionsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("arraySize");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("dependsOn");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int invalid = int(ErrorKind::InvalidInput);
        const int notFound = int(ErrorKind::NotFound);
        QTest::newRow("10,001 children") << 10'001 << "q"
                                         << ""
                                         << "" << invalid << "10000";
        QTest::newRow("one child") << 1 << "q"
                                   << ""
                                   << "" << invalid << "from 2";
        QTest::newRow("no such queue") << 0 << "nope"
                                       << ""
                                       << "" << notFound << "nope";
        QTest::newRow("no such job to wait for") << 0 << "q"
                                                 << "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
                                                 << "" << notFound << "1b4e28ba";
        QTest::newRow("SEQUENTIAL without an array") << 0 << "q"
                                                     << ""
                                                     << "SEQUENTIAL" << invalid << "array";
    }
    void badSubmissionsAreRefusedWithAReason()
    {
        QFETCH(int, arraySize);
        QFETCH(QString, queue);
        QFETCH(QString, dependsOn);
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(QString, says);
        SubmitRequest r = request(arraySize);
        r.queue = queue;
        if (!dependsOn.isEmpty())
            r.dependsOn.append({dependsOn, DependencyType::Plain});
        if (type == QLatin1String("SEQUENTIAL"))
            r.dependsOn.append({{}, DependencyType::Sequential});
        const auto refused = m_repo->submit(r);
        QVERIFY(!refused);
        QCOMPARE(int(refused.problem().kind), kind);
        QVERIFY2(refused.error().contains(says), qPrintable(refused.error()));
        // Nothing half-stored.
        QCOMPARE(*m_repo->countJobs({}), 0);
    }

    void absurdResourcesAreRefused()
    {
        SubmitRequest r = request();
        r.vcpus = -2;
        QVERIFY(!m_repo->submit(r));
        r.vcpus = std::nullopt;
        r.memoryMb = 1LL << 40;
        QVERIFY(!m_repo->submit(r));
        QCOMPARE(*m_repo->countJobs({}), 0);
    }

    void arraysMakeTheirChildrenAndDependencies()
    {
        const auto a = m_repo->submit(request(4));
        QVERIFY(a);
        SubmitRequest rb = request(4);
        rb.dependsOn = {{a->id, DependencyType::NToN}, {{}, DependencyType::Sequential}};
        const auto b = m_repo->submit(rb);
        QVERIFY2(b, qPrintable(b.error()));
        JobFilter children;
        children.parent = b->id;
        const auto kids = m_repo->jobs(children);
        QCOMPARE(kids->size(), 4);
        QCOMPARE(kids->at(2).id, b->id + QStringLiteral(":2"));
        QCOMPARE(kids->at(2).arrayIndex, 2);
        QCOMPARE(kids->at(2).container.command, b->container.command); // the parent's
        QStringList deps = *m_repo->dependencyIds(b->id + QStringLiteral(":2"));
        deps.sort();
        QStringList expected{a->id + QStringLiteral(":2"), b->id + QStringLiteral(":1")};
        expected.sort();
        QCOMPARE(deps, expected);
        QCOMPARE(m_repo->dependencyIds(b->id + QStringLiteral(":0"))->size(), 1); // no i-1
        // N_TO_N needs arrays of the same size.
        SubmitRequest rc = request(3);
        rc.dependsOn = {{a->id, DependencyType::NToN}};
        const auto refused = m_repo->submit(rc);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("N_TO_N")));
        // The top level lists parents only.
        QCOMPARE(*m_repo->countJobs({}), 2);
        const auto summary = m_repo->childSummary(a->id);
        QCOMPARE(summary->value(JobStatus::Submitted), 4);
    }

    void cancelAndTerminateByState()
    {
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << m_repo->submit(request())->id;
        QVERIFY(*m_repo->move(ids[1], JobStatus::Submitted, JobStatus::Pending, {}));
        QVERIFY(*m_repo->move(ids[2], JobStatus::Submitted, JobStatus::Runnable, {}));
        QVERIFY(*m_repo->move(ids[3], JobStatus::Submitted, JobStatus::Runnable, {}));
        const Job running = **m_repo->job(ids[3]);
        QVERIFY(*m_repo->beginAttempt(running, QStringLiteral("local"), QStringLiteral("ce"), 1));
        QVERIFY(m_repo->markRunning(ids[3], 1, QStringLiteral("c1"), 2));
        for (int i : {0, 2}) { // SUBMITTED, RUNNABLE
            QCOMPARE(*m_repo->cancel(ids[i], QStringLiteral("not needed")), 1);
            const Job j = **m_repo->job(ids[i]);
            QCOMPARE(j.status, JobStatus::Failed);
            QCOMPARE(j.statusReason, QStringLiteral("not needed"));
        }
        // PENDING: marked; it fails once its dependencies finish (the
        // dispatcher's part, tst_batchdispatcher).
        QCOMPARE(*m_repo->cancel(ids[1], QStringLiteral("not needed")), 1);
        QCOMPARE((*m_repo->job(ids[1]))->status, JobStatus::Pending);
        QCOMPARE((*m_repo->job(ids[1]))->terminateReason, QStringLiteral("not needed"));
        // RUNNING: cancel changes nothing; terminate marks it for the dispatcher.
        QCOMPARE(*m_repo->cancel(ids[3], QStringLiteral("no")), 0);
        QCOMPARE((*m_repo->job(ids[3]))->status, JobStatus::Running);
        QCOMPARE(*m_repo->terminate(ids[3], QStringLiteral("stop it")), 1);
        QCOMPARE((*m_repo->job(ids[3]))->terminateReason, QStringLiteral("stop it"));
        // A job that moved on meanwhile is not started: the guard holds.
        QVERIFY(!*m_repo->beginAttempt(**m_repo->job(ids[2]), QStringLiteral("local"),
                                       QStringLiteral("ce"), 3));
        QVERIFY(!m_repo->cancel(QStringLiteral("nope"), QStringLiteral("x")));
    }

    void parentsFollowTheirChildren()
    {
        const auto a = m_repo->submit(request(3));
        QCOMPARE(*m_repo->settleParent(a->id, 1), JobStatus::Submitted);
        QVERIFY(*m_repo->move(a->id + QStringLiteral(":0"), JobStatus::Submitted,
                              JobStatus::Runnable, {}));
        QCOMPARE(*m_repo->settleParent(a->id, 1), JobStatus::Pending);
        for (int i = 0; i < 3; ++i)
            (void)m_repo->move(a->id + QStringLiteral(":%1").arg(i),
                               i == 0 ? JobStatus::Runnable : JobStatus::Submitted,
                               i == 1 ? JobStatus::Failed : JobStatus::Succeeded, {});
        QCOMPARE(*m_repo->settleParent(a->id, 1), JobStatus::Failed);
        QCOMPARE((*m_repo->job(a->id))->statusReason, QStringLiteral("1 of 3 child jobs failed"));
        const auto counts = m_repo->queueCounts();
        QCOMPARE(counts->value(QStringLiteral("q")).value(JobStatus::Succeeded), 2);
        QCOMPARE(counts->value(QStringLiteral("q")).value(JobStatus::Failed), 1);
    }

    void aQueueOrEnvironmentInUseStays()
    {
        const auto job = m_repo->submit(request());
        QVERIFY(job);
        auto refused = m_repo->removeQueue(QStringLiteral("q"));
        QCOMPARE(refused.problem().kind, ErrorKind::Conflict);
        refused = m_repo->removeEnvironment(QStringLiteral("ce"));
        QCOMPARE(refused.problem().kind, ErrorKind::Conflict);
        QVERIFY(m_repo->cancel(job->id, QStringLiteral("x")));
        QVERIFY(m_repo->removeQueue(QStringLiteral("q")));
        QVERIFY(m_repo->removeEnvironment(QStringLiteral("ce")));
    }

    void fairShareQueuesTakeJobsByShare()
    {
        SchedulingPolicy p;
        p.name = QStringLiteral("fair");
        p.shareDecaySeconds = 3600;
        p.computeReservation = 25;
        p.shares = {{QStringLiteral("ml*"), 0.25}, {QStringLiteral("etl"), 2}};
        QVERIFY(m_repo->addPolicy(p));
        QCOMPARE(m_repo->addPolicy(p).problem().kind, ErrorKind::Conflict);
        const auto stored = m_repo->findPolicy(QStringLiteral("FAIR"));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->shares, p.shares);
        QCOMPARE((*stored)->computeReservation, 25);

        JobQueue q;
        q.name = QStringLiteral("shared");
        q.environments = {QStringLiteral("ce")};
        q.schedulingPolicy = QStringLiteral("nope");
        QCOMPARE(m_repo->addQueue(q).problem().kind, ErrorKind::NotFound);
        q.schedulingPolicy = QStringLiteral("Fair");
        const auto queue = m_repo->addQueue(q);
        QVERIFY(queue);
        QCOMPARE(queue->schedulingPolicy, QStringLiteral("fair")); // as it was made
        QCOMPARE(m_repo->findQueue(QStringLiteral("shared"))->value().schedulingPolicy,
                 QStringLiteral("fair"));

        // A fair-share queue's jobs name their share; a FIFO queue's may not.
        SubmitRequest r = request();
        r.queue = QStringLiteral("shared");
        auto refused = m_repo->submit(r);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("share identifier")),
                 qPrintable(refused.error()));
        r.shareIdentifier = QStringLiteral("ml*");
        QVERIFY(!m_repo->submit(r));
        SubmitRequest fifo = request();
        fifo.shareIdentifier = QStringLiteral("ml");
        refused = m_repo->submit(fifo);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("no scheduling policy")),
                 qPrintable(refused.error()));

        // Within a share: the higher scheduling priority first, then FIFO.
        r.shareIdentifier = QStringLiteral("ml-a");
        const auto low = m_repo->submit(r);
        r.schedulingPriority = 50;
        const auto high = m_repo->submit(r);
        r.schedulingPriority = 10000;
        QVERIFY(!m_repo->submit(r));
        r.schedulingPriority.reset();
        r.shareIdentifier = QStringLiteral("etl");
        r.arraySize = 3; // children keep their parent's share
        const auto array = m_repo->submit(r);
        QVERIFY(low && high && array);
        QCOMPARE(high->schedulingPriority, 50);
        QVERIFY(m_repo->releaseFreeSubmitted());
        const auto shares = m_repo->sharesWith(QStringLiteral("shared"), {JobStatus::Runnable});
        QCOMPARE(*shares, (QStringList{QStringLiteral("etl"), QStringLiteral("ml-a")}));
        const auto head =
            m_repo->runnableShareHead(QStringLiteral("shared"), QStringLiteral("ml-a"), 5);
        QCOMPARE(head->size(), 2);
        QCOMPARE(head->at(0).id, high->id);
        QCOMPARE(head->at(1).id, low->id);
        const auto children =
            m_repo->runnableShareHead(QStringLiteral("shared"), QStringLiteral("etl"), 5);
        QCOMPARE(children->size(), 3);
        QCOMPARE(children->first().shareIdentifier, QStringLiteral("etl"));

        // A policy a queue uses stays; it can be changed.
        QCOMPARE(m_repo->removePolicy(QStringLiteral("fair")).problem().kind, ErrorKind::Conflict);
        p.shares = {{QStringLiteral("etl"), 0.5}};
        QVERIFY(m_repo->updatePolicy(p));
        QCOMPARE(m_repo->findPolicy(QStringLiteral("fair"))->value().shares, p.shares);
        p.computeReservation = 100;
        QVERIFY(!m_repo->updatePolicy(p));
        for (const auto &job : {low, high, array})
            QVERIFY(m_repo->cancel(job->id, QStringLiteral("done")));
        QCOMPARE(*m_repo->settleParent(array->id, 0), JobStatus::Failed);
        const auto removed = m_repo->removeQueue(QStringLiteral("shared"));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error()));
        QVERIFY(m_repo->removePolicy(QStringLiteral("fair")));
        QCOMPARE(m_repo->policies()->size(), 0);
    }

    void tenThousandChildrenInOneSubmit()
    {
        QElapsedTimer t;
        t.start();
        const auto big = m_repo->submit(request(kMaxArraySize));
        QVERIFY2(big, qPrintable(big.error()));
        qInfo("10,000 children stored in %lld ms", t.elapsed());
        QCOMPARE(m_repo->childSummary(big->id)->value(JobStatus::Submitted), kMaxArraySize);
        QCOMPARE(*m_repo->releaseFreeSubmitted(), kMaxArraySize);
        const auto head = m_repo->runnableHead(QStringLiteral("q"), 5);
        QCOMPARE(head->size(), 5);
        QCOMPARE(head->first().id, big->id + QStringLiteral(":0")); // FIFO
    }
};

QTEST_GUILESS_MAIN(TestBatchRepository)
#include "tst_batchrepository.moc"
