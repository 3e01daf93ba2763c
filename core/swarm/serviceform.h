#pragma once

#include "swarmtypes.h"
#include "util/result.h"

namespace sloop::swarm {

// A service as a person types it (the CLI's options, the dialog's fields),
// in docker service create's words. Empty fields take Swarm's defaults.
struct ServiceForm
{
    QString name;
    QString image;
    QStringList command;
    QString replicas; // "3"; empty: 1
    bool global = false;
    QStringList publish;     // "8080:80", "8080:80/udp", "8080:80,mode=host"
    QStringList env;         // NAME=value
    QStringList constraints; // node.role==worker
    QStringList mounts;      // type=volume,src=data,dst=/data[,ro]
    QStringList labels;      // key=value
    QStringList secrets;     // NAME[:TARGET]: /run/secrets/NAME (or TARGET)
    QStringList configs;     // NAME[:TARGET]: /NAME (or TARGET)
    QString cpuLimit, memoryLimit, cpuReservation, memoryReservation; // "0.5", "256m"
    QString restartCondition;                                         // none, on-failure, any
    QString healthCommand; // a shell command; exit 0 is healthy
    QString healthInterval, healthTimeout, healthStartPeriod, healthRetries;
    QString updateParallelism, updateDelay, updateFailureAction, updateMonitor, updateOrder;
};

struct FormProblem
{
    QString field; // "publish", "memoryLimit"…
    QString message;
};

// The spec, or every problem found (each with its field).
struct ParsedServiceForm
{
    ServiceSpec spec;
    QList<FormProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    QString message() const; // the problems, one a line
};
ParsedServiceForm parseServiceForm(const ServiceForm &form);

// "90s", "1m30s", "500ms", "2h", or bare seconds; -1 when it is not one.
qint64 parseDurationMs(const QString &text);
// An update policy from its parts; problems go to `problems`.
UpdatePolicy parseUpdatePolicy(const ServiceForm &form, QList<FormProblem> *problems);

} // namespace sloop::swarm
