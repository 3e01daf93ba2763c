#pragma once

#include "swarmtypes.h"
#include "util/result.h"

#include <QFuture>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::swarm {

// Fargate's "run this image with this much CPU and memory" on a swarm: a
// replicated job of one task whose reservations are the size asked for, so
// Swarm picks a node with room. Sizes are Fargate's (0.25 vCPU with 0.5–2 GB
// up to 16 vCPU with 32–120 GB).
struct TaskRequest
{
    QString image;
    QStringList command;
    QStringList env;
    double vcpus = 0.25;
    qint64 memoryMb = 512;
    int timeoutSeconds = 600;
};

struct TaskOutcome
{
    QString service; // the job's name, removed when it ended
    QString node;    // the node's hostname (or id)
    QString state;   // complete, failed, rejected…
    int exitCode = 0;
    QString error;
    double seconds = 0; // from running to its end, as Fargate bills
    QStringList log;
    double fargateUsd = 0; // at Fargate's prices (resources/pricing/batch-prices.json)
};

// Empty when `vcpus` and `memoryMb` make a size Fargate offers, else which
// memory sizes go with those vCPUs.
QString checkFargateSize(double vcpus, qint64 memoryMb);

QFuture<Result<TaskOutcome>> runFargateTask(engine::DockerClient *manager,
                                            const TaskRequest &request);

} // namespace sloop::swarm
