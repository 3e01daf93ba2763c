// SystemContainers::recreate: new published ports for an existing instance.
// The engine cannot change a container's port bindings, so the steps are
// stop → commit → rename the old one aside → create and start a new one
// from the commit under the old name → remove the old one. Until the new
// one runs, every failure puts the old one back (name, and running if it
// was).
#include "engine/dockerclient.h"
#include "instanceslogging.h"
#include "systemcontainer.h"

#include <QDateTime>

namespace sloop::instances {

using engine::ContainerDetails;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// Everything a recreate carries from step to step.
struct Recreate
{
    ContainerDetails old;
    QList<PortMapping> ports; // chosen
    QString image;            // repo:tag of the commit
    QString asideName;
    bool wasRunning = false;
    QStringList notes;
};

} // namespace

QFuture<Result<SystemContainer>> SystemContainers::recreate(const QString &id,
                                                            const QList<PortMapping> &wanted)
{
    using R = Result<SystemContainer>;
    if (!m_client)
        return ready(R::failure(tr("The engine connection is closed.")));
    QList<PortMapping> ports = wanted;
    {
        // 22/tcp stays published whatever the firewall says: it is how Sloop
        // reaches the instance.
        bool hasSsh = false;
        for (const PortMapping &m : std::as_const(ports))
            hasSsh = hasSsh || (m.containerPort == 22 && m.protocol == QLatin1String("tcp"));
        if (!hasSsh)
            ports.prepend({22, 0, QStringLiteral("tcp"), {}});
    }
    if (const VoidResult valid = validatePortMappings(ports); !valid)
        return ready(R::failure(valid.problem()));

    QPointer<engine::DockerClient> client = m_client;
    auto job = std::make_shared<Recreate>();

    return client->inspectContainer(id)
        .then(this,
              [this, job](const Result<ContainerDetails> &d) -> QFuture<Result<Facts>> {
                  if (!d)
                      return ready(Result<Facts>::failure(d.problem()));
                  if (d->summary.labels.value(QLatin1String(kKindLabel)) !=
                      QLatin1String(kKindValue))
                      return ready(Result<Facts>::failure(
                          tr("%1 is not a system container Sloop made.").arg(d->summary.name)));
                  job->old = *d;
                  job->wasRunning = d->summary.state == QLatin1String("running");
                  return gatherFacts();
              })
        .unwrap()
        .then(this,
              [this, job, ports, client](const Result<Facts> &facts) -> QFuture<VoidResult> {
                  if (!facts)
                      return ready(VoidResult::failure(facts.problem()));
                  const ContainerDetails &old = job->old;
                  auto own =
                      decodePortMappings(old.summary.labels.value(QLatin1String(kPortsLabel)));
                  QList<PortMapping> kept = own ? *own : QList<PortMapping>{};
                  if (kept.isEmpty()) {
                      for (const engine::PortBinding &b : old.configuredPorts)
                          kept.append({b.privatePort, b.publicPort, b.protocol, b.ip});
                  }
                  const auto chosen =
                      choosePorts(old.summary.name, ports, *facts, old.summary.id, kept);
                  if (!chosen)
                      return ready(VoidResult::failure(chosen.problem()));
                  job->ports = *chosen;
                  qCInfo(lcSystemContainers) << "recreating" << old.summary.name << "with ports"
                                             << encodePortMappings(job->ports);
                  if (!job->wasRunning)
                      return ready(VoidResult());
                  return client->stopContainer(old.summary.id, m_options.stopTimeoutSeconds);
              })
        .unwrap()
        .then(this,
              [this, job, client](const VoidResult &stopped) -> QFuture<Result<QString>> {
                  if (!stopped)
                      return ready(Result<QString>::failure(stopped.problem()));
                  // Image names are lower case; the time keeps tags apart.
                  const QString repo =
                      QStringLiteral("sloop-recreate/") + job->old.summary.name.toLower();
                  const QString tag =
                      QStringLiteral("t%1").arg(QDateTime::currentMSecsSinceEpoch());
                  return client
                      ->commitContainer(job->old.summary.id, repo, tag,
                                        tr("Made by Sloop to publish other ports"))
                      .then([job, image = QString(repo + QLatin1Char(':') + tag)](
                                const Result<QString> &made) {
                          if (made)
                              job->image = image;
                          return made;
                      });
              })
        .unwrap()
        .then(this,
              [job, client](const Result<QString> &image) -> QFuture<VoidResult> {
                  if (!image) {
                      if (job->wasRunning) // stopped for the commit: back to work
                          client->startContainer(job->old.summary.id);
                      return ready(VoidResult::failure(image.problem()));
                  }
                  const QString aside = job->old.summary.name + QStringLiteral("-replaced-") +
                                        job->old.summary.id.left(8);
                  return client->renameContainer(job->old.summary.id, aside)
                      .then([job, aside](const VoidResult &renamed) {
                          if (renamed)
                              job->asideName = aside;
                          return renamed;
                      });
              })
        .unwrap()
        .then(this,
              [this, job, client](const VoidResult &renamed) -> QFuture<Result<QString>> {
                  if (!renamed) {
                      // Not renamed (or an earlier step failed): the old one
                      // just runs again as it was.
                      if (!job->image.isEmpty()) { // committed, not renamed
                          client->removeImage(job->image);
                          if (job->wasRunning)
                              client->startContainer(job->old.summary.id);
                      }
                      return ready(Result<QString>::failure(renamed.problem()));
                  }
                  const ContainerDetails &old = job->old;
                  Plan plan;
                  plan.ports = job->ports;
                  plan.start = job->wasRunning;
                  engine::ContainerSpec &c = plan.spec;
                  c.image = job->image;
                  c.name = old.summary.name;
                  c.hostname = old.hostname;
                  c.command = {QLatin1String(kInitPath)};
                  for (const QString &e : old.env) {
                      // The same instance id: sloop-init keeps the host keys.
                      if (e.startsWith(QLatin1String("SLOOP_INSTANCE_ID=")) ||
                          e.startsWith(QLatin1String("SLOOP_AUTHORIZED_KEY=")))
                          c.env.append(e);
                  }
                  c.init = true;
                  c.restartPolicy =
                      old.restartPolicy.isEmpty() ? QStringLiteral("no") : old.restartPolicy;
                  c.cpus = old.nanoCpus / 1e9;
                  c.memoryBytes = old.memoryLimit;
                  c.pidsLimit = old.pidsLimit;
                  c.labels = old.summary.labels;
                  c.labels.insert(QLatin1String(kPortsLabel), encodePortMappings(job->ports));
                  c.labels.insert(QLatin1String(kRecreateImageLabel), job->image);
                  c.ports.clear();
                  for (const PortMapping &m : std::as_const(job->ports))
                      c.ports.append({m.hostPort, m.containerPort, m.protocol, m.hostIp});
                  return createAndStart(plan);
              })
        .unwrap()
        .then(this,
              [this, job, client](const Result<QString> &created) -> QFuture<R> {
                  release(job->ports);
                  const ContainerDetails &old = job->old;
                  if (!created) {
                      if (job->asideName.isEmpty())
                          return ready(R::failure(created.problem()));
                      // Put the old one back as it was.
                      qCWarning(lcSystemContainers) << "recreate of" << old.summary.name
                                                    << "failed, restoring:" << created.error();
                      const bool wasRunning = job->wasRunning;
                      const QString oldId = old.summary.id;
                      return client->renameContainer(oldId, old.summary.name)
                          .then(this,
                                [client, oldId, wasRunning,
                                 error = created.error()](const VoidResult &) -> QFuture<R> {
                                    if (!wasRunning)
                                        return ready(R::failure(error));
                                    return client->startContainer(oldId).then(
                                        [error](const VoidResult &) { return R::failure(error); });
                                })
                          .unwrap();
                  }
                  // The new one runs: the old one and the commit it was made
                  // from before (if any) can go. The new image keeps the
                  // layers; only the name is dropped.
                  const QString previous =
                      old.summary.labels.value(QLatin1String(kRecreateImageLabel));
                  return client->removeContainer(old.summary.id, true)
                      .then(this,
                            [client, previous, oldId = old.summary.id, newId = *created,
                             ports = job->ports](const VoidResult &removed) {
                                if (!removed)
                                    qCWarning(lcSystemContainers)
                                        << "could not remove" << oldId << removed.error();
                                if (!previous.isEmpty())
                                    client->removeImage(previous);
                                return client->inspectContainer(newId).then(
                                    [ports](const Result<ContainerDetails> &d) -> R {
                                        if (!d)
                                            return R::failure(d.problem());
                                        SystemContainer out = systemContainerFrom(*d);
                                        out.ports = ports;
                                        return out;
                                    });
                            })
                      .unwrap();
              })
        .unwrap();
}

} // namespace sloop::instances
