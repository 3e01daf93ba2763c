#pragma once

#include "commandlog/commandlog.h"
#include "ownerlease.h"
#include "ownerservice.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace sloop::store {
class Database;
class CommandLogRepository;
class StoreWorker;
} // namespace sloop::store

namespace sloop::engine {
class EngineManager;
class DockerClient;
} // namespace sloop::engine

namespace sloop::hosts {
class HostConnections;
class HostRepository;
class RemoteEngines;
} // namespace sloop::hosts

namespace sloop::instances {
class InstanceService;
}

namespace sloop::containers {
class ContainerInventory;
class StatsSampler;
} // namespace sloop::containers

namespace sloop::metrics {
class MetricStore;
class MetricsCollector;
} // namespace sloop::metrics

namespace sloop::pricing {
class CostEstimator;
}

namespace sloop::functions {
class AsyncDispatcher;
class FunctionMetrics;
class FunctionService;
} // namespace sloop::functions

namespace sloop::awsapi {
class AwsEndpoint;
}

namespace sloop::buckets {
class BucketRepository;
class BucketWatcher;
} // namespace sloop::buckets

namespace sloop::schedules {
class ScheduleRepository;
class Scheduler;
} // namespace sloop::schedules

namespace sloop::gateway {
class Gateway;
}

namespace sloop::swarm {
class SwarmMetrics;
}

namespace sloop::containerservices {
class ContainerServiceRepository;
class ContainerEndpoints;
} // namespace sloop::containerservices

namespace sloop::batch {
class BatchRepository;
class BatchDispatcher;
} // namespace sloop::batch

namespace sloop::alarms {
class AlarmRepository;
class AlarmService;
} // namespace sloop::alarms

namespace sloop {

class AdminApi;

// Owns the long-running parts: the store, the command log and its saving,
// the engines, and one live inventory (with its stats sampler) per engine.
// The GUI makes one; `sloop serve` (later) makes the same without a window.
class ControlPlane : public QObject
{
    Q_OBJECT
public:
    explicit ControlPlane(QObject *parent = nullptr);
    ~ControlPlane() override;

    // Opens the database under the XDG data folder. Without it Sloop still
    // works; the command log is then kept in memory only (and says so).
    VoidResult openStore();
    QString storeProblem() const { return m_storeProblem; }

    CommandLog *commandLog() { return &m_log; }
    engine::EngineManager *engines() { return m_engines.get(); }
    store::Database *database() { return m_db.get(); }
    // The thread the bulk writes (metrics, the command log) go through;
    // null when the store is not open.
    store::StoreWorker *storeWorker() { return m_writer.get(); }
    // The hosts table; null when the store could not be opened.
    hosts::HostRepository *hostRepository() { return m_hostRepo.get(); }
    // One shared SSH session per host and each host's reachability.
    hosts::HostConnections *hostConnections() { return m_hosts.get(); }
    // The Docker engines of SSH hosts, added to engines() as checks find them.
    hosts::RemoteEngines *remoteEngines() { return m_remoteEngines.get(); }

    // Instances (blueprints, plans, lifecycle, snapshots); null when the
    // store could not be opened.
    instances::InstanceService *instances() { return m_instances.get(); }
    // Monthly estimates (stated costs shared by memory); null when the store
    // could not be opened.
    pricing::CostEstimator *costEstimator() { return m_costs.get(); }

    // The time series of every host, engine and container, and what fills
    // them (started by startCollecting); null when the store is not open.
    metrics::MetricStore *metricStore() { return m_metricStore.get(); }
    metrics::MetricsCollector *metrics() { return m_metrics.get(); }
    // Threshold alarms over the metrics, evaluated while collecting.
    alarms::AlarmService *alarms() { return m_alarms.get(); }
    // Functions and their warm environments; null when the store is not open.
    functions::FunctionService *functions() { return m_functions.get(); }
    // Runs queued Event invocations while this process is the owner.
    functions::AsyncDispatcher *asyncDispatcher() { return m_async.get(); }
    // The AWS-compatible endpoint the owner serves; null when the store is
    // not open.
    awsapi::AwsEndpoint *awsEndpoint() { return m_endpoint.get(); }
    // Schedules and the scheduler that fires them while this process owns
    // the data folder; null when the store is not open.
    schedules::ScheduleRepository *scheduleRepository() { return m_scheduleRepo.get(); }
    // Folder buckets (S3 over folders) and the watcher that sends their
    // events while this process is the owner; null when the store is not open.
    buckets::BucketRepository *bucketRepository() { return m_bucketRepo.get(); }
    buckets::BucketWatcher *bucketWatcher() { return m_bucketWatcher.get(); }
    schedules::Scheduler *scheduler() { return m_scheduler.get(); }
    // The API gateway, served while this process owns the data folder;
    // null when the store is not open.
    gateway::Gateway *gateway() { return m_gateway.get(); }
    containerservices::ContainerServiceRepository *containerServices()
    {
        return m_containerRepo.get();
    }
    containerservices::ContainerEndpoints *containerEndpoints()
    {
        return m_containerEndpoints.get();
    }
    swarm::SwarmMetrics *swarmMetrics() { return m_swarmMetrics.get(); }
    // Batch's queues, environments, definitions and jobs, and the dispatcher
    // that runs them while this process owns the data folder; null when the
    // store is not open.
    batch::BatchRepository *batchRepository() { return m_batchRepo.get(); }
    batch::BatchDispatcher *batchDispatcher() { return m_batch.get(); }

    // The live inventory of an engine, made and started on first use.
    containers::ContainerInventory *inventory(const QString &engineName);
    containers::StatsSampler *sampler(const QString &engineName);

