// sloop swarm: make a swarm, join engines to it, list and drain its nodes.
#include "commands.h"
#include "output.h"
#include "session.h"
#include "swarmcli.h"

#include "swarm/swarmapi.h"

#include <QFile>

namespace sloop::cli {

int withSwarm(const ParsedArgs &parsed,
              const std::function<int(Session &session, swarm::SwarmApi &api)> &use)
{
    Session session(parsed);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    swarm::SwarmApi api(client.value());
    return use(session, api);
}

namespace {

nlohmann::json toJson(const swarm::SwarmNode &n)
{
    nlohmann::json labels = nlohmann::json::object();
    for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
        labels[utf8(it.key())] = utf8(it.value());
    return {{"id", utf8(n.id)},
            {"hostname", utf8(n.hostname)},
            {"role", utf8(n.role)},
            {"availability", utf8(n.availability)},
            {"state", utf8(n.state)},
            {"address", utf8(n.address)},
            {"leader", n.leader},
            {"managerReachability", utf8(n.managerReachability)},
            {"engineVersion", utf8(n.engineVersion)},
            {"cpus", double(n.nanoCpus) / 1e9},
            {"memoryBytes", n.memoryBytes},
            {"labels", labels}};
}

nlohmann::json toJson(const swarm::SwarmState &s)
{
    return {{"state", utf8(s.localState)},
            {"nodeId", utf8(s.nodeId)},
            {"nodeAddress", utf8(s.nodeAddress)},
            {"manager", s.manager},
            {"clusterId", utf8(s.clusterId)},
            {"nodes", s.nodes},
            {"managers", s.managers},
            {"error", utf8(s.error)}};
}

int swarmStatus(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    return withSwarm(parsed, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto state = session.run(api.state());
        if (!state)
            return fail(state.problem());
        if (session.json()) {
            printJson(toJson(*state));
            return kExitOk;
        }
        if (!state->active()) {
            printLine(
                Tr::tr("Engine %1 is not in a swarm (%2). Make one with \"sloop swarm init\".")
                    .arg(api.client()->name(), state->localState));
            return kExitOk;
        }
        printLine(
            state->manager
                ? Tr::tr("Engine %1 is a manager of swarm %2 at %3: %4 nodes, %5 managers.")
                      .arg(api.client()->name(), state->clusterId.left(12), state->nodeAddress)
                      .arg(state->nodes)
                      .arg(state->managers)
                : Tr::tr("Engine %1 is a worker at %2; its managers: %3.")
                      .arg(api.client()->name(), state->nodeAddress,
                           state->remoteManagers.join(QStringLiteral(", "))));
        return kExitOk;
    });
}

int swarmInit(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--advertise-addr")}, true}});
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    return withSwarm(parsed, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto nodeId = session.run(api.init(parsed.value(QStringLiteral("advertise-addr"))));
        if (!nodeId)
            return fail(nodeId.problem());
        if (session.json()) {
            printJson({{"engine", utf8(api.client()->name())}, {"nodeId", utf8(*nodeId)}});
            return kExitOk;
        }
        printLine(Tr::tr("Engine %1 now leads a new swarm (node %2). Join other engines with "
                         "\"sloop swarm join --manager %1 --engine OTHER\".")
                      .arg(api.client()->name(), nodeId->left(12)));
        return kExitOk;
    });
}

int swarmJoin(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--manager")}, true},
                                                  {{QStringLiteral("--as-manager")}, false},
                                                  {{QStringLiteral("--advertise-addr")}, true}});
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    const QString managerName = parsed.value(QStringLiteral("manager"));
    if (managerName.isEmpty() || !parsed.has(QStringLiteral("engine")))
        return usageError(Tr::tr("\"swarm join\" needs --engine (the one to join) and --manager "
                                 "(an engine of the swarm)"),
                          QStringLiteral("swarm"));
    Session session(parsed);
    const auto joiner = session.client();
    if (!joiner)
        return fail(joiner.error(), session.lookupExitCode());
    const auto manager = session.client(managerName);
    if (!manager)
        return fail(manager.error(), session.lookupExitCode());
    const VoidResult joined = session.run(
        swarm::joinSwarm(manager.value(), joiner.value(), parsed.has(QStringLiteral("as-manager")),
                         parsed.value(QStringLiteral("advertise-addr"))));
    if (!joined)
        return fail(joined.problem());
    printLine(
        Tr::tr("Engine %1 joined the swarm of %2 as a %3.")
            .arg(joiner.value()->name(), managerName,
                 parsed.has(QStringLiteral("as-manager")) ? Tr::tr("manager") : Tr::tr("worker")));
    return kExitOk;
}

int swarmLeave(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--force"), QStringLiteral("-f")}, false}});
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    return withSwarm(parsed, [&](Session &session, swarm::SwarmApi &api) -> int {
        const VoidResult left = session.run(api.leave(parsed.has(QStringLiteral("force"))));
        if (!left)
            return fail(left.problem());
        printLine(Tr::tr("Engine %1 left its swarm.").arg(api.client()->name()));
        return kExitOk;
    });
}

int swarmNodes(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    return withSwarm(parsed, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto nodes = session.run(api.nodes());
        if (!nodes)
            return fail(nodes.problem());
        if (session.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const swarm::SwarmNode &n : *nodes)
                out.push_back(toJson(n));
            printJson(out);
            return kExitOk;
        }
        Table table({Tr::tr("ID"), Tr::tr("HOSTNAME"), Tr::tr("ROLE"), Tr::tr("STATE"),
                     Tr::tr("AVAILABILITY"), Tr::tr("MANAGER"), Tr::tr("ADDRESS"),
                     Tr::tr("ENGINE")});
        for (const swarm::SwarmNode &n : *nodes)
            table.addRow({n.id.left(12), n.hostname, n.role, n.state, n.availability,
                          n.leader ? Tr::tr("leader") : n.managerReachability, n.address,
                          n.engineVersion});
        table.print();
        return kExitOk;
    });
}

