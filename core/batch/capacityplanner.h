#pragma once

#include "batchtypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sloop::batch {

// Where a job fits, kept apart from the engines so the rules can be checked
// against a table: a job runs on one engine of one of its queue's compute
// environments, where neither the environment's maximum (vCPUs and memory,
// summed over its engines) nor the engine's own size (its CPUs and memory)
// would be exceeded by the jobs in flight and this one. Nothing is
// oversubscribed; among the engines with room, the one with the most vCPUs
// free takes it, so jobs spread.
class CapacityPlanner
{
public:
    struct Size
    {
        double vcpus = 0;
        qint64 memoryMb = 0;
    };

    // An engine's own size (GET /info); an engine without one takes nothing.
    // A swarm is one entry: `size` is all its nodes together and `units`
    // each node's, since one job runs on one node.
    void setEngineSize(const QString &engine, Size size, const QList<Size> &units = {});
    void forgetEngine(const QString &engine);
    bool knowsEngine(const QString &engine) const { return m_engineSize.contains(engine); }

    // A job in flight (STARTING or RUNNING) holds its share until released.
    void hold(const QString &environment, const QString &engine, Size size);
    void release(const QString &environment, const QString &engine, Size size);
    void clear();

    // Whether the job could ever run there (ignoring what is in flight).
    bool couldFit(const ComputeEnvironment &environment, Size job) const;
    // The engine it fits on now; empty when none has room.
    QString place(const ComputeEnvironment &environment, Size job) const;

    Size usedBy(const QString &environment) const { return m_envUsed.value(environment.toLower()); }
    Size usedOn(const QString &engine) const { return m_engineUsed.value(engine); }
    Size engineSize(const QString &engine) const { return m_engineSize.value(engine); }

private:
    QHash<QString, Size> m_engineSize;
    QHash<QString, QList<Size>> m_units; // swarms: each node's size
    QHash<QString, Size> m_engineUsed;
    QHash<QString, Size> m_envUsed; // by lower-case name
};

} // namespace sloop::batch
