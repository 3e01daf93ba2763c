#include "metricscollector.h"

#include "blueprints/blueprintcatalog.h"
#include "containers/containerinventory.h"
#include "containers/statssampler.h"
#include "engine/enginecatalog.h"
#include "enginemetrics.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrecord.h"
#include "hosts/hostrepository.h"
#include "hostsampler.h"
#include "instances/instancerecord.h"
#include "instances/instancerepository.h"
#include "instances/instanceservice.h"
#include "metricslogging.h"
#include "metricstore.h"
#include "ssh/sshsession.h"
#include "statuschecker.h"
#include "store/storeworker.h"

#include <QDateTime>

namespace sloop::metrics {

namespace {

constexpr int kFlushMs = 1000;
constexpr int kCompactMs = 60 * 1000;
constexpr int kRefreshMs = 30 * 1000;
// A bound on points waiting for the next append, should the event loop
// stall: the oldest go first.
constexpr qsizetype kMaxBuffered = 200000;
// One health answer; within the status check's own 10 s.
constexpr int kHealthTimeoutMs = 8000;

} // namespace

struct MetricsCollector::HostEntry
{
    hosts::HostRecord record;
    HostRole role;
    QPointer<ssh::SshSession> session;
    HostSampler *sampler = nullptr;
    StatusChecker *checker = nullptr;

    ~HostEntry()
    {
        delete sampler;
        delete checker;
    }
};

MetricsCollector::MetricsCollector(hosts::HostRepository *hosts,
                                   hosts::HostConnections *connections,
                                   engine::EngineManager *engines,
                                   instances::InstanceService *instances,
                                   store::StoreWorker *writer, QObject *parent)
    : QObject(parent)
    , m_hosts(hosts)
    , m_connections(connections)
    , m_engines(engines)
    , m_instances(instances)
    , m_writer(writer)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MetricsCollector::flush);
    m_compactTimer.setInterval(kCompactMs);
    connect(&m_compactTimer, &QTimer::timeout, this, &MetricsCollector::compact);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MetricsCollector::refreshTargets);
    if (m_engines) {
        connect(m_engines, &engine::EngineManager::engineAdded, this,
                &MetricsCollector::refreshTargets);
        connect(m_engines, &engine::EngineManager::engineRemoved, this,
                &MetricsCollector::refreshTargets);
    }
    if (m_instances)
        connect(m_instances, &instances::InstanceService::instancesChanged, this,
                &MetricsCollector::refreshTargets);
    if (m_connections) {
        // A host's session was replaced (its record changed) or dropped
        // (removed): look again once the change is done, not inside it.
        connect(m_connections, &hosts::HostConnections::sessionReplaced, this, [this] {
            if (m_running)
                QTimer::singleShot(0, this, &MetricsCollector::refreshTargets);
        });
    }
}

MetricsCollector::~MetricsCollector()
{
    stop();
}

void MetricsCollector::setEngineFeeds(std::function<EngineFeed(const QString &)> feeds)
{
    m_feeds = std::move(feeds);
}

void MetricsCollector::setIntervalSeconds(int seconds)
{
    m_interval = qBound(1, seconds, 60);
    for (HostEntry *e : std::as_const(m_hostEntries)) {
        if (e->sampler)
            e->sampler->setIntervalSeconds(m_interval);
    }
    for (EngineMetrics *e : std::as_const(m_engineEntries))
        e->setIntervalSeconds(m_interval);
}

void MetricsCollector::setStatusIntervalSeconds(int seconds)
{
    m_statusInterval = qBound(1, seconds, 3600);
    for (HostEntry *e : std::as_const(m_hostEntries)) {
        e->checker->setIntervalSeconds(m_statusInterval);
    }
}

void MetricsCollector::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcMetrics) << "collecting every" << m_interval << "s";
    refreshTargets();
    m_compactTimer.start();
    m_refreshTimer.start();
    compact(); // what an earlier run left unfinished
}

void MetricsCollector::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_compactTimer.stop();
    m_refreshTimer.stop();
    qDeleteAll(m_hostEntries);
    m_hostEntries.clear();
    qDeleteAll(m_engineEntries);
    m_engineEntries.clear();
    qDeleteAll(m_ownFeeds);
    m_ownFeeds.clear();
    flush();
    // Every point is in the store before another process may take over.
    if (m_writer)
        m_writer->sync();
    Q_EMIT targetsChanged();
}

