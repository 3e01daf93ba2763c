#include "dockerjson.h"
#include "jsonreaders.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <nlohmann/json.hpp>

namespace sloop::engine::json {

using nlohmann::json;

namespace {

ContainerSummary summaryFrom(const json &c)
{
    ContainerSummary s;
    s.id = str(c, "Id");
    const QStringList names = strings(child(c, "Names"));
    if (!names.isEmpty())
        s.name = names.first().startsWith(QLatin1Char('/')) ? names.first().mid(1) : names.first();
    s.image = str(c, "Image");
    s.imageId = str(c, "ImageID");
    s.command = str(c, "Command");
    s.created = fromUnix(i64(c, "Created"));
    s.state = str(c, "State");
    s.status = str(c, "Status");
    s.labels = stringMap(child(c, "Labels"));
    const json &ports = child(c, "Ports");
    if (ports.is_array()) {
        for (const auto &p : ports) {
            PortBinding b;
            b.ip = str(p, "IP");
            b.privatePort = int(i64(p, "PrivatePort"));
            b.publicPort = int(i64(p, "PublicPort"));
            b.protocol = str(p, "Type");
            s.ports.append(b);
        }
    }
    return s;
}

} // namespace

Result<QList<ContainerSummary>> parseContainerList(QByteArrayView body)
{
    // Only what summaryFrom() reads becomes a value: NetworkSettings,
    // HostConfig and Mounts, most of each entry, are skipped as they are
    // read (a third of a 1,000-container list's time went to them).
    static const auto wanted = [](const std::string &key) {
        static constexpr std::string_view keys[] = {"Id",      "Names",   "Image", "ImageID",
                                                    "Command", "Created", "State", "Status",
                                                    "Labels",  "Ports"};
        for (std::string_view k : keys) {
            if (k == key)
                return true;
        }
        return false;
    };
    const json doc = json::parse(
        body.begin(), body.end(),
        [](int depth, json::parse_event_t event, json &parsed) {
            // depth 1: the keys of one container (the list is depth 0).
            if (event == json::parse_event_t::key && depth == 1)
                return wanted(parsed.get_ref<const std::string &>());
            return true;
        },
        /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return Result<QList<ContainerSummary>>::failure(notJson(body));
    if (!doc.is_array())
        return Result<QList<ContainerSummary>>::failure(
            EngineText::tr("The engine's container list is not a JSON array."));
    QList<ContainerSummary> out;
    out.reserve(qsizetype(doc.size()));
    for (const auto &c : doc) {
        ContainerSummary s = summaryFrom(c);
        if (!s.id.isEmpty())
            out.append(std::move(s));
    }
    return out;
}

Result<ContainerDetails> parseContainerInspect(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<ContainerDetails>::failure(notJson(body));
    ContainerDetails d;
    ContainerSummary &s = d.summary;
    s.id = str(doc, "Id");
    s.name = str(doc, "Name");
    if (s.name.startsWith(QLatin1Char('/')))
        s.name.remove(0, 1);
    s.imageId = str(doc, "Image");
    s.created = fromRfc3339(str(doc, "Created"));
    const json &config = child(doc, "Config");
    s.image = str(config, "Image");
    s.labels = stringMap(child(config, "Labels"));
    d.hostname = str(config, "Hostname");
    d.env = strings(child(config, "Env"));
    d.cmd = strings(child(config, "Cmd"));
    d.entrypoint = strings(child(config, "Entrypoint"));
    d.workingDir = str(config, "WorkingDir");
    d.user = str(config, "User");
    d.tty = boolean(config, "Tty");
    s.command = (d.entrypoint + d.cmd).join(QLatin1Char(' '));
    const json &state = child(doc, "State");
    s.state = str(state, "Status");
    d.exitCode = int(i64(state, "ExitCode"));
    d.pid = int(i64(state, "Pid"));
    d.startedAt = fromRfc3339(str(state, "StartedAt"));
    d.finishedAt = fromRfc3339(str(state, "FinishedAt"));
    d.error = str(state, "Error");
    d.restartCount = int(i64(doc, "RestartCount"));
    const json &hostConfig = child(doc, "HostConfig");
    d.restartPolicy = str(child(hostConfig, "RestartPolicy"), "Name");
    d.memoryLimit = i64(hostConfig, "Memory");
    d.nanoCpus = i64(hostConfig, "NanoCpus");
    d.pidsLimit = i64(hostConfig, "PidsLimit");
    d.init = boolean(hostConfig, "Init");
    if (doc.contains("SizeRw") && doc["SizeRw"].is_number())
        d.sizeRw = qMax<qint64>(0, i64(doc, "SizeRw"));
    if (doc.contains("SizeRootFs") && doc["SizeRootFs"].is_number())
        d.sizeRootFs = qMax<qint64>(0, i64(doc, "SizeRootFs"));
    const json &configured = child(hostConfig, "PortBindings");
    if (configured.is_object()) {
        for (auto it = configured.begin(); it != configured.end(); ++it) {
            const QString key = QString::fromStdString(it.key()); // "22/tcp"
            if (!it.value().is_array())
                continue;
            for (const auto &b : it.value()) {
                PortBinding bound;
                bound.privatePort = key.section(QLatin1Char('/'), 0, 0).toInt();
                bound.protocol = key.section(QLatin1Char('/'), 1, 1);
                bound.ip = str(b, "HostIp");
                bound.publicPort = str(b, "HostPort").toInt();
                d.configuredPorts.append(bound);
            }
        }
    }
    const json &mounts = child(doc, "Mounts");
    if (mounts.is_array()) {
        for (const auto &m : mounts) {
            MountInfo info;
            info.type = str(m, "Type");
            info.source = info.type == QLatin1String("volume") && !str(m, "Name").isEmpty()
                              ? str(m, "Name")
                              : str(m, "Source");
            info.destination = str(m, "Destination");
            info.mode = str(m, "Mode");
            info.readWrite = boolean(m, "RW");
            d.mounts.append(info);
        }
    }
    const json &ports = child(child(doc, "NetworkSettings"), "Ports");
    if (ports.is_object()) {
        for (auto it = ports.begin(); it != ports.end(); ++it) {
            const QString key = QString::fromStdString(it.key()); // "80/tcp"
            PortBinding base;
            base.privatePort = key.section(QLatin1Char('/'), 0, 0).toInt();
            base.protocol = key.section(QLatin1Char('/'), 1, 1);
            if (!it.value().is_array() || it.value().empty()) {
                s.ports.append(base);
                continue;
            }
            for (const auto &b : it.value()) {
                PortBinding bound = base;
                bound.ip = str(b, "HostIp");
                bound.publicPort = str(b, "HostPort").toInt();
                s.ports.append(bound);
            }
        }
    }
    const json &networks = child(child(doc, "NetworkSettings"), "Networks");
    if (networks.is_object()) {
        for (auto it = networks.begin(); it != networks.end(); ++it)
            d.networks.insert(QString::fromStdString(it.key()), str(it.value(), "IPAddress"));
    }
    d.rawJson = QJsonDocument::fromJson(body.toByteArray()).toJson(QJsonDocument::Indented);
    if (s.id.isEmpty())
        return Result<ContainerDetails>::failure(
            EngineText::tr("The engine's answer has no container id."));
    return d;
}

Result<QList<ImageSummary>> parseImageList(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_array())
        return Result<QList<ImageSummary>>::failure(notJson(body));
    QList<ImageSummary> out;
    for (const auto &i : doc) {
        ImageSummary s;
        s.id = str(i, "Id");
        s.repoTags = strings(child(i, "RepoTags"));
        s.repoTags.removeAll(QStringLiteral("<none>:<none>"));
        s.created = fromUnix(i64(i, "Created"));
        s.size = i64(i, "Size");
        s.containers = int(i64(i, "Containers", -1));
        if (!s.id.isEmpty())
            out.append(s);
    }
    return out;
}

Result<QList<VolumeSummary>> parseVolumeList(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<QList<VolumeSummary>>::failure(notJson(body));
    QList<VolumeSummary> out;
    const json &volumes = child(doc, "Volumes");
    if (!volumes.is_array())
        return out; // the engine sends null when there are none
    for (const auto &v : volumes) {
        VolumeSummary s;
        s.name = str(v, "Name");
        s.driver = str(v, "Driver");
        s.mountpoint = str(v, "Mountpoint");
        s.created = fromRfc3339(str(v, "CreatedAt"));
        s.labels = stringMap(child(v, "Labels"));
        if (!s.name.isEmpty())
            out.append(s);
    }
    return out;
}

Result<QList<NetworkSummary>> parseNetworkList(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_array())
        return Result<QList<NetworkSummary>>::failure(notJson(body));
    QList<NetworkSummary> out;
    for (const auto &n : doc) {
        NetworkSummary s;
        s.id = str(n, "Id");
        s.name = str(n, "Name");
        s.driver = str(n, "Driver");
        s.scope = str(n, "Scope");
        s.internal = boolean(n, "Internal");
        const json &config = child(child(n, "IPAM"), "Config");
        if (config.is_array()) {
            for (const auto &c : config) {
                const QString subnet = str(c, "Subnet");
                if (!subnet.isEmpty())
                    s.subnets.append(subnet);
                const QString gateway = str(c, "Gateway");
                if (!gateway.isEmpty())
                    s.gateways.append(gateway);
            }
        }
        if (!s.id.isEmpty())
            out.append(s);
    }
    return out;
}

