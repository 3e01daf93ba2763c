// `sloop batch ...`: AWS Batch's compute environments, job queues and job
// definitions (jobs: batchjobcommands.cpp). Kept in the store; the owner of
// the data folder (a window or `sloop serve`) dispatches the jobs.
#include "batchcli.h"
#include "commands.h"
#include "hostsession.h"
#include "output.h"
#include "session.h"
#include "swarmcli.h"

#include "batch/batchdispatcher.h"
#include "batch/batchjson.h"
#include "batch/exitrules.h"
#include "store/database.h"
#include "swarm/swarmapi.h"

namespace sloop::cli {

const QString kBatchTopic = QStringLiteral("batch");

namespace {

using namespace batch;

nlohmann::json parsed(const QByteArray &json)
{
    return nlohmann::json::parse(json.toStdString());
}

QString vcpuText(double vcpus)
{
    return QString::number(vcpus);
}

// A Swarm environment's engine must manage a swarm: said now, not when its
// first job waits.
int checkSwarmManager(const ParsedArgs &p, const QString &engineName)
{
    ParsedArgs on = p;
    on.options.insert(QStringLiteral("engine"), {engineName});
    return withSwarm(on, [&](Session &session, swarm::SwarmApi &api) {
        const auto state = session.run(api.state());
        if (!state)
            return fail(state.problem());
        if (!state->active() || !state->manager)
            return fail(Tr::tr("Engine %1 does not manage a swarm, and a Swarm compute "
                               "environment runs its jobs as Swarm services. Make it one with "
                               "\"sloop swarm init --engine %1\", or name a manager.")
                            .arg(engineName),
                        kExitUnsupported);
        return kExitOk;
    });
}

int environmentsCreate(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--engine")}, true},
                                                  {{QStringLiteral("--swarm")}, true},
                                                  {{QStringLiteral("--max-vcpus")}, true},
                                                  {{QStringLiteral("--max-memory")}, true},
                                                  {{QStringLiteral("--disabled")}, false}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    const bool onSwarm = p.has(QStringLiteral("swarm"));
    if (p.positionals.size() != 1 || onSwarm == p.has(QStringLiteral("engine")) ||
        !p.has(QStringLiteral("max-vcpus")))
        return usageError(Tr::tr("\"batch environments create\" takes a name, --engine E "
                                 "(repeatable) or --swarm E, and --max-vcpus N"),
                          kBatchTopic);
    ComputeEnvironment e;
    e.name = p.positionals.first();
    for (const QString &v : p.values(QStringLiteral("engine")))
        e.engines << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &engine : std::as_const(e.engines))
        if (isSwarmTarget(engine))
            return usageError(Tr::tr("a swarm is named with --swarm MANAGER, not --engine"),
                              kBatchTopic);
    if (onSwarm)
        e.engines = {swarmTarget(p.value(QStringLiteral("swarm")))};
    bool ok = false;
    e.maxVcpus = p.value(QStringLiteral("max-vcpus")).toDouble(&ok);
    if (!ok)
        return usageError(Tr::tr("--max-vcpus takes a number"), kBatchTopic);
    if (p.has(QStringLiteral("max-memory"))) {
        e.maxMemoryMb = p.value(QStringLiteral("max-memory")).toLongLong(&ok);
        if (!ok)
            return usageError(Tr::tr("--max-memory takes a number of MiB"), kBatchTopic);
    }
    e.enabled = !p.has(QStringLiteral("disabled"));
    if (const VoidResult valid = validate(e); !valid)
        return fail(valid.problem());
    if (onSwarm)
        if (const int status = checkSwarmManager(p, e.swarmManager()); status != kExitOk)
            return status;
    return withBatch([&](BatchRepository &repo) {
        const auto added = repo.addEnvironment(e);
        if (!added)
            return fail(added.problem());
        BatchDispatcher::tellOwner();
        if (p.has(QStringLiteral("json")))
            printJson(parsed(environmentJson(*added)));
        else
            printLine(added->name);
        return kExitOk;
    });
}

int environmentsList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    return withBatch([&](BatchRepository &repo) {
        const auto all = repo.environments();
        if (!all)
            return fail(all.problem());
        if (p.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const ComputeEnvironment &e : *all)
                out.push_back(parsed(environmentJson(e)));
            printJson({{"computeEnvironments", out}});
            return kExitOk;
        }
        Table table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("MAX VCPUS"), Tr::tr("MAX MEMORY"),
                     Tr::tr("ENGINES")});
        for (const ComputeEnvironment &e : *all)
            table.addRow(
                {e.name, e.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"),
                 vcpuText(e.maxVcpus),
                 e.maxMemoryMb > 0 ? Tr::tr("%1 MiB").arg(e.maxMemoryMb) : Tr::tr("engines'"),
                 e.engines.join(QStringLiteral(", "))});
        table.print();
        return kExitOk;
    });
}