QStringList MetricsCollector::targets() const
{
    QStringList keys;
    for (const HostEntry *e : std::as_const(m_hostEntries))
        keys.append(Target::host(e->record.name).key());
    for (const QString &engine : m_engineEntries.keys()) {
        keys.append(Target::engineTarget(engine).key());
        // Containers come and go with the engine's inventory.
        if (const EngineMetrics *m = m_engineEntries.value(engine)) {
            for (const QString &name : m->containerNames())
                keys.append(Target::container(engine, name).key());
        }
    }
    keys.sort();
    return keys;
}

QString MetricsCollector::problem(const QString &targetKey) const
{
    const auto target = Target::fromKey(targetKey);
    if (!target || target->kind != TargetKind::Host)
        return {};
    const HostEntry *e = m_hostEntries.value(target->name);
    if (!e)
        return tr("%1 is not being collected.").arg(targetKey);
    if (e->sampler && !e->sampler->isStreaming())
        return e->sampler->problem();
    return e->checker->problem();
}

void MetricsCollector::refreshTargets()
{
    if (!m_running)
        return;
    const QStringList before = targets();
    syncHosts();
    syncEngines();
    if (targets() != before)
        Q_EMIT targetsChanged();
}

QHash<QString, MetricsCollector::HostRole> MetricsCollector::instanceRoles() const
{
    QHash<QString, HostRole> roles;
    if (!m_instances)
        return roles;
    const auto list = m_instances->instances();
    if (!list)
        return roles;
    for (const instances::InstanceRecord &r : *list) {
        HostRole role;
        role.statusOnly = r.kind == instances::InstanceKind::Container;
        // While it is made, stopped or failed, its status says enough.
        const auto blueprint = m_instances->blueprints().find(r.blueprintId);
        if (r.state == instances::InstanceState::Running && blueprint &&
            blueprint->health.kind != blueprints::HealthCheck::None)
            role.healthOf = r.name;
        if (role.statusOnly || !role.healthOf.isEmpty())
            roles.insert((r.hostName.isEmpty() ? r.name : r.hostName).toLower(), role);
    }
    return roles;
}

QFuture<instances::HealthAnswer> MetricsCollector::instanceHealth(const QString &instanceName)
{
    using instances::HealthAnswer;
    const auto answer = [](const QString &detail) {
        return QtFuture::makeReadyFuture(HealthAnswer{false, detail});
    };
    // Only instances get a health check (instanceRoles), so m_instances is
    // set. The newest record: the firewall may have moved the published port.
    auto found = m_instances->find(instanceName);
    if (!found)
        return answer(found.error());
    if (!found->has_value())
        return answer(tr("There is no instance named %1.").arg(instanceName));
    const instances::InstanceRecord &record = found->value();
    const auto blueprint = m_instances->blueprints().find(record.blueprintId);
    if (!blueprint)
        return answer(
            tr("The blueprint %1 is no longer in the catalogue.").arg(record.blueprintId));
    ssh::SshSession *session = nullptr;
    if (blueprint->health.kind == blueprints::HealthCheck::Command && m_hosts && m_connections) {
        auto host = m_hosts->find(record.hostName.isEmpty() ? record.name : record.hostName);
        if (host && host->has_value())
            session = m_connections->session(host->value());
    }
    auto target = instances::healthProbeTarget(record, blueprint->health, session);
    if (!target)
        return answer(target.error());
    return instances::probeOnce(*target, kHealthTimeoutMs);
}

void MetricsCollector::syncHosts()
{
    if (!m_hosts)
        return;
    const auto all = m_hosts->all();
    if (!all) {
        qCWarning(lcMetrics) << "cannot read the hosts:" << all.error();
        return; // keep what runs rather than stop everything on a hiccup
    }
    const QHash<QString, HostRole> roles = instanceRoles();
    QSet<QString> seen;
    for (const hosts::HostRecord &host : *all) {
        seen.insert(host.name);
        const HostRole role = roles.value(host.name.toLower());
        HostEntry *e = m_hostEntries.value(host.name);
        // A changed record, a replaced session or a changed role: start over.
        const bool stale = e && (!(e->record == host) || !(e->role == role) ||
                                 (!role.statusOnly && e->session != m_connections->session(host)));
        if (e && !stale)
            continue;
        if (stale)
            removeHost(host.name);
        addHost(host, role);
    }
    const QStringList known = m_hostEntries.keys();
    for (const QString &name : known) {
        if (!seen.contains(name))
            removeHost(name);
    }
}

