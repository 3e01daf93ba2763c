#include "commands.h"
#include "output.h"
#include "session.h"

#include "engine/dockerclient.h"

#include <algorithm>
#include <vector>

namespace sloop::cli {

namespace {

QString formatPort(const engine::PortBinding &p)
{
    const QString inside = QString::number(p.privatePort) + QLatin1Char('/') + p.protocol;
    if (p.publicPort == 0)
        return inside;
    const QString ip =
        p.ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.ip + QLatin1Char(']') : p.ip;
    return (ip.isEmpty() ? QString() : ip + QLatin1Char(':')) + QString::number(p.publicPort) +
           QStringLiteral("->") + inside;
}

// ordered_json, its keys in the order nlohmann::json's std::map would
// sort them (bytes of UTF-8): the same text, without a tree per container
// (a list of 1,000 spent a tenth of its time building and freeing those).
nlohmann::ordered_json toJson(const engine::ContainerSummary &c)
{
    nlohmann::ordered_json ports = nlohmann::ordered_json::array();
    for (const engine::PortBinding &p : c.ports) {
        ports.push_back({{"ip", utf8(p.ip)},
                         {"privatePort", p.privatePort},
                         {"protocol", utf8(p.protocol)},
                         {"publicPort", p.publicPort}});
    }
    std::vector<std::pair<std::string, std::string>> sortedLabels;
    sortedLabels.reserve(size_t(c.labels.size()));
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        sortedLabels.emplace_back(utf8(it.key()), utf8(it.value()));
    std::sort(sortedLabels.begin(), sortedLabels.end());
    nlohmann::ordered_json labels = nlohmann::ordered_json::object();
    for (auto &[key, value] : sortedLabels)
        labels.emplace(std::move(key), std::move(value));
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out.emplace("command", utf8(c.command));
    out.emplace("composeProject", utf8(c.composeProject()));
    out.emplace("created", utf8(c.created.toUTC().toString(Qt::ISODate)));
    out.emplace("id", utf8(c.id));
    out.emplace("image", utf8(c.image));
    out.emplace("imageId", utf8(c.imageId));
    out.emplace("labels", std::move(labels));
    out.emplace("name", utf8(c.name));
    out.emplace("ports", std::move(ports));
    out.emplace("state", utf8(c.state));
    out.emplace("status", utf8(c.status));
    return out;
}

ParsedArgs parseOrReport(const QStringList &args, QList<OptionSpec> extra)
{
    return parseArgs(args, commonOptions() + extra);
}

} // namespace

int containersList(const QStringList &args)
{
    const ParsedArgs parsed =
        parseOrReport(args, {{{QStringLiteral("--all"), QStringLiteral("-a")}, false}});
    if (const int status = checkParsed(parsed, QStringLiteral("containers")); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"containers ls\" takes no names"), QStringLiteral("containers"));
    Session session(parsed);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    const auto list =
        session.run(client.value()->listContainers(parsed.has(QStringLiteral("all"))));
    if (!list)
        return fail(list.problem());

    if (session.json()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        out.get_ref<nlohmann::ordered_json::array_t &>().reserve(size_t(list->size()));
        for (const engine::ContainerSummary &c : list.value())
            out.push_back(toJson(c));
        printOrderedJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("CONTAINER ID"), Tr::tr("NAME"), Tr::tr("IMAGE"), Tr::tr("STATE"),
                 Tr::tr("STATUS"), Tr::tr("PORTS"), Tr::tr("PROJECT")});
    // Long values (a 10,000-character label) would push every other row off
    // the screen; JSON keeps them whole.
    for (int column : {1, 2, 6})
        table.setMaxWidth(column, 48);
    table.setMaxWidth(5, 80);
    for (const engine::ContainerSummary &c : list.value()) {
        QStringList ports;
        for (const engine::PortBinding &p : c.ports)
            ports.append(formatPort(p));
        table.addRow({c.id.left(12), c.name, c.image, c.state, c.status,
                      ports.join(QStringLiteral(", ")), c.composeProject()});
    }
    table.print();
    return kExitOk;
}

int containersInspect(const QStringList &args)
{
    const ParsedArgs parsed = parseOrReport(args, {});
    if (const int status = checkParsed(parsed, QStringLiteral("containers")); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"containers inspect\" takes one NAME_OR_ID"),
                          QStringLiteral("containers"));
    Session session(parsed);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    const auto details = session.run(client.value()->inspectContainer(parsed.positionals.first()));
    if (!details)
        return fail(details.problem());
    if (session.json()) {
        writeBytes(stdout, details->rawJson.trimmed() + '\n');
        return kExitOk;
    }
    const engine::ContainerSummary &s = details->summary;
    QStringList ports, mounts, networks;
    for (const engine::PortBinding &p : s.ports)
        ports.append(formatPort(p));
    for (const engine::MountInfo &m : details->mounts)
        mounts.append(m.source + QLatin1Char(':') + m.destination + (m.readWrite ? "" : ":ro"));
    for (auto it = details->networks.cbegin(); it != details->networks.cend(); ++it)
        networks.append(it.key() + QLatin1Char(' ') + it.value());
    Table table({Tr::tr("FIELD"), Tr::tr("VALUE")});
    table.setMaxWidth(1, 200);
    const QString comma = QStringLiteral(", ");
    table.addRow({Tr::tr("id"), s.id});
    table.addRow({Tr::tr("name"), s.name});
    table.addRow({Tr::tr("image"), s.image});
    table.addRow({Tr::tr("state"), s.state});
    table.addRow({Tr::tr("command"), (details->entrypoint + details->cmd).join(QLatin1Char(' '))});
    table.addRow({Tr::tr("created"), s.created.toString(Qt::ISODate)});
    table.addRow({Tr::tr("started"), details->startedAt.toString(Qt::ISODate)});
    table.addRow({Tr::tr("exit code"), QString::number(details->exitCode)});
    table.addRow({Tr::tr("restart policy"), details->restartPolicy});
    table.addRow({Tr::tr("ports"), ports.join(comma)});
    table.addRow({Tr::tr("mounts"), mounts.join(comma)});
    table.addRow({Tr::tr("networks"), networks.join(comma)});
    table.print();
    return kExitOk;
}

int containersCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list") || verb == QLatin1String("ps"))
        return containersList(rest);
    if (verb == QLatin1String("run"))
        return containersRun(rest);
    if (verb == QLatin1String("logs"))
        return containersLogs(rest);
    if (verb == QLatin1String("inspect"))
        return containersInspect(rest);
    if (verb == QLatin1String("start") || verb == QLatin1String("stop") ||
        verb == QLatin1String("restart") || verb == QLatin1String("rm") ||
        verb == QLatin1String("remove"))
        return containersLifecycle(verb, rest);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        writeBytes(verb.isEmpty() ? stderr : stdout, containersUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown containers command \"%1\"").arg(verb),
                      QStringLiteral("containers"));
}

} // namespace sloop::cli
