// `sloop apis cost [API]`: this month's traffic as API Gateway would bill
// it, from the dated price file (requests, WebSocket messages and
// connection minutes, cache hours; before and after the free tier).
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "gateway/apicost.h"
#include "gateway/apirepository.h"
#include "pricing/apigatewayprice.h"
#include "pricing/lambdaprice.h"
#include "store/database.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

const QString kApis = QStringLiteral("apis");

} // namespace

int apisCost(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kApis); status != kContinue)
        return status;
    if (parsed.positionals.size() > 1)
        return usageError(Tr::tr("\"apis cost\" takes at most one API"), kApis);
    const auto prices = pricing::loadApiGatewayPrices();
    if (!prices)
        return fail(prices.problem());
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiRepository repo(db);
    QList<gateway::Api> apis;
    if (parsed.positionals.isEmpty()) {
        const auto all = repo.all();
        if (!all)
            return fail(all.problem());
        apis = *all;
    } else {
        const auto one = gateway::requireApi(repo, parsed.positionals.first());
        if (!one)
            return fail(one.problem());
        apis = {*one};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    nlohmann::json out = nlohmann::json::array();
    Table table({Tr::tr("API"), Tr::tr("TYPE"), Tr::tr("REQUESTS"), Tr::tr("CONN. MIN"),
                 Tr::tr("CACHE H"), Tr::tr("ON API GATEWAY"), Tr::tr("AFTER FREE TIER")});
    for (const gateway::Api &api : std::as_const(apis)) {
        const auto cost = gateway::apiCostThisMonth(db, api, *prices, now);
        if (!cost)
            return fail(cost.problem());
        out.push_back({{"api", utf8(api.name)},
                       {"type", utf8(gateway::apiTypeName(api.type))},
                       {"requests", cost->use.requests},
                       {"connectionMinutes", cost->use.connectionMinutes},
                       {"cacheHours", cost->use.cacheHours},
                       {"usd", cost->bill.total},
                       {"usdAfterFreeTier", cost->bill.afterFreeTier}});
        table.addRow({api.name, gateway::apiTypeName(api.type).toUpper(),
                      QString::number(cost->use.requests),
                      QString::number(cost->use.connectionMinutes, 'f', 1),
                      QString::number(cost->use.cacheHours, 'f', 1),
                      pricing::dollars(cost->bill.total),
                      pricing::dollars(cost->bill.afterFreeTier)});
    }
    if (parsed.has(QStringLiteral("json"))) {
        printJson({{"prices",
                    {{"title", utf8(prices->title)},
                     {"source", utf8(prices->source)},
                     {"takenOn", utf8(prices->takenOn)}}},
                   {"apis", out}});
        return kExitOk;
    }
    table.print();
    printLine({});
    printLine(Tr::tr("This month so far, at %1 (%2, taken on %3). A WebSocket API's "
                     "requests are its messages.")
                  .arg(prices->title, prices->source, prices->takenOn));
    return kExitOk;
}

} // namespace sloop::cli