Result<EngineSystemInfo> parseSystemInfo(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<EngineSystemInfo>::failure(notJson(body));
    EngineSystemInfo info;
    info.name = str(doc, "Name");
    info.operatingSystem = str(doc, "OperatingSystem");
    info.cpus = int(i64(doc, "NCPU"));
    info.memoryBytes = i64(doc, "MemTotal");
    info.initBinary = str(doc, "InitBinary");
    return info;
}

Result<EngineInfo> parseVersion(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<EngineInfo>::failure(notJson(body));
    EngineInfo info;
    info.version = str(doc, "Version");
    info.apiVersion = str(doc, "ApiVersion");
    info.minApiVersion = str(doc, "MinAPIVersion");
    info.os = str(doc, "Os");
    info.arch = str(doc, "Arch");
    info.kernel = str(doc, "KernelVersion");
    info.product = str(child(doc, "Platform"), "Name");
    const json &components = child(doc, "Components");
    if (components.is_array()) {
        for (const auto &c : components) {
            const QString name = str(c, "Name");
            if (name.contains(QLatin1String("Podman"), Qt::CaseInsensitive))
                info.product = QStringLiteral("Podman Engine");
        }
    }
    if (info.product.isEmpty())
        info.product = QStringLiteral("Docker Engine");
    if (info.apiVersion.isEmpty())
        return Result<EngineInfo>::failure(
            EngineText::tr("The engine did not say which API version it speaks."));
    return info;
}

