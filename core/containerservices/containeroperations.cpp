// The changes to a whole container service (containerdeployer.cpp runs one
// deployment): its power and scale on the running copies, its removal, and
// the copies that run, for the public endpoint.
#include "containerdeployer.h"

#include "containerservicerepository.h"
#include "deploysupport.h"
#include "engine/dockerclient.h"
#include "pricing/containerpowers.h"
#include "swarm/swarmapi.h"
#include "util/futures.h"

namespace sloop::containerservices {

using engine::DockerClient;
using namespace detail;

QFuture<VoidResult> changeCapacity(DockerClient *client, ContainerServiceRepository &repo,
                                   const QString &name, const CapacityChange &change)
{
    auto found = repo.require(name);
    if (!found)
        return ready(VoidResult::failure(found.problem()));
    ContainerService service = *found;
    const auto powers = pricing::loadContainerPowers();
    if (!powers)
        return ready(VoidResult::failure(powers.problem()));
    const QString powerId = change.power.value_or(service.power).toLower();
    const pricing::ContainerPower *power = powers->find(powerId);
    if (!power)
        return ready(VoidResult::failure(
            ErrorKind::InvalidInput, Text::tr("\"%1\" is not a power; the powers are %2.")
                                         .arg(powerId, powers->ids().join(QStringLiteral(", ")))));
    const int scale = change.scale.value_or(service.scale);
    if (scale < 1 || scale > kMaxScale)
        return ready(VoidResult::failure(
            ErrorKind::InvalidInput,
            Text::tr("A container service's scale is 1 to %1, not %2.").arg(kMaxScale).arg(scale)));
    if (service.activating())
        return ready(VoidResult::failure(
            ErrorKind::Conflict,
            Text::tr("Container service %1 is deploying; change it when that ends.").arg(name)));
    const bool resize = power->id != service.power;
    service.power = power->id;
    service.scale = scale;
    service.disabled = change.disabled.value_or(service.disabled);
    const Deployment *active = service.active();
    if (!active || !client)
        return ready(repo.save(service));
    auto api = std::make_shared<swarm::SwarmApi>(client);
    QList<std::function<QFuture<VoidResult>()>> steps;
    for (const Container &c : active->spec.containers) {
        swarm::ServiceChange sc;
        sc.replicas = service.disabled ? 0 : scale;
        if (resize)
            sc.size = std::make_pair(power->vcpus, power->memoryMiB * 1024 * 1024);
        steps.append([api, sc, n = swarmServiceName(name, active->version, c.name)] {
            return api->updateService(n, sc);
        });
    }
    PendingResult<VoidResult> done;
    whenFinished(inOrder(client, steps), client,
                 [&repo, service, done, api](const VoidResult &changed) {
                     if (!changed)
                         return done.settle(changed);
                     // Only what this changed, on the record as it is now.
                     auto fresh = repo.require(service.name);
                     if (!fresh)
                         return done.settle(VoidResult::failure(fresh.problem()));
                     ContainerService now = *fresh;
                     now.power = service.power;
                     now.scale = service.scale;
                     now.disabled = service.disabled;
                     done.settle(repo.save(now));
                 });
    return done.future();
}

QFuture<VoidResult> removeContainerService(DockerClient *client, ContainerServiceRepository &repo,
                                           const QString &name)
{
    auto found = repo.require(name);
    if (!found)
        return ready(VoidResult::failure(found.problem()));
    if (!client)
        return ready(repo.remove(found->name));
    PendingResult<VoidResult> done;
    auto api = std::make_shared<swarm::SwarmApi>(client);
    whenFinished(
        api->state(), client,
        [client, api, &repo, done, service = *found](const Result<swarm::SwarmState> &state) {
            if (!state)
                return done.settle(VoidResult::failure(state.problem()));
            // An engine out of its swarm runs none of it any more.
            if (!state->active())
                return done.settle(repo.remove(service.name));
            whenFinished(removeVersions(client, service.name, versionsOf(service), -1), client,
                         [&repo, done, name = service.name](const VoidResult &removed) {
                             if (!removed)
                                 return done.settle(removed);
                             done.settle(repo.remove(name));
                         });
        });
    return done.future();
}

QFuture<Result<QHash<QString, Copies>>> runningCopies(DockerClient *client)
{
    auto api = std::make_shared<swarm::SwarmApi>(client);
    PendingResult<Result<QHash<QString, Copies>>> done;
    whenFinished(
        api->services(), client, [api, done](const Result<QList<swarm::ServiceSummary>> &services) {
            if (!services)
                return done.settle(Result<QHash<QString, Copies>>::failure(services.problem()));
            QHash<QString, Copies> out;
            for (const swarm::ServiceSummary &s : *services) {
                const QString name = s.labels.value(kServiceLabel);
                if (name.isEmpty())
                    continue;
                Copies &c = out[networkName(name, s.labels.value(kVersionLabel).toInt())];
                c.desired += s.desired;
                c.running += s.running;
            }
            done.settle(out);
        });
    return done.future();
}

} // namespace sloop::containerservices
