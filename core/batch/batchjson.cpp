#include "batchjson.h"

#include "exitrules.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace sloop::batch {

namespace {

using nlohmann::json;

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString qs(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

json stringMap(const QMap<QString, QString> &map)
{
    json out = json::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out[u8(it.key())] = u8(it.value());
    return out;
}

QMap<QString, QString> stringMapFrom(const json &j)
{
    QMap<QString, QString> out;
    if (!j.is_object())
        return out;
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it->is_string())
            out.insert(QString::fromStdString(it.key()),
                       QString::fromStdString(it->get<std::string>()));
    return out;
}

json stringList(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(u8(s));
    return out;
}

QStringList stringListFrom(const json &j)
{
    QStringList out;
    if (j.is_array())
        for (const json &v : j)
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}

json containerObject(const ContainerProperties &c)
{
    json rules = json::array();
    for (const ExitRule &r : c.evaluateOnExit) {
        json rule = {{"action", r.retry ? "RETRY" : "EXIT"}};
        if (!r.onExitCode.isEmpty())
            rule["onExitCode"] = u8(r.onExitCode);
        if (!r.onReason.isEmpty())
            rule["onReason"] = u8(r.onReason);
        if (!r.onStatusReason.isEmpty())
            rule["onStatusReason"] = u8(r.onStatusReason);
        rules.push_back(rule);
    }
    return {{"image", u8(c.image)},
            {"command", stringList(c.command)},
            {"environment", stringMap(c.env)},
            {"vcpus", c.vcpus},
            {"memory", c.memoryMb},
            {"attempts", c.attempts},
            {"evaluateOnExit", rules},
            {"timeout", c.timeoutSeconds},
            {"user", u8(c.user)},
            {"workingDir", u8(c.workingDir)},
            {"volumes", stringList(c.volumes)}};
}

ContainerProperties containerFrom(const json &j)
{
    ContainerProperties c;
    c.image = qs(j, "image");
    c.command = stringListFrom(j.value("command", json::array()));
    c.env = stringMapFrom(j.value("environment", json::object()));
    c.vcpus = j.value("vcpus", 1.0);
    c.memoryMb = j.value("memory", qint64(2048));
    c.attempts = j.value("attempts", 1);
    c.timeoutSeconds = j.value("timeout", 0);
    c.user = qs(j, "user");
    c.workingDir = qs(j, "workingDir");
    c.volumes = stringListFrom(j.value("volumes", json::array()));
    for (const json &r : j.value("evaluateOnExit", json::array())) {
        ExitRule rule;
        rule.retry = qs(r, "action").compare(QLatin1String("EXIT"), Qt::CaseInsensitive) != 0;
        rule.onExitCode = qs(r, "onExitCode");
        rule.onReason = qs(r, "onReason");
        rule.onStatusReason = qs(r, "onStatusReason");
        c.evaluateOnExit.append(rule);
    }
    return c;
}

QByteArray bytes(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

// AWS's container detail: environment as a list of name/value pairs.
json awsContainer(const ContainerProperties &c)
{
    json env = json::array();
    for (auto it = c.env.cbegin(); it != c.env.cend(); ++it)
        env.push_back({{"name", u8(it.key())}, {"value", u8(it.value())}});
    json resources =
        json::array({{{"type", "VCPU"}, {"value", u8(QString::number(c.vcpus))}},
                     {{"type", "MEMORY"}, {"value", u8(QString::number(c.memoryMb))}}});
    json out = {{"image", u8(c.image)}, {"command", stringList(c.command)},
                {"vcpus", c.vcpus},     {"memory", c.memoryMb},
                {"environment", env},   {"resourceRequirements", resources}};
    if (!c.user.isEmpty())
        out["user"] = u8(c.user);
    return out;
}

json retryStrategy(const ContainerProperties &c)
{
    json rules = containerObject(c)["evaluateOnExit"];
    json out = {{"attempts", c.attempts}};
    if (!rules.empty())
        out["evaluateOnExit"] = rules;
    return out;
}

json summaryObject(const StatusSummary &summary)
{
    json out = json::object();
    for (JobStatus s : allStatuses())
        out[u8(statusName(s))] = summary.value(s, 0);
    return out;
}

// What jobDetail and jobSummary share: the reason and times when there are
// any, and arrayProperties (size and statusSummary on a parent, index on a
// child).
void addStatusAndArray(json &out, const Job &job, const StatusSummary &summary)
{
    if (!job.statusReason.isEmpty())
        out["statusReason"] = u8(job.statusReason);
    if (job.startedMs > 0)
        out["startedAt"] = job.startedMs;
    if (job.stoppedMs > 0)
        out["stoppedAt"] = job.stoppedMs;
    if (job.isArrayParent())
        out["arrayProperties"] = {{"size", job.arraySize},
                                  {"statusSummary", summaryObject(summary)}};
    else if (job.arrayIndex >= 0)
        out["arrayProperties"] = {{"index", job.arrayIndex}};
}

} // namespace

QByteArray containerToJson(const ContainerProperties &container)
{
    return bytes(containerObject(container));
}

Result<ContainerProperties> containerFromJson(const QByteArray &text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return Result<ContainerProperties>::failure(
            JsonText::tr("A job's stored container properties are not JSON."));
    return containerFrom(j);
}

QByteArray definitionSpecToJson(const JobDefinition &d)
{
    return bytes({{"container", containerObject(d.container)},
                  {"parameters", stringMap(d.parameters)},
                  {"tags", stringMap(d.tags)},
                  {"schedulingPriority", d.schedulingPriority}});
}

VoidResult definitionSpecFromJson(const QByteArray &text, JobDefinition &d)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object())
        return VoidResult::failure(
            JsonText::tr("The stored job definition %1 is not JSON.").arg(d.reference()));
    d.container = containerFrom(j.value("container", json::object()));
    d.parameters = stringMapFrom(j.value("parameters", json::object()));
    d.tags = stringMapFrom(j.value("tags", json::object()));
    const auto priority = j.find("schedulingPriority");
    d.schedulingPriority =
        priority != j.end() && priority->is_number_integer() ? priority->get<int>() : 0;
    return {};
}

