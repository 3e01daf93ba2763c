// `sloop plans ...` and `sloop costs ...`: the price catalogue and what the
// person says their hosts and engines cost.
#include "commands.h"
#include "hostsession.h"
#include "output.h"
#include "session.h"

#include "engine/addedengines.h"
#include "engine/dockerclient.h"
#include "hosts/hostrepository.h"
#include "instances/instancerepository.h"
#include "pricing/costestimator.h"
#include "pricing/costrepository.h"
#include "pricing/price.h"
#include "pricing/pricecatalog.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

const QString kPlans = QStringLiteral("plans");
const QString kCosts = QStringLiteral("costs");

nlohmann::json toJson(const pricing::Plan &p, const QString &currency)
{
    return {{"id", utf8(p.id)},
            {"name", utf8(p.name)},
            {"vcpus", p.vcpus},
            {"memoryMiB", p.memoryMiB},
            {"diskGiB", p.diskGiB},
            {"transferGiB", p.transferGiB},
            {"priceCents", p.priceCents},
            {"monthly", utf8(pricing::formatMonthly(p.priceCents, currency))},
            {"hourly", utf8(pricing::formatHourly(p.priceCents, currency))}};
}

int plansList(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--file")}, true}});
    if (const int status = checkParsed(parsed, kPlans); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"plans ls\" takes no names"), kPlans);
    const auto catalog = parsed.has(QStringLiteral("file"))
                             ? pricing::loadPriceCatalog(parsed.value(QStringLiteral("file")))
                             : pricing::loadPriceCatalog();
    if (!catalog)
        return fail(catalog.problem());
    const pricing::PriceCatalog &c = catalog.value();
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json plans = nlohmann::json::array();
        for (const pricing::Plan &p : c.plans)
            plans.push_back(toJson(p, c.currency));
        printJson({{"title", utf8(c.title)},
                   {"source", utf8(c.source)},
                   {"takenOn", utf8(c.takenOn.toString(Qt::ISODate))},
                   {"currency", utf8(c.currency)},
                   {"plans", plans}});
        return kExitOk;
    }
    Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("VCPUS"), Tr::tr("MEMORY"), Tr::tr("DISK"),
                 Tr::tr("TRANSFER"), Tr::tr("PRICE"), Tr::tr("HOURLY")});
    for (const pricing::Plan &p : c.plans)
        table.addRow({p.id, p.name, QString::number(p.vcpus), pricing::formatMemory(p.memoryMiB),
                      pricing::formatStorage(p.diskGiB), pricing::formatStorage(p.transferGiB),
                      pricing::formatMonthly(p.priceCents, c.currency),
                      pricing::formatHourly(p.priceCents, c.currency)});
    table.print();
    printLine(escapeForTerminal(
        Tr::tr("%1, taken on %2 from %3").arg(c.title, c.takenOn.toString(Qt::ISODate), c.source)));
    return kExitOk;
}

// A machine's memory for the estimates: an engine of this machine by its
// socket; an SSH host by its facts script (Strict host keys, 10 s).
pricing::MemoryLookup cliMemory(store::Database &db, engine::EngineManager *engines)
{
    return
        [&db, engines](const QString &location, bool mayConnect) -> QFuture<std::optional<qint64>> {
            using Memory = std::optional<qint64>;
            if (engine::DockerClient *client = engines->client(location))
                return client->systemInfo().then([](const Result<engine::EngineSystemInfo> &i) {
                    return Memory(i ? i->memoryBytes / (1024 * 1024) : 0);
                });
            if (!mayConnect)
                return QtFuture::makeReadyFuture(Memory());
            int status = 0;
            const auto host = findHost(db, location, &status);
            if (!host)
                return QtFuture::makeReadyFuture(Memory(0));
            const auto facts =
                runOnHost(*host,
                          ssh::RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                                                    QString::fromUtf8(kHostFactsScript)}),
                          ssh::HostKeyPolicy::Strict, 10000, &status);
            const HostFacts f =
                facts && facts->exitStatus == 0 ? parseHostFacts(facts->stdOut) : HostFacts{};
            return QtFuture::makeReadyFuture(Memory(f.memTotalKb.value_or(0) / 1024));
        };
}

struct CostRow
{
    pricing::HostCost cost;
    int instances = 0;
    std::optional<qint64> memoryMiB; // none: not asked (no instance on it)
    const pricing::MachineEstimate *estimate = nullptr;
};

nlohmann::json toJson(const CostRow &row)
{
    const pricing::HostCost &c = row.cost;
    nlohmann::json out = {
        {"location", utf8(c.location)},
        {"monthlyCents", c.monthlyCents},
        {"currency", utf8(c.currency)},
        {"monthly", utf8(pricing::formatMonthly(c.monthlyCents, c.currency))},
        {"updated",
         utf8(QDateTime::fromMSecsSinceEpoch(c.updatedMs, Qt::UTC).toString(Qt::ISODateWithMs))},
        {"instances", row.instances},
        {"memoryMiB", row.memoryMiB && *row.memoryMiB > 0 ? nlohmann::json(*row.memoryMiB)
                                                          : nlohmann::json(nullptr)},
        {"instancesShareCents", nlohmann::json(nullptr)},
        {"lightsailCents", row.estimate ? row.estimate->lightsailCents : 0}};
    if (row.estimate && row.memoryMiB.value_or(0) > 0)
        out["instancesShareCents"] = row.estimate->instanceCents;
    return out;
}

