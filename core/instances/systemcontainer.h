#pragma once

#include "engine/dockerclient.h"
#include "engine/dockertypes.h"
#include "hostports.h"
#include "portmapping.h"
#include "util/result.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::instances {

// A system container: an instance that lives on a Docker engine as a Debian
// or Ubuntu container running a small init (resources/instances/
// sloop-init.sh) and sshd, with its plan's limits, the person's key and its
// own published ports. Sloop then reaches it over SSH like any host.

struct SystemContainerSpec
{
    QString name; // the container's name (Docker's rule, at most 63 characters)
    QString image = QStringLiteral("debian:bookworm"); // must be on the engine
    QString hostname;                                  // empty: made from the name
    int vcpus = 0; // 0: no limit; more than the engine has is capped (see notes)
    int memoryMiB = 0;
    int pidsLimit = 0;     // 0: no limit
    QString authorizedKey; // root's key, "ssh-ed25519 AAAA... comment"
    // Published ports; 22/tcp is added (hostPort 0) when missing. hostPort 0
    // lets Sloop choose a free, stable one.
    QList<PortMapping> ports;
    QMap<QString, QString> labels; // extra labels; keys starting "sloop." are Sloop's
};

struct SystemContainer
{
    QString id;
    QString name;
    QString image; // what it runs: the base image, or a snapshot after a recreate
    QString hostname;
    QString state;            // the engine's: created, running, exited, ...
    QList<PortMapping> ports; // with the host ports chosen
    double cpus = 0;          // the limit set (0: none)
    qint64 memoryBytes = 0;
    qint64 pidsLimit = 0;
    QMap<QString, QString> labels;
    QStringList notes; // things the person should know ("CPU limit capped at 2")

    // The 22/tcp mapping: what Sloop dials, on the engine's machine.
    std::optional<PortMapping> sshMapping() const;
    quint16 sshPort() const;
    // The address to dial on the engine's machine: the SSH mapping's host
    // address, or 127.0.0.1 when it is published on every address.
    QString sshAddress() const;
};

struct SystemContainerOptions
{
    PortRange ports;
    // The engine runs on this machine: try binding a port before choosing it
    // (the engine only shows the ports of its own containers). Turn off for
    // an engine reached over SSH, where a local bind says nothing.
    bool probeLocalPorts = true;
    int stopTimeoutSeconds = 10;
};

// Labels Sloop puts on every system container.
inline constexpr const char *kInstanceLabel = "sloop.instance"; // the container's name
inline constexpr const char *kKindLabel = "sloop.kind";         // "system-container"
inline constexpr const char *kKindValue = "system-container";
inline constexpr const char *kPortsLabel = "sloop.ports";          // encodePortMappings()
inline constexpr const char *kBaseImageLabel = "sloop.base-image"; // the image first asked for
inline constexpr const char *kRecreateImageLabel = "sloop.recreate-image"; // repo:tag it runs

// Docker's container-name rule ([a-zA-Z0-9][a-zA-Z0-9_.-]+), at most 63
// characters so it can be a label value and a host name's base.
VoidResult validateContainerName(const QString &name);
// RFC 1123 host name: dot-separated labels of letters, digits and '-'.
VoidResult validateHostname(const QString &hostname);
// One OpenSSH public key line, no line breaks.
VoidResult validateAuthorizedKey(const QString &key);
// "web_1.test" → "web-1-test": a host name made from a container name.
QString hostnameFor(const QString &name);

// Creates and runs system containers on one engine. Every call returns a
// future that finishes on the engine's worker or this object's thread;
// attach continuations with a context object. Nothing here blocks: the
// steps are chained engine calls. Call from the thread that made the object
// (the engine client's thread).
class SystemContainers : public QObject
{
    Q_OBJECT
public:
    explicit SystemContainers(engine::DockerClient *client, SystemContainerOptions options = {},
                              QObject *parent = nullptr);

    engine::DockerClient *client() const { return m_client; }
    const SystemContainerOptions &options() const { return m_options; }

    // Validates, chooses host ports, creates the container (HostConfig.Init,
    // limits, labels), copies sloop-init into it and starts it. A container
    // that cannot start is removed again. SSH is up a moment later:
    // waitForSsh(result.sshAddress(), result.sshPort()).
    QFuture<Result<SystemContainer>> create(const SystemContainerSpec &spec);

    // The container's ed25519 host key line ("ssh-ed25519 AAAA..."), waiting
    // up to timeoutMs for sloop-init to make it on first boot. Read through
    // the engine, so trustHostKey() can file it without trusting the network.
    QFuture<Result<QString>> hostKey(const QString &id, int timeoutMs = 10000);

    QFuture<Result<SystemContainer>> inspect(const QString &idOrName);
    QFuture<VoidResult> start(const QString &id);
    // sloop-init stops the services and sshd and exits 0 on SIGTERM; after
    // the options' timeout the engine kills it.
    QFuture<VoidResult> stop(const QString &id);
    QFuture<VoidResult> restart(const QString &id);
    QFuture<VoidResult> remove(const QString &id); // forced: a running one goes too

    // A snapshot: the container's file system as repo:tag. Returns the image id.
    QFuture<Result<QString>> commit(const QString &id, const QString &repo, const QString &tag);

    // Publishes other ports (a firewall change): the engine cannot change a
    // container's ports, so the container is committed, and a new one with
    // the same name, labels and limits made from that image. Ports whose
    // hostPort is 0 keep the host port they had, or get a new free one. The
    // old container is removed only once the new one runs; on failure it is
    // put back as it was. Returns the new container (a new id).
    QFuture<Result<SystemContainer>> recreate(const QString &id, const QList<PortMapping> &ports);

    // The init script, as the container runs it (from :/sloop/instances).
    static QByteArray initScript();
    static constexpr const char *kInitPath = "/usr/local/sbin/sloop-init";

private:
    struct Facts
    {
        int cpus = 0; // the engine's; 0 when it did not say
        QList<engine::ContainerSummary> containers;
    };
    struct Plan
    {
        engine::ContainerSpec spec;
        QList<PortMapping> ports;
        QStringList notes;
        bool start = true;
    };
    QFuture<Result<Facts>> gatherFacts();
    Result<QList<PortMapping>> choosePorts(const QString &name, const QList<PortMapping> &wanted,
                                           const Facts &facts, const QString &ignoreContainer,
                                           const QList<PortMapping> &own);
    QFuture<Result<QString>> createAndStart(const Plan &plan);
    void release(const QList<PortMapping> &ports);

    QPointer<engine::DockerClient> m_client;
    SystemContainerOptions m_options;
    int m_engineCpus = 0;     // from /info, asked once
    QSet<QString> m_reserved; // host ports of creates in flight (portKey)
};

SystemContainer systemContainerFrom(const engine::ContainerDetails &details);

} // namespace sloop::instances
