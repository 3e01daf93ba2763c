#include "controlplane.h"

#include "adminapi.h"
#include "alarms/alarmrepository.h"
#include "alarms/alarmservice.h"
#include "awsapi/awsendpoint.h"
#include "batch/batchdispatcher.h"
#include "batch/batchrepository.h"
#include "buckets/bucketrepository.h"
#include "buckets/bucketwatcher.h"
#include "containers/containerinventory.h"
#include "containers/statssampler.h"
#include "containerservices/containerendpoints.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "functions/asyncdispatcher.h"
#include "functions/functionmetrics.h"
#include "functions/functionservice.h"
#include "gateway/gateway.h"
#include "gateway/websocketapi.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "hosts/remoteengines.h"
#include "instances/instanceservice.h"
#include "metrics/metricscollector.h"
#include "metrics/metricstore.h"
#include "pricing/costestimator.h"
#include "schedules/scheduler.h"
#include "schedules/schedulerepository.h"
#include "settings/settings.h"
#include "store/commandlogrepository.h"
#include "store/database.h"
#include "store/storeworker.h"
#include "swarm/swarmmetrics.h"
#include "util/logging.h"
#include "util/paths.h"

#include <QHostAddress>

namespace sloop {

namespace {

using Memory = std::optional<qint64>;

QFuture<Memory> ready(Memory value)
{
    return QtFuture::makeReadyFuture(value);
}

qint64 factsMiB(const hosts::HostStatus &status)
{
    return status.facts.memTotalKb ? *status.facts.memTotalKb / 1024 : 0;
}

// The window's memory lookup for estimates: an engine of that name is asked
// (GET /info), else the host's facts from its last check; with mayConnect a
// host not checked yet is checked (SSH).
pricing::MemoryLookup engineOrHostMemory(engine::EngineManager *engines,
                                         hosts::HostConnections *connections,
                                         hosts::HostRepository *hosts)
{
    return
        [engines, connections, hosts](const QString &location, bool mayConnect) -> QFuture<Memory> {
            if (engine::DockerClient *client = engines ? engines->client(location) : nullptr)
                return client->systemInfo().then([](const Result<engine::EngineSystemInfo> &info) {
                    return Memory(info ? info->memoryBytes / (1024 * 1024) : 0);
                });
            if (!connections)
                return ready(0);
            if (const qint64 known = factsMiB(connections->status(location)); known > 0)
                return ready(known);
            // A page does not connect for an estimate: the host's own checks
            // bring its facts (statusChanged is the page's cue to ask again).
            if (!mayConnect || !hosts)
                return ready(std::nullopt);
            const auto record = hosts->find(location);
            if (!record || !record->has_value())
                return ready(0);
            return connections->check(record->value()).then([](const hosts::HostStatus &s) {
                return Memory(factsMiB(s));
            });
        };
}

} // namespace

ControlPlane::ControlPlane(QObject *parent)
    : QObject(parent)
    , m_engines(std::make_unique<engine::EngineManager>(&m_log))
    , m_hosts(std::make_unique<hosts::HostConnections>(&m_log))
    , m_remoteEngines(std::make_unique<hosts::RemoteEngines>(m_hosts.get(), m_engines.get()))
{
    connect(m_engines.get(), &engine::EngineManager::engineRemoved, this,
            [this](const QString &name) {
                // Later: pages showing this engine switch away in their own slots.
                if (QObject *sampler = m_feeds.samplers.take(name))
                    sampler->deleteLater();
                if (QObject *inventory = m_feeds.inventories.take(name))
                    inventory->deleteLater();
            });
    m_ownerWatch.setInterval(kOwnerWatchMs);
    connect(&m_ownerWatch, &QTimer::timeout, this, &ControlPlane::updateCollecting);
    // Entries are saved in small batches: one write per burst of calls.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &ControlPlane::flushLog);
    connect(&m_log, &CommandLog::recorded, this, [this](const CommandLogEntry &e) {
        if (!m_writer)
            return;
        m_unsaved.append(e);
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
}

ControlPlane::~ControlPlane()
{
    // The owner's services stop (every point stored) and the lease goes;
    // the members then go in the reverse order of their declaration.
    stopCollecting();
    // Functions' environments are containers: removed while the engines'
    // clients are still here to ask.
    if (m_functions)
        m_functions->removeEnvironments();
}

ControlPlane::EngineFeeds::~EngineFeeds()
{
    qDeleteAll(samplers);
    qDeleteAll(inventories);
}

void ControlPlane::addOwnerService(OwnerService *service)
{
    m_ownerServices.append(service);
    if (m_collecting)
        service->start();
}

VoidResult ControlPlane::openStore()
{
    const QString dir = paths::dataDir();
    if (!paths::ensureDir(dir)) {
        m_storeProblem = tr("Cannot create the data folder %1; the command log is kept in "
                            "memory only.")
                             .arg(dir);
        return VoidResult::failure(m_storeProblem);
    }
    auto db = std::make_unique<store::Database>();
    const VoidResult opened = db->open(paths::databaseFile());
    if (!opened) {
        m_storeProblem = opened.error();
        qCWarning(lcStore) << opened.error();
        return opened;
    }
    m_writer = std::make_unique<store::StoreWorker>();
    if (const VoidResult started = m_writer->start(paths::databaseFile()); !started) {
        m_writer.reset();
        m_storeProblem = started.error();
        qCWarning(lcStore) << started.error();
        return started;
    }
    connect(m_writer.get(), &store::StoreWorker::writeFailed, this,
            [this](const QString &what, const Error &problem) {
                Q_EMIT writeFailed(tr("%1 could not be saved: %2").arg(what, problem.message));
            });
    connect(m_writer.get(), &store::StoreWorker::writeDelayed, this,
            [this](const QString &what, const Error &problem, int retryMs) {
                Q_EMIT writeDelayed(tr("%1 is not saved yet: %2. Sloop tries again in %n "
                                       "second(s) and keeps what waits.",
                                       nullptr, qMax(1, (retryMs + 500) / 1000))
                                        .arg(what, problem.message));
            });
    m_db = std::move(db);
    m_logRepo = std::make_unique<store::CommandLogRepository>(*m_db);
    m_hostRepo = std::make_unique<hosts::HostRepository>(*m_db);
    m_hosts->setLookup(m_hostRepo->lookup());
    pruneLog();
    m_instances = std::make_unique<instances::InstanceService>(
        *m_db, m_engines.get(), m_hosts.get(), m_hostRepo.get(), &m_log);
    // Daily automatic snapshots: checked hourly, each instance at most once a day.
    m_snapshotTimer.setInterval(60 * 60 * 1000);
    connect(&m_snapshotTimer, &QTimer::timeout, m_instances.get(),
            &instances::InstanceService::runAutomaticSnapshots);
    m_snapshotTimer.start();
    // Functions' invocation logs are kept for the retention setting.
    const auto pruneInvocations = [this] {
        if (!m_functions)
            return;
        const VoidResult pruned = m_functions->invocationLog().keepDays(
            Settings().get(Settings::FunctionLogRetentionDays),
            QDateTime::currentMSecsSinceEpoch());
        if (!pruned)
            qCWarning(lcStore) << "invocation logs not pruned:" << pruned.error();
    };
    connect(&m_snapshotTimer, &QTimer::timeout, this, pruneInvocations);
    m_costs = std::make_unique<pricing::CostEstimator>(
        *m_db, engineOrHostMemory(m_engines.get(), m_hosts.get(), m_hostRepo.get()));
    // A host's check brings its memory, which estimates divide by.
    connect(m_hosts.get(), &hosts::HostConnections::statusChanged, m_costs.get(),
            &pricing::CostEstimator::refresh);
    m_metricStore = std::make_unique<metrics::MetricStore>(m_db.get());
    m_alarmRepo = std::make_unique<alarms::AlarmRepository>(m_db.get());
    m_metrics = std::make_unique<metrics::MetricsCollector>(
        m_hostRepo.get(), m_hosts.get(), m_engines.get(), m_instances.get(), m_writer.get());
    m_alarms = std::make_unique<alarms::AlarmService>(m_alarmRepo.get(), m_metricStore.get());
    m_functions = std::make_unique<functions::FunctionService>(
        *m_db, [this](const QString &engineName) { return m_engines->client(engineName); });
    m_functions->setStoreWorker(m_writer.get());
    if (const VoidResult pruned = m_functions->invocationLog().keepDays(
            Settings().get(Settings::FunctionLogRetentionDays),
            QDateTime::currentMSecsSinceEpoch());
        !pruned)
        qCWarning(lcStore) << "invocation logs not pruned:" << pruned.error();
    m_endpoint = std::make_unique<awsapi::AwsEndpoint>(*m_db, m_functions.get());
    // Functions call the endpoint with AWS's SDKs: it hands them the URL
    // and credentials, once it serves where their containers reach it.
    m_functions->setAwsContextSource(m_endpoint.get());
    connect(m_endpoint.get(), &awsapi::AwsEndpoint::servingChanged, this, [this](bool serving) {
        if (serving)
            serveEndpointToContainers();
    });
    // Collect first, then evaluate what was collected.
    m_ownerServices.prepend(m_endpoint.get());
    m_ownerServices.prepend(m_alarms.get());
    m_ownerServices.prepend(m_metrics.get());
    m_async = std::make_unique<functions::AsyncDispatcher>(*m_functions);
    m_ownerServices.insert(m_ownerServices.indexOf(m_endpoint.get()) + 1, m_async.get());
    // Functions' metrics go to the store with the rest (the collector runs
    // before it and stops after it).
    m_functionMetrics = std::make_unique<functions::FunctionMetrics>(*m_functions);
    m_ownerServices.insert(m_ownerServices.indexOf(m_async.get()) + 1, m_functionMetrics.get());
    connect(m_functionMetrics.get(), &functions::FunctionMetrics::collected, m_metrics.get(),
            &metrics::MetricsCollector::collect);
    connect(m_async.get(), &functions::AsyncDispatcher::deliveryFailed, m_functionMetrics.get(),
            [this](const QString &, const QString &function) {
                m_functionMetrics->countDeadLetterError(function);
            });
    m_bucketRepo = std::make_unique<buckets::BucketRepository>(*m_db);
    m_bucketWatcher = std::make_unique<buckets::BucketWatcher>(*m_bucketRepo, *m_functions);
    m_endpoint->setBuckets(m_bucketRepo.get(), m_bucketWatcher.get());
    m_ownerServices.insert(m_ownerServices.indexOf(m_async.get()) + 1, m_bucketWatcher.get());
    m_scheduleRepo = std::make_unique<schedules::ScheduleRepository>(*m_db);
    m_scheduler = std::make_unique<schedules::Scheduler>(*m_scheduleRepo, *m_functions);
    // Fires go as Event invocations; their runs settle when those are done.
    connect(m_async.get(), &functions::AsyncDispatcher::finished, m_scheduler.get(),
            &schedules::Scheduler::eventFinished);
    m_ownerServices.insert(m_ownerServices.indexOf(m_async.get()) + 1, m_scheduler.get());
    // The gateway serves APIs in front of the functions, after them.
    m_gateway = std::make_unique<gateway::Gateway>(*m_db, m_functions.get());
    m_gateway->setStoreWorker(m_writer.get());
    connect(m_gateway.get(), &gateway::Gateway::collected, m_metrics.get(),
            &metrics::MetricsCollector::collect);
    m_ownerServices.insert(m_ownerServices.indexOf(m_async.get()) + 1, m_gateway.get());
    // Batch jobs run where queues' compute environments allow, dispatched by
    // the owner alone.
    m_batchRepo = std::make_unique<batch::BatchRepository>(*m_db);
    m_batch = std::make_unique<batch::BatchDispatcher>(*m_batchRepo, *m_engines,
                                                       batch::folderTag(m_db->file()));
    m_ownerServices.insert(m_ownerServices.indexOf(m_gateway.get()) + 1, m_batch.get());
    m_endpoint->setBatch(m_batchRepo.get(), [dispatcher = m_batch.get()] { dispatcher->wake(); });
    // Swarm services' task counts, for charts and alarms.
    m_swarmMetrics = std::make_unique<swarm::SwarmMetrics>(*m_engines);
    connect(m_swarmMetrics.get(), &swarm::SwarmMetrics::collected, m_metrics.get(),
            &metrics::MetricsCollector::collect);
    m_ownerServices.insert(m_ownerServices.indexOf(m_metrics.get()) + 1, m_swarmMetrics.get());
    // Container services' public endpoints, in front of their copies.
    m_containerRepo = std::make_unique<containerservices::ContainerServiceRepository>(*m_db);
    m_containerEndpoints =
        std::make_unique<containerservices::ContainerEndpoints>(*m_db, *m_engines);
    m_ownerServices.insert(m_ownerServices.indexOf(m_batch.get()) + 1, m_containerEndpoints.get());
    // Schedules may submit jobs (EventBridge Scheduler's Batch target); their
    // runs settle when the jobs finish.
    m_scheduler->setBatchSubmitter([repo = m_batchRepo.get(), dispatcher = m_batch.get()](
                                       const schedules::Schedule &s, const QDateTime &) {
        batch::SubmitRequest r;
        r.name = s.name.left(128);
        r.name.replace(QLatin1Char('.'), QLatin1Char('-'));
        r.queue = s.batchQueue;
        r.definition = s.batchDefinition;
        const auto job = repo->submit(r);
        if (!job)
            return Result<QString>::failure(job.problem());
        dispatcher->wake();
        return Result<QString>(job->id);
    });
    connect(m_batch.get(), &batch::BatchDispatcher::jobFinished, m_scheduler.get(),
            &schedules::Scheduler::jobFinished);
    // A job cancelled or terminated from elsewhere ends without the
    // dispatcher moving it: the scheduler reads how it ended.
    m_scheduler->setBatchOutcome(
        [repo =
             m_batchRepo.get()](const QString &jobId) -> std::optional<std::pair<bool, QString>> {
            const auto job = repo->job(jobId);
            if (!job || !*job || !batch::isFinished((*job)->status))
                return std::nullopt;
            return std::pair((*job)->status == batch::JobStatus::Succeeded, (*job)->statusReason);
        });
    // Functions reach their WebSocket clients through the endpoint.
    m_endpoint->setConnections([gateway = m_gateway.get()](const QByteArray &method,
                                                           const QString &id,
                                                           const QByteArray &body) {
        return gateway->webSockets()->act(method, id, body);
    });
    // The Containers page's inventories and samplers, so an engine is
    // followed and sampled once whoever looks.
    m_metrics->setEngineFeeds([this](const QString &engineName) {
        return metrics::MetricsCollector::EngineFeed{inventory(engineName), sampler(engineName)};
    });
    m_storeProblem.clear();
    updateCollecting(); // asked to collect before the store was open
    return {};
}

void ControlPlane::serveEndpointToContainers()
{
    // The local engine's default bridge: its address on this machine is
    // where containers reach the host (never a public interface).
    const engine::EngineEndpoint *local = m_engines->find(m_engines->defaultEngine());
    if (!local || !local->sshHost.isEmpty())
        return;
    engine::DockerClient *client = m_engines->client(local->name);
    if (!client)
        return;
    QPointer<awsapi::AwsEndpoint> endpoint = m_endpoint.get();
    client->listNetworks().then(
        this, [endpoint, name = local->name](const Result<QList<engine::NetworkSummary>> &all) {
            if (!endpoint || !all)
                return;
            for (const engine::NetworkSummary &n : *all) {
                if (n.name != QLatin1String("bridge") && n.name != QLatin1String("podman"))
                    continue;
                QStringList gateways = n.gateways;
                // Some engines list the default bridge's subnet without its
                // gateway; the bridge then has the subnet's first address.
                for (const QString &subnet : n.subnets) {
                    const auto [network, bits] = QHostAddress::parseSubnet(subnet);
                    if (gateways.isEmpty() && network.protocol() == QAbstractSocket::IPv4Protocol &&
                        bits < 31)
                        gateways.append(QHostAddress(network.toIPv4Address() + 1).toString());
                }
                for (const QString &gateway : gateways)
                    if (!gateway.contains(QLatin1Char(':'))) { // IPv4
                        endpoint->serveContainersAt(gateway, name);
                        return;
                    }
            }
        });
}

void ControlPlane::flushLog()
{
    if (!m_writer || m_unsaved.isEmpty())
        return;
    const QList<CommandLogEntry> entries = std::exchange(m_unsaved, {});
    // The worker keeps the order, tries again while the disk is busy or
    // full, and reports what it gives up (writeFailed).
    m_writer->submit(tr("%n command log entries", nullptr, int(entries.size())),
                     [entries](store::StoreWriteContext &c) {
                         return c.resident<store::CommandLogRepository>().append(entries);
                     });
    m_savedSincePrune += entries.size();
    // A serve runs for months and every health check is logged: keep the
    // log bounded as it goes, not only when a process starts.
    if (m_savedSincePrune >= kLogPruneEvery)
        pruneLog();
}

void ControlPlane::pruneLog()
{
    m_savedSincePrune = 0;
    if (!m_writer)
        return;
    const qint64 cutoff =
        QDateTime::currentMSecsSinceEpoch() - qint64(kLogKeepDays) * 24 * 3600 * 1000;
    m_writer->submit(tr("command log pruning"), [cutoff](store::StoreWriteContext &c) {
        auto &log = c.resident<store::CommandLogRepository>();
        const VoidResult byAge = log.pruneOlderThan(cutoff);
        const VoidResult byCount = log.prune(kLogKeepEntries);
        if (!byAge || !byCount)
            qCWarning(lcStore) << "cannot prune the command log:"
                               << (byAge ? byCount.error() : byAge.error());
        return byAge ? byCount : byAge;
    });
}

QList<CommandLogEntry> ControlPlane::savedCommandLog(int limit)
{
    if (!m_logRepo)
        return {};
    flushLog();
    m_writer->sync(kReadSyncMs);
    const auto entries = m_logRepo->latest(limit);
    return entries ? *entries : QList<CommandLogEntry>();
}

containers::ContainerInventory *ControlPlane::inventory(const QString &engineName)
{
    if (auto *existing = m_feeds.inventories.value(engineName))
        return existing;
    engine::DockerClient *client = m_engines->client(engineName);
    if (!client)
        return nullptr;
    auto *inventory = new containers::ContainerInventory(client);
    m_feeds.inventories.insert(engineName, inventory);
    inventory->start();
    return inventory;
}

containers::StatsSampler *ControlPlane::sampler(const QString &engineName)
{
    if (auto *existing = m_feeds.samplers.value(engineName))
        return existing;
    containers::ContainerInventory *inv = inventory(engineName);
    if (!inv)
        return nullptr;
    auto *sampler = new containers::StatsSampler(inv);
    m_feeds.samplers.insert(engineName, sampler);
    return sampler;
}

void ControlPlane::startCollecting(CollectAs as, int intervalSeconds)
{
    m_collectAs = as;
    m_collectIntervalSeconds = intervalSeconds;
    // Until this process owns the data folder it looks again every few
    // seconds, so it takes over soon after the owner ends (even by SIGKILL).
    m_ownerWatch.start();
    updateCollecting();
}

void ControlPlane::stopCollecting()
{
    m_ownerWatch.stop();
    m_collectAs.reset();
    setCollecting(false, tr("Collection is stopped."));
    // The store has every point before another process may take over.
    if (m_admin)
        m_admin->stop();
    m_lease.release();
}

bool ControlPlane::isOwner() const
{
    return m_lease.isHeld();
}

void ControlPlane::updateCollecting()
{
    if (!m_collectAs)
        return;
    if (!m_lease.isHeld()) {
        const OwnerLease::Role role =
            *m_collectAs == CollectAs::Server ? OwnerLease::Role::Server : OwnerLease::Role::Window;
        OwnerLease::Holder holder;
        if (const VoidResult taken = m_lease.acquire(role, &holder); !taken) {
            if (taken.kind() != ErrorKind::Conflict)
                setCollecting(false, taken.error());
            else if (*m_collectAs == CollectAs::Window && holder.role == OwnerLease::Role::Server)
                setCollecting(false, tr("\"sloop serve\" (pid %1) collects metrics for this data "
                                        "folder; the window shows what it stores.")
                                         .arg(holder.pid));
            else
                setCollecting(false, tr("%1 owns this data folder and collects for it; this one "
                                        "takes over when it ends.")
                                         .arg(OwnerLease::describe(holder)));
            return;
        }
        m_ownerWatch.stop();
        if (!m_admin) {
            m_admin = std::make_unique<AdminApi>(this, role);
            connect(m_admin.get(), &AdminApi::raiseRequested, this, &ControlPlane::raiseRequested);
        }
        if (const VoidResult served = m_admin->start(); !served)
            qCWarning(lcApp).noquote() << "no admin API:" << served.error();
        else
            m_lease.setAdminSocket(m_admin->socketPath());
        qCInfo(lcApp) << "owner of" << paths::dataDir() << "as pid"
                      << QCoreApplication::applicationPid();
    }
    if (!m_db) {
        setCollecting(
            false,
            tr("Metrics are not collected: the store is not open (%1).").arg(m_storeProblem));
        return;
    }
    setCollecting(true, {});
}

void ControlPlane::setCollecting(bool on, const QString &reason)
{
    if (on == m_collecting && reason == m_notCollectingReason)
        return;
    const bool changed = on != m_collecting;
    m_collecting = on;
    m_notCollectingReason = reason;
    if (changed) {
        if (on) {
            if (m_metrics) {
                const int interval = m_collectIntervalSeconds > 0
                                         ? m_collectIntervalSeconds
                                         : Settings().get(Settings::MetricsIntervalSeconds);
                m_metrics->setIntervalSeconds(interval);
                qCInfo(lcApp) << "collecting metrics every" << m_metrics->intervalSeconds() << "s";
            }
            for (OwnerService *service : std::as_const(m_ownerServices))
                service->start();
        } else {
            for (auto it = m_ownerServices.crbegin(); it != m_ownerServices.crend(); ++it)
                (*it)->stop();
            qCInfo(lcApp).noquote() << "not collecting metrics:" << reason;
        }
    }
    Q_EMIT collectingChanged(on, reason);
}

} // namespace sloop