void MetricsCollector::addHost(const hosts::HostRecord &host, const HostRole &role)
{
    auto *e = new HostEntry;
    e->record = host;
    e->role = role;
    const QString key = Target::host(host.name).key();
    e->checker = new StatusChecker(key, host.address, host.port);
    e->checker->setIntervalSeconds(m_statusInterval);
    if (!role.healthOf.isEmpty())
        e->checker->setHealthCheck([this, name = role.healthOf] { return instanceHealth(name); });
    connect(e->checker, &StatusChecker::checked, this, &MetricsCollector::collect);
    if (!role.statusOnly && m_connections) {
        e->session = m_connections->session(host);
        e->sampler = new HostSampler(key, e->session);
        e->sampler->setIntervalSeconds(m_interval);
        connect(e->sampler, &HostSampler::sampled, this, &MetricsCollector::collect);
        connect(e->sampler, &HostSampler::streamingChanged, this,
                [key](bool streaming, const QString &problem) {
                    if (streaming)
                        qCInfo(lcMetrics).noquote() << key << "streaming";
                    else
                        qCInfo(lcMetrics).noquote() << key << "not streaming:" << problem;
                });
        e->sampler->start();
    }
    e->checker->start();
    m_hostEntries.insert(host.name, e);
}

void MetricsCollector::removeHost(const QString &name)
{
    delete m_hostEntries.take(name);
}

void MetricsCollector::syncEngines()
{
    if (!m_engines)
        return;
    QSet<QString> seen;
    for (const engine::EngineEndpoint &endpoint : m_engines->engines()) {
        const QString name = endpoint.name;
        seen.insert(name);
        if (m_engineEntries.contains(name))
            continue;
        EngineFeed feed;
        if (m_feeds) {
            feed = m_feeds(name);
        } else if (engine::DockerClient *client = m_engines->client(name)) {
            auto *inventory = new containers::ContainerInventory(client);
            auto *sampler = new containers::StatsSampler(inventory, inventory);
            inventory->start();
            m_ownFeeds.insert(name, inventory);
            feed = {inventory, sampler};
        }
        if (!feed.inventory || !feed.sampler)
            continue;
        auto *metrics = new EngineMetrics(name, feed.inventory, feed.sampler);
        metrics->setIntervalSeconds(m_interval);
        connect(metrics, &EngineMetrics::sampled, this, &MetricsCollector::collect);
        metrics->start();
        m_engineEntries.insert(name, metrics);
    }
    const QStringList known = m_engineEntries.keys();
    for (const QString &name : known) {
        if (!seen.contains(name)) {
            delete m_engineEntries.take(name);
            delete m_ownFeeds.take(name);
        }
    }
}

void MetricsCollector::collect(const MetricBatch &batch)
{
    if (!m_running || batch.isEmpty())
        return;
    m_buffer.append(batch);
    if (m_buffer.size() > kMaxBuffered)
        m_buffer.remove(0, m_buffer.size() - kMaxBuffered);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MetricsCollector::flush()
{
    m_flushTimer.stop();
    if (m_buffer.isEmpty() || !m_writer)
        return;
    const MetricBatch batch = std::exchange(m_buffer, {});
    // Stored on the store's thread; `sampled` follows once it is there, so
    // whoever reads the store on it (alarms, charts) finds the points.
    m_writer->submit(
        tr("%n metric point(s)", nullptr, int(batch.size())),
        [batch](store::StoreWriteContext &c) { return c.resident<MetricStore>().append(batch); },
        this,
        [this, batch](const VoidResult &appended) {
            if (!appended && appended.kind() == ErrorKind::InvalidInput) {
                // The store kept what it could and named what it skipped; a
                // second try would skip the same. Said at most once a minute.
                if (!m_lastAppendFailureLog.isValid() || m_lastAppendFailureLog.hasExpired(60000)) {
                    qCWarning(lcMetrics).noquote()
                        << "storing" << batch.size() << "points:" << appended.error();
                    m_lastAppendFailureLog.start();
                }
            }
            Q_EMIT sampled(batch);
        });
}

void MetricsCollector::compact()
{
    if (!m_writer)
        return;
    flush();
    m_writer->submit(tr("metric compaction"), [](store::StoreWriteContext &c) {
        const VoidResult compacted =
            c.resident<MetricStore>().compact(QDateTime::currentMSecsSinceEpoch());
        if (!compacted)
            qCWarning(lcMetrics).noquote() << "cannot compact the metrics:" << compacted.error();
        return compacted;
    });
}

} // namespace sloop::metrics
