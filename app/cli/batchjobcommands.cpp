// `sloop batch submit|describe|ls|cancel|terminate|logs`: AWS Batch's jobs.
// Written to the store and the owner told; the owner's dispatcher runs them.
#include "batchcli.h"
#include "commands.h"
#include "output.h"
#include "session.h"
#include "swarmcli.h"

#include "batch/batchdispatcher.h"
#include "batch/batchjson.h"
#include "batch/exitrules.h"
#include "engine/dockerclient.h"
#include "pricing/batchprice.h"
#include "pricing/lambdaprice.h"
#include "swarm/swarmapi.h"

#include <QDateTime>
#include <QThread>

namespace sloop::cli {

namespace {

using namespace batch;

QString timeText(qint64 ms)
{
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QStringLiteral("-");
}

QString durationText(qint64 fromMs, qint64 toMs)
{
    if (fromMs <= 0 || toMs <= 0)
        return QStringLiteral("-");
    return Tr::tr("%1 s").arg(double(toMs - fromMs) / 1000.0, 0, 'f', 1);
}

QString summaryText(const StatusSummary &summary)
{
    QStringList parts;
    for (JobStatus s : allStatuses())
        if (summary.value(s) > 0)
            parts << QStringLiteral("%1 %2").arg(statusName(s)).arg(summary.value(s));
    return parts.join(QStringLiteral(", "));
}

// "ID", "ID:N_TO_N", "ID:SEQUENTIAL" or "SEQUENTIAL"; an array child "ID:3".
std::optional<Dependency> readDependency(const QString &text)
{
    if (text.compare(QLatin1String("SEQUENTIAL"), Qt::CaseInsensitive) == 0)
        return Dependency{{}, DependencyType::Sequential};
    const QString type = text.section(QLatin1Char(':'), -1).toUpper();
    const QString id = text.section(QLatin1Char(':'), 0, -2);
    if (type == QLatin1String("N_TO_N"))
        return Dependency{id, DependencyType::NToN};
    if (type == QLatin1String("SEQUENTIAL"))
        return Dependency{{}, DependencyType::Sequential};
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return Dependency{text, DependencyType::Plain};
}

// The job of that id, or NotFound saying so.
Result<Job> findJob(BatchRepository &repo, const QString &id)
{
    const auto found = repo.job(id);
    if (!found)
        return Result<Job>::failure(found.problem());
    if (!*found)
        return Result<Job>::failure(ErrorKind::NotFound, Tr::tr("There is no job %1.").arg(id));
    return **found;
}

} // namespace

int batchSubmit(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{
                      {{QStringLiteral("--queue"), QStringLiteral("-q")}, true},
                      {{QStringLiteral("--definition"), QStringLiteral("-d")}, true},
                      {{QStringLiteral("--name")}, true},
                      {{QStringLiteral("--array-size")}, true},
                      {{QStringLiteral("--depends-on")}, true},
                      {{QStringLiteral("--param")}, true},
                      {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                      {{QStringLiteral("--vcpus")}, true},
                      {{QStringLiteral("--memory")}, true},
                      {{QStringLiteral("--attempts")}, true},
                      {{QStringLiteral("--retry-on")}, true},
                      {{QStringLiteral("--timeout")}, true},
                      {{QStringLiteral("--share-identifier"), QStringLiteral("--share")}, true},
                      {{QStringLiteral("--scheduling-priority")}, true}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (!p.has(QStringLiteral("queue")) || !p.has(QStringLiteral("definition")))
        return usageError(Tr::tr("\"batch submit\" needs --queue and --definition"), kBatchTopic);
    SubmitRequest r;
    r.queue = p.value(QStringLiteral("queue"));
    r.definition = p.value(QStringLiteral("definition"));
    r.name = p.value(QStringLiteral("name"));
    if (!p.positionals.isEmpty())
        r.command = p.positionals;
    if (p.has(QStringLiteral("array-size"))) {
        const auto n = wholeNumber(p.value(QStringLiteral("array-size")));
        if (!n)
            return usageError(Tr::tr("--array-size takes a whole number"), kBatchTopic);
        r.arraySize = *n;
    }
    for (const QString &d : p.values(QStringLiteral("depends-on"))) {
        const auto dep = readDependency(d);
        if (!dep)
            return usageError(Tr::tr("--depends-on takes ID, ID:N_TO_N or SEQUENTIAL"),
                              kBatchTopic);
        r.dependsOn.append(*dep);
    }
    QString error;
    if (!readPairs(p.values(QStringLiteral("param")), r.parameters, &error) ||
        !readPairs(p.values(QStringLiteral("env")), r.env, &error))
        return usageError(error, kBatchTopic);
    bool ok = true;
    if (p.has(QStringLiteral("vcpus")))
        r.vcpus = p.value(QStringLiteral("vcpus")).toDouble(&ok);
    if (ok && p.has(QStringLiteral("memory")))
        r.memoryMb = p.value(QStringLiteral("memory")).toLongLong(&ok);
    if (!ok)
        return usageError(Tr::tr("--vcpus and --memory take numbers"), kBatchTopic);
    if (p.has(QStringLiteral("attempts")))
        r.attempts = wholeNumber(p.value(QStringLiteral("attempts"))).value_or(0);
    if (p.has(QStringLiteral("timeout")))
        r.timeoutSeconds = wholeNumber(p.value(QStringLiteral("timeout"))).value_or(-1);
    r.shareIdentifier = p.value(QStringLiteral("share-identifier"));
    if (p.has(QStringLiteral("scheduling-priority")))
        r.schedulingPriority =
            wholeNumber(p.value(QStringLiteral("scheduling-priority"))).value_or(-1);
    if (p.has(QStringLiteral("retry-on"))) {
        QList<ExitRule> rules;
        for (const QString &text : p.values(QStringLiteral("retry-on"))) {
            const auto rule = parseRule(text);
            if (!rule)
                return usageError(rule.error(), kBatchTopic);
            rules.append(*rule);
        }
        r.evaluateOnExit = rules;
    }
    return withBatch([&](BatchRepository &repo) {
        const auto job = repo.submit(r);
        if (!job)
            return fail(job.problem());
        BatchDispatcher::tellOwner();
        if (p.has(QStringLiteral("json")))
            printJson({{"jobArn", utf8(jobArn(job->id))},
                       {"jobId", utf8(job->id)},
                       {"jobName", utf8(job->name)}});
        else
            printLine(job->id);
        return kExitOk;
    });
}

int batchDescribe(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"batch describe\" takes one job ID"), kBatchTopic);
    return withBatch([&](BatchRepository &repo) {
        const auto found = findJob(repo, p.positionals.first());
        if (!found)
            return fail(found.problem());
        const Job &job = *found;
        const auto tries = repo.attempts(job.id, false);
        const auto summary = job.isArrayParent() ? repo.childSummary(job.id)
                                                 : Result<StatusSummary>(StatusSummary());
        if (!tries || !summary)
            return fail(!tries ? tries.problem() : summary.problem());
        if (p.has(QStringLiteral("json"))) {
            printJson(nlohmann::json::parse(jobDetailJson(job, *tries, *summary).toStdString()));
            return kExitOk;
        }
        printLine(Tr::tr("Job:         %1 (%2)").arg(job.name, job.id));
        printLine(Tr::tr("Queue:       %1").arg(job.queue));
        printLine(Tr::tr("Definition:  %1").arg(job.definition));
        printLine(
            Tr::tr("Status:      %1").arg(statusName(job.status)) +
            (job.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + job.statusReason));
        printLine(Tr::tr("Image:       %1").arg(job.container.image));
        printLine(Tr::tr("Command:     %1").arg(job.container.command.join(QLatin1Char(' '))));
        printLine(Tr::tr("Resources:   %1 vCPU, %2 MiB")
                      .arg(job.container.vcpus)
                      .arg(job.container.memoryMb));
        printLine(Tr::tr("Created:     %1").arg(timeText(job.createdMs)));
        if (job.startedMs > 0)
            printLine(Tr::tr("Started:     %1").arg(timeText(job.startedMs)));
        if (job.stoppedMs > 0)
            printLine(Tr::tr("Stopped:     %1").arg(timeText(job.stoppedMs)));
        if (!job.dependsOn.isEmpty()) {
            QStringList deps;
            for (const Dependency &d : job.dependsOn)
                deps << (d.type == DependencyType::Plain
                             ? d.jobId
                             : (d.jobId.isEmpty() ? QString() : d.jobId + QLatin1Char(' ')) +
                                   dependencyTypeName(d.type));
            printLine(Tr::tr("Depends on:  %1").arg(deps.join(QStringLiteral(", "))));
        }
        if (job.isArrayParent())
            printLine(Tr::tr("Array:       %1 children: %2")
                          .arg(job.arraySize)
                          .arg(summaryText(*summary)));
        for (const Attempt &a : *tries)
            printLine(Tr::tr("Attempt %1:   %2, exit %3, %4%5")
                          .arg(a.number)
                          .arg(a.engine)
                          .arg(a.exitCode >= 0 ? QString::number(a.exitCode) : QStringLiteral("-"))
                          .arg(durationText(a.startedMs, a.stoppedMs))
                          .arg(a.reason.isEmpty() && a.statusReason.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" — ") +
                                         (a.reason.isEmpty() ? a.statusReason : a.reason)));
        return kExitOk;
    });
}

