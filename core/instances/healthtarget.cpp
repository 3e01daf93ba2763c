#include "healthtarget.h"

#include "ssh/sshsession.h"

#include <QPromise>

#include <memory>

namespace sloop::instances {

Result<ProbeTarget> healthProbeTarget(const InstanceRecord &record,
                                      const blueprints::HealthCheck &check,
                                      ssh::SshSession *session)
{
    ProbeTarget target;
    target.address = record.address;
    switch (check.kind) {
    case blueprints::HealthCheck::None:
        target.kind = ProbeTarget::None;
        break;
    case blueprints::HealthCheck::Http:
    case blueprints::HealthCheck::Tcp:
        target.kind =
            check.kind == blueprints::HealthCheck::Http ? ProbeTarget::Http : ProbeTarget::Tcp;
        target.port = check.port;
        target.path = check.path.isEmpty() ? QStringLiteral("/") : check.path;
        if (record.kind == InstanceKind::Container) {
            target.port = 0;
            for (const PortMapping &port : record.ports)
                if (port.containerPort == check.port && port.protocol == QLatin1String("tcp")) {
                    target.port = port.hostPort;
                    if (!port.hostIp.isEmpty())
                        target.address = port.hostIp;
                }
            if (target.port == 0)
                return Result<ProbeTarget>::failure(
                    HealthProbe::tr("The health check asks port %1, which the firewall "
                                    "does not publish. Open it on the Networking tab.")
                        .arg(check.port));
        }
        break;
    case blueprints::HealthCheck::Command:
        target.kind = ProbeTarget::Command;
        target.command =
            ssh::RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"), check.command});
        target.session = session;
        target.viaSudo = record.loginUser != QLatin1String("root");
        break;
    }
    return target;
}

QFuture<HealthAnswer> probeOnce(const ProbeTarget &target, int timeoutMs)
{
    auto promise = std::make_shared<QPromise<HealthAnswer>>();
    promise->start();
    QFuture<HealthAnswer> future = promise->future();
    auto *probe = new HealthProbe(target);
    // The attempt's own answer ("HTTP 127.0.0.1:20213/: connection refused"),
    // not the creation flow's "did not answer within…" summary.
    auto answer = std::make_shared<QString>();
    QObject::connect(probe, &HealthProbe::attempt, probe,
                     [answer, what = target.describe()](int, const QString &said) {
                         *answer = QStringLiteral("%1: %2").arg(what, said);
                     });
    QObject::connect(
        probe, &HealthProbe::finished, probe,
        [probe, promise, answer](bool healthy, const QString &detail) {
            promise->addResult(HealthAnswer{healthy, answer->isEmpty() ? detail : *answer});
            promise->finish();
            probe->deleteLater();
        });
    // One attempt: the next one would come after the deadline.
    probe->start(timeoutMs, timeoutMs);
    return future;
}

} // namespace sloop::instances
