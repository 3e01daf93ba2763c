#pragma once

#include "blueprints/validationproblem.h"
#include "swarmtypes.h"

#include <QByteArray>

namespace sloop::swarm {

// The label Swarm stacks carry (docker stack deploy's), naming the stack.
inline constexpr const char *kStackLabel = "com.docker.stack.namespace";

struct StackService
{
    QString composeName; // "web"
    ServiceSpec spec;    // named "<stack>_web", labelled with the stack
};

// A top-level secret or config of a Compose file: made from a file (named
// "<stack>_NAME" in the swarm, as docker stack deploy names it) or one that
// must exist already (external).
struct StackFile
{
    QString composeName;
    QString swarmName;
    QString file; // as written; relative to the Compose file's folder
    bool external = false;
};

struct ComposeStack
{
    QString name;
    QList<StackService> services;
    QList<StackFile> secrets;
    QList<StackFile> configs;
    QString baseDir;              // where the Compose file is: its files' paths start there
    QStringList networks;         // overlay networks to make: "<stack>_default"…
    QStringList externalNetworks; // ones that must exist already
};

// A Compose file (version 3, the keys docker stack deploy reads) as Swarm
// services. `errors` stop a deploy (bad YAML, a service without an image, a
// value of the wrong kind); `warnings` name each key Swarm or Sloop does not
// use (build, depends_on, container_name…), with its line, and the deploy
// goes on without it. Values go through the same checks as the CLI's.
struct ComposeParse
{
    ComposeStack stack;
    QList<blueprints::ValidationProblem> errors;
    QList<blueprints::ValidationProblem> warnings;
    bool ok() const { return errors.isEmpty(); }
};
ComposeParse parseCompose(const QByteArray &yaml, const QString &stackName);

// Swarm's rule for a stack name; empty when fine.
QString checkStackName(const QString &name);

} // namespace sloop::swarm
