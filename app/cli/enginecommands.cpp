#include "commands.h"
#include "output.h"
#include "session.h"

#include "engine/addedengines.h"
#include "engine/dockerclient.h"

namespace sloop::cli {

namespace {

struct EngineRow
{
    engine::EngineEndpoint endpoint;
    Result<engine::EngineInfo> info;
};

nlohmann::json toJson(const EngineRow &row)
{
    nlohmann::json o{{"name", utf8(row.endpoint.name)},
                     {"address", utf8(row.endpoint.address)},
                     {"kind", utf8(row.endpoint.kind)},
                     {"reachable", row.info.ok()}};
    if (row.info) {
        o["product"] = utf8(row.info->product);
        o["version"] = utf8(row.info->version);
        o["apiVersion"] = utf8(row.info->apiVersion);
        o["negotiatedApiVersion"] = utf8(row.info->negotiated);
        o["os"] = utf8(row.info->os);
        o["arch"] = utf8(row.info->arch);
    } else {
        o["error"] = utf8(row.info.error());
    }
    return o;
}

int enginesList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("engines")); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"engines ls\" takes no names"), QStringLiteral("engines"));

    Session session(parsed);
    QList<EngineRow> rows;
    for (const engine::EngineEndpoint &e : session.engines()) {
        const auto client = session.client(e.name);
        rows.append({e, client ? session.run(client.value()->negotiate())
                               : Result<engine::EngineInfo>::failure(client.problem())});
    }

    if (session.json()) {
        nlohmann::json out = nlohmann::json::array();
        for (const EngineRow &row : rows)
            out.push_back(toJson(row));
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("NAME"), Tr::tr("ADDRESS"), Tr::tr("KIND"), Tr::tr("STATUS"),
                 Tr::tr("PRODUCT"), Tr::tr("VERSION"), Tr::tr("API")});
    for (const EngineRow &row : rows) {
        const auto &i = row.info;
        table.addRow({row.endpoint.name, row.endpoint.address, row.endpoint.kind,
                      i ? Tr::tr("reachable") : Tr::tr("unreachable"), i ? i->product : QString(),
                      i ? i->version : QString(),
                      i ? i->negotiated + QLatin1Char('/') + i->apiVersion : QString()});
    }
    table.print();
    // The reason an engine is down belongs under the table, one line each.
    for (const EngineRow &row : rows) {
        if (!row.info)
            writeBytes(stderr, escapeForTerminal(row.endpoint.name + QStringLiteral(": ") +
                                                 row.info.error())
                                       .toUtf8() +
                                   '\n');
    }
    return kExitOk;
}

int enginesAdd(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("engines")); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"engines add\" takes a NAME and an ADDRESS"),
                          QStringLiteral("engines"));
    const auto added = engine::addEngine(parsed.positionals[0], parsed.positionals[1]);
    if (!added)
        return fail(added.problem());
    // Saved either way, like a Docker context; whether it answers is told.
    Session session(parsed);
    const auto client = session.client(added->name);
    const Result<engine::EngineInfo> info =
        client ? session.run(client.value()->negotiate())
               : Result<engine::EngineInfo>::failure(client.problem());
    const EngineRow row{*added, info};
    if (session.json()) {
        printJson(toJson(row));
        return kExitOk;
    }
    printLine(
        info
            ? Tr::tr("Added engine %1 (%2 %3).").arg(added->name, info->product, info->version)
            : Tr::tr("Added engine %1; it does not answer yet: %2").arg(added->name, info.error()));
    return kExitOk;
}

int enginesRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("engines")); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"engines rm\" takes one NAME"), QStringLiteral("engines"));
    const QString name = parsed.positionals.first();
    if (!engine::removeAddedEngine(name))
        return fail(Error{ErrorKind::NotFound,
                          Tr::tr("no added engine is named \"%1\" (local engines and SSH "
                                 "hosts' engines are not removed here)")
                              .arg(name)});
    printLine(Tr::tr("Removed engine %1 from the list; the engine itself is untouched.").arg(name));
    return kExitOk;
}

} // namespace

int enginesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return enginesList(args.mid(1));
    if (verb == QLatin1String("add"))
        return enginesAdd(args.mid(1));
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return enginesRemove(args.mid(1));
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        writeBytes(verb.isEmpty() ? stderr : stdout, enginesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown engines command \"%1\"").arg(verb),
                      QStringLiteral("engines"));
}

} // namespace sloop::cli