int batchList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--queue"), QStringLiteral("-q")}, true},
                                    {{QStringLiteral("--status")}, true},
                                    {{QStringLiteral("--array")}, true},
                                    {{QStringLiteral("--search")}, true},
                                    {{QStringLiteral("--limit")}, true}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    JobFilter f;
    f.queue = p.value(QStringLiteral("queue"));
    f.search = p.value(QStringLiteral("search"));
    if (p.has(QStringLiteral("status"))) {
        f.status = statusFromName(p.value(QStringLiteral("status")));
        if (!f.status)
            return usageError(Tr::tr("--status takes SUBMITTED, PENDING, RUNNABLE, STARTING, "
                                     "RUNNING, SUCCEEDED or FAILED"),
                              kBatchTopic);
    }
    if (p.has(QStringLiteral("array")))
        f.parent = p.value(QStringLiteral("array"));
    f.limit = p.has(QStringLiteral("limit"))
                  ? wholeNumber(p.value(QStringLiteral("limit"))).value_or(100)
                  : (f.parent ? kMaxArraySize : 100);
    return withBatch([&](BatchRepository &repo) {
        if (!f.queue.isEmpty()) {
            const auto queue = repo.findQueue(f.queue);
            if (queue && !*queue)
                return fail(
                    Error::make(ErrorKind::NotFound,
                                Tr::tr("There is no job queue called \"%1\".").arg(f.queue)));
        }
        const auto jobs = repo.jobs(f);
        if (!jobs)
            return fail(jobs.problem());
        QHash<QString, StatusSummary> summaries;
        for (const Job &job : *jobs)
            if (job.isArrayParent())
                if (const auto summary = repo.childSummary(job.id))
                    summaries.insert(job.id, *summary);
        if (p.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const Job &job : *jobs)
                out.push_back(nlohmann::json::parse(
                    jobSummaryJson(job, summaries.value(job.id)).toStdString()));
            printJson({{"jobSummaryList", out}});
            return kExitOk;
        }
        Table table({Tr::tr("JOB ID"), Tr::tr("NAME"), Tr::tr("QUEUE"), Tr::tr("STATUS"),
                     Tr::tr("CREATED"), Tr::tr("ATTEMPTS"), Tr::tr("REASON")});
        table.setMaxWidth(6, 60);
        for (const Job &job : *jobs) {
            QString reason = job.statusReason;
            if (job.isArrayParent())
                reason = Tr::tr("array of %1: %2")
                             .arg(job.arraySize)
                             .arg(summaryText(summaries.value(job.id)));
            table.addRow({job.id, job.name, job.queue, statusName(job.status),
                          timeText(job.createdMs), QString::number(job.attemptCount), reason});
        }
        table.print();
        return kExitOk;
    });
}