Result<EngineEvent> parseEvent(QByteArrayView line)
{
    const json doc = parse(line);
    if (doc.is_discarded() || !doc.is_object())
        return Result<EngineEvent>::failure(notJson(line));
    EngineEvent e;
    e.type = str(doc, "Type");
    e.action = str(doc, "Action");
    if (e.action.isEmpty())
        e.action = str(doc, "status"); // engines before API 1.22
    const json &actor = child(doc, "Actor");
    e.id = str(actor, "ID");
    if (e.id.isEmpty())
        e.id = str(doc, "id");
    e.attributes = stringMap(child(actor, "Attributes"));
    e.timeNano = i64(doc, "timeNano");
    // exec_start: sh -c ... carries the command after a colon; keep the verb.
    const qsizetype colon = e.action.indexOf(QLatin1Char(':'));
    if (colon > 0)
        e.action.truncate(colon);
    return e;
}

Result<StatsSample> parseStats(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<StatsSample>::failure(notJson(body));
    // An object without any of the numbers (an error a proxy answered with
    // 200) is not a sample of zeros.
    if (!doc.contains("cpu_stats") && !doc.contains("memory_stats"))
        return Result<StatsSample>::failure(
            EngineText::tr("The engine sent no statistics: %1").arg(errorMessage(body)));
    StatsSample s;
    s.id = str(doc, "id");
    s.read = fromRfc3339(str(doc, "read"));
    const json &cpu = child(doc, "cpu_stats");
    s.cpuTotal = u64(child(cpu, "cpu_usage"), "total_usage");
    s.systemCpu = u64(cpu, "system_cpu_usage");
    s.onlineCpus = int(u64(cpu, "online_cpus"));
    if (s.onlineCpus == 0) {
        const json &percpu = child(child(cpu, "cpu_usage"), "percpu_usage");
        s.onlineCpus = percpu.is_array() ? int(percpu.size()) : 0;
    }
    // The engine fills precpu_stats only on a streamed or two-second sample;
    // with one-shot samples the caller computes CPU% from its own previous one.
    const json &precpu = child(doc, "precpu_stats");
    const quint64 preTotal = u64(child(precpu, "cpu_usage"), "total_usage");
    const quint64 preSystem = u64(precpu, "system_cpu_usage");
    if (preSystem > 0 && s.systemCpu > preSystem && s.cpuTotal >= preTotal && s.onlineCpus > 0)
        s.cpuPercent =
            double(s.cpuTotal - preTotal) / double(s.systemCpu - preSystem) * s.onlineCpus * 100.0;

    const json &mem = child(doc, "memory_stats");
    const quint64 usage = u64(mem, "usage");
    const json &memStats = child(mem, "stats");
    // Same rule as the docker CLI: cgroup v1 reports total_inactive_file,
    // cgroup v2 inactive_file; page cache is not the container's memory.
    quint64 cache = 0;
    if (memStats.is_object() && memStats.contains("total_inactive_file"))
        cache = u64(memStats, "total_inactive_file");
    else
        cache = u64(memStats, "inactive_file");
    s.memoryUsage = cache < usage ? usage - cache : usage;
    s.memoryLimit = u64(mem, "limit");
    s.memoryPercent = s.memoryLimit ? double(s.memoryUsage) / double(s.memoryLimit) * 100.0 : 0;

    const json &networks = child(doc, "networks");
    if (networks.is_object()) {
        for (const auto &n : networks) {
            s.netRx += u64(n, "rx_bytes");
            s.netTx += u64(n, "tx_bytes");
        }
    }
    const json &blkio = child(child(doc, "blkio_stats"), "io_service_bytes_recursive");
    if (blkio.is_array()) {
        for (const auto &entry : blkio) {
            const QString op = str(entry, "op").toLower();
            if (op == QLatin1String("read"))
                s.blockRead += u64(entry, "value");
            else if (op == QLatin1String("write"))
                s.blockWrite += u64(entry, "value");
        }
    }
    s.pids = u64(child(doc, "pids_stats"), "current");
    return s;
}

