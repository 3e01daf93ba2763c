// `sloop apis ...` and `sloop routes ...`: APIs on the gateway and the
// routes they send to functions, URLs and mocks (stages: stagecommands.cpp).
#include "apiscli.h"
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "gateway/apiediting.h"
#include "gateway/apirepository.h"
#include "gateway/gateway.h"
#include "store/database.h"
#include "util/textlists.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

nlohmann::json integrationJson(const gateway::Integration &i)
{
    nlohmann::json o = {{"kind", utf8(gateway::integrationKindName(i.kind))},
                        {"timeoutMs", i.timeoutMs}};
    switch (i.kind) {
    case gateway::Integration::Kind::Function:
        o["function"] = utf8(i.target);
        o["payloadFormat"] = i.payloadFormat == 1 ? "1.0" : "2.0";
        break;
    case gateway::Integration::Kind::Http:
        o["url"] = utf8(i.target);
        break;
    case gateway::Integration::Kind::Mock:
        o["status"] = i.mockStatus;
        o["body"] = utf8(QString::fromUtf8(i.mockBody));
        break;
    }
    return o;
}

// Said on stderr, as the window says it in a banner.
void warnIfOpen(const gateway::Api &api)
{
    if (api.servesOtherMachines())
        writeBytes(stderr, Tr::tr("Warning: API %1 is served on %2:%3: other machines can call "
                                  "it, and routes without a key or an authorizer are open to "
                                  "them.\n")
                               .arg(api.name, api.listenAddress())
                               .arg(api.port)
                               .toUtf8());
}

nlohmann::json routeJson(const gateway::Route &r)
{
    return {{"key", utf8(r.key)},
            {"integration", integrationJson(r.integration)},
            {"apiKeyRequired", r.apiKeyRequired},
            {"twoWay", r.twoWay},
            {"authorizer",
             r.authorizer.isEmpty() ? nlohmann::json() : nlohmann::json(utf8(r.authorizer))},
            {"authorizationScopes", utf8List(r.authorizationScopes)}};
}

} // namespace

nlohmann::json stageJson(const gateway::Api &api, const gateway::Stage &s)
{
    nlohmann::json variables = nlohmann::json::object();
    for (auto it = s.variables.cbegin(); it != s.variables.cend(); ++it)
        variables[utf8(it.key())] = utf8(it.value());
    return {{"name", utf8(s.name)},
            {"url", utf8(api.stageUrl(s.name))},
            {"deploymentId", utf8(s.deploymentId)},
            {"rateLimit", s.rateLimit},
            {"burstLimit", s.burstLimit},
            {"variables", variables},
            {"cache",
             {{"enabled", s.cache.enabled},
              {"ttlSeconds", s.cache.ttlSeconds},
              {"keyQueryStrings", utf8List(s.cache.keyQueryStrings)},
              {"keyHeaders", utf8List(s.cache.keyHeaders)},
              {"capacityMb", s.cache.capacityMb},
              {"invalidatorKeyIds", utf8List(s.cache.invalidatorKeyIds)},
              {"flushedMs", s.cache.flushedMs}}},
            {"updatedMs", s.updatedMs}};
}

nlohmann::json apiJson(const gateway::Api &api)
{
    nlohmann::json stages = nlohmann::json::array();
    for (const auto &s : api.stages)
        stages.push_back(stageJson(api, s));
    nlohmann::json routes = nlohmann::json::array();
    for (const auto &r : api.routes)
        routes.push_back(routeJson(r));
    nlohmann::json authorizers = nlohmann::json::array();
    for (const auto &a : api.authorizers)
        authorizers.push_back(authorizerJson(a));
    nlohmann::json deployments = nlohmann::json::array();
    for (const auto &d : api.deployments)
        deployments.push_back({{"id", utf8(d.id)},
                               {"createdMs", d.createdMs},
                               {"description", utf8(d.description)},
                               {"routes", d.routes.size()}});
    nlohmann::json cors = nullptr;
    if (api.cors.enabled()) {
        cors = {{"allowOrigins", utf8List(api.cors.allowOrigins)},
                {"allowMethods", utf8List(api.cors.allowMethods)},
                {"allowHeaders", utf8List(api.cors.allowHeaders)},
                {"exposeHeaders", utf8List(api.cors.exposeHeaders)},
                {"allowCredentials", api.cors.allowCredentials},
                {"maxAgeSeconds", api.cors.maxAgeSeconds}};
    }
    return {{"id", utf8(api.id)},
            {"name", utf8(api.name)},
            {"cors", cors},
            {"type", utf8(gateway::apiTypeName(api.type))},
            {"port", api.port},
            {"bindAddress", utf8(api.listenAddress())},
            {"routeSelectionExpression", api.type == gateway::ApiType::WebSocket
                                             ? nlohmann::json(utf8(api.routeSelectionExpression))
                                             : nlohmann::json()},
            {"description", utf8(api.description)},
            {"createdMs", api.createdMs},
            {"stages", stages},
            {"routes", routes},
            {"authorizers", authorizers},
            {"deployments", deployments}};
}