int batchCancel(const QStringList &args, bool terminate)
{
    const ParsedArgs p =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--reason")}, true}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("name at least one job ID"), kBatchTopic);
    const QString reason =
        p.value(QStringLiteral("reason"), terminate ? QStringLiteral("Terminated by the user")
                                                    : QStringLiteral("Cancelled by the user"));
    return withBatch([&](BatchRepository &repo) {
        const int status = applyToEach(p.positionals, [&](const QString &id) -> VoidResult {
            const auto changed = terminate ? repo.terminate(id, reason) : repo.cancel(id, reason);
            if (!changed)
                return VoidResult::failure(changed.problem());
            if (*changed == 0 && !terminate)
                return VoidResult::failure(
                    ErrorKind::Conflict,
                    Tr::tr("%1 is STARTING, RUNNING or finished: only terminate stops it").arg(id));
            return {};
        });
        BatchDispatcher::tellOwner();
        return status;
    });
}

namespace {

// What a running Swarm job wrote so far; --follow reads it again each
// second until the service is gone (its end is then in the store).
int swarmJobLog(const ParsedArgs &p, const QString &manager, const QString &service)
{
    ParsedArgs on = p;
    on.options.insert(QStringLiteral("engine"), {manager});
    return withSwarm(on, [&](Session &session, swarm::SwarmApi &api) {
        api.setQuiet(true);
        QDateTime printed;
        for (;;) {
            const auto lines = session.run(api.logs(service, -1));
            if (!lines)
                return printed.isValid() ? kExitOk : fail(lines.problem());
            for (const swarm::ServiceLogLine &l : *lines) {
                if (printed.isValid() && l.timestamp <= printed)
                    continue;
                writeBytes(stdout, l.text.toUtf8() + '\n');
                printed = l.timestamp;
            }
            if (!p.has(QStringLiteral("follow")))
                return kExitOk;
            QThread::msleep(1000);
            if (!printed.isValid())
                printed = QDateTime::fromMSecsSinceEpoch(0);
        }
    });
}

} // namespace