QByteArray dependenciesToJson(const QList<Dependency> &dependencies)
{
    json out = json::array();
    for (const Dependency &d : dependencies) {
        json one = json::object();
        if (!d.jobId.isEmpty())
            one["jobId"] = u8(d.jobId);
        if (d.type != DependencyType::Plain)
            one["type"] = u8(dependencyTypeName(d.type));
        out.push_back(one);
    }
    return bytes(out);
}

QList<Dependency> dependenciesFromJson(const QByteArray &text)
{
    QList<Dependency> out;
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_array())
        return out;
    for (const json &one : j) {
        Dependency d;
        d.jobId = qs(one, "jobId");
        const QString type = qs(one, "type");
        d.type = type == QLatin1String("N_TO_N")       ? DependencyType::NToN
                 : type == QLatin1String("SEQUENTIAL") ? DependencyType::Sequential
                                                       : DependencyType::Plain;
        out.append(d);
    }
    return out;
}

QByteArray jobDetailJson(const Job &job, const QList<Attempt> &attempts,
                         const StatusSummary &summary)
{
    json tries = json::array();
    for (const Attempt &a : attempts) {
        json container = {{"containerInstanceArn", u8(a.engine)},
                          {"taskArn", u8(a.containerId)},
                          {"logStreamName",
                           u8(job.id + QStringLiteral("/attempt-") + QString::number(a.number))}};
        if (a.exitCode >= 0)
            container["exitCode"] = a.exitCode;
        if (!a.reason.isEmpty())
            container["reason"] = u8(a.reason);
        json one = {{"container", container}, {"statusReason", u8(a.statusReason)}};
        if (a.startedMs > 0)
            one["startedAt"] = a.startedMs;
        if (a.stoppedMs > 0)
            one["stoppedAt"] = a.stoppedMs;
        tries.push_back(one);
    }
    json deps = json::parse(dependenciesToJson(job.dependsOn).toStdString());
    json out = {{"jobArn", u8(jobArn(job.id))},
                {"jobId", u8(job.id)},
                {"jobName", u8(job.name)},
                {"jobQueue", u8(queueArn(job.queue))},
                {"jobDefinition", u8(QStringLiteral("arn:sloop:batch:local:000000000000:"
                                                    "job-definition/") +
                                     job.definition)},
                {"status", u8(statusName(job.status))},
                {"attempts", tries},
                {"createdAt", job.createdMs},
                {"dependsOn", deps},
                {"retryStrategy", retryStrategy(job.container)},
                {"container", awsContainer(job.container)},
                {"platformCapabilities", json::array({"EC2"})}};
    addStatusAndArray(out, job, summary);
    if (!job.shareIdentifier.isEmpty()) {
        out["shareIdentifier"] = u8(job.shareIdentifier);
        out["schedulingPriority"] = job.schedulingPriority;
    }
    if (job.container.timeoutSeconds > 0)
        out["timeout"] = {{"attemptDurationSeconds", job.container.timeoutSeconds}};
    if (!job.engine.isEmpty())
        out["container"]["containerInstanceArn"] = u8(job.engine);
    return bytes(out);
}

QByteArray jobSummaryJson(const Job &job, const StatusSummary &summary)
{
    json out = {{"jobArn", u8(jobArn(job.id))},
                {"jobId", u8(job.id)},
                {"jobName", u8(job.name)},
                {"createdAt", job.createdMs},
                {"status", u8(statusName(job.status))},
                {"jobDefinition", u8(job.definition)}};
    addStatusAndArray(out, job, summary);
    return bytes(out);
}

