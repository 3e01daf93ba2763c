#pragma once

#include "composefile.h"
#include "swarmtypes.h"
#include "util/result.h"

#include <QFuture>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::swarm {

// What a deploy did: services made and updated (by their full names), and
// networks made.
struct StackDeployment
{
    QStringList created;
    QStringList updated;
    QStringList networksCreated;
    QStringList leftAlone; // services of the stack no longer in the file
};

struct StackSummary
{
    QString name;
    int services = 0;
    int desired = 0;
    int running = 0;
};

// docker stack deploy's work on a manager: the stack's overlay networks
// made when missing, each service created or updated in place (by name,
// with the version it read: a rolling update where the tasks change).
// Services dropped from the file are left running and named in the result,
// as docker stack deploy does without --prune. Stops at the first refusal
// and says which service; what was done before it stays done, and the
// message says that too.
QFuture<Result<StackDeployment>> deployStack(engine::DockerClient *manager,
                                             const ComposeStack &stack);
// The stacks among `services`, by their label.
QList<StackSummary> stacksOf(const QList<ServiceSummary> &services);
// Removes the stack's services, then its networks.
QFuture<VoidResult> removeStack(engine::DockerClient *manager, const QString &name);

} // namespace sloop::swarm
