#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::engine {

struct PortBinding
{
    QString ip;          // host address, empty when not published
    int privatePort = 0; // inside the container
    int publicPort = 0;  // on the host, 0 when not published
    QString protocol;    // tcp, udp, sctp

    bool operator==(const PortBinding &) const = default;
};

struct ContainerSummary
{
    QString id;
    QString name; // without the leading slash
    QString image;
    QString imageId;
    QString command;
    QDateTime created;
    QString state;  // created, running, paused, restarting, removing, exited, dead
    QString status; // "Up 5 minutes", "Exited (0) 2 hours ago"
    QList<PortBinding> ports;
    QMap<QString, QString> labels;

    QString composeProject() const
    {
        return labels.value(QStringLiteral("com.docker.compose.project"));
    }
    bool operator==(const ContainerSummary &) const = default;
};

struct MountInfo
{
    QString type; // bind, volume, tmpfs
    QString source;
    QString destination;
    QString mode;
    bool readWrite = true;
};

struct ContainerDetails
{
    ContainerSummary summary;
    QString hostname;
    QStringList env; // KEY=VALUE, as the engine keeps them
    QStringList cmd;
    QStringList entrypoint;
    QString workingDir;
    QString user;
    bool tty = false;
    QString restartPolicy;
    int restartCount = 0;
    int exitCode = 0;
    int pid = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;
    qint64 memoryLimit = 0; // bytes, 0 = none
    qint64 nanoCpus = 0;
    qint64 pidsLimit = 0; // 0 = none
    bool init = false;    // the engine's init (tini) is PID 1
    // HostConfig.PortBindings: what was asked for, kept while the container
    // is stopped (summary.ports only lists the bindings of a running one).
    QList<PortBinding> configuredPorts;
    QList<MountInfo> mounts;
    QMap<QString, QString> networks; // name -> IP address
    // Asked for with inspectContainer(id, true): what the container wrote
    // (its writable layer) and that plus its image's layers, in bytes.
    std::optional<qint64> sizeRw, sizeRootFs;
    QByteArray rawJson; // the engine's answer, pretty printed
};

struct ImageSummary
{
    QString id;
    QStringList repoTags;
    QDateTime created;
    qint64 size = 0;
    int containers = -1; // -1 when the engine did not count
    bool operator==(const ImageSummary &) const = default;
};

struct VolumeSummary
{
    QString name;
    QString driver;
    QString mountpoint;
    QDateTime created;
    QMap<QString, QString> labels;
    bool operator==(const VolumeSummary &) const = default;
};

struct NetworkSummary
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    QStringList subnets;
    QStringList gateways; // the engine's own address on it, per subnet
    bool internal = false;
    bool operator==(const NetworkSummary &) const = default;
};

struct EngineInfo
{
    QString product; // "Docker Engine", "Podman Engine"
    QString version;
    QString apiVersion;    // what the server speaks
    QString minApiVersion; // the oldest it accepts
    QString negotiated;    // what Sloop uses
    QString os;
    QString arch;
    QString kernel;
};

// GET /info, reduced to what sizing an instance needs.
struct EngineSystemInfo
{
    QString name; // the engine host's name
    QString operatingSystem;
    int cpus = 0;
    qint64 memoryBytes = 0;
    QString initBinary; // "docker-init" when HostConfig.Init can work; Podman: empty
};

struct EngineEvent
{
    QString type;   // container, image, volume, network
    QString action; // create, start, die, destroy, ...
    QString id;
    QMap<QString, QString> attributes;
    qint64 timeNano = 0;
};

// One sample of the engine's stats for a container, already reduced to what
// the docker CLI shows. Counters stay raw so a sampler can take deltas.
struct StatsSample
{
    QString id;
    QDateTime read;
    quint64 cpuTotal = 0;  // ns of CPU used by the container
    quint64 systemCpu = 0; // ns of CPU of the whole host
    int onlineCpus = 0;
    double cpuPercent = -1;  // -1 until two samples are known
    quint64 memoryUsage = 0; // minus page cache, as `docker stats`
    quint64 memoryLimit = 0;
    double memoryPercent = 0;
    quint64 netRx = 0;
    quint64 netTx = 0;
    quint64 blockRead = 0;
    quint64 blockWrite = 0;
    quint64 pids = 0;
};

struct PortSpec
{
    int hostPort = 0; // 0 lets the engine choose
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp");
    QString hostIp;
};

struct VolumeSpec
{
    QString source; // a host path (bind) or a volume name
    QString target;
    bool readOnly = false;
};

// What the Run dialog and `sloop containers run` ask the engine to create.
struct ContainerSpec
{
    QString image;
    QString name;
    QStringList command; // argv; empty = the image's default
    // Replaces the image's ENTRYPOINT when set (the image's own would run
    // the command as its arguments).
    QStringList entrypoint;
    QList<PortSpec> ports;
    QStringList env; // KEY=VALUE
    QList<VolumeSpec> volumes;
    QString restartPolicy = QStringLiteral("no"); // no, always, unless-stopped, on-failure
    double cpus = 0;                              // 0 = no limit
    qint64 memoryBytes = 0;                       // 0 = no limit
    QMap<QString, QString> labels;
    bool tty = false;
    bool interactive = false;
    // With interactive: stdin closes when the attached client goes (an
    // environment's agent then ends with Sloop).
    bool stdinOnce = false;
    QString hostname;     // empty: the engine's (the short container id)
    bool init = false;    // HostConfig.Init: the engine's init (tini) as PID 1 reaps zombies
    qint64 pidsLimit = 0; // 0 = no limit
    // A sandbox (function environments): what the process may do.
    QString user;                // "65534:65534"; empty: the image's
    bool readOnlyRootfs = false; // HostConfig.ReadonlyRootfs
    // mount point -> options ("size=512m,uid=65534,gid=65534": the engine
    // copies the image's folder mode over a "mode=" option)
    QMap<QString, QString> tmpfs;
    QStringList capDrop;          // "ALL"
    bool noNewPrivileges = false; // SecurityOpt no-new-privileges
    bool networkDisabled = false; // no network at all
    QString networkMode;          // "bridge", a user network; empty: the engine's
    QString workingDir;
};

// What a finished exec wrote and how it ended (DockerClient::execCollect).
struct ExecOutput
{
    QByteArray stdOut;
    QByteArray stdErr;
    int exitCode = -1;
};

// GET /exec/{id}/json, reduced to what a caller waits for.
struct ExecStatus
{
    bool running = false;
    int exitCode = -1; // -1 while running or when the engine did not say
};

struct PullProgress
{
    QString id; // layer
    QString status;
    qint64 current = 0;
    qint64 total = 0;
};

} // namespace sloop::engine

Q_DECLARE_METATYPE(sloop::engine::ContainerSummary)
Q_DECLARE_METATYPE(sloop::engine::EngineEvent)
Q_DECLARE_METATYPE(sloop::engine::StatsSample)
