#include "swarmjson.h"

#include "engine/jsonreaders.h"

#include <QRegularExpression>

namespace sloop::swarm {

using namespace engine::json;

namespace {

struct SwarmText
{
    Q_DECLARE_TR_FUNCTIONS(Swarm)
};

constexpr qint64 kNsPerMs = 1000000;

QString strOr(const json &j, const char *key, const QString &fallback)
{
    const QString s = str(j, key);
    return s.isEmpty() ? fallback : s;
}

// "busybox:latest@sha256:…" → "busybox:latest": the digest the engine pins
// is in the spec; people recognise the name.
QString withoutDigest(const QString &image)
{
    const qsizetype at = image.indexOf(QLatin1Char('@'));
    return at < 0 ? image : image.left(at);
}

QList<PublishedPort> portsFrom(const json &ports)
{
    QList<PublishedPort> out;
    if (!ports.is_array())
        return out;
    for (const json &p : ports) {
        PublishedPort port;
        port.target = int(i64(p, "TargetPort"));
        port.published = int(i64(p, "PublishedPort"));
        port.protocol = strOr(p, "Protocol", QStringLiteral("tcp"));
        port.mode = strOr(p, "PublishMode", QStringLiteral("ingress"));
        out.append(port);
    }
    return out;
}

ServiceSummary serviceFrom(const json &s)
{
    ServiceSummary out;
    out.id = str(s, "ID");
    out.version = u64(child(s, "Version"), "Index");
    out.created = fromRfc3339(str(s, "CreatedAt"));
    out.updated = fromRfc3339(str(s, "UpdatedAt"));
    const json &spec = child(s, "Spec");
    out.spec = QByteArray::fromStdString(spec.dump());
    out.hasPreviousSpec = child(s, "PreviousSpec").is_object();
    out.name = str(spec, "Name");
    out.labels = stringMap(child(spec, "Labels"));
    out.image = withoutDigest(str(child(child(spec, "TaskTemplate"), "ContainerSpec"), "Image"));
    const json &mode = child(spec, "Mode");
    if (mode.contains("Global")) {
        out.mode = QStringLiteral("global");
    } else {
        out.mode = QStringLiteral("replicated");
        out.desired = int(i64(child(mode, "Replicated"), "Replicas", 1));
    }
    const json &status = child(s, "ServiceStatus");
    if (status.is_object()) {
        out.running = int(i64(status, "RunningTasks"));
        out.desired = int(i64(status, "DesiredTasks", out.desired));
    }
    // Endpoint has the ports as published (the swarm picks missing ones).
    out.ports = portsFrom(child(child(s, "Endpoint"), "Ports"));
    if (out.ports.isEmpty())
        out.ports = portsFrom(child(child(spec, "EndpointSpec"), "Ports"));
    const json &update = child(s, "UpdateStatus");
    out.updateState = str(update, "State");
    out.updateMessage = str(update, "Message");
    out.updateStarted = fromRfc3339(str(update, "StartedAt"));
    return out;
}

json durationNs(qint64 ms)
{
    return ms * kNsPerMs;
}

json updatePolicyJson(const UpdatePolicy &p)
{
    return {{"Parallelism", p.parallelism},
            {"Delay", durationNs(p.delayMs)},
            {"FailureAction", p.failureAction.toStdString()},
            {"Monitor", durationNs(p.monitorMs)},
            {"MaxFailureRatio", p.maxFailureRatio},
            {"Order", p.order.toStdString()}};
}

json stringArray(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

Result<json> specObject(const QByteArray &spec)
{
    json doc = parse(spec);
    if (doc.is_discarded() || !doc.is_object())
        return Result<json>::failure(notJson(spec));
    return doc;
}

QString envName(const QString &entry)
{
    return entry.section(QLatin1Char('='), 0, 0);
}

} // namespace

Result<SwarmState> parseSwarmState(QByteArrayView infoBody)
{
    const json doc = parse(infoBody);
    if (doc.is_discarded() || !doc.is_object())
        return Result<SwarmState>::failure(notJson(infoBody));
    const json &swarm = child(doc, "Swarm");
    SwarmState s;
    s.localState = strOr(swarm, "LocalNodeState", QStringLiteral("inactive"));
    s.nodeId = str(swarm, "NodeID");
    s.nodeAddress = str(swarm, "NodeAddr");
    s.manager = boolean(swarm, "ControlAvailable");
    s.clusterId = str(child(swarm, "Cluster"), "ID");
    s.nodes = int(i64(swarm, "Nodes"));
    s.managers = int(i64(swarm, "Managers"));
    s.error = str(swarm, "Error");
    const json &remotes = child(swarm, "RemoteManagers");
    if (remotes.is_array())
        for (const json &r : remotes)
            s.remoteManagers.append(str(r, "Addr"));
    return s;
}

Result<JoinTokens> parseJoinTokens(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object())
        return Result<JoinTokens>::failure(notJson(body));
    const json &tokens = child(doc, "JoinTokens");
    JoinTokens t{str(tokens, "Worker"), str(tokens, "Manager")};
    if (t.worker.isEmpty() || t.manager.isEmpty())
        return Result<JoinTokens>::failure(
            SwarmText::tr("The engine did not give the swarm's join tokens: is it a manager?"));
    return t;
}

Result<QList<SwarmNode>> parseNodes(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_array())
        return Result<QList<SwarmNode>>::failure(notJson(body));
    QList<SwarmNode> out;
    for (const json &n : doc) {
        SwarmNode node;
        node.id = str(n, "ID");
        if (node.id.isEmpty())
            continue;
        node.version = u64(child(n, "Version"), "Index");
        const json &spec = child(n, "Spec");
        node.spec = QByteArray::fromStdString(spec.dump());
        node.role = str(spec, "Role");
        node.availability = str(spec, "Availability");
        node.labels = stringMap(child(spec, "Labels"));
        const json &description = child(n, "Description");
        node.hostname = str(description, "Hostname");
        node.nanoCpus = i64(child(description, "Resources"), "NanoCPUs");
        node.memoryBytes = i64(child(description, "Resources"), "MemoryBytes");
        node.engineVersion = str(child(description, "Engine"), "EngineVersion");
        node.state = str(child(n, "Status"), "State");
        node.address = str(child(n, "Status"), "Addr");
        const json &manager = child(n, "ManagerStatus");
        node.leader = boolean(manager, "Leader");
        node.managerReachability = str(manager, "Reachability");
        out.append(node);
    }
    return out;
}

