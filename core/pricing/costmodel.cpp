#include "costmodel.h"

#include <algorithm>

namespace sloop::pricing {

std::optional<qint64> instanceEstimateCents(qint64 hostMonthlyCents, qint64 hostMemoryMiB,
                                            qint64 planMemoryMiB)
{
    if (hostMemoryMiB <= 0)
        return std::nullopt;
    const qint64 cost = std::max<qint64>(hostMonthlyCents, 0);
    const qint64 plan = std::clamp<qint64>(planMemoryMiB, 0, hostMemoryMiB);
    // Rounded half up; exact in 64 bits for any cost below 2^63 / 2^40.
    const __int128 share =
        (__int128(cost) * plan * 2 + hostMemoryMiB) / (__int128(hostMemoryMiB) * 2);
    return std::min<qint64>(qint64(share), cost);
}

CostSummary estimateCosts(const QList<MachineCost> &machines, const QList<InstanceUse> &instances)
{
    CostSummary summary;
    QList<MachineCost> known;
    const auto indexOf = [&](const QString &location) -> qsizetype {
        for (qsizetype i = 0; i < summary.machines.size(); ++i) {
            if (summary.machines.at(i).location.compare(location, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    for (const MachineCost &m : machines) {
        if (indexOf(m.location) >= 0)
            continue;
        known.append(m);
        MachineEstimate e;
        e.location = m.location;
        e.statedCents = m.monthlyCents;
        e.currency = m.currency;
        summary.machines.append(e);
        if (m.monthlyCents)
            summary.statedTotal[m.currency] += *m.monthlyCents;
    }
    QList<MachineEstimate> unknownMachines;
    for (const InstanceUse &use : instances) {
        InstanceEstimate ie;
        ie.name = use.name;
        ie.location = use.location;
        ie.lightsailCents = use.planPriceCents;
        summary.lightsailTotalCents += use.planPriceCents;
        const qsizetype at = indexOf(use.location);
        if (at < 0) {
            auto it = std::find_if(
                unknownMachines.begin(), unknownMachines.end(), [&](const MachineEstimate &m) {
                    return m.location.compare(use.location, Qt::CaseInsensitive) == 0;
                });
            if (it == unknownMachines.end()) {
                MachineEstimate e;
                e.location = use.location;
                unknownMachines.append(e);
                it = unknownMachines.end() - 1;
            }
            it->instances += 1;
            it->planMemoryMiB += use.planMemoryMiB;
            it->lightsailCents += use.planPriceCents;
            summary.instances.append(ie);
            continue;
        }
        const MachineCost &machine = known.at(at);
        MachineEstimate &me = summary.machines[at];
        ie.currency = machine.currency;
        if (machine.monthlyCents)
            ie.cents =
                instanceEstimateCents(*machine.monthlyCents, machine.memoryMiB, use.planMemoryMiB);
        me.instances += 1;
        me.planMemoryMiB += use.planMemoryMiB;
        me.lightsailCents += use.planPriceCents;
        if (ie.cents)
            me.instanceCents = std::min(me.instanceCents + *ie.cents, *machine.monthlyCents);
        summary.instances.append(ie);
    }
    std::sort(unknownMachines.begin(), unknownMachines.end(),
              [](const MachineEstimate &a, const MachineEstimate &b) {
                  return a.location.compare(b.location, Qt::CaseInsensitive) < 0;
              });
    summary.machines.append(unknownMachines);
    for (const MachineEstimate &m : std::as_const(summary.machines)) {
        if (m.statedCents && m.instances > 0)
            summary.instanceTotal[m.currency] += m.instanceCents;
    }
    return summary;
}

} // namespace sloop::pricing
