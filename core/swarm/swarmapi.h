#pragma once

#include "engine/dockerclient.h"
#include "swarmjson.h"
#include "swarmtypes.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace sloop::swarm {

// One log line of a service, from whichever node ran its task.
struct ServiceLogLine
{
    QString task; // "web.2"
    QString nodeId;
    QDateTime timestamp;
    QString text;
    bool stderrStream = false;
};

// Docker Swarm through one engine's API: the swarm this engine is in (or
// makes), its nodes, services and tasks. Swarm itself places and replaces
// tasks; Sloop asks and shows. Calls that read and then write (scale,
// update, drain) send the version they read, so a change made meanwhile by
// someone else is refused by the engine instead of undone.
//
// Thread-safety: the client's thread, like the client.
class SwarmApi
{
public:
    explicit SwarmApi(engine::DockerClient *client);

    engine::DockerClient *client() const { return m_client; }
    // Reads (state, nodes, services, tasks, secrets, configs) stay out of
    // the command log while they succeed: for pollers that ask every second.
    void setQuiet(bool quiet) { m_quiet = quiet; }

    QFuture<Result<SwarmState>> state();
    QFuture<Result<QString>> init(const QString &advertiseAddress = {}); // the node id
    QFuture<Result<JoinTokens>> joinTokens();
    QFuture<VoidResult> join(const QString &managerAddress, const QString &token,
                             const QString &advertiseAddress = {});
    QFuture<VoidResult> leave(bool force);

    QFuture<Result<QList<SwarmNode>>> nodes();
    // active, pause or drain; a drained node's tasks move to the others.
    QFuture<VoidResult> setAvailability(const QString &nodeIdOrName, const QString &availability);
    QFuture<VoidResult> removeNode(const QString &nodeIdOrName, bool force);

    QFuture<Result<QList<ServiceSummary>>> services();
    QFuture<Result<ServiceSummary>> service(const QString &nameOrId);
    QFuture<Result<QString>> createService(const ServiceSpec &spec); // the service id
    QFuture<VoidResult> updateService(const QString &nameOrId, const ServiceChange &change);
    QFuture<VoidResult> scale(const QString &nameOrId, int replicas);
    // Back to the spec before the last update (docker service rollback).
    QFuture<VoidResult> rollback(const QString &nameOrId);
    QFuture<VoidResult> removeService(const QString &nameOrId);
    // A service's tasks, newest first within a slot; with `all` the ones
    // that ended too.
    QFuture<Result<QList<SwarmTask>>> tasks(const QString &service, bool all = true);
    // The tasks of several services (names or ids) in one call, ended ones too.
    QFuture<Result<QList<SwarmTask>>> tasksOf(const QStringList &services);
    // The last `tail` lines of every task, merged by time across nodes.
    QFuture<Result<QList<ServiceLogLine>>> logs(const QString &nameOrId, int tail = 200);

    // Swarm's secrets and configs: listed by name (never their data), made
    // from bytes (up to 500 KB; the command log never sees bodies), removed
    // (the engine refuses while a service uses one).
    QFuture<Result<QList<SwarmObject>>> secrets() { return objects("secrets"); }
    QFuture<Result<QList<SwarmObject>>> configs() { return objects("configs"); }
    QFuture<Result<QString>> createSecret(const QString &name, const QByteArray &data,
                                          const QMap<QString, QString> &labels = {})
    {
        return createObject("secrets", name, data, labels);
    }
    QFuture<Result<QString>> createConfig(const QString &name, const QByteArray &data,
                                          const QMap<QString, QString> &labels = {})
    {
        return createObject("configs", name, data, labels);
    }
    QFuture<VoidResult> removeSecret(const QString &nameOrId)
    {
        return removeObject("secrets", nameOrId);
    }
    QFuture<VoidResult> removeConfig(const QString &nameOrId)
    {
        return removeObject("configs", nameOrId);
    }

private:
    QFuture<Result<QList<SwarmObject>>> objects(const QByteArray &kind);
    QFuture<Result<QString>> createObject(const QByteArray &kind, const QString &name,
                                          const QByteArray &data,
                                          const QMap<QString, QString> &labels);
    QFuture<VoidResult> removeObject(const QByteArray &kind, const QString &nameOrId);
    // Reads the service, applies `change` to its spec and sends it back with
    // the version it read; `query` goes on the update call.
    QFuture<VoidResult> changeService(const QString &nameOrId, const ServiceChange &change,
                                      const QByteArray &query = {});

    http::HttpRequest quiet(http::HttpRequest r) const;

    QPointer<engine::DockerClient> m_client;
    bool m_quiet = false;
};

// Joins `joiner` to the swarm `manager` leads, as a worker or a manager:
// the manager's address and token are read from it and given to the
// joiner; the token is never logged (the command log has no bodies).
QFuture<VoidResult> joinSwarm(engine::DockerClient *manager, engine::DockerClient *joiner,
                              bool asManager, const QString &advertiseAddress = {});

// The merged log of a service's tasks from Docker's multiplexed stream with
// details (node and task ids before each line) and timestamps.
QList<ServiceLogLine> parseServiceLogs(QByteArrayView body, const QString &serviceName,
                                       const QList<SwarmTask> &tasks);

} // namespace sloop::swarm