Result<QList<ServiceSummary>> parseServices(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_array())
        return Result<QList<ServiceSummary>>::failure(notJson(body));
    QList<ServiceSummary> out;
    for (const json &s : doc) {
        ServiceSummary service = serviceFrom(s);
        if (!service.id.isEmpty())
            out.append(std::move(service));
    }
    return out;
}

Result<ServiceSummary> parseService(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_object() || str(doc, "ID").isEmpty())
        return Result<ServiceSummary>::failure(notJson(body));
    return serviceFrom(doc);
}

Result<QList<SwarmTask>> parseTasks(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_array())
        return Result<QList<SwarmTask>>::failure(notJson(body));
    QList<SwarmTask> out;
    for (const json &t : doc) {
        SwarmTask task;
        task.id = str(t, "ID");
        if (task.id.isEmpty())
            continue;
        task.serviceId = str(t, "ServiceID");
        task.nodeId = str(t, "NodeID");
        task.slot = int(i64(t, "Slot"));
        task.desiredState = str(t, "DesiredState");
        const json &status = child(t, "Status");
        task.state = str(status, "State");
        task.message = str(status, "Message");
        task.error = str(status, "Err");
        task.timestamp = fromRfc3339(str(status, "Timestamp"));
        task.containerId = str(child(status, "ContainerStatus"), "ContainerID");
        task.exitCode = int(i64(child(status, "ContainerStatus"), "ExitCode"));
        task.image = withoutDigest(str(child(child(t, "Spec"), "ContainerSpec"), "Image"));
        task.ports = portsFrom(child(child(status, "PortStatus"), "Ports"));
        out.append(task);
    }
    return out;
}

Result<QString> parseServiceCreated(QByteArrayView body)
{
    const json doc = parse(body);
    const QString id = str(doc, "ID");
    if (id.isEmpty())
        return Result<QString>::failure(notJson(body));
    return id;
}

QByteArray initBody(const QString &advertiseAddress)
{
    json body{{"ListenAddr", "0.0.0.0:2377"}, {"ForceNewCluster", false}};
    if (!advertiseAddress.isEmpty())
        body["AdvertiseAddr"] = advertiseAddress.toStdString();
    return QByteArray::fromStdString(body.dump());
}

QByteArray joinBody(const QString &managerAddress, const QString &token,
                    const QString &advertiseAddress)
{
    json body{{"ListenAddr", "0.0.0.0:2377"},
              {"RemoteAddrs", json::array({managerAddress.toStdString()})},
              {"JoinToken", token.toStdString()}};
    if (!advertiseAddress.isEmpty())
        body["AdvertiseAddr"] = advertiseAddress.toStdString();
    return QByteArray::fromStdString(body.dump());
}