int readApi(const QString &idOrName, const std::function<int(const gateway::Api &)> &use)
{
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiRepository repo(db);
    const auto api = gateway::requireApi(repo, idOrName);
    if (!api)
        return fail(api.problem());
    return use(*api);
}

int editApi(const QString &idOrName, bool json,
            const std::function<Result<gateway::Api>(gateway::Api)> &edit,
            const std::function<void(const gateway::Api &)> &report)
{
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiRepository repo(db);
    const auto api = gateway::requireApi(repo, idOrName);
    if (!api)
        return fail(api.problem());
    const auto edited = edit(*api);
    if (!edited)
        return fail(edited.problem());
    if (auto saved = repo.save(*edited); !saved)
        return fail(saved.problem());
    gateway::Gateway::tellOwner();
    if (json)
        printJson(apiJson(*edited));
    else
        report(*edited);
    return kExitOk;
}

namespace {

const QString kApis = QStringLiteral("apis");
const QString kRoutes = QStringLiteral("routes");

QString integrationText(const gateway::Integration &i)
{
    switch (i.kind) {
    case gateway::Integration::Kind::Function:
        return Tr::tr("function %1 (payload %2)")
            .arg(i.target, i.payloadFormat == 1 ? QStringLiteral("1.0") : QStringLiteral("2.0"));
    case gateway::Integration::Kind::Http:
        return Tr::tr("HTTP %1").arg(i.target);
    case gateway::Integration::Kind::Mock:
        break;
    }
    return Tr::tr("mock %1").arg(i.mockStatus);
}

int apisCreate(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{
                                              {{QStringLiteral("--type")}, true},
                                              {{QStringLiteral("--port")}, true},
                                              {{QStringLiteral("--description")}, true},
                                              {{QStringLiteral("--bind")}, true},
                                              {{QStringLiteral("--route-selection")}, true},
                                          });
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"apis create\" takes one NAME"), kApis);
    gateway::Api api;
    api.name = parsed.positionals.first();
    const auto type =
        gateway::apiTypeFromName(parsed.value(QStringLiteral("type"), QStringLiteral("http")));
    if (!type)
        return usageError(Tr::tr("--type is http, rest or websocket"), kApis);
    api.type = *type;
    if (parsed.has(QStringLiteral("route-selection"))) {
        api.routeSelectionExpression = parsed.value(QStringLiteral("route-selection"));
        if (auto valid = gateway::validateRouteSelectionExpression(api.routeSelectionExpression);
            !valid)
            return fail(valid.problem());
    }
    if (parsed.has(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parsed.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port < 1024 || port > 65535)
            return usageError(Tr::tr("--port is 1024 to 65535"), kApis);
        api.port = quint16(port);
    }
    api.description = parsed.value(QStringLiteral("description"));
    if (parsed.has(QStringLiteral("bind"))) {
        const auto bound = gateway::withBindAddress(api, parsed.value(QStringLiteral("bind")));
        if (!bound)
            return fail(bound.problem());
        api = *bound;
    }
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto made = gateway::ApiRepository(db).create(api);
    if (!made)
        return fail(made.problem());
    gateway::Gateway::tellOwner();
    warnIfOpen(*made);
    if (parsed.has(QStringLiteral("json"))) {
        printJson(apiJson(*made));
        return kExitOk;
    }
    printLine(made->id);
    if (made->type == gateway::ApiType::WebSocket) {
        printLine(Tr::tr("Next: sloop routes add %1 sendmessage --function NAME (and $connect, "
                         "$disconnect, $default); then sloop stages deploy %1 production")
                      .arg(made->name));
        return kExitOk;
    }
    printLine(Tr::tr("Next: sloop routes add %1 'GET /hello' --function NAME; then sloop stages "
                     "deploy %1 %2")
                  .arg(made->name, made->type == gateway::ApiType::Rest
                                       ? QStringLiteral("dev")
                                       : QStringLiteral("'$default'")));
    return kExitOk;
}