// drain, pause, activate NODE...
int swarmAvailability(const QString &availability, const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("name the nodes (ID or hostname)"), QStringLiteral("swarm"));
    return withSwarm(parsed, [&](Session &session, swarm::SwarmApi &api) -> int {
        return applyToEach(parsed.positionals, [&](const QString &node) {
            return session.run(api.setAvailability(node, availability));
        });
    });
}

int swarmRemoveNode(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--force"), QStringLiteral("-f")}, false}});
    if (const int status = checkParsed(parsed, QStringLiteral("swarm")); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("name the nodes (ID or hostname)"), QStringLiteral("swarm"));
    return withSwarm(parsed, [&](Session &session, swarm::SwarmApi &api) -> int {
        return applyToEach(parsed.positionals, [&](const QString &node) {
            return session.run(api.removeNode(node, parsed.has(QStringLiteral("force"))));
        });
    });
}

const QString kTopic = QStringLiteral("swarm");

// sloop swarm secrets|configs create NAME (--file F | -) | ls | rm NAME...
int swarmFiles(const QStringList &args, bool secrets)
{
    const QString what = secrets ? QStringLiteral("secrets") : QStringLiteral("configs");
    const QString verb = args.value(0);
    const ParsedArgs p =
        parseArgs(args.mid(1),
                  commonOptions() +
                      QList<OptionSpec>{{{QStringLiteral("--file"), QStringLiteral("-f")}, true},
                                        {{QStringLiteral("--label"), QStringLiteral("-l")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (verb == QLatin1String("create")) {
        if (p.positionals.isEmpty() || p.positionals.size() > 2 ||
            (p.positionals.size() == 2 && p.positionals.at(1) != QLatin1String("-")) ||
            (p.positionals.size() == 1) == !p.has(QStringLiteral("file")))
            return usageError(Tr::tr("\"swarm %1 create\" takes NAME and --file FILE, or NAME - "
                                     "to read standard input")
                                  .arg(what),
                              kTopic);
        QByteArray data;
        if (p.has(QStringLiteral("file"))) {
            QFile f(p.value(QStringLiteral("file")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(
                    Error{ErrorKind::NotFound,
                          Tr::tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString())});
            data = f.read(500 * 1024 + 1);
        } else {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return fail(Tr::tr("standard input cannot be read"));
            data = in.read(500 * 1024 + 1);
        }
        QMap<QString, QString> labels;
        for (const QString &l : p.values(QStringLiteral("label")))
            labels.insert(l.section(QLatin1Char('='), 0, 0), l.section(QLatin1Char('='), 1));
        return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
            const QString name = p.positionals.first();
            const auto made = session.run(secrets ? api.createSecret(name, data, labels)
                                                  : api.createConfig(name, data, labels));
            if (!made)
                return fail(made.problem());
            if (session.json())
                printJson({{"id", utf8(*made)}, {"name", utf8(name)}});
            else
                printLine(*made);
            return kExitOk;
        });
    }
    if (verb == QLatin1String("ls") || verb == QLatin1String("list")) {
        return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
            const auto listed = session.run(secrets ? api.secrets() : api.configs());
            if (!listed)
                return fail(listed.problem());
            if (session.json()) {
                nlohmann::json out = nlohmann::json::array();
                for (const swarm::SwarmObject &o : *listed)
                    out.push_back({{"id", utf8(o.id)},
                                   {"name", utf8(o.name)},
                                   {"created", utf8(o.created.toString(Qt::ISODate))},
                                   {"updated", utf8(o.updated.toString(Qt::ISODate))}});
                printJson(out);
                return kExitOk;
            }
            Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("CREATED")});
            for (const swarm::SwarmObject &o : *listed)
                table.addRow(
                    {o.id.left(12), o.name, o.created.toLocalTime().toString(Qt::ISODate)});
            table.print();
            return kExitOk;
        });
    }
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove")) {
        if (p.positionals.isEmpty())
            return usageError(Tr::tr("\"swarm %1 rm\" takes NAME...").arg(what), kTopic);
        return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
            return applyToEach(p.positionals, [&](const QString &name) {
                return session.run(secrets ? api.removeSecret(name) : api.removeConfig(name));
            });
        });
    }
    return usageError(Tr::tr("\"swarm %1\" takes create, ls or rm").arg(what), kTopic);
}

} // namespace

int swarmCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("status") || verb == QLatin1String("info"))
        return swarmStatus(rest);
    if (verb == QLatin1String("secrets") || verb == QLatin1String("configs"))
        return swarmFiles(args.mid(1), verb == QLatin1String("secrets"));
    if (verb == QLatin1String("init"))
        return swarmInit(rest);
    if (verb == QLatin1String("join"))
        return swarmJoin(rest);
    if (verb == QLatin1String("leave"))
        return swarmLeave(rest);
    if (verb == QLatin1String("nodes"))
        return swarmNodes(rest);
    if (verb == QLatin1String("drain") || verb == QLatin1String("pause"))
        return swarmAvailability(verb, rest);
    if (verb == QLatin1String("activate"))
        return swarmAvailability(QStringLiteral("active"), rest);
    if (verb == QLatin1String("rm-node"))
        return swarmRemoveNode(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, swarmUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown swarm command \"%1\"").arg(verb), QStringLiteral("swarm"));
}

} // namespace sloop::cli