QByteArray serviceSpecBody(const ServiceSpec &spec)
{
    json container{{"Image", spec.image.toStdString()}, {"Env", stringArray(spec.env)}};
    if (!spec.command.isEmpty())
        container["Args"] = stringArray(spec.command);
    if (!spec.entrypoint.isEmpty())
        container["Command"] = stringArray(spec.entrypoint);
    if (!spec.workingDir.isEmpty())
        container["Dir"] = spec.workingDir.toStdString();
    if (!spec.user.isEmpty())
        container["User"] = spec.user.toStdString();
    json containerLabels = json::object();
    for (auto it = spec.containerLabels.cbegin(); it != spec.containerLabels.cend(); ++it)
        containerLabels[it.key().toStdString()] = it.value().toStdString();
    container["Labels"] = containerLabels;
    json mounts = json::array();
    for (const MountSpec &m : spec.mounts) {
        json mount{{"Type", m.type.toStdString()},
                   {"Target", m.target.toStdString()},
                   {"ReadOnly", m.readOnly}};
        if (!m.source.isEmpty())
            mount["Source"] = m.source.toStdString();
        mounts.push_back(mount);
    }
    if (!mounts.empty())
        container["Mounts"] = mounts;
    // Root-owned and read-only, as docker service create makes them.
    const auto fileRefs = [](const QList<SwarmFileRef> &refs, const char *idKey,
                             const char *nameKey, bool secret) {
        json out = json::array();
        for (const SwarmFileRef &r : refs) {
            const QString file = !r.target.isEmpty() ? r.target
                                 : secret            ? r.name
                                                     : QLatin1Char('/') + r.name;
            out.push_back(
                {{idKey, r.id.toStdString()},
                 {nameKey, r.name.toStdString()},
                 {"File",
                  {{"Name", file.toStdString()}, {"UID", "0"}, {"GID", "0"}, {"Mode", 0444}}}});
        }
        return out;
    };
    if (!spec.secrets.isEmpty())
        container["Secrets"] = fileRefs(spec.secrets, "SecretID", "SecretName", true);
    if (!spec.configs.isEmpty())
        container["Configs"] = fileRefs(spec.configs, "ConfigID", "ConfigName", false);
    if (!spec.stopSignal.isEmpty())
        container["StopSignal"] = spec.stopSignal.toStdString();
    if (spec.stopGraceMs)
        container["StopGracePeriod"] = durationNs(*spec.stopGraceMs);
    if (spec.health) {
        container["Healthcheck"] = {{"Test", stringArray(spec.health->test)},
                                    {"Interval", durationNs(spec.health->intervalMs)},
                                    {"Timeout", durationNs(spec.health->timeoutMs)},
                                    {"StartPeriod", durationNs(spec.health->startPeriodMs)},
                                    {"Retries", spec.health->retries}};
    }
    json resources = json::object();
    if (spec.cpuLimit > 0 || spec.memoryLimit > 0)
        resources["Limits"] = {{"NanoCPUs", qint64(spec.cpuLimit * 1e9)},
                               {"MemoryBytes", spec.memoryLimit}};
    if (spec.cpuReservation > 0 || spec.memoryReservation > 0)
        resources["Reservations"] = {{"NanoCPUs", qint64(spec.cpuReservation * 1e9)},
                                     {"MemoryBytes", spec.memoryReservation}};
    json restart{{"Condition", spec.restartCondition.toStdString()}};
    if (spec.restartMaxAttempts > 0)
        restart["MaxAttempts"] = spec.restartMaxAttempts;
    json preferences = json::array();
    for (const QString &p : spec.preferences)
        preferences.push_back(
            {{"Spread", {{"SpreadDescriptor", p.section(QLatin1Char('='), 1).toStdString()}}}});
    json networks = json::array();
    for (const NetworkAttachment &n : spec.networks)
        networks.push_back(
            {{"Target", n.target.toStdString()}, {"Aliases", stringArray(n.aliases)}});
    json task{{"ContainerSpec", container},
              {"Networks", networks},
              {"Resources", resources},
              {"RestartPolicy", restart},
              {"Placement",
               {{"Constraints", stringArray(spec.constraints)}, {"Preferences", preferences}}}};
    json labels = json::object();
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        labels[it.key().toStdString()] = it.value().toStdString();
    json mode =
        spec.global ? json{{"Global", json::object()}}
        : spec.job  ? json{{"ReplicatedJob",
                            {{"MaxConcurrent", spec.replicas}, {"TotalCompletions", spec.replicas}}}}
                    : json{{"Replicated", {{"Replicas", spec.replicas}}}};
    json ports = json::array();
    for (const PublishedPort &p : spec.ports) {
        json port{{"Protocol", p.protocol.toStdString()},
                  {"TargetPort", p.target},
                  {"PublishMode", p.mode.toStdString()}};
        if (p.published > 0)
            port["PublishedPort"] = p.published;
        ports.push_back(port);
    }
    json body{{"Name", spec.name.toStdString()},
              {"Labels", labels},
              {"TaskTemplate", task},
              {"Mode", mode},

              {"EndpointSpec", {{"Mode", "vip"}, {"Ports", ports}}}};
    // Jobs run to their end: Swarm refuses update and rollback policies for them.
    if (!spec.job) {
        body["UpdateConfig"] = updatePolicyJson(spec.update);
        body["RollbackConfig"] = updatePolicyJson(spec.rollback);
    }
    return QByteArray::fromStdString(body.dump());
}