// The instances on each location and their share of its cost, through the
// same CostEstimator the window's instances page uses.
void printCosts(store::Database &db, const QList<pricing::HostCost> &costs, bool json)
{
    // A store without instances yet still lists its costs.
    const auto all = instances::InstanceRepository(db).all();
    const QList<instances::InstanceRecord> records =
        all ? all.value() : QList<instances::InstanceRecord>{};
    const auto catalog = pricing::loadPriceCatalog();
    QList<pricing::InstanceUse> uses;
    QStringList used;
    for (const instances::InstanceRecord &r : records) {
        const auto plan = catalog ? catalog->plan(r.planId) : std::nullopt;
        uses.append({r.name, r.location, plan ? plan->memoryMiB : 0, plan ? plan->priceCents : 0});
        used.append(r.location);
    }
    CommandLog log;
    engine::EngineManager engines(&log);
    pricing::CostEstimator estimator(db, cliMemory(db, &engines));
    QStringList asked;
    for (const pricing::HostCost &c : costs)
        if (used.contains(c.location, Qt::CaseInsensitive))
            asked.append(c.location);
    runUntilFinished(estimator.learnMemory(asked));
    const auto summary = estimator.estimate(uses);

    QList<CostRow> rows;
    for (const pricing::HostCost &c : costs) {
        CostRow row{c, 0, std::nullopt, nullptr};
        for (const instances::InstanceRecord &r : records)
            row.instances += r.location.compare(c.location, Qt::CaseInsensitive) == 0 ? 1 : 0;
        if (asked.contains(c.location))
            row.memoryMiB = estimator.memoryMiB(c.location);
        if (summary)
            for (const pricing::MachineEstimate &m : summary->machines)
                if (m.location.compare(c.location, Qt::CaseInsensitive) == 0)
                    row.estimate = &m;
        rows.append(row);
    }
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const CostRow &row : rows)
            out.push_back(toJson(row));
        printJson(out);
        return;
    }
    Table table({Tr::tr("HOST OR ENGINE"), Tr::tr("MONTHLY"), Tr::tr("MEMORY"), Tr::tr("INSTANCES"),
                 Tr::tr("THEIR SHARE"), Tr::tr("UPDATED")});
    for (const CostRow &row : rows) {
        const pricing::HostCost &c = row.cost;
        const bool known = row.memoryMiB.value_or(0) > 0;
        table.addRow({c.location, pricing::formatMonthly(c.monthlyCents, c.currency),
                      known ? pricing::formatMemory(*row.memoryMiB)
                            : (row.memoryMiB ? Tr::tr("not known") : QString()),
                      QString::number(row.instances),
                      known && row.estimate
                          ? pricing::formatAmount(row.estimate->instanceCents, c.currency)
                          : QString(),
                      QDateTime::fromMSecsSinceEpoch(c.updatedMs).toString(Qt::ISODate)});
    }
    table.print();
}

// A cost belongs to a host in the store or an engine of this machine (a
// host's engine shares the host's name).
bool isKnownLocation(store::Database &db, const QString &name, QString *error)
{
    for (const engine::EngineEndpoint &e : engine::knownEngines()) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    const auto host = hosts::HostRepository(db).find(name);
    if (!host) {
        *error = host.error();
        return false;
    }
    if (host->has_value())
        return true;
    *error = Tr::tr("there is no host or engine named %1 (see \"sloop hosts ls\" and \"sloop "
                    "engines ls\")")
                 .arg(name);
    return false;
}

int costsSet(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--currency")}, true}});
    if (const int status = checkParsed(parsed, kCosts); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"costs set\" takes HOST_OR_ENGINE AMOUNT"), kCosts);
    const auto amount = pricing::parseAmount(parsed.positionals.at(1));
    if (!amount)
        return usageError(amount.error(), kCosts);
    pricing::HostCost cost;
    cost.location = parsed.positionals.first();
    cost.monthlyCents = amount.value();
    cost.currency = parsed.value(QStringLiteral("currency"), QStringLiteral("USD")).toUpper();
    if (const VoidResult valid = pricing::validate(cost); !valid)
        return usageError(valid.error(), kCosts);

    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    QString error;
    if (!isKnownLocation(db, cost.location, &error))
        return fail(error);
    const auto saved = pricing::CostRepository(db).set(cost);
    if (!saved)
        return fail(saved.problem());
    printCosts(db, {saved.value()}, parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int costsList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kCosts); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"costs ls\" takes no names"), kCosts);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto costs = pricing::CostRepository(db).all();
    if (!costs)
        return fail(costs.problem());
    printCosts(db, costs.value(), parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int costsRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kCosts); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"costs rm\" takes one or more HOST_OR_ENGINE names"), kCosts);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    pricing::CostRepository repository(db);
    return applyToEach(parsed.positionals,
                       [&repository](const QString &name) { return repository.remove(name); });
}

} // namespace

int plansCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return plansList(args.mid(1));
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, plansUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown plans command \"%1\"").arg(verb), kPlans);
}

int costsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("set"))
        return costsSet(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return costsList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return costsRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, costsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown costs command \"%1\"").arg(verb), kCosts);
}

} // namespace sloop::cli
