#include "schedulingpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace sloop::batch {

namespace {

struct PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

VoidResult invalid(const QString &message)
{
    return VoidResult::failure(ErrorKind::InvalidInput, message);
}

bool shareCharacters(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return pattern.match(text).hasMatch();
}

QString key(const QString &queue, const QString &share)
{
    return queue.toLower() + QLatin1Char('\n') + share;
}

} // namespace

VoidResult validate(const SchedulingPolicy &p)
{
    if (!isValidName(p.name))
        return invalid(PolicyText::tr("name: up to 128 letters, digits, '-' and '_', starting "
                                      "with a letter or digit."));
    if (p.shareDecaySeconds < 0 || p.shareDecaySeconds > kMaxShareDecaySeconds)
        return invalid(PolicyText::tr("shareDecaySeconds: from 0 to 604800 (a week)."));
    if (p.computeReservation < 0 || p.computeReservation > kMaxComputeReservation)
        return invalid(PolicyText::tr("computeReservation: a percentage from 0 to 99."));
    if (p.shares.size() > kMaxShareDistribution)
        return invalid(PolicyText::tr("shareDistribution: at most 500 share identifiers."));
    QStringList seen;
    for (const ShareWeight &s : p.shares) {
        QString stem = s.identifier;
        if (stem.endsWith(QLatin1Char('*')))
            stem.chop(1);
        if (stem.isEmpty() || s.identifier.size() > kMaxShareIdentifierLength ||
            !shareCharacters(stem))
            return invalid(PolicyText::tr("shareIdentifier \"%1\": 1 to 255 letters, digits, "
                                          "'-', '_' or '.', optionally ending with '*'.")
                               .arg(s.identifier));
        if (!(s.weight >= kMinWeightFactor && s.weight <= kMaxWeightFactor))
            return invalid(PolicyText::tr("weightFactor of \"%1\": from 0.0001 to 999.9999.")
                               .arg(s.identifier));
        if (seen.contains(s.identifier))
            return invalid(
                PolicyText::tr("shareIdentifier \"%1\" is listed twice.").arg(s.identifier));
        seen << s.identifier;
    }
    return {};
}

VoidResult validateJobShare(const QString &share)
{
    if (share.isEmpty() || share.size() > kMaxShareIdentifierLength || !shareCharacters(share))
        return invalid(PolicyText::tr("shareIdentifier: 1 to 255 letters, digits, '-', '_' or "
                                      "'.' (a job names its share exactly, without '*')."));
    return {};
}

VoidResult validateSchedulingPriority(int priority)
{
    if (priority < 0 || priority > kMaxSchedulingPriority)
        return invalid(PolicyText::tr("schedulingPriority: a whole number from 0 to 9999."));
    return {};
}

double weightOf(const SchedulingPolicy &policy, const QString &share)
{
    double weight = 1.0;
    qsizetype longest = -1;
    for (const ShareWeight &s : policy.shares) {
        if (s.identifier == share)
            return s.weight;
        if (s.identifier.endsWith(QLatin1Char('*'))) {
            const QStringView stem = QStringView(s.identifier).chopped(1);
            if (share.startsWith(stem) && stem.size() > longest) {
                longest = stem.size();
                weight = s.weight;
            }
        }
    }
    return weight;
}

double reservedVcpus(const SchedulingPolicy &policy, double maxVcpus, int activeShares)
{
    if (policy.computeReservation <= 0 || activeShares <= 0)
        return 0;
    // vCPUs come in quarters: a reservation smaller than one still holds one.
    const double reserved = maxVcpus * std::pow(policy.computeReservation / 100.0, activeShares);
    return std::ceil(reserved * 4 - 1e-9) / 4;
}

// --- ShareUsageLedger ---------------------------------------------------------

void ShareUsageLedger::add(const QString &queue, const QString &share, qint64 startedMs,
                           qint64 stoppedMs, double vcpus)
{
    if (startedMs <= 0 || stoppedMs < startedMs || m_keepSeconds <= 0)
        return;
    std::deque<Entry> &entries = m_entries[key(queue, share)];
    const qint64 keepFrom = stoppedMs - qint64(m_keepSeconds) * 1000;
    while (!entries.empty() && entries.front().stoppedMs < keepFrom)
        entries.pop_front();
    Entry e{startedMs, stoppedMs, vcpus};
    // Mostly in order; a late one goes to its place.
    auto at = entries.end();
    while (at != entries.begin() && std::prev(at)->stoppedMs > stoppedMs)
        --at;
    entries.insert(at, e);
}

double ShareUsageLedger::recentVcpuSeconds(const QString &queue, const QString &share, qint64 nowMs,
                                           int windowSeconds)
{
    if (windowSeconds <= 0)
        return 0;
    const auto it = m_entries.find(key(queue, share));
    if (it == m_entries.end())
        return 0;
    const qint64 from = nowMs - qint64(windowSeconds) * 1000;
    std::deque<Entry> &entries = *it;
    while (!entries.empty() && entries.front().stoppedMs < from)
        entries.pop_front();
    double sum = 0;
    for (const Entry &e : entries)
        sum += e.vcpus * double(e.stoppedMs - qMax(e.startedMs, from)) / 1000.0;
    if (entries.empty())
        m_entries.erase(it);
    return sum;
}

// --- FairShareOrder -----------------------------------------------------------

FairShareOrder::State &FairShareOrder::state(const QString &share) const
{
    auto it = m_shares.find(share);
    if (it == m_shares.end())
        it = m_shares.insert(share, State{weightOf(m_policy, share), 0, 0});
    return *it;
}

void FairShareOrder::setUse(const QString &share, double runningVcpus, double recentVcpuSeconds)
{
    State &s = state(share);
    s.running = runningVcpus;
    s.recent = recentVcpuSeconds;
}

double FairShareOrder::use(const State &s) const
{
    double amount = s.running;
    if (m_policy.shareDecaySeconds > 0)
        amount += s.recent / m_policy.shareDecaySeconds;
    return s.weight * amount;
}

double FairShareOrder::use(const QString &share) const
{
    return use(state(share));
}

QString FairShareOrder::next(const QHash<QString, qint64> &headSeqByShare) const
{
    QString best;
    double bestUse = 0;
    qint64 bestSeq = 0;
    for (auto it = headSeqByShare.cbegin(); it != headSeqByShare.cend(); ++it) {
        const double u = use(state(it.key()));
        if (best.isEmpty() || u < bestUse - 1e-9 ||
            (std::abs(u - bestUse) <= 1e-9 && it.value() < bestSeq)) {
            best = it.key();
            bestUse = u;
            bestSeq = it.value();
        }
    }
    return best;
}

void FairShareOrder::started(const QString &share, double vcpus)
{
    state(share).running += vcpus;
}

} // namespace sloop::batch