Result<QByteArray> nodeSpecWithAvailability(const QByteArray &spec, const QString &availability)
{
    const Result<json> parsed = specObject(spec);
    if (!parsed)
        return Result<QByteArray>::failure(parsed.problem());
    json doc = *parsed;
    doc["Availability"] = availability.toStdString();
    return QByteArray::fromStdString(doc.dump());
}

Result<QByteArray> changedSpec(const QByteArray &spec, const ServiceChange &change)
{
    const Result<json> parsed = specObject(spec);
    if (!parsed)
        return Result<QByteArray>::failure(parsed.problem());
    json doc = *parsed;
    if (change.replicas) {
        if (doc["Mode"].contains("Global"))
            return Result<QByteArray>::failure(
                ErrorKind::InvalidInput,
                SwarmText::tr("A global service runs one task on every node; it has no "
                              "replica count to scale."));
        doc["Mode"]["Replicated"]["Replicas"] = *change.replicas;
    }
    json &container = doc["TaskTemplate"]["ContainerSpec"];
    if (change.image)
        container["Image"] = change.image->toStdString();
    if (!change.envAdd.isEmpty() || !change.envRemove.isEmpty()) {
        QStringList env;
        if (container.contains("Env"))
            env = strings(container["Env"]);
        QStringList names = change.envRemove;
        for (const QString &e : change.envAdd)
            names.append(envName(e));
        env.erase(std::remove_if(env.begin(), env.end(),
                                 [&](const QString &e) { return names.contains(envName(e)); }),
                  env.end());
        env += change.envAdd;
        container["Env"] = stringArray(env);
    }
    if (change.forceUpdate) {
        json &task = doc["TaskTemplate"];
        task["ForceUpdate"] = i64(task, "ForceUpdate") + 1;
    }
    if (change.update)
        doc["UpdateConfig"] = updatePolicyJson(*change.update);
    if (change.size) {
        const json size{{"NanoCPUs", qint64(change.size->first * 1e9)},
                        {"MemoryBytes", change.size->second}};
        doc["TaskTemplate"]["Resources"] = {{"Limits", size}, {"Reservations", size}};
    }
    return QByteArray::fromStdString(doc.dump());
}

QString checkServiceName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    if (name.isEmpty())
        return SwarmText::tr("A service needs a name.");
    if (!valid.match(name).hasMatch())
        return SwarmText::tr("\"%1\" is not a service name Swarm accepts: use up to 63 letters, "
                             "digits, '-', '_' and '.', starting with a letter or digit.")
            .arg(name.left(80));
    return {};
}

} // namespace sloop::swarm

namespace sloop::swarm {

Result<QList<SwarmObject>> parseSwarmObjects(QByteArrayView body)
{
    const json doc = parse(body);
    if (doc.is_discarded() || !doc.is_array())
        return Result<QList<SwarmObject>>::failure(notJson(body));
    QList<SwarmObject> out;
    for (const json &o : doc) {
        SwarmObject object;
        object.id = str(o, "ID");
        const json &spec = child(o, "Spec");
        object.name = str(spec, "Name");
        object.created = fromRfc3339(str(o, "CreatedAt"));
        object.updated = fromRfc3339(str(o, "UpdatedAt"));
        const json &labels = child(spec, "Labels");
        if (labels.is_object())
            for (auto it = labels.begin(); it != labels.end(); ++it)
                if (it.value().is_string())
                    object.labels.insert(QString::fromStdString(it.key()),
                                         QString::fromStdString(it.value().get<std::string>()));
        if (!object.id.isEmpty())
            out.append(object);
    }
    return out;
}

QByteArray swarmObjectBody(const QString &name, const QByteArray &data,
                           const QMap<QString, QString> &labels)
{
    json l = json::object();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        l[it.key().toStdString()] = it.value().toStdString();
    return QByteArray::fromStdString(
        json{{"Name", name.toStdString()}, {"Labels", l}, {"Data", data.toBase64().toStdString()}}
            .dump());
}

} // namespace sloop::swarm
