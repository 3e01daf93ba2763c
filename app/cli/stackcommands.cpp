// sloop stacks: a Compose file deployed as Swarm services (docker stack).
#include "commands.h"
#include "output.h"
#include "session.h"
#include "swarmcli.h"

#include "swarm/composefile.h"
#include "swarm/stacks.h"
#include "swarm/swarmapi.h"

#include <QFile>

#include <QFileInfo>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("stacks");

int stacksDeploy(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--compose"), QStringLiteral("-c")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1 || !p.has(QStringLiteral("compose")))
        return usageError(Tr::tr("\"stacks deploy\" takes a NAME and --compose FILE"), kTopic);
    const QString file = p.value(QStringLiteral("compose"));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(
            Error{ErrorKind::NotFound, Tr::tr("cannot read %1: %2").arg(file, in.errorString())});
    const swarm::ComposeParse parsed =
        swarm::parseCompose(in.read(4 * 1024 * 1024), p.positionals.first());
    for (const blueprints::ValidationProblem &w : parsed.warnings)
        writeBytes(stderr, escapeForTerminal(
                               Tr::tr("%1: warning: %2").arg(file, blueprints::formatProblem(w)))
                                   .toUtf8() +
                               '\n');
    if (!parsed.ok()) {
        for (const blueprints::ValidationProblem &e : parsed.errors)
            writeBytes(stderr,
                       escapeForTerminal(file + QStringLiteral(": ") + blueprints::formatProblem(e))
                               .toUtf8() +
                           '\n');
        return fail(Error{ErrorKind::InvalidInput, Tr::tr("nothing was deployed")});
    }
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        swarm::ComposeStack stack = parsed.stack;
        stack.baseDir = QFileInfo(file).absolutePath();
        const auto done = session.run(swarm::deployStack(api.client(), stack));
        if (!done)
            return fail(done.problem());
        if (session.json()) {
            printJson({{"stack", utf8(parsed.stack.name)},
                       {"created", utf8List(done->created)},
                       {"updated", utf8List(done->updated)},
                       {"networksCreated", utf8List(done->networksCreated)},
                       {"leftAlone", utf8List(done->leftAlone)},
                       {"warnings", int(parsed.warnings.size())}});
            return kExitOk;
        }
        for (const QString &n : done->networksCreated)
            printLine(Tr::tr("Creating network %1").arg(n));
        for (const QString &s : done->created)
            printLine(Tr::tr("Creating service %1").arg(s));
        for (const QString &s : done->updated)
            printLine(Tr::tr("Updating service %1").arg(s));
        for (const QString &s : done->leftAlone)
            printLine(
                Tr::tr("Service %1 is no longer in the file; left running (sloop services rm %1)")
                    .arg(s));
        return kExitOk;
    });
}

int stacksList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto services = session.run(api.services());
        if (!services)
            return fail(services.problem());
        const QList<swarm::StackSummary> stacks = swarm::stacksOf(*services);
        if (session.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const swarm::StackSummary &s : stacks)
                out.push_back({{"name", utf8(s.name)},
                               {"services", s.services},
                               {"desired", s.desired},
                               {"running", s.running}});
            printJson(out);
            return kExitOk;
        }
        Table table({Tr::tr("NAME"), Tr::tr("SERVICES"), Tr::tr("TASKS")});
        for (const swarm::StackSummary &s : stacks)
            table.addRow({s.name, QString::number(s.services),
                          QStringLiteral("%1/%2").arg(s.running).arg(s.desired)});
        table.print();
        return kExitOk;
    });
}

int stacksRemove(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"stacks rm\" takes one or more stacks"), kTopic);
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        return applyToEach(p.positionals, [&](const QString &name) {
            return session.run(swarm::removeStack(api.client(), name));
        });
    });
}

} // namespace

int stacksCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("deploy"))
        return stacksDeploy(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return stacksList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return stacksRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, stacksUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown stacks command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
