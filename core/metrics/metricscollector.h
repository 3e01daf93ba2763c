#pragma once

#include "controlplane/ownerservice.h"
#include "instances/healthtarget.h"
#include "metricpoint.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace sloop::hosts {
class HostConnections;
class HostRepository;
struct HostRecord;
} // namespace sloop::hosts
namespace sloop::engine {
class EngineManager;
}
namespace sloop::store {
class StoreWorker;
}
namespace sloop::instances {
class InstanceService;
}
namespace sloop::containers {
class ContainerInventory;
class StatsSampler;
} // namespace sloop::containers

namespace sloop::metrics {

class EngineMetrics;
class HostSampler;
class StatusChecker;

// Collects every target's metrics into the store:
//   - each SSH host: a HostSampler (one exec stream on its shared session)
//     and a StatusChecker; the login host of a *container* instance gets the
//     status check only, since /proc in a container shows the machine's
//     numbers (the container's own come from its engine);
//   - each engine: container/ENGINE/NAME and engine/ENGINE points from its
//     stats sampler.
// Points are appended in batches, one transaction a second at most, and the
// store is compacted once a minute. Targets follow the hosts table, the
// instances and the engines (refreshTargets; also every 30 s, so a host
// another process added is picked up).
//
// Thread-safety: use on the store's thread (the control plane's).
class MetricsCollector : public QObject, public OwnerService
{
    Q_OBJECT
public:
    MetricsCollector(hosts::HostRepository *hosts, hosts::HostConnections *connections,
                     engine::EngineManager *engines, instances::InstanceService *instances,
                     store::StoreWorker *writer, QObject *parent = nullptr);
    ~MetricsCollector() override;

    // Where an engine's live inventory and stats sampler come from (the
    // control plane shares its own with the Containers page). Without one
    // the collector makes its own per engine.
    struct EngineFeed
    {
        containers::ContainerInventory *inventory = nullptr;
        containers::StatsSampler *sampler = nullptr;
    };
    void setEngineFeeds(std::function<EngineFeed(const QString &engineName)> feeds);

    void setIntervalSeconds(int seconds); // 1..60, default 5
    int intervalSeconds() const { return m_interval; }
    // Status checks: once a minute like Lightsail's, never more often than
    // the sampling interval's pace asks for (tests use 1).
    void setStatusIntervalSeconds(int seconds);
    int statusIntervalSeconds() const { return m_statusInterval; }

    void start() override;
    void stop() override; // flushes
    bool isRunning() const { return m_running; }
    void refreshTargets();
    // Appends the buffered points now.
    void flush();
    QStringList targets() const; // keys being collected
    // Why a host's numbers do not come, for people; empty when they do.
    QString problem(const QString &targetKey) const;
    // Points measured elsewhere (functions' metrics), stored with the next
    // write while collecting.
    void collect(const MetricBatch &batch);

Q_SIGNALS:
    // After the batch was appended to the store (or what the store could
    // take of it: it names what it skipped, in the log).
    void sampled(const sloop::metrics::MetricBatch &batch);
    void targetsChanged();

private:
    struct HostEntry;
    void compact();
    void syncHosts();
    void syncEngines();
    // How a host is watched: numbers and status, or (a container instance's
    // login host) status only; plus the health check of the instance it
    // belongs to, when that instance runs and its blueprint has one.
    struct HostRole
    {
        bool statusOnly = false;
        QString healthOf; // instance name
        bool operator==(const HostRole &) const = default;
    };
    void addHost(const hosts::HostRecord &host, const HostRole &role);
    void removeHost(const QString &name);
    QHash<QString, HostRole> instanceRoles() const; // by lower-case host name
    QFuture<instances::HealthAnswer> instanceHealth(const QString &instanceName);

    hosts::HostRepository *m_hosts;
    hosts::HostConnections *m_connections;
    engine::EngineManager *m_engines;
    QPointer<instances::InstanceService> m_instances;
    store::StoreWorker *m_writer;
    std::function<EngineFeed(const QString &)> m_feeds;

    QHash<QString, HostEntry *> m_hostEntries;       // by host name
    QHash<QString, EngineMetrics *> m_engineEntries; // by engine name
    // Feeds the collector made itself (no feed function), by engine name.
    QHash<QString, QObject *> m_ownFeeds;

    MetricBatch m_buffer;
    QTimer m_flushTimer;
    QTimer m_compactTimer;
    QTimer m_refreshTimer;
    QElapsedTimer m_lastAppendFailureLog;
    int m_interval = 5;
    int m_statusInterval = 60;
    bool m_running = false;
};

} // namespace sloop::metrics
