#include "systemcontainer.h"

#include "engine/dockerclient.h"
#include "engine/tarwriter.h"
#include "instanceslogging.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>

namespace sloop::instances {

using engine::ContainerDetails;
using engine::ContainerSummary;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

constexpr qint64 kMiB = 1024 * 1024;

const QString &runningState()
{
    static const QString s = QStringLiteral("running");
    return s;
}

QList<engine::PortSpec> portSpecs(const QList<PortMapping> &mappings)
{
    QList<engine::PortSpec> out;
    for (const PortMapping &m : mappings)
        out.append({m.hostPort, m.containerPort, m.protocol, m.hostIp});
    return out;
}

bool samePort(const PortMapping &a, const PortMapping &b)
{
    return a.containerPort == b.containerPort && a.protocol == b.protocol;
}

QList<PortMapping> withSsh(QList<PortMapping> ports)
{
    const PortMapping ssh{22, 0, QStringLiteral("tcp"), {}};
    for (const PortMapping &m : std::as_const(ports)) {
        if (samePort(m, ssh))
            return ports;
    }
    ports.prepend(ssh);
    return ports;
}

QByteArray blobType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length == 0 || length > 64 || qsizetype(length) + 4 > blob.size())
        return {};
    return blob.mid(4, qsizetype(length));
}

// The owner's view of a port list: "22/tcp → 127.0.0.1:20022".
QString describePorts(const QList<PortMapping> &ports)
{
    return encodePortMappings(ports);
}

} // namespace

std::optional<PortMapping> SystemContainer::sshMapping() const
{
    for (const PortMapping &m : ports) {
        if (m.containerPort == 22 && m.protocol == QLatin1String("tcp"))
            return m;
    }
    return std::nullopt;
}

quint16 SystemContainer::sshPort() const
{
    const auto m = sshMapping();
    return m ? quint16(m->hostPort) : quint16(0);
}

QString SystemContainer::sshAddress() const
{
    const auto m = sshMapping();
    if (!m || m->hostIp.isEmpty() || m->hostIp == QLatin1String("0.0.0.0"))
        return QStringLiteral("127.0.0.1");
    if (m->hostIp == QLatin1String("::"))
        return QStringLiteral("::1");
    return m->hostIp;
}

VoidResult validateContainerName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,62}$"));
    if (!rule.match(name).hasMatch())
        return VoidResult::failure(
            SystemContainers::tr("\"%1\" cannot be a container name: use 2 to 63 letters, digits, "
                                 "'_', '.' or '-', starting with a letter or digit.")
                .arg(name.left(80)));
    return {};
}

VoidResult validateHostname(const QString &hostname)
{
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    bool ok = !hostname.isEmpty() && hostname.size() <= 63;
    for (const QString &part : hostname.split(QLatin1Char('.')))
        ok = ok && label.match(part).hasMatch();
    if (!ok)
        return VoidResult::failure(
            SystemContainers::tr("\"%1\" cannot be a host name: use letters, digits and '-' "
                                 "(dots between parts), at most 63 characters.")
                .arg(hostname.left(80)));
    return {};
}

