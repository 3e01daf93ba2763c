// `sloop functions cost [NAME]`: what each function's use this month would
// cost on Lambda (list prices, x86 and Arm, and after the free tier), and
// here (its share of what its machine is stated to cost).
#include "commands.h"
#include "hostsession.h"
#include "output.h"
#include "session.h"

#include "engine/dockerclient.h"
#include "functions/functioncost.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "functions/invocationlog.h"
#include "pricing/costrepository.h"
#include "store/database.h"

#include <QHash>

namespace sloop::cli {

int functionsCost(const QStringList &args)
{
    const QString topic = QStringLiteral("functions");
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, topic); status != kContinue)
        return status;
    const auto prices = pricing::loadLambdaPrices();
    if (!prices)
        return fail(prices.problem());
    Session session(parsed);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    auto all = functions::FunctionRepository(db).all();
    if (!all)
        return fail(all.problem());
    QList<functions::FunctionRecord> chosen;
    for (const auto &f : *all)
        if (parsed.positionals.isEmpty() ||
            parsed.positionals.contains(f.name, Qt::CaseInsensitive))
            chosen << f;
    if (!parsed.positionals.isEmpty() && chosen.isEmpty())
        return fail(functions::functionNotFound(parsed.positionals.first()));
    const auto month = functions::InvocationLog(db).usage(functions::startOfMonthMs());
    if (!month)
        return fail(month.problem());
    // Each machine's stated cost and memory, asked once.
    QHash<QString, std::pair<std::optional<double>, qint64>> machines;
    const auto machineOf = [&](const QString &engine) {
        if (!machines.contains(engine)) {
            std::optional<double> monthly;
            qint64 memory = 0;
            if (const auto stated = pricing::CostRepository(db).find(engine);
                stated && stated->has_value()) {
                monthly = double((*stated)->monthlyCents) / 100.0;
                if (auto client = session.client(engine); client)
                    if (const auto info = session.run((*client)->systemInfo()); info)
                        memory = info->memoryBytes / (1024 * 1024);
            }
            machines.insert(engine, {monthly, memory});
        }
        return machines.value(engine);
    };
    nlohmann::json out = nlohmann::json::array();
    Table table({Tr::tr("FUNCTION"), Tr::tr("REQUESTS"), Tr::tr("GB-SECONDS"), Tr::tr("LAMBDA X86"),
                 Tr::tr("LAMBDA ARM"), Tr::tr("AFTER FREE TIER"), Tr::tr("HERE")});
    for (const auto &f : chosen) {
        const auto [monthly, memory] = machineOf(f.engine);
        const functions::FunctionCost c =
            functions::functionCost(*prices, month->value(f.name.toLower()), monthly, memory);
        if (parsed.has(QStringLiteral("json"))) {
            nlohmann::json row = {{"function", utf8(f.name)},
                                  {"requests", c.use.requests},
                                  {"gbSeconds", c.use.gbSeconds},
                                  {"lambdaX86", c.lambda.totalX86},
                                  {"lambdaArm", c.lambda.totalArm},
                                  {"afterFreeTierX86", c.lambda.afterFreeTierX86},
                                  {"currency", utf8(prices->currency)}};
            row["here"] = c.here ? nlohmann::json(*c.here) : nlohmann::json(nullptr);
            out.push_back(row);
            continue;
        }
        table.addRow({f.name, QString::number(c.use.requests),
                      QString::number(c.use.gbSeconds, 'f', 3), pricing::dollars(c.lambda.totalX86),
                      pricing::dollars(c.lambda.totalArm),
                      pricing::dollars(c.lambda.afterFreeTierX86),
                      c.here ? pricing::dollars(*c.here) : Tr::tr("unknown")});
    }
    if (parsed.has(QStringLiteral("json"))) {
        printJson(out);
        return kExitOk;
    }
    table.print();
    printLine(Tr::tr("This month so far. Prices: %1, %2. \"Here\" is the function's share of "
                     "its machine's stated monthly cost (sloop costs set).")
                  .arg(prices->source, prices->takenOn));
    return kExitOk;
}

} // namespace sloop::cli