// enable, disable, rm NAME... of environments or queues.
int changeEach(const QStringList &args,
               const std::function<VoidResult(BatchRepository &, const QString &)> &change)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("name at least one"), kBatchTopic);
    return withBatch([&](BatchRepository &repo) {
        const int status =
            applyToEach(p.positionals, [&](const QString &name) { return change(repo, name); });
        BatchDispatcher::tellOwner();
        return status;
    });
}

int queuesCreate(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--priority")}, true},
                                                  {{QStringLiteral("--environments")}, true},
                                                  {{QStringLiteral("--policy")}, true},
                                                  {{QStringLiteral("--disabled")}, false}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1 || !p.has(QStringLiteral("environments")))
        return usageError(Tr::tr("\"batch queues create\" takes a name and --environments E1,E2"),
                          kBatchTopic);
    JobQueue q;
    q.name = p.positionals.first();
    q.environments =
        p.value(QStringLiteral("environments")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    q.priority = 1;
    if (p.has(QStringLiteral("priority"))) {
        const auto n = wholeNumber(p.value(QStringLiteral("priority")));
        if (!n)
            return usageError(Tr::tr("--priority takes a whole number"), kBatchTopic);
        q.priority = *n;
    }
    q.enabled = !p.has(QStringLiteral("disabled"));
    q.schedulingPolicy = p.value(QStringLiteral("policy"));
    return withBatch([&](BatchRepository &repo) {
        const auto added = repo.addQueue(q);
        if (!added)
            return fail(added.problem());
        BatchDispatcher::tellOwner();
        if (p.has(QStringLiteral("json")))
            printJson(parsed(queueJson(*added)));
        else
            printLine(added->name);
        return kExitOk;
    });
}

int queuesList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    return withBatch([&](BatchRepository &repo) {
        const auto all = repo.queues();
        const auto counts = repo.queueCounts();
        if (!all)
            return fail(all.problem());
        if (!counts)
            return fail(counts.problem());
        if (p.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const JobQueue &q : *all) {
                nlohmann::json one = parsed(queueJson(q));
                nlohmann::json jobs = nlohmann::json::object();
                for (JobStatus s : allStatuses())
                    jobs[utf8(statusName(s))] = counts->value(q.name.toLower()).value(s);
                one["jobCounts"] = jobs;
                out.push_back(one);
            }
            printJson({{"jobQueues", out}});
            return kExitOk;
        }
        Table table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("PRIORITY"), Tr::tr("ENVIRONMENTS"),
                     Tr::tr("ORDER"), Tr::tr("RUNNABLE"), Tr::tr("RUNNING"), Tr::tr("SUCCEEDED"),
                     Tr::tr("FAILED")});
        for (const JobQueue &q : *all) {
            const StatusSummary c = counts->value(q.name.toLower());
            table.addRow(
                {q.name, q.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"),
                 QString::number(q.priority), q.environments.join(QStringLiteral(", ")),
                 q.schedulingPolicy.isEmpty() ? Tr::tr("FIFO")
                                              : Tr::tr("fair share (%1)").arg(q.schedulingPolicy),
                 QString::number(c.value(JobStatus::Runnable)),
                 QString::number(c.value(JobStatus::Running) + c.value(JobStatus::Starting)),
                 QString::number(c.value(JobStatus::Succeeded)),
                 QString::number(c.value(JobStatus::Failed))});
        }
        table.print();
        return kExitOk;
    });
}