Result<PullProgress> parsePullProgress(QByteArrayView line)
{
    const json doc = parse(line);
    if (doc.is_discarded() || !doc.is_object())
        return Result<PullProgress>::failure(notJson(line));
    const QString error = str(doc, "error");
    if (!error.isEmpty())
        return Result<PullProgress>::failure(error);
    PullProgress p;
    p.id = str(doc, "id");
    p.status = str(doc, "status");
    const json &detail = child(doc, "progressDetail");
    p.current = i64(detail, "current");
    p.total = i64(detail, "total");
    return p;
}

Result<QString> parseCreatedId(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<QString>::failure(notJson(body));
    const QString id = str(doc, "Id");
    if (id.isEmpty())
        return Result<QString>::failure(EngineText::tr("The engine's answer has no id."));
    return id;
}

Result<QString> parseExecId(QByteArrayView body)
{
    return parseCreatedId(body);
}

Result<ExecStatus> parseExecInspect(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<ExecStatus>::failure(notJson(body));
    ExecStatus status;
    status.running = boolean(doc, "Running");
    const auto code = doc.find("ExitCode");
    if (!status.running && code != doc.end() && code->is_number_integer())
        status.exitCode = code->get<int>();
    return status;
}

QString errorMessage(QByteArrayView body)
{
    const json doc = parse(body);
    const QString message = str(doc, "message");
    if (!message.isEmpty())
        return message;
    return QString::fromUtf8(body.first(qMin<qsizetype>(body.size(), 500)).toByteArray()).trimmed();
}

} // namespace sloop::engine::json
