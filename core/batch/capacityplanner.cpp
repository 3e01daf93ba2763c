#include "capacityplanner.h"

namespace sloop::batch {

namespace {

// vCPUs come in quarters: compare in whole quarters, free of rounding.
qint64 quarters(double vcpus)
{
    return qRound64(vcpus * 4);
}

} // namespace

void CapacityPlanner::setEngineSize(const QString &engine, Size size, const QList<Size> &units)
{
    m_engineSize.insert(engine, size);
    if (units.isEmpty())
        m_units.remove(engine);
    else
        m_units.insert(engine, units);
}

void CapacityPlanner::forgetEngine(const QString &engine)
{
    m_engineSize.remove(engine);
    m_units.remove(engine);
}

void CapacityPlanner::hold(const QString &environment, const QString &engine, Size size)
{
    Size &e = m_envUsed[environment.toLower()];
    e.vcpus += size.vcpus;
    e.memoryMb += size.memoryMb;
    Size &n = m_engineUsed[engine];
    n.vcpus += size.vcpus;
    n.memoryMb += size.memoryMb;
}

void CapacityPlanner::release(const QString &environment, const QString &engine, Size size)
{
    Size &e = m_envUsed[environment.toLower()];
    e.vcpus = qMax(0.0, e.vcpus - size.vcpus);
    e.memoryMb = qMax<qint64>(0, e.memoryMb - size.memoryMb);
    Size &n = m_engineUsed[engine];
    n.vcpus = qMax(0.0, n.vcpus - size.vcpus);
    n.memoryMb = qMax<qint64>(0, n.memoryMb - size.memoryMb);
}

void CapacityPlanner::clear()
{
    m_engineUsed.clear();
    m_envUsed.clear();
}

bool CapacityPlanner::couldFit(const ComputeEnvironment &environment, Size job) const
{
    if (quarters(job.vcpus) > quarters(environment.maxVcpus))
        return false;
    if (environment.maxMemoryMb > 0 && job.memoryMb > environment.maxMemoryMb)
        return false;
    for (const QString &engine : environment.engines) {
        const auto it = m_engineSize.constFind(engine);
        // An engine not measured yet may still fit it: not misconfigured.
        if (it == m_engineSize.cend())
            return true;
        const QList<Size> units = m_units.value(engine, {*it});
        for (const Size &unit : units)
            if (quarters(job.vcpus) <= quarters(unit.vcpus) && job.memoryMb <= unit.memoryMb)
                return true;
    }
    return false;
}

QString CapacityPlanner::place(const ComputeEnvironment &environment, Size job) const
{
    const Size envUsed = usedBy(environment.name);
    if (quarters(envUsed.vcpus + job.vcpus) > quarters(environment.maxVcpus))
        return {};
    if (environment.maxMemoryMb > 0 && envUsed.memoryMb + job.memoryMb > environment.maxMemoryMb)
        return {};
    QString best;
    qint64 bestFree = -1;
    for (const QString &engine : environment.engines) {
        const auto size = m_engineSize.constFind(engine);
        if (size == m_engineSize.cend())
            continue;
        const Size used = m_engineUsed.value(engine);
        const qint64 free = quarters(size->vcpus) - quarters(used.vcpus);
        if (free < quarters(job.vcpus) || used.memoryMb + job.memoryMb > size->memoryMb)
            continue;
        if (free > bestFree) {
            best = engine;
            bestFree = free;
        }
    }
    return best;
}

} // namespace sloop::batch