int apisList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto all = gateway::ApiRepository(db).all();
    if (!all)
        return fail(all.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &api : *all)
            out.push_back(apiJson(api));
        printJson(out);
        return kExitOk;
    }
    if (all->isEmpty()) {
        printLine(Tr::tr("No APIs yet: sloop apis create NAME"));
        return kExitOk;
    }
    Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("TYPE"), Tr::tr("ROUTES"), Tr::tr("STAGES"),
                 Tr::tr("URL")});
    for (const auto &api : *all) {
        QStringList stages;
        for (const auto &s : api.stages)
            stages.append(s.name);
        table.addRow({api.id, api.name, gateway::apiTypeName(api.type).toUpper(),
                      QString::number(api.routes.size()), stages.join(QLatin1String(", ")),
                      api.stages.isEmpty() ? Tr::tr("(not deployed)")
                                           : api.stageUrl(api.stages.first().name)});
    }
    table.print();
    return kExitOk;
}

int apisShow(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"apis show\" takes one API"), kApis);
    return readApi(parsed.positionals.first(), [&parsed](const gateway::Api &api) {
        if (parsed.has(QStringLiteral("json"))) {
            printJson(apiJson(api));
            return kExitOk;
        }
        printLine(Tr::tr("%1 (%2, %3 API) on 127.0.0.1:%4")
                      .arg(api.name, api.id, gateway::apiTypeName(api.type).toUpper())
                      .arg(api.port));
        printLine({});
        Table routes({Tr::tr("ROUTE"), Tr::tr("INTEGRATION"), Tr::tr("ACCESS")});
        for (const auto &r : api.routes)
            routes.addRow({r.key, integrationText(r.integration), gateway::routeAccessSummary(r)});
        routes.print();
        printLine({});
        Table stages({Tr::tr("STAGE"), Tr::tr("DEPLOYMENT"), Tr::tr("URL")});
        for (const auto &s : api.stages)
            stages.addRow({s.name, s.deploymentId, api.stageUrl(s.name)});
        stages.print();
        return kExitOk;
    });
}

int apisRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"apis rm\" takes at least one API"), kApis);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiRepository repo(db);
    const int status = applyToEach(parsed.positionals, [&](const QString &name) -> VoidResult {
        const auto api = gateway::requireApi(repo, name);
        if (!api)
            return VoidResult::failure(api.problem());
        return repo.remove(api->id);
    });
    gateway::Gateway::tellOwner();
    return status;
}

int routesAdd(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{
                                              {{QStringLiteral("--function")}, true},
                                              {{QStringLiteral("--url")}, true},
                                              {{QStringLiteral("--mock")}, true},
                                              {{QStringLiteral("--body")}, true},
                                              {{QStringLiteral("--payload")}, true},
                                              {{QStringLiteral("--timeout")}, true},
                                              {{QStringLiteral("--api-key-required")}, false},
                                              {{QStringLiteral("--authorizer")}, true},
                                              {{QStringLiteral("--scope")}, true},
                                              {{QStringLiteral("--two-way")}, false},
                                          });
    if (const int status = checkParsed(parsed, kRoutes); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(
            Tr::tr("\"routes add\" takes an API and a route such as 'GET /pets/{id}'"), kRoutes);
    const int kinds = int(parsed.has(QStringLiteral("function"))) +
                      int(parsed.has(QStringLiteral("url"))) +
                      int(parsed.has(QStringLiteral("mock")));
    if (kinds != 1)
        return usageError(Tr::tr("give one of --function, --url and --mock"), kRoutes);
    gateway::Route route;
    route.key = parsed.positionals.at(1);
    route.apiKeyRequired = parsed.has(QStringLiteral("api-key-required"));
    route.authorizer = parsed.value(QStringLiteral("authorizer"));
    route.authorizationScopes = splitList(parsed.value(QStringLiteral("scope")));
    route.twoWay = parsed.has(QStringLiteral("two-way"));
    if (!route.authorizationScopes.isEmpty() && route.authorizer.isEmpty())
        return usageError(Tr::tr("--scope needs --authorizer"), kRoutes);
    gateway::Integration &i = route.integration;
    if (parsed.has(QStringLiteral("function"))) {
        i.kind = gateway::Integration::Kind::Function;
        i.target = parsed.value(QStringLiteral("function"));
        const QString payload = parsed.value(QStringLiteral("payload"), QStringLiteral("2.0"));
        if (payload != QLatin1String("1.0") && payload != QLatin1String("2.0"))
            return usageError(Tr::tr("--payload is 1.0 or 2.0"), kRoutes);
        i.payloadFormat = payload == QLatin1String("1.0") ? 1 : 2;
    } else if (parsed.has(QStringLiteral("url"))) {
        i.kind = gateway::Integration::Kind::Http;
        i.target = parsed.value(QStringLiteral("url"));
    } else {
        i.kind = gateway::Integration::Kind::Mock;
        bool ok = false;
        i.mockStatus = parsed.value(QStringLiteral("mock")).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--mock takes an HTTP status, such as 200"), kRoutes);
        i.mockBody = parsed.value(QStringLiteral("body")).toUtf8();
    }
    if (parsed.has(QStringLiteral("timeout"))) {
        bool ok = false;
        i.timeoutMs = parsed.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--timeout takes milliseconds"), kRoutes);
    }
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&route](gateway::Api api) { return gateway::withRoute(std::move(api), route); },
        [&route](const gateway::Api &api) {
            const auto key = gateway::normalizeRouteKey(route.key);
            printLine(key ? *key : route.key);
            printLine(Tr::tr("Deploy it to serve it: sloop stages deploy %1 STAGE").arg(api.name));
        });
}

