#include "batchapi.h"

#include "batchapisupport.h"

#include "batch/batchjson.h"
#include "batch/batchrepository.h"
#include "batch/exitrules.h"
#include "http/httpserver.h"
#include "lambdaapi.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace sloop::awsapi {

using namespace batch;
using namespace batchsupport;
using nlohmann::json;

namespace {

const QByteArrayList &operations()
{
    static const QByteArrayList ops = {"submitjob",
                                       "describejobs",
                                       "listjobs",
                                       "canceljob",
                                       "terminatejob",
                                       "describejobqueues",
                                       "describejobdefinitions",
                                       "registerjobdefinition",
                                       "describecomputeenvironments",
                                       "createjobqueue",
                                       "createschedulingpolicy",
                                       "describeschedulingpolicies",
                                       "listschedulingpolicies",
                                       "updateschedulingpolicy",
                                       "deleteschedulingpolicy"};
    return ops;
}

// resourceRequirements [{type: VCPU|MEMORY, value}] over vcpus/memory.
void readResources(const json &from, std::optional<double> *vcpus, std::optional<qint64> *memory)
{
    if (const auto v = number(from, "vcpus"))
        *vcpus = *v;
    if (const auto m = number(from, "memory"))
        *memory = qint64(*m);
    for (const json &r : from.value("resourceRequirements", json::array())) {
        const QString type = str(r, "type");
        bool good = false;
        const double value = str(r, "value").toDouble(&good);
        if (!good)
            continue;
        if (type == QLatin1String("VCPU"))
            *vcpus = value;
        else if (type == QLatin1String("MEMORY"))
            *memory = qint64(value);
    }
}

QMap<QString, QString> environment(const json &list)
{
    QMap<QString, QString> out;
    if (list.is_array())
        for (const json &e : list)
            out.insert(str(e, "name"), str(e, "value"));
    return out;
}

QMap<QString, QString> stringMap(const json &object)
{
    QMap<QString, QString> out;
    if (object.is_object())
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it->is_string())
                out.insert(QString::fromStdString(it.key()),
                           QString::fromStdString(it->get<std::string>()));
    return out;
}

std::optional<QList<ExitRule>> exitRules(const json &strategy)
{
    if (!strategy.contains("evaluateOnExit"))
        return std::nullopt;
    QList<ExitRule> rules;
    for (const json &r : strategy.value("evaluateOnExit", json::array())) {
        ExitRule rule;
        rule.onExitCode = str(r, "onExitCode");
        rule.onReason = str(r, "onReason");
        rule.onStatusReason = str(r, "onStatusReason");
        rule.retry = str(r, "action").compare(QLatin1String("EXIT"), Qt::CaseInsensitive) != 0;
        rules << rule;
    }
    return rules;
}

} // namespace

bool BatchApi::handles(const QByteArray &path)
{
    return path.startsWith("/v1/") && operations().contains(path.mid(4).toLower());
}

