// What one scheduling decision costs as the queue grows: the dispatcher's
// path for each job it considers (its queue's head from the store, the
// capacity planner's placement), timed with 100, 1,000 and 10,000 jobs
// RUNNABLE in one queue of a private store. The goal (issue 13): at most
// 1 ms a decision, and flat from 100 to 10,000.
//
//   build/bench/sloop-bench-batchdecision [--rounds N]
#include "batch/batchrepository.h"
#include "batch/capacityplanner.h"
#include "batch/schedulingpolicy.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace sloop;
using namespace sloop::batch;

namespace {

// Environment "ce" (the local engine, maxVcpus), queue "q" (fair share by
// `policy` when given) and definition "d" of 0.25 vCPU: both passes' store.
ComputeEnvironment setUp(BatchRepository &repo, double maxVcpus,
                         const SchedulingPolicy *policy = nullptr)
{
    ComputeEnvironment ce;
    ce.name = QStringLiteral("ce");
    ce.engines = {QStringLiteral("local")};
    ce.maxVcpus = maxVcpus;
    (void)repo.addEnvironment(ce);
    JobQueue q;
    q.name = QStringLiteral("q");
    q.environments = {QStringLiteral("ce")};
    if (policy) {
        (void)repo.addPolicy(*policy);
        q.schedulingPolicy = policy->name;
    }
    (void)repo.addQueue(q);
    JobDefinition d;
    d.name = QStringLiteral("d");
    d.container.image = QStringLiteral("busybox");
    d.container.command = {QStringLiteral("true")};
    d.container.vcpus = 0.25;
    d.container.memoryMb = 32;
    (void)repo.registerDefinition(d);
    return ce;
}

// A fair-share queue's pass as the dispatcher makes it (batchfairshare.cpp):
// the shares with RUNNABLE jobs, the active ones, each share's first seq
// from the index, then the least-used share's next job placed, one at a
// time, its jobs read one first, then 8 at a time. 10,000 jobs spread over 10, 100 and 500
// shares; timed with room for 64 jobs and with none (no share is read).
void fairSharePasses()
{
    std::printf("\nFair-share pass, 10,000 RUNNABLE jobs (median of 20 passes)\n");
    std::printf("%10s %18s %14s %18s\n", "shares", "ms/pass (64 fit)", "us/decision",
                "ms/pass (none)");
    for (const int shares : {10, 100, 500}) {
        QTemporaryDir dir;
        store::Database db;
        if (!db.open(dir.filePath(QStringLiteral("fair.db"))))
            return;
        BatchRepository repo(db);
        SchedulingPolicy policy;
        policy.name = QStringLiteral("fair");
        policy.shares = {{QStringLiteral("s1*"), 0.5}};
        const ComputeEnvironment ce = setUp(repo, 16, &policy);
        for (int s = 0; s < shares; ++s) {
            SubmitRequest r;
            r.queue = QStringLiteral("q");
            r.definition = QStringLiteral("d");
            r.arraySize = 10'000 / shares;
            r.shareIdentifier = QStringLiteral("s%1").arg(s);
            (void)repo.submit(r);
        }
        (void)repo.releaseFreeSubmitted();
        auto pass = [&](double room) {
            QElapsedTimer t;
            t.start();
            CapacityPlanner planner;
            planner.setEngineSize(QStringLiteral("local"), {64, 1 << 20});
            planner.hold(QStringLiteral("ce"), QStringLiteral("local"), {16 - room, 0});
            if (planner.place(ce, {0.25, 4}).isEmpty())
                return t.nsecsElapsed(); // no room: no share is read
            const auto runnable = repo.sharesWith(QStringLiteral("q"), {JobStatus::Runnable});
            (void)repo.sharesWith(QStringLiteral("q"), {JobStatus::Submitted, JobStatus::Pending});
            FairShareOrder order(policy);
            QHash<QString, qint64> offered;
            for (const QString &share : *runnable)
                offered.insert(share, *repo.runnableShareHeadSeq(QStringLiteral("q"), share));

            QHash<QString, QList<Job>> heads; // 8 at a time, as the dispatcher reads them
            QHash<QString, int> at;
            while (!offered.isEmpty()) {
                const QString share = order.next(offered);
                int &i = at[share];
                if (i >= heads[share].size()) // one first, then 8 at a time
                    heads[share] =
                        *repo.runnableShareHead(QStringLiteral("q"), share, i + (i == 0 ? 1 : 8));
                const Job &job = heads[share][i];
                if (planner.place(ce, {job.container.vcpus, job.container.memoryMb}).isEmpty()) {
                    offered.remove(share);
                    if (planner.place(ce, {0.25, 4}).isEmpty())
                        break; // full: the other shares are not read
                    continue;
                }
                planner.hold(QStringLiteral("ce"), QStringLiteral("local"), {0.25, 32});
                order.started(share, 0.25);
                // Its next offer from what was read, else from the index.
                if (++i < heads[share].size())
                    offered[share] = heads[share][i].seq;
                else
                    offered[share] = *repo.runnableShareHeadSeq(QStringLiteral("q"), share);
            }
            return t.nsecsElapsed();
        };
        QList<qint64> fit, none;
        for (int i = 0; i < 20; ++i) {
            fit << pass(16);
            none << pass(0);
        }
        std::sort(fit.begin(), fit.end());
        std::sort(none.begin(), none.end());
        std::printf("%10d %18.2f %14.1f %18.2f\n", shares, double(fit.at(10)) / 1e6,
                    double(fit.at(10)) / 64 / 1e3, double(none.at(10)) / 1e6);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sloop.store.info=false"));
    int rounds = 2000;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--rounds"))); i > 0)
        rounds = args.value(i + 1).toInt();
    std::printf("Batch scheduling decision cost (%d decisions each; median of the passes)\n",
                rounds);
    std::printf("%10s %14s %14s %16s\n", "queued", "us/decision", "submit ms", "store KiB");
    for (const int queued : {100, 1000, 10000}) {
        QTemporaryDir dir;
        store::Database db;
        if (!db.open(dir.filePath(QStringLiteral("bench.db")))) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        BatchRepository repo(db);
        const ComputeEnvironment ce = setUp(repo, 4);
        SubmitRequest r;
        r.queue = QStringLiteral("q");
        r.definition = QStringLiteral("d");
        r.arraySize = queued;
        QElapsedTimer submit;
        submit.start();
        const auto job = repo.submit(r);
        const qint64 submitMs = submit.elapsed();
        if (!job) {
            std::fprintf(stderr, "submit: %s\n", qPrintable(job.error()));
            return 1;
        }
        (void)repo.releaseFreeSubmitted();
        CapacityPlanner planner;
        planner.setEngineSize(QStringLiteral("local"), {2, 8192});
        // A pass looks at the head (kHeadPerQueue at most) and places each
        // job; the planner is left full enough to place all of them.
        QList<qint64> passes;
        int decisions = 0;
        while (decisions < rounds) {
            QElapsedTimer t;
            t.start();
            const auto head = repo.runnableHead(QStringLiteral("q"), 64);
            int placed = 0;
            for (const Job &j : *head) {
                if (!planner.place(ce, {j.container.vcpus, j.container.memoryMb}).isEmpty())
                    ++placed;
            }
            passes << t.nsecsElapsed() / qMax<qsizetype>(1, head->size());
            decisions += int(head->size());
            Q_UNUSED(placed);
        }
        std::sort(passes.begin(), passes.end());
        // The database and its write-ahead log together.
        const qint64 bytes = QFileInfo(dir.filePath(QStringLiteral("bench.db"))).size() +
                             QFileInfo(dir.filePath(QStringLiteral("bench.db-wal"))).size();
        std::printf("%10d %14.1f %14lld %16lld\n", queued,
                    double(passes.at(passes.size() / 2)) / 1000.0, submitMs, bytes / 1024);
    }
    fairSharePasses();
    std::printf("reproduce: build/bench/sloop-bench-batchdecision --rounds %d\n", rounds);
    return 0;
}
