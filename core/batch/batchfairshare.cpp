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
    // No room anywhere for the smallest job: nothing to decide, and a busy
    // queue's pass reads none of its shares (nor the rest, once it fills).
    auto anyRoom = [&] {
        for (const QString &name : queue.environments) {
            const auto it = environments.constFind(name.toLower());
            if (it != environments.cend() && it->enabled &&
                !m_planner.place(*it, {0.25, 4}).isEmpty())
                return true;
        }
        return false;
    };
    if (!anyRoom())
        return;
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

    // Each share offers its next job's seq (the tie-break), read from the
    // index; its jobs are read only when it is served, a few at a time.
    QHash<QString, qint64> offered;
    for (const QString &share : *runnable)
        if (const auto seq = m_repo.runnableShareHeadSeq(queue.name, share); seq && *seq > 0)
            offered.insert(share, *seq);
    struct Head
    {
        QList<Job> jobs;
        int next = 0;
        bool more = true;
        QSet<QString> seen; // looked at this pass (started ones leave RUNNABLE)
    };
    QHash<QString, Head> heads;
    auto nextJob = [&](const QString &share) -> const Job * {
        Head &h = heads[share];
        if (h.next < h.jobs.size())
            return &h.jobs[h.next];
        if (!h.more)
            return nullptr;
        // One first: with many shares, most serve one job a pass.
        const int want = int(h.seen.size()) + (h.seen.isEmpty() ? 1 : kShareBatch);
        const auto rows = m_repo.runnableShareHead(queue.name, share, want);
        h.jobs.clear();
        h.next = 0;
        h.more = rows && rows->size() == want;
        if (rows)
            for (const Job &j : *rows)
                if (!h.seen.contains(j.id))
                    h.jobs << j;
        return h.jobs.isEmpty() ? nullptr : &h.jobs[0];
    };
    const int activeCount = int(active.size());
    while (!offered.isEmpty()) {
        const QString share = order.next(offered);
        const Job *next = nextJob(share);
        if (!next) {
            offered.remove(share);
            continue;
        }
        const Job job = *next;
        heads[share].seen.insert(job.id);
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
            if (!anyRoom())
                break;
            continue;
        }
        if (placed == Placement::Placed)
            order.started(share, job.container.vcpus);
        // Its next offer: from what was read, else from the index (rows
        // are read only when the share is served again).
        Head &h = heads[share];
        ++h.next;
        if (h.next < h.jobs.size()) {
            offered[share] = h.jobs[h.next].seq;
        } else if (const auto seq = m_repo.runnableShareHeadSeq(queue.name, share);
                   h.more && seq && *seq > 0) {
            offered[share] = *seq;
        } else {
            offered.remove(share);
        }
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
