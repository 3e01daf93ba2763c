// sloop tasks run: Fargate's "run this image with this much CPU and memory"
// on a swarm, with its log, the node it ran on and what Fargate would charge.
#include "commands.h"
#include "output.h"
#include "session.h"
#include "swarmcli.h"

#include "containers/runspecparser.h"
#include "swarm/fargatetask.h"
#include "swarm/serviceform.h"
#include "swarm/swarmapi.h"

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("tasks");

int tasksRun(const QStringList &args)
{
    const ParsedArgs p =
        parseArgs(args,
                  commonOptions() +
                      QList<OptionSpec>{{{QStringLiteral("--cpu")}, true},
                                        {{QStringLiteral("--memory"), QStringLiteral("-m")}, true},
                                        {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                                        {{QStringLiteral("--timeout")}, true}},
                  true);
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"tasks run\" takes an IMAGE, then its command if any"), kTopic);
    swarm::TaskRequest request;
    request.image = p.positionals.first();
    request.command = p.positionals.mid(1);
    request.env = p.values(QStringLiteral("env"));
    bool ok = true;
    if (p.has(QStringLiteral("cpu")))
        request.vcpus = p.value(QStringLiteral("cpu")).toDouble(&ok);
    if (!ok)
        return usageError(Tr::tr("--cpu is a number of vCPUs such as 0.25 or 2"), kTopic);
    if (p.has(QStringLiteral("memory"))) {
        const qint64 bytes = containers::parseByteSize(p.value(QStringLiteral("memory")));
        if (bytes <= 0)
            return usageError(Tr::tr("--memory is a size such as 512m or 2g"), kTopic);
        request.memoryMb = bytes / (1024 * 1024);
    }
    if (const QString bad = swarm::checkFargateSize(request.vcpus, request.memoryMb);
        !bad.isEmpty())
        return usageError(bad, kTopic);
    if (p.has(QStringLiteral("timeout"))) {
        const qint64 ms = swarm::parseDurationMs(p.value(QStringLiteral("timeout")));
        if (ms <= 0)
            return usageError(Tr::tr("--timeout is a duration such as 90s or 10m"), kTopic);
        request.timeoutSeconds = int(std::max<qint64>(1, ms / 1000));
    }
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto outcome = session.run(swarm::runFargateTask(api.client(), request));
        if (!outcome)
            return fail(outcome.problem());
        const bool succeeded = outcome->state == QLatin1String("complete");
        if (session.json()) {
            printJson({{"task", utf8(outcome->service)},
                       {"node", utf8(outcome->node)},
                       {"state", utf8(outcome->state)},
                       {"exitCode", outcome->exitCode},
                       {"error", utf8(outcome->error)},
                       {"seconds", outcome->seconds},
                       {"vcpus", request.vcpus},
                       {"memoryMb", request.memoryMb},
                       {"fargateUsd", outcome->fargateUsd},
                       {"log", utf8List(outcome->log)}});
        } else {
            for (const QString &line : outcome->log)
                printLine(escapeForTerminal(line));
            writeBytes(stderr,
                       Tr::tr("%1 ran on %2 for %3 s with %4 vCPU and %5 MB: %6. On Fargate: "
                              "$%7.")
                               .arg(outcome->service, outcome->node)
                               .arg(outcome->seconds, 0, 'f', 1)
                               .arg(request.vcpus)
                               .arg(request.memoryMb)
                               .arg(succeeded
                                        ? Tr::tr("done")
                                        : outcome->state + QStringLiteral(" ") + outcome->error)
                               .arg(outcome->fargateUsd, 0, 'f', 6)
                               .toUtf8() +
                           '\n');
        }
        return succeeded ? kExitOk : kExitFailure;
    });
}

} // namespace

int tasksCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("run"))
        return tasksRun(args.mid(1));
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, tasksUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown tasks command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