    // Saved command-log entries of earlier sessions, oldest first.
    QList<CommandLogEntry> savedCommandLog(int limit);

    // Ownership of the data folder, and with it metrics collection, alarm
    // evaluation and the admin API. Exactly one process per data folder owns
    // it (OwnerLease): the first window or `sloop serve` to ask. Any other
    // looks again every kOwnerWatchMs and takes over when the owner ends, so
    // two processes never both collect or run an alarm's command.
    // intervalSeconds 0: the setting's.
    enum class CollectAs
    {
        Window,
        Server
    };
    void startCollecting(CollectAs as, int intervalSeconds = 0);
    // Stops, with every collected point in the store, and gives the
    // ownership up.
    void stopCollecting();
    bool collecting() const { return m_collecting; }
    bool isOwner() const;
    // Why not, for people (a serve owns the data folder, the store is not open).
    QString notCollectingReason() const { return m_notCollectingReason; }
    static constexpr int kOwnerWatchMs = 2000;
    // A part only the owner runs (the scheduler, the gateway, a dispatcher):
    // started after those added before it whenever this process becomes the
    // owner, stopped before them. It must outlive the control plane's
    // collecting (stopCollecting(), or the control plane's end).
    void addOwnerService(OwnerService *service);
    // The saved command log keeps at most this many entries, none older than
    // this many days; it is pruned at start and every kLogPruneEvery saves.
    static constexpr int kLogKeepEntries = 20000;
    static constexpr int kLogKeepDays = 30;
    static constexpr int kLogPruneEvery = 1000;

Q_SIGNALS:
    void collectingChanged(bool collecting, const QString &reason);
    // A write the store worker gave up after its retries (a full disk).
    void writeFailed(const QString &message);
    // A write waits to be tried again (a full disk); nothing is lost yet.
    void writeDelayed(const QString &message);
    // A second window asked this one (through the admin API) to come forward.
    void raiseRequested();

private:
    void flushLog();
    void pruneLog();
    void serveEndpointToContainers();
    void updateCollecting();
    void setCollecting(bool on, const QString &reason);

    // Saves what the command log gathered when it is destroyed: declared
    // before the parts that log while they wind down (SSH sessions, engine
    // clients), so it runs after them and before the store worker goes.
    struct FinalLogFlush
    {
        ControlPlane *plane;
        ~FinalLogFlush() { plane->flushLog(); }
    };
    // The live inventory and stats sampler of each engine; destroyed before
    // the engines whose clients they use.
    struct EngineFeeds
    {
        QHash<QString, containers::ContainerInventory *> inventories;
        QHash<QString, containers::StatsSampler *> samplers;
        ~EngineFeeds();
    };

    // Declared in the order they depend on each other: each part is made
    // after, and destroyed before, what it uses. No hand-ordered deletes.
    CommandLog m_log;
    QList<CommandLogEntry> m_unsaved; // gathered for 200 ms, then one write
    QTimer m_flushTimer;
    int m_savedSincePrune = 0;
    static constexpr int kReadSyncMs = 2000;
    std::unique_ptr<store::Database> m_db;
    // Its own connection; every queued write is stored before it goes.
    std::unique_ptr<store::StoreWorker> m_writer;
    std::unique_ptr<store::CommandLogRepository> m_logRepo; // reads
    std::unique_ptr<hosts::HostRepository> m_hostRepo;
    FinalLogFlush m_finalLogFlush{this};
    std::unique_ptr<engine::EngineManager> m_engines;
    std::unique_ptr<hosts::HostConnections> m_hosts;
    std::unique_ptr<hosts::RemoteEngines> m_remoteEngines;
    EngineFeeds m_feeds;
    std::unique_ptr<instances::InstanceService> m_instances;
    QTimer m_snapshotTimer;
    std::unique_ptr<pricing::CostEstimator> m_costs;
    // Before the database closes (prepared statements).
    std::unique_ptr<metrics::MetricStore> m_metricStore;
    std::unique_ptr<alarms::AlarmRepository> m_alarmRepo;
    std::unique_ptr<metrics::MetricsCollector> m_metrics;
    std::unique_ptr<alarms::AlarmService> m_alarms;
    std::unique_ptr<functions::FunctionService> m_functions;
    std::unique_ptr<awsapi::AwsEndpoint> m_endpoint;
    std::unique_ptr<functions::AsyncDispatcher> m_async;
    std::unique_ptr<functions::FunctionMetrics> m_functionMetrics;
    std::unique_ptr<buckets::BucketRepository> m_bucketRepo;
    std::unique_ptr<buckets::BucketWatcher> m_bucketWatcher;
    std::unique_ptr<schedules::ScheduleRepository> m_scheduleRepo;
    std::unique_ptr<schedules::Scheduler> m_scheduler;
    std::unique_ptr<gateway::Gateway> m_gateway;
    std::unique_ptr<containerservices::ContainerServiceRepository> m_containerRepo;
    std::unique_ptr<containerservices::ContainerEndpoints> m_containerEndpoints;
    std::unique_ptr<swarm::SwarmMetrics> m_swarmMetrics;
    std::unique_ptr<batch::BatchRepository> m_batchRepo;
    std::unique_ptr<batch::BatchDispatcher> m_batch;
    // What only the owner runs, in start order (stopped in reverse).
    QList<OwnerService *> m_ownerServices;
    QString m_storeProblem;
    std::optional<CollectAs> m_collectAs; // set while asked to collect
    int m_collectIntervalSeconds = 0;
    bool m_collecting = false;
    QString m_notCollectingReason;
    QTimer m_ownerWatch;
    OwnerLease m_lease;
    std::unique_ptr<AdminApi> m_admin;
};

} // namespace sloop