int routesList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kRoutes); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"routes ls\" takes one API"), kRoutes);
    return readApi(parsed.positionals.first(), [&parsed](const gateway::Api &api) {
        if (parsed.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &r : api.routes)
                out.push_back(routeJson(r));
            printJson(out);
            return kExitOk;
        }
        Table table({Tr::tr("ROUTE"), Tr::tr("INTEGRATION"), Tr::tr("ACCESS")});
        for (const auto &r : api.routes)
            table.addRow({r.key, integrationText(r.integration), gateway::routeAccessSummary(r)});
        table.print();
        return kExitOk;
    });
}

int routesRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kRoutes); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"routes rm\" takes an API and a route"), kRoutes);
    const QString key = parsed.positionals.at(1);
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&key](gateway::Api api) { return gateway::withoutRoute(std::move(api), key); },
        [&key](const gateway::Api &) { printLine(key); });
}

int apisBind(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"apis bind\" takes an API and an ADDRESS"), kApis);
    const QString address = parsed.positionals.at(1);
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&address](gateway::Api api) { return gateway::withBindAddress(std::move(api), address); },
        [](const gateway::Api &api) {
            warnIfOpen(api);
            printLine(api.stageUrl(QStringLiteral("$default")));
        });
}

int apisCors(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--origins")}, true},
                                                  {{QStringLiteral("--methods")}, true},
                                                  {{QStringLiteral("--headers")}, true},
                                                  {{QStringLiteral("--expose")}, true},
                                                  {{QStringLiteral("--max-age")}, true},
                                                  {{QStringLiteral("--credentials")}, false},
                                                  {{QStringLiteral("--off")}, false}});
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1 ||
        parsed.has(QStringLiteral("off")) == parsed.has(QStringLiteral("origins")))
        return usageError(Tr::tr("\"apis cors\" takes an API and --origins LIST, or --off"), kApis);
    gateway::Cors cors;
    const auto list = [&parsed](const QString &key) {
        return splitList(parsed.value(key));
    };
    if (!parsed.has(QStringLiteral("off"))) {
        cors.allowOrigins = list(QStringLiteral("origins"));
        cors.allowMethods = list(QStringLiteral("methods"));
        cors.allowHeaders = list(QStringLiteral("headers"));
        cors.exposeHeaders = list(QStringLiteral("expose"));
        cors.allowCredentials = parsed.has(QStringLiteral("credentials"));
        bool ok = true;
        cors.maxAgeSeconds =
            parsed.value(QStringLiteral("max-age"), QStringLiteral("0")).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--max-age takes seconds"), kApis);
    }
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&cors](gateway::Api api) { return gateway::withCors(std::move(api), cors); },
        [](const gateway::Api &api) {
            printLine(
                api.cors.enabled()
                    ? Tr::tr("CORS on for %1").arg(api.cors.allowOrigins.join(QLatin1String(", ")))
                    : Tr::tr("CORS off"));
        });
}

} // namespace

int apisCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create") || verb == QLatin1String("add"))
        return apisCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return apisList(rest);
    if (verb == QLatin1String("show"))
        return apisShow(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return apisRemove(rest);
    if (verb == QLatin1String("try"))
        return apisTry(rest);
    if (verb == QLatin1String("cors"))
        return apisCors(rest);
    if (verb == QLatin1String("bind"))
        return apisBind(rest);
    if (verb == QLatin1String("cost"))
        return apisCost(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, apisUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown apis command \"%1\"").arg(verb), kApis);
}

int routesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add"))
        return routesAdd(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return routesList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return routesRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, routesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown routes command \"%1\"").arg(verb), kRoutes);
}

} // namespace sloop::cli
