#pragma once

#include "swarmtypes.h"
#include "util/result.h"

#include <QByteArrayView>

namespace sloop::swarm {

// Docker's Swarm API in both directions: answers read into swarmtypes.h,
// request bodies made from them. A missing field reads as empty; an answer
// that is not JSON of the right shape is an error that says so.
Result<SwarmState> parseSwarmState(QByteArrayView infoBody); // GET /info
Result<JoinTokens> parseJoinTokens(QByteArrayView body);     // GET /swarm
Result<QList<SwarmNode>> parseNodes(QByteArrayView body);
Result<QList<ServiceSummary>> parseServices(QByteArrayView body);
Result<ServiceSummary> parseService(QByteArrayView body);
Result<QList<SwarmTask>> parseTasks(QByteArrayView body);
Result<QString> parseServiceCreated(QByteArrayView body); // the new service's id

QByteArray initBody(const QString &advertiseAddress);
QByteArray joinBody(const QString &managerAddress, const QString &token,
                    const QString &advertiseAddress);
QByteArray serviceSpecBody(const ServiceSpec &spec);
// The node's spec with another availability (active, pause, drain).
Result<QByteArray> nodeSpecWithAvailability(const QByteArray &spec, const QString &availability);

// Changes to a service's spec as the engine keeps it: fields not named
// here are sent back as they were.
struct ServiceChange
{
    std::optional<int> replicas;
    std::optional<QString> image;
    QStringList envAdd;       // NAME=value, replacing a NAME already set
    QStringList envRemove;    // NAME
    bool forceUpdate = false; // replace every task even when nothing else changed
    std::optional<UpdatePolicy> update;
    // Each task's CPU and memory, as both its limit and its reservation.
    std::optional<std::pair<double, qint64>> size; // vCPUs, bytes
};
Result<QByteArray> changedSpec(const QByteArray &spec, const ServiceChange &change);

// GET /secrets and /configs: what each is called and when it was made.
Result<QList<SwarmObject>> parseSwarmObjects(QByteArrayView body);
// The body of POST /secrets/create and /configs/create (the data base64).
QByteArray swarmObjectBody(const QString &name, const QByteArray &data,
                           const QMap<QString, QString> &labels);

// Swarm's own rule for names (a DNS label: letters, digits, '-', '_', '.',
// up to 63, starting with a letter or digit); empty when `name` is fine.
QString checkServiceName(const QString &name);

} // namespace sloop::swarm
