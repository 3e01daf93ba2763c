// What one scheduling decision costs as the queue grows: the dispatcher's
// path for each job it considers (its queue's head from the store, the
// capacity planner's placement), timed with 100, 1,000 and 10,000 jobs
// RUNNABLE in one queue of a private store. The goal (issue 13): at most
// 1 ms a decision, and flat from 100 to 10,000.
//
//   build/bench/sloop-bench-batchdecision [--rounds N]
#include "batch/batchrepository.h"
#include "batch/capacityplanner.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace sloop;
using namespace sloop::batch;

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
        ComputeEnvironment ce;
        ce.name = QStringLiteral("ce");
        ce.engines = {QStringLiteral("local")};
        ce.maxVcpus = 4;
        (void)repo.addEnvironment(ce);
        JobQueue q;
        q.name = QStringLiteral("q");
        q.environments = {QStringLiteral("ce")};
        (void)repo.addQueue(q);
        JobDefinition d;
        d.name = QStringLiteral("d");
        d.container.image = QStringLiteral("busybox");
        d.container.command = {QStringLiteral("true")};
        d.container.vcpus = 0.25;
        d.container.memoryMb = 32;
        (void)repo.registerDefinition(d);
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
    std::printf("reproduce: build/bench/sloop-bench-batchdecision --rounds %d\n", rounds);
    return 0;
}
