// InstanceService: start, stop, reboot, delete and the firewall.
#include "creationflow.h"
#include "firewallplan.h"
#include "instancerepository.h"
#include "instanceservice.h"
#include "serverfirewall.h"
#include "sshprobe.h"
#include "systemcontainer.h"

#include "blueprints/blueprintcatalog.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "pricing/pricecatalog.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"
#include "util/futures.h"

#include <QTimer>

namespace sloop::instances {

namespace {
constexpr int kServerRebootWaitMs = 300000;
} // namespace

// The inputs of a flow that brings an existing instance back to Running
// without provisioning it again (start, reboot, a firewall change).
static Result<CreationFlow::Inputs> resumeInputs(InstanceService *service,
                                                 const InstanceRecord &record)
{
    using R = Result<CreationFlow::Inputs>;
    const auto blueprint = service->blueprints().find(record.blueprintId);
    const auto plan = service->plans().plan(record.planId);
    if (!blueprint || !plan)
        return R::failure(InstanceService::tr("The blueprint %1 or plan %2 of %3 is no longer in "
                                              "the catalogue.")
                              .arg(record.blueprintId, record.planId, record.name));
    return CreationFlow::Inputs{record, *blueprint, *plan, {}, {}, {}, false};
}

Result<InstanceOperation *> InstanceService::start(const QString &name)
{
    return containerAction(name, QStringLiteral("start"));
}

Result<InstanceOperation *> InstanceService::stop(const QString &name)
{
    return containerAction(name, QStringLiteral("stop"));
}

Result<InstanceOperation *> InstanceService::reboot(const QString &name)
{
    return containerAction(name, QStringLiteral("reboot"));
}

Result<InstanceOperation *> InstanceService::remove(const QString &name)
{
    return containerAction(name, QStringLiteral("delete"));
}

Result<InstanceOperation *> InstanceService::containerAction(const QString &name,
                                                             const QString &action)
{
    using R = Result<InstanceOperation *>;
    auto found = m_instances->find(name);
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound, tr("There is no instance named %1.").arg(name));
    InstanceRecord record = found->value();
    if (InstanceOperation *busy = operation(name)) {
        if (action != QLatin1String("delete"))
            return R::failure(tr("%1 is busy: %2 is running.").arg(name, busy->action()));
        busy->cancel();
    }
    const bool container = record.kind == InstanceKind::Container;
    if (!container && (action == QLatin1String("start") || action == QLatin1String("stop")))
        return R::failure(tr("%1 is a whole server: it is started and stopped where it runs. "
                             "Sloop can reboot it.")
                              .arg(name));

    engine::DockerClient *client = container ? m_engines->client(record.location) : nullptr;
    if (container && !client && action != QLatin1String("delete"))
        return R::failure(tr("The engine %1 of %2 is not available.").arg(record.location, name));
    InstanceOperation *job = newOperation(record.name, action);
    SystemContainers *containers = client ? containersOn(record.location) : nullptr;

    if (action == QLatin1String("start")) {
        auto inputs = resumeInputs(this, record);
        if (!inputs) {
            finishOperation(job, inputs.error());
            return job;
        }
        auto *flow = new CreationFlow(this, job, *inputs);
        QTimer::singleShot(0, flow, &CreationFlow::start);
        return job;
    }

    if (action == QLatin1String("stop")) {
        const int step = job->addStep(tr("Stop the container (services and sshd end cleanly)"));
        job->setStep(step, InstanceOperation::Running);
        m_connections->drop(record.hostName);
        whenFinished(containers->stop(record.containerId), this,
                     [this, job, step, record](const VoidResult &ok) mutable {
                         job->setStep(step, ok ? InstanceOperation::Succeeded
                                               : InstanceOperation::Failed);
                         if (ok) {
                             record.state = InstanceState::Stopped;
                             record.stateReason.clear();
                             saveRecord(record);
                         } else {
                             job->appendLog(step, ok.error());
                         }
                         finishOperation(job, ok ? QString() : ok.error());
                     });
        return job;
    }

    if (action == QLatin1String("reboot")) {
        const int step =
            job->addStep(container ? tr("Restart the container") : tr("Reboot the server"));
        job->setStep(step, InstanceOperation::Running);
        m_connections->drop(record.hostName);
        auto inputs = resumeInputs(this, record);
        if (!inputs) {
            finishOperation(job, inputs.error());
            return job;
        }
        auto next = [this, job, step, in = *inputs](const VoidResult &ok) {
            if (!ok) {
                job->appendLog(step, ok.error());
                job->setStep(step, InstanceOperation::Failed);
                finishOperation(job, ok.error());
                return;
            }
            job->setStep(step, InstanceOperation::Succeeded);
            auto *flow = new CreationFlow(this, job, in);
            flow->start();
        };
        if (container) {
            whenFinished(containers->restart(record.containerId), this, next);
        } else {
            auto host = m_hosts->find(record.hostName);
            if (!host || !host->has_value()) {
                finishOperation(job, tr("There is no SSH host named %1.").arg(record.hostName));
                return job;
            }
            QStringList argv;
            if (record.loginUser != QLatin1String("root"))
                argv << QStringLiteral("sudo") << QStringLiteral("-n");
            argv << QStringLiteral("sh") << QStringLiteral("-c")
                 << QStringLiteral("(sleep 1; reboot) >/dev/null 2>&1 &");
            whenFinished(
                m_connections->session(host->value())->exec(ssh::RemoteCommand::argv(argv)), this,
                [this, next, record](const ssh::SshResult<ssh::ExecResult> &r) {
                    if (!r || r->exitStatus != 0) {
                        next(VoidResult::failure(r ? QString::fromUtf8(r->stdErr).trimmed()
                                                   : r.message()));
                        return;
                    }
                    m_connections->drop(record.hostName);
                    // Down first, then up: give it time to go.
                    QTimer::singleShot(5000, this, [this, record, next] {
                        whenFinished(waitForSsh(record.address, quint16(record.sshPort),
                                                kServerRebootWaitMs),
                                     this, next);
                    });
                });
        }
        return job;
    }

