#include "instanceservice.h"

#include "creationflow.h"
#include "firewallplan.h"
#include "hostkeytrust.h"
#include "instancerepository.h"
#include "launchplan.h"
#include "operationlease.h"
#include "snapshotrepository.h"
#include "systemcontainer.h"

#include "blueprints/blueprintcatalog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrecord.h"
#include "hosts/hostrepository.h"
#include "pricing/costrepository.h"
#include "pricing/pricecatalog.h"
#include "ssh/knownhosts.h"
#include "ssh/sshkeygen.h"
#include "util/logging.h"
#include "util/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace sloop::instances {

namespace {
constexpr int kMaxCount = 20;

QString lower(const QString &name)
{
    return name.toLower();
}
} // namespace

InstanceService::InstanceService(store::Database &db, engine::EngineManager *engines,
                                 hosts::HostConnections *connections, hosts::HostRepository *hosts,
                                 CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_engines(engines)
    , m_connections(connections)
    , m_hosts(hosts)
    , m_log(log)
    , m_blueprints(std::make_unique<blueprints::BlueprintCatalog>())
    , m_plans(std::make_unique<pricing::PriceCatalog>())
    , m_instances(std::make_unique<InstanceRepository>(db))
    , m_snapshots(std::make_unique<SnapshotRepository>(db))
    , m_costs(std::make_unique<pricing::CostRepository>(db))
{
    if (auto loaded = m_blueprints->load(); !loaded)
        qCWarning(lcInstances) << "blueprints:" << loaded.error();
    if (auto plans = pricing::loadPriceCatalog(); plans)
        *m_plans = *plans;
    else
        qCWarning(lcInstances) << "price catalogue:" << plans.error();
    adoptInstanceKeys();
    settleInterrupted();
}

// A record left provisioning or deleting by a Sloop that was killed stays so
// forever unless someone says what happened: it becomes Failed with the
// step it reached, and Retry (or Delete) goes on from there. One whose
// operation still runs in another Sloop process holds its lease.
void InstanceService::settleInterrupted()
{
    const auto all = m_instances->all();
    if (!all)
        return;
    for (InstanceRecord record : *all) {
        const bool creating =
            record.state == InstanceState::Pending || record.state == InstanceState::Provisioning;
        if ((!creating && record.state != InstanceState::Deleting) ||
            OperationLease::isHeld(record.name))
            continue;
        record.stateReason =
            creating ? tr("Sloop stopped while it was setting this instance up (%n step(s) of its "
                          "blueprint were done). Retry goes on from there.",
                          nullptr, record.stepsDone)
                     : tr("Sloop stopped while it was deleting this instance. Delete it again.");
        if (creating && record.failedStep.isEmpty())
            record.failedStep = tr("(interrupted)");
        record.state = InstanceState::Failed;
        if (const auto saved = m_instances->update(record); !saved) {
            qCWarning(lcInstances)
                << "cannot mark" << record.name << "interrupted:" << saved.error();
            continue;
        }
        recordEvent(record.name, creating ? QStringLiteral("create") : QStringLiteral("delete"),
                    false, record.stateReason);
        qCInfo(lcInstances) << record.name << "was interrupted; now failed";
    }
}

// Sloop once filed container instances' keys in the user's known_hosts;
// they move to its own file, where the login hosts now look for them.
void InstanceService::adoptInstanceKeys()
{
    const auto all = m_instances->all();
    if (!all)
        return;
    QList<KeyEndpoint> endpoints;
    for (const InstanceRecord &record : *all)
        if (record.kind == InstanceKind::Container && !record.address.isEmpty() &&
            record.sshPort > 0)
            endpoints.append({record.address, quint16(record.sshPort)});
    if (endpoints.isEmpty())
        return;
    const QString user = m_connections && !m_connections->baseOptions().knownHostsFile.isEmpty()
                             ? m_connections->baseOptions().knownHostsFile
                             : ssh::defaultKnownHostsFile();
    const auto moved = adoptHostKeys(user, knownHostsFile(), endpoints);
    if (!moved)
        qCWarning(lcInstances) << "instance host keys stay in" << user << ":" << moved.error();
    else if (*moved > 0)
        qCInfo(lcInstances) << *moved << "instance host keys moved from" << user << "to"
                            << knownHostsFile();
}

InstanceService::~InstanceService() = default;

QString InstanceService::defaultImage()
{
    const QString fromEnv = qEnvironmentVariable("SLOOP_INSTANCE_IMAGE");
    return fromEnv.isEmpty() ? QStringLiteral("debian:bookworm") : fromEnv;
}

QString InstanceService::keysDir()
{
    return paths::dataDir() + QStringLiteral("/keys");
}

QString InstanceService::knownHostsFile() const
{
    return paths::instanceKnownHostsFile();
}

SystemContainers *InstanceService::containersOn(const QString &engineName)
{
    engine::DockerClient *client = m_engines->client(engineName);
    const engine::EngineEndpoint *endpoint = m_engines->find(engineName);
    if (!client || !endpoint)
        return nullptr;
    QPointer<SystemContainers> &cached = m_containers[engineName];
    if (!cached || cached->client() != client) {
        delete cached.data();
        SystemContainerOptions options;
        // An engine over SSH publishes on another machine: a local bind
        // says nothing about its ports.
        options.probeLocalPorts = endpoint->sshHost.isEmpty();
        cached = new SystemContainers(client, options, this);
    }
    return cached;
}

Result<QList<InstanceRecord>> InstanceService::instances()
{
    return m_instances->all();
}

Result<std::optional<InstanceRecord>> InstanceService::find(const QString &name)
{
    return m_instances->find(name);
}

InstanceOperation *InstanceService::operation(const QString &name) const
{
    return m_jobs.value(lower(name)).data();
}

VoidResult InstanceService::checkName(const QString &name, InstanceKind kind,
                                      const QString &location)
{
    if (!isValidInstanceName(name))
        return VoidResult::failure(
            ErrorKind::InvalidInput,
            tr("\"%1\" cannot be an instance name: use a letter or digit, then letters, digits, "
               "'_', '.' or '-', at most 64.")
                .arg(name));
    auto existing = m_instances->find(name);
    if (!existing)
        return VoidResult::failure(existing.problem());
    if (existing->has_value())
        return VoidResult::failure(ErrorKind::Conflict,
                                   tr("There is an instance named %1 already.").arg(name));
    if (kind == InstanceKind::Container && m_hosts) {
        auto host = m_hosts->find(name);
        if (host && host->has_value())
            return VoidResult::failure(
                ErrorKind::Conflict,
                tr("There is an SSH host named %1 already; the instance would log in under "
                   "that name. Pick another.")
                    .arg(name));
    }
    Q_UNUSED(location);
    return {};
}

Result<QList<InstanceOperation *>> InstanceService::create(const CreateRequest &request)
{
    using R = Result<QList<InstanceOperation *>>;
    if (request.count < 1 || request.count > kMaxCount)
        return R::failure(tr("Make between 1 and %1 instances at once.").arg(kMaxCount));
    const auto blueprint = m_blueprints->find(request.blueprintId);
    if (!blueprint)
        return R::failure(
            tr("There is no blueprint %1 (see `sloop blueprints ls`).").arg(request.blueprintId));
    const auto plan = m_plans->plan(request.planId);
    if (!plan)
        return R::failure(ErrorKind::NotFound,
                          tr("There is no plan %1 (see `sloop plans ls`).").arg(request.planId));
    if (const auto minimum = m_plans->plan(blueprint->minimumPlan);
        minimum && plan->memoryMiB < minimum->memoryMiB)
        return R::failure(tr("%1 needs at least the %2 plan (%3 MiB memory); %4 has %5 MiB.")
                              .arg(blueprint->name, minimum->name)
                              .arg(minimum->memoryMiB)
                              .arg(plan->name)
                              .arg(plan->memoryMiB));
    const QStringList tags = normalizedTags(request.tags);
    for (const QString &tag : tags)
        if (!isValidTag(tag))
            return R::failure(
                tr("\"%1\" cannot be a tag: use letters, digits and _.:=+@/- only.").arg(tag));

    QStringList names;
    if (request.count == 1)
        names << request.name;
    else
        for (int i = 1; i <= request.count; ++i)
            names << QStringLiteral("%1-%2").arg(request.name).arg(i);
    for (const QString &name : names)
        if (auto ok = checkName(name, request.kind, request.location); !ok)
            return R::failure(ok.problem());

    InstanceRecord base;
    base.kind = request.kind;
    base.location = request.location;
    base.blueprintId = blueprint->id;
    base.planId = plan->id;
    base.userData = request.launchScript;
    base.tags = tags;
    QList<int> tcp, udp;
    for (const auto &port : blueprint->ports)
        (port.protocol == QLatin1String("udp") ? udp : tcp).append(port.port);
    base.firewall = defaultFirewall(tcp, udp);

    blueprints::TargetInfo target;
    target.baseOs = blueprint->baseOs;
    QString image = request.image.isEmpty() ? defaultImage() : request.image;
    if (request.kind == InstanceKind::Container) {
        const engine::EngineEndpoint *engineAt = m_engines->find(request.location);
        if (!engineAt)
            return R::failure(ErrorKind::NotFound,
                              tr("There is no engine named %1.").arg(request.location));
        // On this machine's engine SSH is published on loopback only: Sloop
        // and the person log in from here, and nobody else can try (issue
        // 15). An SSH host's engine publishes it on that host's addresses,
        // where Sloop dials it.
        if (engineAt->sshHost.isEmpty())
            base.firewall = defaultFirewall(tcp, udp, 22, QStringLiteral("127.0.0.1/32"));
        if (blueprint->baseOs.startsWith(QLatin1String("ubuntu")) &&
            !image.contains(QLatin1String("ubuntu")))
            return R::failure(tr("%1 needs an Ubuntu image; give one, e.g. ubuntu:24.04 (the "
                                 "engine must have it or be able to pull it).")
                                  .arg(blueprint->name));
        target.container = true;
        target.loginUser = QStringLiteral("root");
        base.loginUser = QStringLiteral("root");
        auto ports = containerPortsFor(base.firewall, {});
        if (!ports)
            return R::failure(ports.problem());
        base.ports = *ports;
    } else {
        if (request.count != 1)
            return R::failure(tr("A whole server is one instance: count must be 1."));
        auto host = m_hosts ? m_hosts->find(request.location)
                            : Result<std::optional<hosts::HostRecord>>::failure(tr("no store"));
        if (!host)
            return R::failure(host.problem());
        if (!host->has_value())
            return R::failure(ErrorKind::NotFound,
                              tr("There is no SSH host named %1 (add it on the Hosts page or "
                                 "with `sloop hosts add`).")
                                  .arg(request.location));
        auto onIt = m_instances->onLocation(request.location);
        if (onIt)
            for (const auto &other : *onIt)
                if (other.kind == InstanceKind::Server)
                    return R::failure(ErrorKind::Conflict,
                                      tr("%1 is already the server of instance %2.")
                                          .arg(request.location, other.name));
        const hosts::HostRecord &h = host->value();
        target.container = false;
        target.loginUser = h.user.isEmpty() ? qEnvironmentVariable("USER") : h.user;
        base.loginUser = target.loginUser;
        base.hostName = h.name;
        base.address = h.address;
        base.sshPort = h.port;
        base.keyFile = h.identityFiles.value(0);
        base.firewall = defaultFirewall(tcp, udp, h.port);
    }
    auto steps = launchSteps(*blueprint, request.launchScript, target);
    if (!steps)
        return R::failure(steps.problem());

    // Everything checked: now keys and records, then the jobs.
    QList<CreationFlow::Inputs> inputs;
    for (const QString &name : names) {
        InstanceRecord record = base;
        record.name = name;
        QString authorizedKey;
        if (request.kind == InstanceKind::Container) {
            QString keyFile = request.keyFile;
            Result<ssh::KeyPairFiles> pair = Result<ssh::KeyPairFiles>::failure(QString());
            if (keyFile.isEmpty()) {
                keyFile = QDir(keysDir()).filePath(name);
                pair = QFileInfo::exists(keyFile)
                           ? ssh::readKeyPair(keyFile)
                           : ssh::generateEd25519KeyPair(keyFile,
                                                         QStringLiteral("sloop-%1").arg(name));
            } else {
                pair = ssh::readKeyPair(keyFile);
            }
            if (!pair)
                return R::failure(pair.problem());
            record.keyFile = keyFile;
            authorizedKey = pair->publicKeyLine;
        }
        // The lease before the record, so no other Sloop sees it unleased.
        m_leases[lower(record.name)] = OperationLease::take(record.name);
        auto saved = m_instances->add(record);
        if (!saved) {
            m_leases.erase(lower(record.name));
            return R::failure(saved.problem());
        }
        inputs.append({*saved, *blueprint, *plan, *steps, image, authorizedKey, true});
    }
    QList<InstanceOperation *> jobs;
    for (const auto &in : inputs) {
        InstanceOperation *job = newOperation(in.record.name, QStringLiteral("create"));
        jobs.append(job);
        auto *flow = new CreationFlow(this, job, in);
        QTimer::singleShot(0, flow, &CreationFlow::start);
    }
    Q_EMIT instancesChanged();
    return jobs;
}

QFuture<Result<engine::ContainerDetails>> InstanceService::measureDisk(const InstanceRecord &record)
{
    using R = Result<engine::ContainerDetails>;
    engine::DockerClient *client =
        record.kind == InstanceKind::Container ? m_engines->client(record.location) : nullptr;
    if (!client || record.containerId.isEmpty())
        return QtFuture::makeReadyFuture(
            R::failure(tr("%1 is not a container on an engine Sloop knows.").arg(record.name)));
    return client->inspectContainer(record.containerId, true);
}

Result<InstanceOperation *> InstanceService::retry(const QString &name)
{
    using R = Result<InstanceOperation *>;
    auto found = m_instances->find(name);
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound, tr("There is no instance named %1.").arg(name));
    InstanceRecord record = found->value();
    if (operation(name))
        return R::failure(tr("%1 is busy: %2 is running.").arg(name, operation(name)->action()));
    if (record.state != InstanceState::Failed && record.state != InstanceState::Provisioning &&
        record.state != InstanceState::Pending)
        return R::failure(tr("%1 has not failed; there is nothing to retry.").arg(name));
    const auto blueprint = m_blueprints->find(record.blueprintId);
    const auto plan = m_plans->plan(record.planId);
    if (!blueprint || !plan)
        return R::failure(tr("The blueprint %1 or plan %2 of %3 is no longer in the catalogue.")
                              .arg(record.blueprintId, record.planId, name));
    blueprints::TargetInfo target;
    target.container = record.kind == InstanceKind::Container;
    target.loginUser = record.loginUser;
    target.baseOs = blueprint->baseOs;
    auto steps = launchSteps(*blueprint, record.userData, target);
    if (!steps)
        return R::failure(steps.problem());
    QString authorizedKey;
    if (record.kind == InstanceKind::Container) {
        auto pair = ssh::readKeyPair(record.keyFile);
        if (!pair)
            return R::failure(pair.problem());
        authorizedKey = pair->publicKeyLine;
    }
    InstanceOperation *job = newOperation(name, QStringLiteral("retry"));
    auto *flow = new CreationFlow(
        this, job, {record, *blueprint, *plan, *steps, defaultImage(), authorizedKey, true});
    QTimer::singleShot(0, flow, &CreationFlow::start);
    return job;
}

