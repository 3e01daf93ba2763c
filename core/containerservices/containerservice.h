#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::containerservices {

// Lightsail's ContainerServiceHealthCheckConfig: how the public endpoint
// decides a copy of its container answers, with Lightsail's defaults.
struct HealthCheck
{
    int healthyThreshold = 2;   // 2–10 successes in a row
    int unhealthyThreshold = 2; // 2–10 failures in a row
    int timeoutSeconds = 2;     // 2–60
    int intervalSeconds = 5;    // 5–300
    QString path = QStringLiteral("/");
    QString successCodes = QStringLiteral("200-499"); // "200", "200,302", "200-299"

    bool operator==(const HealthCheck &) const = default;
};

struct Container
{
    QString name; // lower-case letters, digits and '-', as Lightsail's
    QString image;
    QStringList command;
    QMap<QString, QString> environment;
    QMap<int, QString> ports; // port → HTTP, HTTPS, TCP or UDP

    bool operator==(const Container &) const = default;
};

struct PublicEndpoint
{
    QString containerName;
    int containerPort = 0;
    HealthCheck healthCheck;

    bool operator==(const PublicEndpoint &) const = default;
};

// What a deployment runs: up to 10 containers, one of them public.
struct DeploymentSpec
{
    QList<Container> containers;
    std::optional<PublicEndpoint> publicEndpoint;

    const Container *container(const QString &name) const;
    bool operator==(const DeploymentSpec &) const = default;
};

// Lightsail's deployment states.
enum class DeploymentState
{
    Activating, // being started and checked
    Active,     // the one the endpoint serves
    Inactive,   // replaced by a later one
    Failed,     // never became healthy; the one before stayed
};

struct Deployment
{
    int version = 0;
    DeploymentState state = DeploymentState::Activating;
    qint64 createdMs = 0;
    DeploymentSpec spec;
    QString reason;        // why it failed
    qint64 deadlineMs = 0; // an ACTIVATING one past it was left by a process that ended

    bool stale(qint64 nowMs) const;
    bool operator==(const Deployment &) const = default;
};

// Lightsail's container service states.
enum class ServiceState
{
    Pending,   // being made
    Ready,     // made, nothing deployed (or every deployment failed)
    Deploying, // the first deployment is activating
    Running,   // a deployment is active
    Updating,  // a new deployment (or power or scale) on top of an active one
    Disabled,  // scaled to nothing by its owner
    Deleting,
};

// A container service: a power (each node's size and price) times a scale
// (how many nodes' worth of copies), on one engine's swarm, with its
// deployments (oldest first) and the port its public endpoint is served on.
struct ContainerService
{
    QString name;
    QString engine;
    QString power = QStringLiteral("nano");
    int scale = 1;
    quint16 port = 0;
    bool disabled = false;
    qint64 createdMs = 0;
    QList<Deployment> deployments;

    const Deployment *active() const;
    // The deployment being activated now; one whose deadline passed (its
    // process ended mid-way) is not, and the next deploy marks it FAILED.
    const Deployment *activating() const;
    QList<int> staleVersions() const;
    int nextVersion() const;
    ServiceState state() const;
    // http://127.0.0.1:PORT/ when a deployment has a public endpoint.
    QString url() const;
    bool operator==(const ContainerService &) const = default;
};

// Lightsail's limits.
constexpr int kMaxScale = 20;
constexpr int kMaxContainers = 10;
constexpr int kMaxDeploymentsKept = 50;

QString deploymentStateName(DeploymentState state); // ACTIVATING, ACTIVE…
QString serviceStateName(ServiceState state);       // READY, RUNNING…

// Lightsail's rule for service and container names: 1–63 lower-case
// letters, digits and '-', not starting or ending with '-'. Empty when fine.
QString checkName(const QString &name, const QString &what);
VoidResult validate(const DeploymentSpec &spec);
VoidResult validate(const HealthCheck &check);

// Whether `status` is one of `codes` ("200-499", "200,302").
bool successCode(const QString &codes, int status);

// The deployment as Lightsail's API shapes it ({"containers": {NAME: …},
// "publicEndpoint": {…}}); read back with the same names, so a file written
// for `aws lightsail create-container-service-deployment` reads here.
QByteArray deploymentSpecToJson(const DeploymentSpec &spec);
Result<DeploymentSpec> deploymentSpecFromJson(QByteArrayView json);

// The whole service (power, scale, deployments) as the store keeps it.
QByteArray definitionToJson(const ContainerService &service);
VoidResult definitionFromJson(QByteArrayView json, ContainerService &into);

} // namespace sloop::containerservices