http::HttpResponse BatchApi::handle(const http::HttpRequestHead &head, const QByteArray &body)
{
    const QByteArray op = head.path().mid(4).toLower();
    if (head.method != "POST")
        return clientError(ApiText::tr("Batch's operations are POST requests."));
    const json in = body.trimmed().isEmpty() ? json::object() : parsed(body);
    if (!in.is_object())
        return clientError(ApiText::tr("The request body is not a JSON object."));

    if (const auto answered = handleQueuesAndPolicies(op, in))
        return *answered;
    if (op == "submitjob") {
        SubmitRequest r;
        r.name = str(in, "jobName");
        r.queue = nameOf(str(in, "jobQueue"));
        r.definition = nameOf(str(in, "jobDefinition"));
        if (r.name.isEmpty() || r.queue.isEmpty() || r.definition.isEmpty())
            return clientError(ApiText::tr("jobName, jobQueue and jobDefinition are required."));
        r.arraySize = in.value("arrayProperties", json::object()).value("size", 0);
        for (const json &d : in.value("dependsOn", json::array())) {
            const QString type = str(d, "type");
            r.dependsOn.append(
                {str(d, "jobId"), type == QLatin1String("N_TO_N")       ? DependencyType::NToN
                                  : type == QLatin1String("SEQUENTIAL") ? DependencyType::Sequential
                                                                        : DependencyType::Plain});
        }
        r.parameters = stringMap(in.value("parameters", json::object()));
        const json overrides = in.value("containerOverrides", json::object());
        if (overrides.contains("command"))
            r.command = strings(overrides["command"]);
        r.env = environment(overrides.value("environment", json::array()));
        readResources(overrides, &r.vcpus, &r.memoryMb);
        const json strategy = in.value("retryStrategy", json::object());
        if (strategy.contains("attempts") && strategy["attempts"].is_number_integer())
            r.attempts = strategy["attempts"].get<int>();
        r.evaluateOnExit = exitRules(strategy);
        const json timeout = in.value("timeout", json::object());
        if (timeout.contains("attemptDurationSeconds"))
            r.timeoutSeconds = timeout.value("attemptDurationSeconds", 0);
        r.shareIdentifier = str(in, "shareIdentifier");
        if (in.contains("schedulingPriorityOverride") &&
            in["schedulingPriorityOverride"].is_number_integer())
            r.schedulingPriority = in["schedulingPriorityOverride"].get<int>();
        const auto job = m_repo.submit(r);
        if (!job)
            return failed(job.problem());
        m_wake();
        return ok({{"jobArn", jobArn(job->id).toStdString()},
                   {"jobName", job->name.toStdString()},
                   {"jobId", job->id.toStdString()}});
    }
    if (op == "describejobs") {
        json out = json::array();
        for (const QString &id : strings(in.value("jobs", json::array()))) {
            const auto job = m_repo.job(id);
            if (!job)
                return failed(job.problem());
            if (!*job)
                continue; // as AWS: unknown ids are left out
            const auto tries = m_repo.attempts(id, false);
            const auto summary = (*job)->isArrayParent() ? m_repo.childSummary(id)
                                                         : Result<StatusSummary>(StatusSummary());
            out.push_back(fromBytes(jobDetailJson(**job, tries ? *tries : QList<Attempt>(),
                                                  summary ? *summary : StatusSummary())));
        }
        return ok({{"jobs", out}});
    }
    if (op == "listjobs") {
        JobFilter f;
        f.queue = nameOf(str(in, "jobQueue"));
        const QString arrayJob = str(in, "arrayJobId");
        if (f.queue.isEmpty() && arrayJob.isEmpty())
            return clientError(ApiText::tr("jobQueue or arrayJobId is required."));
        if (!arrayJob.isEmpty())
            f.parent = arrayJob;
        const bool filtered = in.contains("filters");
        for (const json &filter : in.value("filters", json::array()))
            if (str(filter, "name") == QLatin1String("JOB_NAME"))
                f.search = strings(filter.value("values", json::array()))
                               .value(0)
                               .remove(QLatin1Char('*'));
        // As AWS: without a status (or filters) only RUNNING jobs are listed.
        const QString status = str(in, "jobStatus");
        if (!status.isEmpty()) {
            f.status = statusFromName(status);
            if (!f.status)
                return clientError(
                    ApiText::tr("jobStatus \"%1\" is not a job status.").arg(status));
        } else if (!filtered) {
            f.status = JobStatus::Running;
        }
        f.limit = qBound(1, in.value("maxResults", 100), 1000);
        f.offset = str(in, "nextToken").toInt();
        const auto jobs = m_repo.jobs(f);
        if (!jobs)
            return failed(jobs.problem());
        json list = json::array();
        for (const Job &job : *jobs) {
            const auto summary = job.isArrayParent() ? m_repo.childSummary(job.id)
                                                     : Result<StatusSummary>(StatusSummary());
            list.push_back(fromBytes(jobSummaryJson(job, summary ? *summary : StatusSummary())));
        }
        json out = {{"jobSummaryList", list}};
        if (jobs->size() == f.limit)
            out["nextToken"] = std::to_string(f.offset + f.limit);
        return ok(out);
    }
    if (op == "canceljob" || op == "terminatejob") {
        const QString id = str(in, "jobId");
        const QString reason = str(in, "reason");
        if (id.isEmpty() || reason.isEmpty())
            return clientError(ApiText::tr("jobId and reason are required."));
        const auto done =
            op == "canceljob" ? m_repo.cancel(id, reason) : m_repo.terminate(id, reason);
        if (!done)
            return failed(done.problem());
        m_wake();
        return ok(json::object());
    }
    if (op == "describejobqueues") {
        const QStringList wanted = strings(in.value("jobQueues", json::array()));
        const auto queues = m_repo.queues();
        if (!queues)
            return failed(queues.problem());
        json out = json::array();
        for (const JobQueue &q : *queues) {
            bool listed = wanted.isEmpty();
            for (const QString &w : wanted)
                listed = listed || nameOf(w).compare(q.name, Qt::CaseInsensitive) == 0;
            if (listed)
                out.push_back(fromBytes(queueJson(q)));
        }
        return ok({{"jobQueues", out}});
    }
    if (op == "describecomputeenvironments") {
        const QStringList wanted = strings(in.value("computeEnvironments", json::array()));
        const auto environments = m_repo.environments();
        if (!environments)
            return failed(environments.problem());
        json out = json::array();
        for (const ComputeEnvironment &e : *environments) {
            bool listed = wanted.isEmpty();
            for (const QString &w : wanted)
                listed = listed || nameOf(w).compare(e.name, Qt::CaseInsensitive) == 0;
            if (listed)
                out.push_back(fromBytes(environmentJson(e)));
        }
        return ok({{"computeEnvironments", out}});
    }
    if (op == "describejobdefinitions") {
        QStringList wanted;
        for (const QString &w : strings(in.value("jobDefinitions", json::array())))
            wanted << nameOf(w);
        const QString byName = str(in, "jobDefinitionName");
        const QString status = str(in, "status");
        const auto definitions = m_repo.definitions(true);
        if (!definitions)
            return failed(definitions.problem());
        json out = json::array();
        for (const JobDefinition &d : *definitions) {
            if (!wanted.isEmpty() && !wanted.contains(d.reference()) && !wanted.contains(d.name))
                continue;
            if (!byName.isEmpty() && byName.compare(d.name, Qt::CaseInsensitive) != 0)
                continue;
            if (!status.isEmpty() &&
                status.compare(d.active ? QLatin1String("ACTIVE") : QLatin1String("INACTIVE"),
                               Qt::CaseInsensitive) != 0)
                continue;
            out.push_back(fromBytes(definitionJson(d)));
        }
        return ok({{"jobDefinitions", out}});
    }
    // registerjobdefinition
    JobDefinition d;
    d.name = str(in, "jobDefinitionName");
    if (str(in, "type") != QLatin1String("container"))
        return clientError(ApiText::tr("type: only \"container\" job definitions run here."));
    const json props = in.value("containerProperties", json::object());
    d.container.image = str(props, "image");
    d.container.command = strings(props.value("command", json::array()));
    d.container.env = environment(props.value("environment", json::array()));
    d.container.user = str(props, "user");
    std::optional<double> vcpus;
    std::optional<qint64> memory;
    readResources(props, &vcpus, &memory);
    d.container.vcpus = vcpus.value_or(d.container.vcpus);
    d.container.memoryMb = memory.value_or(d.container.memoryMb);
    const json strategy = in.value("retryStrategy", json::object());
    d.container.attempts = strategy.value("attempts", 1);
    d.container.evaluateOnExit = exitRules(strategy).value_or(QList<ExitRule>());
    d.container.timeoutSeconds =
        in.value("timeout", json::object()).value("attemptDurationSeconds", 0);
    d.parameters = stringMap(in.value("parameters", json::object()));
    d.tags = stringMap(in.value("tags", json::object()));
    if (in.contains("schedulingPriority") && in["schedulingPriority"].is_number_integer())
        d.schedulingPriority = in["schedulingPriority"].get<int>();
    const auto made = m_repo.registerDefinition(d);
    if (!made)
        return failed(made.problem());
    return ok({{"jobDefinitionName", made->name.toStdString()},
               {"jobDefinitionArn", definitionArn(*made).toStdString()},
               {"revision", made->revision}});
}

} // namespace sloop::awsapi