InstanceOperation *InstanceService::newOperation(const QString &instance, const QString &action)
{
    // The last finished job of an instance stays readable (the history tab
    // and callers hold it); a new one replaces it.
    if (QPointer<InstanceOperation> old = m_finished.take(lower(instance)))
        old->deleteLater();
    auto *job = new InstanceOperation(instance, action, this);
    m_jobs.insert(lower(instance), job);
    if (!m_leases[lower(instance)])
        m_leases[lower(instance)] = OperationLease::take(instance);
    Q_EMIT operationStarted(job);
    return job;
}

void InstanceService::finishOperation(InstanceOperation *job, const QString &error)
{
    if (!job)
        return;
    if (m_jobs.value(lower(job->instanceName())) == job) {
        m_jobs.remove(lower(job->instanceName()));
        m_leases.erase(lower(job->instanceName()));
    }
    job->finish(error);
    recordEvent(job->instanceName(), job->action(), error.isEmpty(), job->log());
    Q_EMIT instanceChanged(job->instanceName());
    if (QPointer<InstanceOperation> old = m_finished.take(lower(job->instanceName()));
        old && old != job)
        old->deleteLater();
    m_finished.insert(lower(job->instanceName()), job);
}

void InstanceService::recordEvent(const QString &name, const QString &action, bool ok,
                                  const QString &log)
{
    auto added = m_instances->appendEvent(name, action, ok, log);
    if (!added)
        qCInfo(lcInstances) << "history of" << name << "not saved:" << added.error();
}