int definitionsRegister(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--image")}, true},
                                    {{QStringLiteral("--vcpus")}, true},
                                    {{QStringLiteral("--memory")}, true},
                                    {{QStringLiteral("--attempts")}, true},
                                    {{QStringLiteral("--timeout")}, true},
                                    {{QStringLiteral("--scheduling-priority")}, true},
                                    {{QStringLiteral("--retry-on")}, true},
                                    {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                                    {{QStringLiteral("--param")}, true},
                                    {{QStringLiteral("--tag")}, true},
                                    {{QStringLiteral("--user")}, true},
                                    {{QStringLiteral("--workdir")}, true},
                                    {{QStringLiteral("--volume"), QStringLiteral("-v")}, true}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty() || !p.has(QStringLiteral("image")))
        return usageError(Tr::tr("\"batch definitions register\" takes a name and --image IMG, "
                                 "then -- COMMAND..."),
                          kBatchTopic);
    JobDefinition d;
    d.name = p.positionals.first();
    d.container.image = p.value(QStringLiteral("image"));
    d.container.command = p.positionals.mid(1);
    bool ok = true;
    if (p.has(QStringLiteral("vcpus")))
        d.container.vcpus = p.value(QStringLiteral("vcpus")).toDouble(&ok);
    if (ok && p.has(QStringLiteral("memory")))
        d.container.memoryMb = p.value(QStringLiteral("memory")).toLongLong(&ok);
    if (!ok)
        return usageError(Tr::tr("--vcpus and --memory take numbers"), kBatchTopic);
    if (p.has(QStringLiteral("attempts")))
        d.container.attempts = wholeNumber(p.value(QStringLiteral("attempts"))).value_or(0);
    if (p.has(QStringLiteral("timeout")))
        d.container.timeoutSeconds = wholeNumber(p.value(QStringLiteral("timeout"))).value_or(-1);
    if (p.has(QStringLiteral("scheduling-priority")))
        d.schedulingPriority =
            wholeNumber(p.value(QStringLiteral("scheduling-priority"))).value_or(-1);
    for (const QString &rule : p.values(QStringLiteral("retry-on"))) {
        const auto parsedRule = parseRule(rule);
        if (!parsedRule)
            return usageError(parsedRule.error(), kBatchTopic);
        d.container.evaluateOnExit.append(*parsedRule);
    }
    QString error;
    if (!readPairs(p.values(QStringLiteral("env")), d.container.env, &error) ||
        !readPairs(p.values(QStringLiteral("param")), d.parameters, &error) ||
        !readPairs(p.values(QStringLiteral("tag")), d.tags, &error))
        return usageError(error, kBatchTopic);
    d.container.user = p.value(QStringLiteral("user"));
    d.container.workingDir = p.value(QStringLiteral("workdir"));
    d.container.volumes = p.values(QStringLiteral("volume"));
    return withBatch([&](BatchRepository &repo) {
        const auto made = repo.registerDefinition(d);
        if (!made)
            return fail(made.problem());
        if (p.has(QStringLiteral("json")))
            printJson({{"jobDefinitionName", utf8(made->name)},
                       {"jobDefinitionArn", utf8(definitionArn(*made))},
                       {"revision", made->revision}});
        else
            printLine(made->reference());
        return kExitOk;
    });
}