    // delete
    record.state = InstanceState::Deleting;
    saveRecord(record);
    const int step =
        job->addStep(container ? tr("Remove the container %1").arg(record.name)
                               : tr("Forget the instance (the server stays as it is)"));
    job->setStep(step, InstanceOperation::Running);
    if (m_connections && !record.hostName.isEmpty())
        m_connections->drop(record.hostName);
    auto forget = [this, job, step, record](const VoidResult &removed) {
        if (!removed && removed.kind() != ErrorKind::NotFound) { // already gone is fine
            job->appendLog(step, removed.error());
            job->setStep(step, InstanceOperation::Failed);
            InstanceRecord failed = record;
            failed.state = InstanceState::Failed;
            failed.stateReason = removed.error();
            saveRecord(failed);
            finishOperation(job, removed.error());
            return;
        }
        if (record.kind == InstanceKind::Container) {
            if (m_hosts)
                m_hosts->remove(record.name);
            if (!record.address.isEmpty())
                ssh::forgetKnownHost(knownHostsFile(), record.address, quint16(record.sshPort));
            job->appendLog(step, tr("login host record and known_hosts entry removed\n"));
        }
        job->setStep(step, InstanceOperation::Succeeded);
        finishOperation(job, {});
        m_instances->remove(record.name);
        Q_EMIT instancesChanged();
    };
    if (containers && !record.containerId.isEmpty())
        whenFinished(containers->remove(record.containerId), this, forget);
    else
        QTimer::singleShot(0, this, [forget] { forget({}); });
    return job;
}

Result<InstanceOperation *> InstanceService::setFirewall(const QString &name,
                                                         const QList<FirewallRule> &rules)
{
    using R = Result<InstanceOperation *>;
    auto found = m_instances->find(name);
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound, tr("There is no instance named %1.").arg(name));
    if (operation(name))
        return R::failure(tr("%1 is busy: %2 is running.").arg(name, operation(name)->action()));
    InstanceRecord record = found->value();
    for (const FirewallRule &rule : rules)
        if (auto ok = validate(rule); !ok)
            return R::failure(ok.problem());

    if (record.kind == InstanceKind::Server) {
        auto host = m_hosts->find(record.hostName);
        if (!host || !host->has_value())
            return R::failure(ErrorKind::NotFound,
                              tr("There is no SSH host named %1.").arg(record.hostName));
        // Said at once for the port Sloop dials; the step checks again
        // with the port sshd sees, which a NAT or a jump may change.
        if (auto ok = keepsSshOpen(rules, host->value().port); !ok)
            return R::failure(ok.problem());
        InstanceOperation *job = newOperation(name, QStringLiteral("firewall"));
        auto *change = new ServerFirewall(m_connections, host->value(), rules,
                                          record.loginUser != QLatin1String("root"), job,
                                          ServerFirewall::kRollbackSeconds);
        connect(change, &ServerFirewall::finished, this,
                [this, job, record, rules](bool ok, const QString &error) mutable {
                    if (ok) {
                        record.firewall = rules;
                        saveRecord(record);
                    }
                    finishOperation(job, ok ? QString() : error);
                });
        QTimer::singleShot(0, change, [change] { change->start(); });
        return job;
    }

    auto ports = containerPortsFor(rules, record.ports);
    if (!ports)
        return R::failure(ports.problem());
    engine::DockerClient *client = m_engines->client(record.location);
    if (!client)
        return R::failure(tr("The engine %1 of %2 is not available.").arg(record.location, name));
    auto inputs = resumeInputs(this, record);
    if (!inputs)
        return R::failure(inputs.problem());
    InstanceOperation *job = newOperation(name, QStringLiteral("firewall"));
    const int index =
        job->addStep(tr("Re-make the container with the new published ports (its files are kept)"));
    job->setStep(index, InstanceOperation::Running);
    m_connections->drop(record.hostName);
    SystemContainers *containers = containersOn(record.location);
    whenFinished(containers->recreate(record.containerId, *ports), this,
                 [this, job, index, record, rules,
                  in = *inputs](const Result<SystemContainer> &made) mutable {
                     if (!made) {
                         job->appendLog(index, made.error());
                         job->setStep(index, InstanceOperation::Failed);
                         finishOperation(job, made.error());
                         return;
                     }
                     for (const PortMapping &port : made->ports)
                         job->appendLog(index, tr("port %1/%2 published on %3\n")
                                                   .arg(port.containerPort)
                                                   .arg(port.protocol)
                                                   .arg(port.hostPort));
                     job->setStep(index, InstanceOperation::Succeeded);
                     record.containerId = made->id;
                     record.ports = made->ports;
                     record.sshPort = made->sshPort();
                     record.firewall = rules;
                     auto saved = saveRecord(record);
                     in.record = saved ? *saved : record;
                     auto *flow = new CreationFlow(this, job, in);
                     flow->start();
                 });
    return job;
}

} // namespace sloop::instances