Result<InstanceRecord> InstanceService::saveRecord(const InstanceRecord &record)
{
    auto saved = record.id == 0 ? m_instances->add(record) : m_instances->update(record);
    if (saved)
        Q_EMIT instanceChanged(record.name);
    return saved;
}

Result<hosts::HostRecord> InstanceService::ensureLoginHost(const InstanceRecord &record)
{
    using R = Result<hosts::HostRecord>;
    if (!m_hosts)
        return R::failure(tr("The store is not open."));
    hosts::HostRecord host;
    host.name = record.name;
    host.address = record.address;
    host.port = record.sshPort;
    host.user = record.loginUser;
    if (!record.keyFile.isEmpty())
        host.identityFiles = {record.keyFile};
    host.tags = hosts::normalizedTags(record.tags + QStringList{hosts::kInstanceLoginTag});
    auto existing = m_hosts->find(record.name);
    if (!existing)
        return R::failure(existing.problem());
    Result<hosts::HostRecord> saved = R::failure(QString());
    if (existing->has_value()) {
        host.id = existing->value().id;
        if (existing->value() == host)
            return host;
        saved = m_hosts->update(host);
    } else {
        saved = m_hosts->add(host);
    }
    if (saved && m_connections)
        m_connections->drop(record.name); // the next session uses the new address and key
    return saved;
}

Result<InstanceRecord> InstanceService::existing(const QString &name)
{
    auto found = m_instances->find(name);
    if (!found)
        return Result<InstanceRecord>::failure(found.problem());
    if (!found->has_value())
        return Result<InstanceRecord>::failure(ErrorKind::NotFound,
                                               tr("There is no instance named %1.").arg(name));
    return found->value();
}

Result<InstanceRecord> InstanceService::setAutoSnapshot(const QString &name, bool on)
{
    // The newest record, so nothing else it holds is written back stale.
    auto found = existing(name);
    if (!found)
        return found;
    InstanceRecord record = found.value();
    record.autoSnapshot = on;
    return saveRecord(record);
}

VoidResult InstanceService::setTags(const QString &name, const QStringList &tags)
{
    auto found = existing(name);
    if (!found)
        return VoidResult::failure(found.problem());
    InstanceRecord record = found.value();
    record.tags = normalizedTags(tags);
    auto saved = saveRecord(record);
    if (!saved)
        return VoidResult::failure(saved.problem());
    if (record.kind == InstanceKind::Container)
        ensureLoginHost(*saved);
    return {};
}

} // namespace sloop::instances
