#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::swarm {

// Where one engine stands in Docker Swarm (GET /info's "Swarm").
struct SwarmState
{
    QString localState; // inactive, pending, active, error, locked
    QString nodeId;
    QString nodeAddress;        // the address other nodes reach this one at
    bool manager = false;       // ControlAvailable: this engine answers swarm calls
    QString clusterId;          // empty on a worker
    int nodes = 0;              // managers only
    int managers = 0;           // managers only
    QStringList remoteManagers; // "addr:port" of the managers this node knows
    QString error;

    bool active() const { return localState == QLatin1String("active"); }
};

struct SwarmNode
{
    QString id;
    QString hostname;
    QString role;         // manager, worker
    QString availability; // active, pause, drain
    QString state;        // ready, down, unknown, disconnected
    QString address;
    QString managerReachability; // reachable, unreachable; empty on workers
    bool leader = false;
    QString engineVersion;
    qint64 nanoCpus = 0;
    qint64 memoryBytes = 0;
    QMap<QString, QString> labels;
    quint64 version = 0; // for updates (optimistic concurrency)
    QByteArray spec;     // the node's Spec as the engine keeps it

    bool operator==(const SwarmNode &) const = default;
};

struct PublishedPort
{
    int published = 0; // on the nodes; 0 = the swarm picks one
    int target = 0;    // in the container
    QString protocol = QStringLiteral("tcp");
    QString mode = QStringLiteral("ingress"); // ingress (routing mesh) or host

    bool operator==(const PublishedPort &) const = default;
};

// Swarm's UpdateConfig and RollbackConfig: how tasks are replaced.
struct UpdatePolicy
{
    int parallelism = 1;
    qint64 delayMs = 0;
    QString failureAction = QStringLiteral("pause"); // pause, continue, rollback
    qint64 monitorMs = 5000;                         // watch each new task this long
    double maxFailureRatio = 0;
    QString order = QStringLiteral("stop-first"); // or start-first
};

struct HealthCheck
{
    QStringList test; // ["CMD-SHELL", "wget -q -O- localhost:80"] or ["CMD", ...]
    qint64 intervalMs = 5000;
    qint64 timeoutMs = 3000;
    qint64 startPeriodMs = 0;
    int retries = 3;
};

struct MountSpec
{
    QString type = QStringLiteral("volume"); // volume, bind, tmpfs
    QString source;
    QString target;
    bool readOnly = false;
};

// A service's place on an overlay network, with the names it answers to there.
struct NetworkAttachment
{
    QString target; // network name or id
    QStringList aliases;
};

// A secret or config given to a service's tasks: a file at `target` (a
// secret: /run/secrets/TARGET; a config: TARGET, "/NAME" unless said).
struct SwarmFileRef
{
    QString name;
    QString target; // empty: the default place
    QString id;     // filled in before the service is sent

    bool operator==(const SwarmFileRef &) const = default;
};

// A Swarm secret or config as the engine lists it (never its data).
struct SwarmObject
{
    QString id;
    QString name;
    QDateTime created;
    QDateTime updated;
    QMap<QString, QString> labels;

    bool operator==(const SwarmObject &) const = default;
};

// What a person asks for when making a service (docker service create).
struct ServiceSpec
{
    QString name;
    QString image;
    QStringList command; // replaces the image's CMD (Args)
    QStringList env;     // NAME=value
    bool global = false; // one task per node instead of `replicas`
    bool job = false;    // runs `replicas` tasks to completion (a replicated job)
    int replicas = 1;
    QList<PublishedPort> ports;
    QList<MountSpec> mounts;
    double cpuLimit = 0; // vCPUs; 0 = none
    qint64 memoryLimit = 0;
    double cpuReservation = 0;
    qint64 memoryReservation = 0;
    QStringList constraints;                          // node.role==worker, node.labels.zone==a
    QStringList preferences;                          // spread=node.labels.zone
    QString restartCondition = QStringLiteral("any"); // none, on-failure, any
    int restartMaxAttempts = 0;                       // 0 = no limit
    std::optional<HealthCheck> health;
    UpdatePolicy update;
    UpdatePolicy rollback;
    QMap<QString, QString> labels;          // the service's
    QMap<QString, QString> containerLabels; // its tasks' containers'
    QStringList entrypoint;                 // replaces the image's ENTRYPOINT
    QString workingDir;
    QString user;
    QList<NetworkAttachment> networks;
    QList<SwarmFileRef> secrets;
    QList<SwarmFileRef> configs;
    QString stopSignal;                // empty: the image's (SIGTERM)
    std::optional<qint64> stopGraceMs; // before SIGKILL; none: Swarm's 10 s
};

struct ServiceSummary
{
    QString id;
    QString name;
    QString image; // without the digest the engine pins
    QString mode;  // replicated, global
    int desired = 0;
    int running = 0;
    QList<PublishedPort> ports;
    QString updateState; // updating, paused, completed, rollback_started, rollback_completed…
    QString updateMessage;
    QDateTime updateStarted; // the last update's (or rollback's) start
    QDateTime created;
    QDateTime updated;
    quint64 version = 0;
    QByteArray spec; // the service's Spec as the engine keeps it (for updates)
    bool hasPreviousSpec = false;
    QMap<QString, QString> labels;

    bool operator==(const ServiceSummary &) const = default;
};

struct SwarmTask
{
    QString id;
    QString serviceId;
    QString nodeId;
    int slot = 0;
    QString desiredState; // running, shutdown…
    QString state;        // new, pending, assigned, preparing, starting, running, complete, failed,
                          // shutdown, rejected…
    QString message;
    QString error;
    QString containerId;
    int exitCode = 0;
    QDateTime timestamp;
    QString image;
    QList<PublishedPort> ports; // host-mode ports: where this task answers on its node

    bool operator==(const SwarmTask &) const = default;
};

struct JoinTokens
{
    QString worker;
    QString manager;
};

} // namespace sloop::swarm
