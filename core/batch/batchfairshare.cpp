// BatchDispatcher: a fair-share queue's pass. Its RUNNABLE jobs go by share
// identifier: the share whose use, relative to its weight, is least goes
// next (FairShareOrder), and within a share the higher scheduling priority,
// then the earlier submission. A share that already runs something leaves
// the policy's compute reservation free for shares that run nothing yet.
#include "batchdispatcher.h"

#include "batchrepository.h"
#include "dispatchsupport.h"

#include <QSet>

namespace sloop::batch {

using namespace dispatch;

void BatchDispatcher::scheduleFairShare(const JobQueue &queue, const SchedulingPolicy &policy,
                                        const QHash<QString, ComputeEnvironment> &environments)
{
    const auto runnable = m_repo.sharesWith(queue.name, {JobStatus::Runnable});
    if (!runnable || runnable->isEmpty())
        return;
    // Active, as Batch counts it: a share with jobs queued or running.
    QSet<QString> active(runnable->cbegin(), runnable->cend());
    if (const auto waiting =
            m_repo.sharesWith(queue.name, {JobStatus::Submitted, JobStatus::Pending}))
        active.unite(QSet<QString>(waiting->cbegin(), waiting->cend()));

    QHash<QString, double> running;
    for (const Flight &f : std::as_const(m_flights))
        if (!f.share.isEmpty() && f.queue.compare(queue.name, Qt::CaseInsensitive) == 0) {
            running[f.share] += f.size.vcpus;
            active.insert(f.share);
        }
    FairShareOrder order(policy);
    for (const QString &share : std::as_const(active))
        order.setUse(
            share, running.value(share),
            m_ledger.recentVcpuSeconds(queue.name, share, now(), policy.shareDecaySeconds));

    QHash<QString, QList<Job>> heads;
    QHash<QString, int> at;
    QHash<QString, qint64> offered; // share → its next job's seq
    for (const QString &share : *runnable) {
        const auto head = m_repo.runnableShareHead(queue.name, share, kHeadPerQueue);
        if (!head || head->isEmpty())
            continue;
        heads.insert(share, *head);
        offered.insert(share, head->first().seq);
    }
    const int activeCount = int(active.size());
    while (!offered.isEmpty()) {
        const QString share = order.next(offered);
        int &index = at[share];
        const Job &job = heads[share][index];
        const bool runsAlready = order.runningVcpus(share) > 0;
        const Placement placed = place(job, queue, environments, [&](const ComputeEnvironment &e) {
            if (!runsAlready)
                return 0.0;
            // Of what the environment can really use: its maximum, or its
            // engines' CPUs when they have fewer.
            double measured = 0;
            for (const QString &engine : e.engines)
                measured += m_planner.engineSize(engine).vcpus;
            return reservedVcpus(policy, measured > 0 ? qMin(e.maxVcpus, measured) : e.maxVcpus,
                                 activeCount);
        });
        if (placed == Placement::NoRoom) {
            offered.remove(share); // the share waits for room for its head
            continue;
        }
        if (placed == Placement::Placed)
            order.started(share, job.container.vcpus);
        if (++index >= heads[share].size())
            offered.remove(share);
        else
            offered[share] = heads[share][index].seq;
    }
}

void BatchDispatcher::seedShareLedger()
{
    m_ledger.clear();
    const auto policies = m_repo.policies();
    if (!policies)
        return;
    int window = 0;
    for (const SchedulingPolicy &p : *policies)
        window = qMax(window, p.shareDecaySeconds);
    m_ledger.setKeepSeconds(window);
    if (window == 0)
        return;
    const auto attempts = m_repo.shareAttempts(now() - qint64(window) * 1000);
    if (!attempts)
        return;
    for (const ShareAttempt &a : *attempts)
        m_ledger.add(a.queue, a.share, a.startedMs, a.stoppedMs, a.vcpus);
}

} // namespace sloop::batch