int definitionsList(const QStringList &args)
{
    const ParsedArgs p =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--all")}, false}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    return withBatch([&](BatchRepository &repo) {
        const auto all = repo.definitions(p.has(QStringLiteral("all")));
        if (!all)
            return fail(all.problem());
        if (p.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const JobDefinition &d : *all)
                out.push_back(parsed(definitionJson(d)));
            printJson({{"jobDefinitions", out}});
            return kExitOk;
        }
        Table table({Tr::tr("DEFINITION"), Tr::tr("STATUS"), Tr::tr("IMAGE"), Tr::tr("VCPUS"),
                     Tr::tr("MEMORY"), Tr::tr("ATTEMPTS"), Tr::tr("COMMAND")});
        table.setMaxWidth(6, 50);
        for (const JobDefinition &d : *all)
            table.addRow(
                {d.reference(), d.active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE"),
                 d.container.image, vcpuText(d.container.vcpus),
                 Tr::tr("%1 MiB").arg(d.container.memoryMb), QString::number(d.container.attempts),
                 d.container.command.join(QLatin1Char(' '))});
        table.print();
        return kExitOk;
    });
}

} // namespace

bool readPairs(const QStringList &values, QMap<QString, QString> &into, QString *error)
{
    for (const QString &v : values) {
        const int eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("\"%1\" is not KEY=VALUE").arg(v);
            return false;
        }
        into.insert(v.left(eq), v.mid(eq + 1));
    }
    return true;
}

int withBatch(const std::function<int(BatchRepository &repo)> &use)
{
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    BatchRepository repo(db);
    return use(repo);
}

int batchEnvironments(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return environmentsCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list") || verb.isEmpty())
        return environmentsList(rest);
    if (verb == QLatin1String("enable") || verb == QLatin1String("disable"))
        return changeEach(rest, [on = verb == QLatin1String("enable")](BatchRepository &repo,
                                                                       const QString &name) {
            return repo.setEnvironmentEnabled(name, on);
        });
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return changeEach(rest, [](BatchRepository &repo, const QString &name) {
            return repo.removeEnvironment(name);
        });
    return usageError(Tr::tr("unknown batch environments command \"%1\"").arg(verb), kBatchTopic);
}

int batchQueues(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return queuesCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list") || verb.isEmpty())
        return queuesList(rest);
    if (verb == QLatin1String("enable") || verb == QLatin1String("disable"))
        return changeEach(rest, [on = verb == QLatin1String("enable")](BatchRepository &repo,
                                                                       const QString &name) {
            return repo.setQueueEnabled(name, on);
        });
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return changeEach(rest, [](BatchRepository &repo, const QString &name) {
            return repo.removeQueue(name);
        });
    return usageError(Tr::tr("unknown batch queues command \"%1\"").arg(verb), kBatchTopic);
}

int batchDefinitions(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("register"))
        return definitionsRegister(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list") || verb.isEmpty())
        return definitionsList(rest);
    if (verb == QLatin1String("deregister") || verb == QLatin1String("rm"))
        return changeEach(rest, [](BatchRepository &repo, const QString &reference) {
            return repo.deregisterDefinition(reference);
        });
    return usageError(Tr::tr("unknown batch definitions command \"%1\"").arg(verb), kBatchTopic);
}

int batchCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("environments") || verb == QLatin1String("environment") ||
        verb == QLatin1String("envs"))
        return batchEnvironments(rest);
    if (verb == QLatin1String("queues") || verb == QLatin1String("queue"))
        return batchQueues(rest);
    if (verb == QLatin1String("policies") || verb == QLatin1String("policy") ||
        verb == QLatin1String("scheduling-policies"))
        return batchPolicies(rest);
    if (verb == QLatin1String("definitions") || verb == QLatin1String("definition") ||
        verb == QLatin1String("defs"))
        return batchDefinitions(rest);
    if (verb == QLatin1String("submit"))
        return batchSubmit(rest);
    if (verb == QLatin1String("describe") || verb == QLatin1String("show"))
        return batchDescribe(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list") ||
        verb == QLatin1String("jobs"))
        return batchList(rest);
    if (verb == QLatin1String("cancel"))
        return batchCancel(rest, false);
    if (verb == QLatin1String("terminate"))
        return batchCancel(rest, true);
    if (verb == QLatin1String("logs"))
        return batchLogs(rest);
    if (verb == QLatin1String("cost") || verb == QLatin1String("costs"))
        return batchCost(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, batchUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown batch command \"%1\"").arg(verb), kBatchTopic);
}

} // namespace sloop::cli