int batchLogs(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--attempt")}, true},
                                    {{QStringLiteral("--follow"), QStringLiteral("-f")}, false}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"batch logs\" takes one job ID"), kBatchTopic);
    QString runningEngine;
    QString runningContainer;
    const int code = withBatch([&](BatchRepository &repo) {
        const auto found = findJob(repo, p.positionals.first());
        if (!found)
            return fail(found.problem());
        const Job &job = *found;
        if (job.isArrayParent())
            return fail(Error::make(ErrorKind::InvalidInput,
                                    Tr::tr("%1 is an array job: its children have the logs "
                                           "(%1:0, %1:1…)")
                                        .arg(job.id)));
        const auto tries = repo.attempts(job.id, true);
        if (!tries)
            return fail(tries.problem());
        const int wanted = p.has(QStringLiteral("attempt"))
                               ? wholeNumber(p.value(QStringLiteral("attempt"))).value_or(-1)
                               : (tries->isEmpty() ? 0 : tries->last().number);
        for (const Attempt &a : *tries) {
            if (a.number != wanted)
                continue;
            if (a.stoppedMs == 0 && job.status == JobStatus::Running) {
                runningEngine = a.engine;
                runningContainer = a.containerId;
                return kExitOk;
            }
            if (a.logCut)
                writeBytes(stderr, Tr::tr("(the first part of this attempt's log was cut: the "
                                          "last %1 MiB are kept)\n")
                                       .arg(kLogKeepBytes / (1024 * 1024))
                                       .toUtf8());
            writeBytes(stdout, a.log);
            return kExitOk;
        }
        return fail(Error::make(
            ErrorKind::NotFound,
            wanted <= 0 ? Tr::tr("%1 has not run yet (%2).").arg(job.id, statusName(job.status))
                        : Tr::tr("%1 has no attempt %2.").arg(job.id).arg(wanted)));
    });
    if (code != kExitOk || runningContainer.isEmpty())
        return code;
    // Running: what it wrote so far, from its engine (a swarm's: the
    // service's log, from its manager).
    if (isSwarmTarget(runningEngine))
        return swarmJobLog(p, managerOf(runningEngine), runningContainer);
    ParsedArgs engineArgs = p;
    engineArgs.options.insert(QStringLiteral("engine"), {runningEngine});
    Session session(engineArgs);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    FollowOptions options;
    options.follow = p.has(QStringLiteral("follow"));
    const QString error = streamLogs(session, *client, runningContainer, options);
    return error.isEmpty() ? kExitOk : fail(error);
}