VoidResult validateAuthorizedKey(const QString &key)
{
    static const QRegularExpression type(
        QStringLiteral("^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|"
                       "sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    const QStringList fields = key.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool ok =
        !key.contains(QLatin1Char('\n')) && !key.contains(QLatin1Char('\r')) &&
        !key.contains(QChar(0)) && fields.size() >= 2 && type.match(fields.at(0)).hasMatch() &&
        base64.match(fields.at(1)).hasMatch() &&
        blobType(QByteArray::fromBase64(fields.at(1).toLatin1())) == fields.at(0).toLatin1();
    if (!ok)
        return VoidResult::failure(SystemContainers::tr(
            "The SSH key is not one OpenSSH public key line (\"ssh-ed25519 AAAA... comment\")."));
    return {};
}

QString hostnameFor(const QString &name)
{
    QString h = name.toLower();
    h.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]")), QStringLiteral("-"));
    h = h.left(63);
    while (h.startsWith(QLatin1Char('-')))
        h.remove(0, 1);
    while (h.endsWith(QLatin1Char('-')))
        h.chop(1);
    return h.isEmpty() ? QStringLiteral("instance") : h;
}

SystemContainer systemContainerFrom(const ContainerDetails &d)
{
    SystemContainer c;
    c.id = d.summary.id;
    c.name = d.summary.name;
    c.image = d.summary.image;
    c.hostname = d.hostname;
    c.state = d.summary.state;
    c.labels = d.summary.labels;
    c.cpus = d.nanoCpus / 1e9;
    c.memoryBytes = d.memoryLimit;
    c.pidsLimit = d.pidsLimit;
    for (const engine::PortBinding &b : d.configuredPorts)
        c.ports.append({b.privatePort, b.publicPort, b.protocol, b.ip});
    return c;
}

SystemContainers::SystemContainers(engine::DockerClient *client, SystemContainerOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

QByteArray SystemContainers::initScript()
{
    static const QByteArray script = [] {
        QFile f(QStringLiteral(":/sloop/instances/sloop-init.sh"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return script;
}

QFuture<Result<SystemContainers::Facts>> SystemContainers::gatherFacts()
{
    auto list = m_client->listContainers(true);
    const auto combine = [](int cpus, QFuture<Result<QList<ContainerSummary>>> f) {
        return f.then([cpus](const Result<QList<ContainerSummary>> &r) -> Result<Facts> {
            if (!r)
                return Result<Facts>::failure(r.problem());
            return Facts{cpus, *r};
        });
    };
    if (m_engineCpus > 0)
        return combine(m_engineCpus, list);
    return m_client->systemInfo()
        .then(this,
              [this, list, combine](const Result<engine::EngineSystemInfo> &info) {
                  // Without /info (an odd engine) there is just no cap.
                  if (info)
                      m_engineCpus = info->cpus;
                  return combine(m_engineCpus, list);
              })
        .unwrap();
}

Result<QList<PortMapping>> SystemContainers::choosePorts(const QString &name,
                                                         const QList<PortMapping> &wanted,
                                                         const Facts &facts,
                                                         const QString &ignoreContainer,
                                                         const QList<PortMapping> &own)
{
    // Taken: what running containers have bound, what every Sloop container
    // keeps in its label (stopped ones bind nothing now but will again), and
    // what creates in flight reserved.
    QSet<QString> taken = m_reserved;
    for (const ContainerSummary &c : facts.containers) {
        if (c.id == ignoreContainer)
            continue;
        for (const engine::PortBinding &b : c.ports) {
            if (b.publicPort > 0)
                taken.insert(portKey(b.protocol, b.publicPort));
        }
        if (const auto kept = decodePortMappings(c.labels.value(QLatin1String(kPortsLabel)))) {
            for (const PortMapping &m : *kept)
                taken.insert(portKey(m.protocol, m.hostPort));
        }
    }
    QList<PortMapping> ports = wanted;
    QSet<QString> ours;
    for (PortMapping &m : ports) {
        for (const PortMapping &o : own) {
            if (m.hostPort == 0 && samePort(m, o))
                m.hostPort = o.hostPort; // a recreate keeps its host ports
        }
    }
    for (const PortMapping &o : own)
        ours.insert(portKey(o.protocol, o.hostPort));
    const bool probe = m_options.probeLocalPorts;
    auto result =
        assignHostPorts(name, ports, taken, m_options.ports, [probe, ours](const PortMapping &m) {
            if (!probe || ours.contains(portKey(m.protocol, m.hostPort)))
                return true;
            return canBindLocally(m.hostIp, m.hostPort, m.protocol);
        });
    if (result) {
        for (const PortMapping &m : *result)
            m_reserved.insert(portKey(m.protocol, m.hostPort));
        qCDebug(lcSystemContainers) << name << "ports" << describePorts(*result);
    }
    return result;
}

void SystemContainers::release(const QList<PortMapping> &ports)
{
    for (const PortMapping &m : ports)
        m_reserved.remove(portKey(m.protocol, m.hostPort));
}

QFuture<Result<QString>> SystemContainers::createAndStart(const Plan &plan)
{
    using R = Result<QString>;
    QPointer<engine::DockerClient> client = m_client;
    const bool start = plan.start;
    return m_client->createContainer(plan.spec)
        .then(this,
              [this, client, start](const R &id) -> QFuture<R> {
                  if (!id || !client)
                      return ready(id);
                  // Removes what was made when a later step fails: no
                  // half-made instance stays behind.
                  const auto undo = [this, client, id = *id](const QString &error) {
                      qCWarning(lcSystemContainers) << "removing" << id << "after:" << error;
                      return client->removeContainer(id, true).then(
                          this, [error](const VoidResult &) { return R::failure(error); });
                  };
                  engine::TarWriter tar;
                  tar.addFile(QString::fromLatin1(kInitPath).mid(1), initScript(), 0755,
                              QDateTime::currentSecsSinceEpoch());
                  return client->putArchive(*id, QStringLiteral("/"), tar.finish())
                      .then(this,
                            [client, id = *id, start, undo](const VoidResult &put) -> QFuture<R> {
                                if (!put)
                                    return undo(put.error());
                                if (!start)
                                    return ready(R(id));
                                return client->startContainer(id)
                                    .then(client,
                                          [id, undo](const VoidResult &started) -> QFuture<R> {
                                              if (!started)
                                                  return undo(started.error());
                                              return ready(R(id));
                                          })
                                    .unwrap();
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Result<SystemContainer>> SystemContainers::create(const SystemContainerSpec &input)
{
    using R = Result<SystemContainer>;
    if (!m_client)
        return ready(R::failure(tr("The engine connection is closed.")));
    SystemContainerSpec spec = input;
    if (spec.hostname.isEmpty())
        spec.hostname = hostnameFor(spec.name);
    spec.ports = withSsh(spec.ports);
    for (const VoidResult &check :
         {validateContainerName(spec.name), validateHostname(spec.hostname),
          validateAuthorizedKey(spec.authorizedKey), validatePortMappings(spec.ports)}) {
        if (!check)
            return ready(R::failure(check.problem()));
    }
    if (spec.image.trimmed().isEmpty() ||
        spec.image.contains(QRegularExpression(QStringLiteral("\\s"))))
        return ready(R::failure(tr("\"%1\" is not an image name.").arg(spec.image.left(80))));
    if (spec.vcpus < 0 || spec.pidsLimit < 0 || spec.memoryMiB < 0 ||
        (spec.memoryMiB > 0 && spec.memoryMiB < 6))
        return ready(R::failure(tr("CPU, memory (at least 6 MiB) and process limits must be "
                                   "positive, or 0 for none.")));
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("sloop.")) || it.key().isEmpty())
            return ready(R::failure(tr("The label \"%1\" is Sloop's own; choose another name.")
                                        .arg(it.key().left(80))));
    }

    return gatherFacts()
        .then(this,
              [this, spec](const Result<Facts> &facts) -> QFuture<R> {
                  if (!facts)
                      return ready(R::failure(facts.problem()));
                  if (!m_client)
                      return ready(R::failure(tr("The engine connection is closed.")));
                  for (const ContainerSummary &c : facts->containers) {
                      if (c.name == spec.name)
                          return ready(R::failure(ErrorKind::Conflict,
                                                  tr("A container named %1 already exists on %2.")
                                                      .arg(spec.name, m_client->name())));
                  }
                  const auto ports = choosePorts(spec.name, spec.ports, *facts, {}, {});
                  if (!ports)
                      return ready(R::failure(ports.problem()));

                  Plan plan;
                  plan.ports = *ports;
                  double cpus = spec.vcpus;
                  if (facts->cpus > 0 && spec.vcpus > facts->cpus) {
                      cpus = facts->cpus;
                      plan.notes.append(
                          tr("The plan has %1 vCPUs but %2 has %3 CPUs: the instance may use "
                             "all %3.")
                              .arg(spec.vcpus)
                              .arg(m_client->name())
                              .arg(facts->cpus));
                  }
                  engine::ContainerSpec &c = plan.spec;
                  c.image = spec.image;
                  c.name = spec.name;
                  c.hostname = spec.hostname;
                  c.command = {QLatin1String(kInitPath)};
                  // A new id: sloop-init makes new host keys when it boots a
                  // snapshot of another instance (see the script).
                  c.env = {QStringLiteral("SLOOP_INSTANCE_ID=") +
                               QUuid::createUuid().toString(QUuid::WithoutBraces),
                           QStringLiteral("SLOOP_AUTHORIZED_KEY=") + spec.authorizedKey.trimmed()};
                  c.init = true;
                  c.restartPolicy = QStringLiteral("unless-stopped");
                  c.cpus = cpus;
                  c.memoryBytes = qint64(spec.memoryMiB) * kMiB;
                  c.pidsLimit = spec.pidsLimit;
                  c.ports = portSpecs(plan.ports);
                  c.labels = spec.labels;
                  c.labels.insert(QLatin1String(kInstanceLabel), spec.name);
                  c.labels.insert(QLatin1String(kKindLabel), QLatin1String(kKindValue));
                  c.labels.insert(QLatin1String(kPortsLabel), encodePortMappings(plan.ports));
                  c.labels.insert(QLatin1String(kBaseImageLabel), spec.image);
                  qCInfo(lcSystemContainers) << "creating" << spec.name << "from" << spec.image
                                             << "ports" << describePorts(plan.ports);

                  return createAndStart(plan).then(this, [this, plan](const Result<QString> &id) {
                      release(plan.ports);
                      if (!id)
                          return R::failure(id.problem());
                      SystemContainer out;
                      out.id = *id;
                      out.name = plan.spec.name;
                      out.image = plan.spec.image;
                      out.hostname = plan.spec.hostname;
                      out.state = runningState();
                      out.ports = plan.ports;
                      out.cpus = plan.spec.cpus;
                      out.memoryBytes = plan.spec.memoryBytes;
                      out.pidsLimit = plan.spec.pidsLimit;
                      out.labels = plan.spec.labels;
                      out.notes = plan.notes;
                      return R(out);
                  });
              })
        .unwrap();
}

QFuture<Result<QString>> SystemContainers::hostKey(const QString &id, int timeoutMs)
{
    using R = Result<QString>;
    if (!m_client)
        return ready(R::failure(tr("The engine connection is closed.")));
    // A fixed script: only a number goes into it.
    const int tries = qMax(1, timeoutMs / 50);
    const QString wait =
        QStringLiteral("f=/etc/ssh/ssh_host_ed25519_key.pub; i=0; "
                       "while [ ! -s $f ]; do i=$((i+1)); [ $i -gt %1 ] && exit 3; sleep 0.05; "
                       "done; cat $f")
            .arg(tries);
    return m_client
        ->execCollect(id, {QStringLiteral("sh"), QStringLiteral("-c"), wait}, timeoutMs + 10000)
        .then([timeoutMs](const Result<engine::ExecOutput> &out) -> R {
            if (!out)
                return R::failure(out.problem());
            if (out->exitCode == 3)
                return R::failure(tr("The instance made no SSH host key within %1 s; its log "
                                     "(the container's output) says why.")
                                      .arg(timeoutMs / 1000.0));
            if (out->exitCode != 0)
                return R::failure(tr("Reading the instance's host key failed: %1")
                                      .arg(QString::fromUtf8(out->stdErr).trimmed()));
            const QString line = QString::fromUtf8(out->stdOut).trimmed();
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() < 2)
                return R::failure(tr("The instance's host key file is not a key line."));
            return QString(fields.at(0) + QLatin1Char(' ') + fields.at(1));
        });
}

QFuture<Result<SystemContainer>> SystemContainers::inspect(const QString &idOrName)
{
    using R = Result<SystemContainer>;
    if (!m_client)
        return ready(R::failure(tr("The engine connection is closed.")));
    return m_client->inspectContainer(idOrName).then([](const Result<ContainerDetails> &d) -> R {
        if (!d)
            return R::failure(d.problem());
        return systemContainerFrom(*d);
    });
}

QFuture<VoidResult> SystemContainers::start(const QString &id)
{
    if (!m_client)
        return ready(VoidResult::failure(tr("The engine connection is closed.")));
    return m_client->startContainer(id);
}

QFuture<VoidResult> SystemContainers::stop(const QString &id)
{
    if (!m_client)
        return ready(VoidResult::failure(tr("The engine connection is closed.")));
    return m_client->stopContainer(id, m_options.stopTimeoutSeconds);
}

QFuture<VoidResult> SystemContainers::restart(const QString &id)
{
    if (!m_client)
        return ready(VoidResult::failure(tr("The engine connection is closed.")));
    return m_client->restartContainer(id, m_options.stopTimeoutSeconds);
}

QFuture<VoidResult> SystemContainers::remove(const QString &id)
{
    if (!m_client)
        return ready(VoidResult::failure(tr("The engine connection is closed.")));
    // A container re-created to publish other ports runs from an image of
    // its own (kRecreateImageLabel); it goes with the container, or every
    // firewall change would leave a copy of the instance's disk behind.
    QPointer<engine::DockerClient> client = m_client;
    return m_client->inspectContainer(id)
        .then(this,
              [client, id](const Result<ContainerDetails> &d) -> QFuture<VoidResult> {
                  if (!client)
                      return ready(VoidResult::failure(tr("The engine connection is closed.")));
                  const QString image =
                      d ? d->summary.labels.value(QLatin1String(kRecreateImageLabel)) : QString();
                  return client->removeContainer(id, true)
                      .then([client, image](const VoidResult &removed) -> QFuture<VoidResult> {
                          if (!removed || image.isEmpty() || !client)
                              return ready(removed);
                          return client->removeImage(image).then([image](const VoidResult &r) {
                              if (!r)
                                  qCWarning(lcSystemContainers)
                                      << "could not remove" << image << r.error();
                              return VoidResult{};
                          });
                      })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Result<QString>> SystemContainers::commit(const QString &id, const QString &repo,
                                                  const QString &tag)
{
    if (!m_client)
        return ready(Result<QString>::failure(tr("The engine connection is closed.")));
    return m_client->commitContainer(id, repo, tag, tr("Snapshot made by Sloop"));
}

} // namespace sloop::instances
