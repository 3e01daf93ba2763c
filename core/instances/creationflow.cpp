#include "creationflow.h"

#include "flowhost.h"
#include "healthprobe.h"
#include "healthtarget.h"
#include "hostkeytrust.h"
#include "provisioner.h"
#include "sshprobe.h"
#include "systemcontainer.h"

#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"
#include "util/logging.h"

#include <algorithm>

namespace sloop::instances {

namespace {
constexpr int kSshWaitMs = 60000;
// The process limit a plan gets: generous for a small server's daemons,
// tight enough that a fork bomb stays inside the instance.
int pidsLimitFor(const pricing::Plan &plan)
{
    return int(std::clamp<qint64>(plan.memoryMiB / 2, 512, 32768));
}
} // namespace

CreationFlow::CreationFlow(FlowHost *service, InstanceOperation *job, Inputs inputs)
    : QObject(service->flowOwner())
    , m_service(service)
    , m_job(job)
    , m_in(std::move(inputs))
{
}

void CreationFlow::start()
{
    const bool container = m_in.record.kind == InstanceKind::Container;
    if (container)
        m_containerStep = m_job->addStep(m_in.record.containerId.isEmpty()
                                             ? tr("Create the container from %1").arg(m_in.image)
                                             : tr("Start the container"));
    m_sshStep = m_job->addStep(container ? tr("Wait for SSH")
                                         : tr("Connect to %1 over SSH").arg(m_in.record.location));
    if (m_in.provision) {
        for (qsizetype i = 0; i < m_in.steps.size(); ++i) {
            const int index = m_job->addStep(m_in.steps.at(i).title);
            if (m_firstProvisionStep < 0)
                m_firstProvisionStep = index;
            if (i < m_in.record.stepsDone)
                m_job->setStep(index, InstanceOperation::Skipped);
        }
    }
    m_healthStep = m_job->addStep(
        m_in.blueprint.health.kind == blueprints::HealthCheck::None
            ? tr("Health check (none in this blueprint)")
            : tr("Health check: %1").arg(blueprints::healthKindKey(m_in.blueprint.health.kind)));
    m_job->setCancelHandler([this] {
        if (m_provisioner)
            m_provisioner->cancel();
        if (m_probe)
            m_probe->cancel();
    });

    m_in.record.state = InstanceState::Provisioning;
    m_in.record.stateReason.clear();
    m_in.record.failedStep.clear();
    save();
    if (!container)
        connect();
    else if (m_in.record.containerId.isEmpty())
        makeContainer();
    else
        ensureContainerRunning();
}

bool CreationFlow::stopIfCancelled(int jobStep)
{
    if (!m_job || !m_job->cancelRequested())
        return false;
    fail(jobStep, tr("Cancelled."));
    return true;
}

void CreationFlow::makeContainer()
{
    m_job->setStep(m_containerStep, InstanceOperation::Running);
    const engine::EngineEndpoint *endpoint = m_service->flowEngines()->find(m_in.record.location);
    m_containers = m_service->containersOn(m_in.record.location);
    if (!endpoint || !m_containers) {
        fail(m_containerStep, tr("There is no engine named %1.").arg(m_in.record.location));
        return;
    }

    SystemContainerSpec spec;
    spec.name = m_in.record.name;
    spec.image = m_in.image;
    spec.vcpus = m_in.plan.vcpus;
    spec.memoryMiB = int(m_in.plan.memoryMiB);
    spec.pidsLimit = pidsLimitFor(m_in.plan);
    spec.authorizedKey = m_in.authorizedKey;
    spec.ports = m_in.record.ports;
    m_job->appendLog(m_containerStep, tr("image %1, %2 vCPU, %3 MiB memory, at most %4 processes\n")
                                          .arg(spec.image)
                                          .arg(spec.vcpus)
                                          .arg(spec.memoryMiB)
                                          .arg(spec.pidsLimit));
    m_containers->create(spec).then(
        this, [this, endpoint = *endpoint](const Result<SystemContainer> &made) {
            if (!made) {
                fail(m_containerStep, made.error());
                return;
            }
            m_in.record.containerId = made->id;
            m_in.record.ports = made->ports;
            m_in.record.sshPort = made->sshPort();
            m_in.record.address = made->sshAddress();
            if (!endpoint.sshHost.isEmpty()) {
                // Published on the engine's machine: dial that machine's address.
                if (auto host = m_service->flowHosts()->find(endpoint.sshHost);
                    host && host->has_value())
                    m_in.record.address = host->value().address;
            }
            for (const QString &note : made->notes)
                m_job->appendLog(m_containerStep, note + QLatin1Char('\n'));
            for (const PortMapping &port : made->ports)
                m_job->appendLog(m_containerStep,
                                 tr("port %1/%2 published on %3:%4\n")
                                     .arg(port.containerPort)
                                     .arg(port.protocol)
                                     .arg(port.hostIp.isEmpty() ? m_in.record.address : port.hostIp)
                                     .arg(port.hostPort));
            save();
            trustContainerKey();
        });
}

void CreationFlow::ensureContainerRunning()
{
    m_job->setStep(m_containerStep, InstanceOperation::Running);
    m_containers = m_service->containersOn(m_in.record.location);
    if (!m_containers) {
        fail(m_containerStep, tr("There is no engine named %1.").arg(m_in.record.location));
        return;
    }
    m_containers->inspect(m_in.record.containerId)
        .then(this, [this](const Result<SystemContainer> &found) {
            if (!found) {
                fail(m_containerStep, found.error());
                return;
            }
            if (found->state == QLatin1String("running")) {
                trustContainerKey();
                return;
            }
            m_containers->start(m_in.record.containerId).then(this, [this](const VoidResult &ok) {
                if (!ok) {
                    fail(m_containerStep, ok.error());
                    return;
                }
                trustContainerKey();
            });
        });
}

void CreationFlow::trustContainerKey()
{
    if (stopIfCancelled(m_containerStep))
        return;
    m_containers->hostKey(m_in.record.containerId).then(this, [this](const Result<QString> &key) {
        if (!key) {
            fail(m_containerStep, key.error());
            return;
        }
        QString file = m_service->knownHostsFile();
        auto trusted = trustHostKey(file, m_in.record.address, quint16(m_in.record.sshPort), *key);
        if (!trusted) {
            fail(m_containerStep, trusted.error());
            return;
        }
        const QStringList parts = key->split(QLatin1Char(' '));
        m_job->appendLog(
            m_containerStep,
            tr("host key %1 %2 read through the engine and trusted for %3\n")
                .arg(parts.value(0),
                     ssh::sha256Fingerprint(QByteArray::fromBase64(parts.value(1).toLatin1())),
                     ssh::knownHostsName(m_in.record.address, quint16(m_in.record.sshPort))));
        auto host = m_service->ensureLoginHost(m_in.record);
        if (!host) {
            fail(m_containerStep, host.error());
            return;
        }
        m_in.record.hostName = host->name;
        save();
        m_job->setStep(m_containerStep, InstanceOperation::Succeeded);
        waitForSsh();
    });
}

void CreationFlow::waitForSsh()
{
    m_job->setStep(m_sshStep, InstanceOperation::Running);
    instances::waitForSsh(m_in.record.address, quint16(m_in.record.sshPort), kSshWaitMs)
        .then(this, [this](const VoidResult &ok) {
            if (!ok) {
                fail(m_sshStep, ok.error());
                return;
            }
            connect();
        });
}

ssh::SshSession *CreationFlow::session()
{
    auto host = m_service->flowHosts()->find(m_in.record.hostName);
    if (!host || !host->has_value())
        return nullptr;
    return m_service->connections()->session(host->value());
}

void CreationFlow::connect()
{
    if (stopIfCancelled(m_sshStep))
        return;
    m_job->setStep(m_sshStep, InstanceOperation::Running);
    ssh::SshSession *ssh = session();
    if (!ssh) {
        fail(m_sshStep, tr("There is no SSH host named %1.").arg(m_in.record.hostName));
        return;
    }
    ssh->connectHost(ssh::HostKeyPolicy::Strict)
        .then(this, [this](const ssh::SshResult<ssh::HostInfoOnConnect> &connected) {
            if (!connected) {
                fail(m_sshStep, connected.message());
                return;
            }
            m_job->appendLog(
                m_sshStep,
                tr("logged in as %1 at %2\n")
                    .arg(m_in.record.loginUser,
                         ssh::knownHostsName(m_in.record.address, quint16(m_in.record.sshPort))));
            if (m_in.record.kind == InstanceKind::Server)
                checkServer();
            else {
                m_job->setStep(m_sshStep, InstanceOperation::Succeeded);
                provision();
            }
        });
}

void CreationFlow::checkServer()
{
    // Sloop applies blueprints with apt as root: say so before step one
    // rather than failing in the middle.
    const QByteArray probe = "id -u; . /etc/os-release 2>/dev/null; echo \"$ID $VERSION_ID\"; "
                             "command -v apt-get >/dev/null && echo apt || echo no-apt; "
                             "[ \"$(id -u)\" = 0 ] || sudo -n true 2>/dev/null && echo root-ok "
                             "|| echo no-root";
    session()
        ->exec(ssh::RemoteCommand::argv(
            {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(probe)}))
        .then(this, [this](const ssh::SshResult<ssh::ExecResult> &result) {
            if (!result) {
                fail(m_sshStep, result.message());
                return;
            }
            const QString out = QString::fromUtf8(result->stdOut);
            m_job->appendLog(m_sshStep, out);
            if (!out.contains(QLatin1String("\napt\n")) && !out.contains(QLatin1String("\napt")))
                return fail(m_sshStep, tr("%1 has no apt-get: Sloop applies blueprints on Debian "
                                          "and Ubuntu servers.")
                                           .arg(m_in.record.location));
            if (out.contains(QLatin1String("no-root")))
                return fail(m_sshStep,
                            tr("%1 logs in as %2, who is not root and has no passwordless sudo "
                               "(sudo -n true failed). Blueprints install packages as root.")
                                .arg(m_in.record.location, m_in.record.loginUser));
            m_job->setStep(m_sshStep, InstanceOperation::Succeeded);
            provision();
        });
}

void CreationFlow::provision()
{
    if (!m_in.provision || m_in.record.stepsDone >= m_in.steps.size()) {
        healthCheck();
        return;
    }
    m_provisioner = new Provisioner(session(), m_in.steps,
                                    m_in.record.loginUser != QLatin1String("root"), this);
    QObject::connect(m_provisioner, &Provisioner::stepStarted, this, [this](int index) {
        m_job->setStep(m_firstProvisionStep + index, InstanceOperation::Running);
    });
    QObject::connect(m_provisioner, &Provisioner::output, this,
                     [this](int index, const QByteArray &bytes) {
                         m_job->appendLog(m_firstProvisionStep + index, QString::fromUtf8(bytes));
                     });
    QObject::connect(m_provisioner, &Provisioner::stepFinished, this, [this](int index, bool ok) {
        if (!ok)
            return;
        m_job->setStep(m_firstProvisionStep + index, InstanceOperation::Succeeded);
        m_in.record.stepsDone = index + 1;
        save();
    });
    QObject::connect(m_provisioner, &Provisioner::finished, this,
                     [this](bool ok, const QString &error, int failedStep) {
                         if (ok) {
                             healthCheck();
                             return;
                         }
                         m_in.record.failedStep = m_in.steps.value(failedStep).title;
                         fail(failedStep < 0 ? m_sshStep : m_firstProvisionStep + failedStep,
                              error);
                     });
    m_provisioner->start(m_in.record.stepsDone);
}

void CreationFlow::healthCheck()
{
    if (stopIfCancelled(m_healthStep))
        return;
    m_job->setStep(m_healthStep, InstanceOperation::Running);
    const blueprints::HealthCheck &check = m_in.blueprint.health;
    auto resolved = healthProbeTarget(m_in.record, check, session());
    if (!resolved)
        return fail(m_healthStep, resolved.error());
    const ProbeTarget target = *resolved;
    m_job->appendLog(m_healthStep, tr("checking %1\n").arg(target.describe()));
    m_probe = new HealthProbe(target, this);
    QObject::connect(
        m_probe, &HealthProbe::attempt, this, [this](int number, const QString &answer) {
            if (number == 1 || number % 10 == 0)
                m_job->appendLog(m_healthStep, tr("attempt %1: %2\n").arg(number).arg(answer));
        });
    QObject::connect(m_probe, &HealthProbe::finished, this,
                     [this](bool healthy, const QString &detail) {
                         if (!healthy) {
                             fail(m_healthStep, detail);
                             return;
                         }
                         m_job->appendLog(m_healthStep, tr("healthy: %1\n").arg(detail));
                         m_job->setStep(m_healthStep, InstanceOperation::Succeeded);
                         succeed();
                     });
    m_probe->start(qMax(5, check.timeoutSeconds) * 1000);
}

void CreationFlow::succeed()
{
    m_in.record.state = InstanceState::Running;
    m_in.record.stateReason.clear();
    m_in.record.failedStep.clear();
    save();
    if (!m_in.blueprint.notes.isEmpty() && m_healthStep >= 0)
        m_job->appendLog(m_healthStep,
                         QLatin1Char('\n') + m_in.blueprint.notes + QLatin1Char('\n'));
    m_service->finishOperation(m_job, {});
    deleteLater();
}

void CreationFlow::fail(int jobStep, const QString &why)
{
    if (m_job && jobStep >= 0) {
        m_job->appendLog(jobStep, why + QLatin1Char('\n'));
        m_job->setStep(jobStep, InstanceOperation::Failed);
        if (m_in.record.failedStep.isEmpty())
            m_in.record.failedStep = m_job->steps().value(jobStep).title;
    }
    m_in.record.state = InstanceState::Failed;
    m_in.record.stateReason = why;
    save();
    m_service->finishOperation(m_job, why);
    deleteLater();
}

void CreationFlow::save()
{
    auto saved = m_service->saveRecord(m_in.record);
    if (saved)
        m_in.record = *saved;
    else
        qCWarning(lcInstances) << "could not save instance" << m_in.record.name << saved.error();
}

} // namespace sloop::instances