QByteArray definitionJson(const JobDefinition &d)
{
    json props = awsContainer(d.container);
    props["command"] = stringList(d.container.command);
    if (!d.container.workingDir.isEmpty())
        props["workingDir"] = u8(d.container.workingDir);
    json out = {{"jobDefinitionName", u8(d.name)},
                {"jobDefinitionArn", u8(definitionArn(d))},
                {"revision", d.revision},
                {"status", d.active ? "ACTIVE" : "INACTIVE"},
                {"type", "container"},
                {"parameters", stringMap(d.parameters)},
                {"tags", stringMap(d.tags)},
                {"retryStrategy", retryStrategy(d.container)},
                {"containerProperties", props},
                {"platformCapabilities", json::array({"EC2"})}};
    if (d.schedulingPriority > 0)
        out["schedulingPriority"] = d.schedulingPriority;
    if (d.container.timeoutSeconds > 0)
        out["timeout"] = {{"attemptDurationSeconds", d.container.timeoutSeconds}};
    return bytes(out);
}

QByteArray queueJson(const JobQueue &q)
{
    json order = json::array();
    int i = 1;
    for (const QString &e : q.environments)
        order.push_back({{"order", i++}, {"computeEnvironment", u8(environmentArn(e))}});
    json out = {{"jobQueueName", u8(q.name)},
                {"jobQueueArn", u8(queueArn(q.name))},
                {"state", q.enabled ? "ENABLED" : "DISABLED"},
                {"status", "VALID"},
                {"priority", q.priority},
                {"computeEnvironmentOrder", order}};
    if (!q.schedulingPolicy.isEmpty())
        out["schedulingPolicyArn"] = u8(policyArn(q.schedulingPolicy));
    return bytes(out);
}

QByteArray sharesToJson(const QList<ShareWeight> &shares)
{
    json out = json::array();
    for (const ShareWeight &s : shares)
        out.push_back({{"shareIdentifier", u8(s.identifier)}, {"weightFactor", s.weight}});
    return bytes(out);
}

QList<ShareWeight> sharesFromJson(const QByteArray &text)
{
    QList<ShareWeight> out;
    const json j = json::parse(text.toStdString(), nullptr, false);
    if (!j.is_array())
        return out;
    for (const json &one : j) {
        if (!one.is_object())
            continue;
        ShareWeight s;
        s.identifier = QString::fromStdString(one.value("shareIdentifier", std::string()));
        const auto weight = one.find("weightFactor");
        if (weight != one.end() && weight->is_number())
            s.weight = weight->get<double>();
        if (!s.identifier.isEmpty())
            out << s;
    }
    return out;
}

QByteArray policyJson(const SchedulingPolicy &p)
{
    return bytes({{"name", u8(p.name)},
                  {"arn", u8(policyArn(p.name))},
                  {"fairsharePolicy",
                   {{"shareDecaySeconds", p.shareDecaySeconds},
                    {"computeReservation", p.computeReservation},
                    {"shareDistribution", json::parse(sharesToJson(p.shares).toStdString())}}},
                  {"tags", json::object()}});
}

QByteArray environmentJson(const ComputeEnvironment &e)
{
    return bytes({{"computeEnvironmentName", u8(e.name)},
                  {"computeEnvironmentArn", u8(environmentArn(e.name))},
                  {"type", "MANAGED"},
                  {"state", e.enabled ? "ENABLED" : "DISABLED"},
                  {"status", "VALID"},
                  {"computeResources",
                   {// Swarm places the jobs of a swarm's environment, not Sloop.
                    {"type", e.swarmManager().isEmpty() ? "EC2" : "SWARM"},
                    {"maxvCpus", e.maxVcpus},
                    {"maxMemoryMiB", e.maxMemoryMb},
                    {"engines", stringList(e.engines)},
                    {"swarmManager", u8(e.swarmManager())}}}});
}

QString queueArn(const QString &name)
{
    return QStringLiteral("arn:sloop:batch:local:000000000000:job-queue/") + name;
}

QString policyArn(const QString &name)
{
    return QStringLiteral("arn:sloop:batch:local:000000000000:scheduling-policy/") + name;
}

QString definitionArn(const JobDefinition &d)
{
    return QStringLiteral("arn:sloop:batch:local:000000000000:job-definition/") + d.reference();
}

QString environmentArn(const QString &name)
{
    return QStringLiteral("arn:sloop:batch:local:000000000000:compute-environment/") + name;
}

QString jobArn(const QString &id)
{
    return QStringLiteral("arn:sloop:batch:local:000000000000:job/") + id;
}

} // namespace sloop::batch