int batchCost(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--queue"), QStringLiteral("-q")}, true},
                                    {{QStringLiteral("--job")}, true},
                                    {{QStringLiteral("--since")}, true}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    // This month by default, as a bill would be.
    const QDate today = QDate::currentDate();
    qint64 since =
        QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
    if (p.has(QStringLiteral("since"))) {
        const qint64 span = parseSpan(p.value(QStringLiteral("since")));
        if (span <= 0)
            return usageError(Tr::tr("--since takes a span such as 6h, 1d or 2w"), kBatchTopic);
        since = QDateTime::currentMSecsSinceEpoch() - span;
    }
    const auto prices = pricing::loadBatchPrices();
    if (!prices)
        return fail(prices.problem());
    return withBatch([&](BatchRepository &repo) {
        const auto usage =
            repo.usage(since, p.value(QStringLiteral("queue")), p.value(QStringLiteral("job")));
        if (!usage)
            return fail(usage.problem());
        const pricing::BatchBill bill = pricing::batchBill(*prices, *usage);
        if (p.has(QStringLiteral("json"))) {
            printJson({{"sinceMs", since},
                       {"attempts", usage->size()},
                       {"vcpuHours", bill.vcpuHours},
                       {"gbHours", bill.gbHours},
                       {"fargateUsd", bill.fargate},
                       {"ec2Usd", bill.ec2},
                       {"ec2Types", utf8(bill.ec2Types)},
                       {"tooBigForEc2", bill.tooBigForEc2},
                       {"prices",
                        {{"title", utf8(prices->title)},
                         {"source", utf8(prices->source)},
                         {"takenOn", utf8(prices->takenOn)}}}});
            return kExitOk;
        }
        printLine(Tr::tr("Since %1: %n attempt(s), %2 vCPU-hours, %3 GB-hours", nullptr,
                         int(usage->size()))
                      .arg(QDateTime::fromMSecsSinceEpoch(since).toString(
                          QStringLiteral("yyyy-MM-dd HH:mm")))
                      .arg(bill.vcpuHours, 0, 'f', 4)
                      .arg(bill.gbHours, 0, 'f', 4));
        printLine(Tr::tr("On AWS Batch with Fargate:  %1").arg(pricing::dollars(bill.fargate)));
        printLine(Tr::tr("On AWS Batch with EC2:      %1%2")
                      .arg(pricing::dollars(bill.ec2),
                           bill.ec2Types.isEmpty()
                               ? QString()
                               : Tr::tr(" (%1, on demand)").arg(bill.ec2Types)));
        if (bill.tooBigForEc2 > 0)
            printLine(Tr::tr("%1 attempt(s) were bigger than any EC2 type in the price file.")
                          .arg(bill.tooBigForEc2));
        printLine(Tr::tr("Prices: %1, taken on %2 (%3).")
                      .arg(prices->title, prices->takenOn, prices->source));
        return kExitOk;
    });
}

} // namespace sloop::cli
