#pragma once

#include "batchtypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace sloop::batch {

// AWS Batch's fair-share scheduling policy. A job queue that has one runs
// its jobs by share identifier rather than first in, first out: the share
// that has used the least, relative to its weight, goes next.
//
// - weightFactor: lower means more. A share weighted 0.125 gets eight times
//   the vCPUs of a share weighted 1 (the default for shares not listed). A
//   listed identifier may end with '*' to weigh every share it prefixes.
// - shareDecaySeconds: how far back finished attempts count towards a
//   share's use, as vCPU-seconds spread over that window. 0 counts only
//   what runs now (as Batch's user guide puts it).
// - computeReservation: a percentage of the queue's vCPUs held back for
//   shares that run nothing yet: (computeReservation / 100) ^ active
//   shares, where a share is active while it has jobs queued or running.
struct ShareWeight
{
    QString identifier; // may end with '*'
    double weight = 1.0;
    bool operator==(const ShareWeight &) const = default;
};

struct SchedulingPolicy
{
    QString name;
    int shareDecaySeconds = 0;
    int computeReservation = 0; // percent, 0–99
    QList<ShareWeight> shares;
    qint64 createdMs = 0;
};

// AWS's limits.
constexpr int kMaxShareDecaySeconds = 604'800;
constexpr int kMaxComputeReservation = 99;
constexpr int kMaxShareDistribution = 500;
constexpr int kMaxShareIdentifierLength = 255;
constexpr double kMinWeightFactor = 0.0001;
constexpr double kMaxWeightFactor = 999.9999;
constexpr int kMaxSchedulingPriority = 9999;

VoidResult validate(const SchedulingPolicy &policy);
// A job's share identifier: 1–255 letters, digits, '-', '_' or '.'; no '*'.
VoidResult validateJobShare(const QString &shareIdentifier);
VoidResult validateSchedulingPriority(int priority);

// The share's weight: its own entry, else the longest '*' prefix that
// matches it, else 1.
double weightOf(const SchedulingPolicy &policy, const QString &share);
// vCPUs held back for shares that run nothing yet, of an environment of
// maxVcpus, with `activeShares` shares active; rounded up to a quarter vCPU,
// the step jobs are sized in.
double reservedVcpus(const SchedulingPolicy &policy, double maxVcpus, int activeShares);

// The finished attempts of one queue's shares within the decay window, kept
// in memory by the dispatcher so a pass does not read the store for them.
class ShareUsageLedger
{
public:
    // How far back any policy looks (its longest decay window); nothing is
    // kept while it is 0, and older entries go as new ones come.
    void setKeepSeconds(int seconds) { m_keepSeconds = seconds; }
    int keepSeconds() const { return m_keepSeconds; }
    void add(const QString &queue, const QString &share, qint64 startedMs, qint64 stoppedMs,
             double vcpus);
    // The vCPU-seconds the share's attempts used within [nowMs - window, nowMs],
    // and entries older than the window forgotten.
    double recentVcpuSeconds(const QString &queue, const QString &share, qint64 nowMs,
                             int windowSeconds);
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        qint64 startedMs;
        qint64 stoppedMs;
        double vcpus;
    };
    QHash<QString, std::deque<Entry>> m_entries; // "queue\nshare" → by stop time
    int m_keepSeconds = 0;
};

// Picks, one job at a time, which share of a fair-share queue goes next.
// Each share's use is weight × (vCPUs running + recent vCPU-seconds / window);
// the share with the least goes first (ties: the one whose head job was
// submitted first). Starting a job adds its vCPUs to its share.
class FairShareOrder
{
public:
    explicit FairShareOrder(const SchedulingPolicy &policy)
        : m_policy(policy)
    {
    }
    void setUse(const QString &share, double runningVcpus, double recentVcpuSeconds);
    // Among the shares offered (each with its head job's seq), the one to
    // serve next; empty when none is offered.
    QString next(const QHash<QString, qint64> &headSeqByShare) const;
    void started(const QString &share, double vcpus);
    double use(const QString &share) const;
    double runningVcpus(const QString &share) const { return m_shares.value(share).running; }

private:
    struct State
    {
        double weight = 1;
        double running = 0; // vCPUs
        double recent = 0;  // vCPU-seconds
    };
    // One look-up a share a pick; its weight worked out once.
    State &state(const QString &share) const;
    double use(const State &s) const;

    SchedulingPolicy m_policy;
    mutable QHash<QString, State> m_shares;
};

} // namespace sloop::batch
