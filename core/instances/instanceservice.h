#pragma once

#include "flowhost.h"
#include "instanceoperation.h"
#include "instancerecord.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>
#include <memory>

namespace sloop {
class CommandLog;
}
namespace sloop::store {
class Database;
}
namespace sloop::engine {
class EngineManager;
struct ContainerDetails;
} // namespace sloop::engine
namespace sloop::hosts {
class HostConnections;
class HostRepository;
struct HostRecord;
} // namespace sloop::hosts
namespace sloop::blueprints {
class BlueprintCatalog;
}
namespace sloop::pricing {
struct PriceCatalog;
class CostRepository;
} // namespace sloop::pricing

namespace sloop::instances {

class InstanceRepository;
class OperationLease;
class SnapshotRepository;
class SystemContainers;

// What the create-instance wizard (or `sloop instances create`) asks for.
struct CreateRequest
{
    QString name; // with count > 1: name-1, name-2, ...
    InstanceKind kind = InstanceKind::Container;
    QString location; // engine name (Container) or SSH host name (Server)
    QString blueprintId;
    QString planId;
    // The optional launch script, run after the blueprint: #cloud-config
    // user-data, or a script starting with "#!" run as one step.
    QByteArray launchScript;
    // Empty: a new ed25519 key pair is made for the instance.
    QString keyFile;
    QStringList tags;
    QString image; // Container: empty takes defaultImage()
    int count = 1;
};

// Instances: records in the store, the engines and SSH hosts they live on,
// and the long actions on them (create, retry, snapshot, restore, firewall,
// delete), each shown as an InstanceOperation. Lives in the control plane, so the
// window and the CLI drive the same code.
//
// Thread-safety: use on the thread that made it (the store's).
class InstanceService : public QObject, private FlowHost
{
    Q_OBJECT
public:
    InstanceService(store::Database &db, engine::EngineManager *engines,
                    hosts::HostConnections *connections, hosts::HostRepository *hosts,
                    CommandLog *log, QObject *parent = nullptr);
    ~InstanceService() override;

    blueprints::BlueprintCatalog &blueprints() { return *m_blueprints; }
    const pricing::PriceCatalog &plans() const { return *m_plans; }
    InstanceRepository &repository() { return *m_instances; }
    SnapshotRepository &snapshots() { return *m_snapshots; }
    pricing::CostRepository &costs() { return *m_costs; }
    engine::EngineManager *engines() const { return m_engines; }
    hosts::HostRepository *hosts() const { return m_hosts; }

    // The image container instances start from unless the request names
    // one: SLOOP_INSTANCE_IMAGE, else "debian:bookworm".
    static QString defaultImage();
    // Where generated key pairs are kept (0700): dataDir/keys.
    static QString keysDir();

    Result<QList<InstanceRecord>> instances();
    Result<std::optional<InstanceRecord>> find(const QString &name);

    // Checks everything first (names free, blueprint and plan known, plan not
    // below the blueprint's minimum, launch script valid, location usable):
    // nothing is made when anything is wrong. Then one job per instance.
    Result<QList<InstanceOperation *>> create(const CreateRequest &request);
    // Resumes a failed instance at the step that failed.
    Result<InstanceOperation *> retry(const QString &name);
    // The running job of an instance, if any.
    InstanceOperation *operation(const QString &name) const;
    // A container instance's disk use as its engine measures it (sizeRw:
    // what it wrote; sizeRootFs: that and its image). overlay2 enforces no
    // size, so the plan's disk is a figure to compare with, not a limit.
    QFuture<Result<engine::ContainerDetails>> measureDisk(const InstanceRecord &record);
    // The last job that ended for the instance (kept until the next starts).
    InstanceOperation *lastJob(const QString &name) const
    {
        return m_finished.value(name.toLower());
    }

    Result<InstanceOperation *> start(const QString &name);
    Result<InstanceOperation *> stop(const QString &name);
    Result<InstanceOperation *> reboot(const QString &name);
    // Removes the container (or leaves the server alone, removing only what
    // Sloop recorded), the login host record and the known_hosts entry.
    Result<InstanceOperation *> remove(const QString &name);
    VoidResult setTags(const QString &name, const QStringList &tags);
    // Daily automatic snapshots on or off; the record as stored.
    Result<InstanceRecord> setAutoSnapshot(const QString &name, bool on);

    // Firewall: published ports on container instances (the container is
    // re-made from a commit with the new ports), nftables on servers.
    Result<InstanceOperation *> setFirewall(const QString &name, const QList<FirewallRule> &rules);

    // Snapshots: a commit of a container instance; an archive of `paths`
    // over SFTP for a server.
    Result<InstanceOperation *> snapshot(const QString &instance, const QString &snapshotName,
                                         const QStringList &paths = {}, bool automatic = false);
    // A new instance from a snapshot (container: the committed image, no
    // provisioning; server archive: unpacked onto `targetHost`).
    Result<InstanceOperation *> restoreSnapshot(const QString &snapshotName, const QString &newName,
                                                const QString &targetHost = {});
    Result<InstanceOperation *> deleteSnapshot(const QString &snapshotName);
    // Daily automatic snapshots for instances that ask for them, keeping
    // the last kAutoSnapshotsKept; call from a timer (the control plane does).
    void runAutomaticSnapshots();
    static constexpr int kAutoSnapshotsKept = 7;

Q_SIGNALS:
    void instancesChanged();
    void instanceChanged(const QString &name);
    void operationStarted(sloop::instances::InstanceOperation *job);

private:
    void adoptInstanceKeys();
    void settleInterrupted();
    // FlowHost: what CreationFlow drives an operation with.
    QObject *flowOwner() override { return this; }
    engine::EngineManager *flowEngines() const override { return m_engines; }
    hosts::HostRepository *flowHosts() const override { return m_hosts; }
    hosts::HostConnections *connections() const override { return m_connections; }
    SystemContainers *containersOn(const QString &engineName) override;
    QString knownHostsFile() const override;
    Result<hosts::HostRecord> ensureLoginHost(const InstanceRecord &record) override;
    Result<InstanceRecord> saveRecord(const InstanceRecord &record) override;
    void finishOperation(InstanceOperation *job, const QString &error) override;

    InstanceOperation *newOperation(const QString &instance, const QString &action);
    // The stored record, or NotFound.
    Result<InstanceRecord> existing(const QString &name);
    void recordEvent(const QString &name, const QString &action, bool ok, const QString &log);
    Result<InstanceOperation *> containerAction(const QString &name, const QString &action);
    VoidResult checkName(const QString &name, InstanceKind kind, const QString &location);

    store::Database &m_db;
    engine::EngineManager *m_engines;
    hosts::HostConnections *m_connections;
    hosts::HostRepository *m_hosts;
    CommandLog *m_log;
    std::unique_ptr<blueprints::BlueprintCatalog> m_blueprints;
    std::unique_ptr<pricing::PriceCatalog> m_plans;
    std::unique_ptr<InstanceRepository> m_instances;
    std::unique_ptr<SnapshotRepository> m_snapshots;
    std::unique_ptr<pricing::CostRepository> m_costs;
    QHash<QString, QPointer<InstanceOperation>> m_jobs;      // by lower-case name
    QHash<QString, QPointer<InstanceOperation>> m_finished;  // the last job that ended, by name
    QHash<QString, QPointer<SystemContainers>> m_containers; // by engine name
    // Held while an operation runs, by lower-case name (OperationLease).
    std::map<QString, std::unique_ptr<OperationLease>> m_leases;
};

} // namespace sloop::instances
