// `sloop keys ...` and `sloop usage-plans ...`: API keys for the gateway's
// routes, and the plans that throttle, cap and count them.
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "gateway/apikeys.h"
#include "gateway/apirepository.h"
#include "gateway/gateway.h"
#include "store/database.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

const QString kKeys = QStringLiteral("keys");
const QString kPlans = QStringLiteral("usage-plans");

nlohmann::json keyJson(const gateway::ApiKey &k)
{
    return {{"id", utf8(k.id)},
            {"name", utf8(k.name)},
            {"enabled", k.enabled},
            {"createdMs", k.createdMs}};
}

nlohmann::json planJson(const gateway::UsagePlan &p)
{
    nlohmann::json stages = nlohmann::json::array();
    for (const QString &s : p.stages)
        stages.push_back(utf8(s));
    nlohmann::json keys = nlohmann::json::array();
    for (const QString &k : p.keyIds)
        keys.push_back(utf8(k));
    nlohmann::json o = {{"id", utf8(p.id)},         {"name", utf8(p.name)},
                        {"rateLimit", p.rateLimit}, {"burstLimit", p.burstLimit},
                        {"stages", stages},         {"keys", keys}};
    if (p.quotaLimit > 0)
        o["quota"] = {{"limit", p.quotaLimit},
                      {"period", utf8(gateway::quotaPeriodName(p.quotaPeriod).toUpper())}};
    return o;
}

int keysCreate(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kKeys); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"keys create\" takes one NAME"), kKeys);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto made = gateway::ApiKeyRepository(db).createKey(parsed.positionals.first());
    if (!made)
        return fail(made.problem());
    gateway::Gateway::tellOwner();
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json o = keyJson(made->first);
        o["value"] = utf8(made->second);
        printJson(o);
        return kExitOk;
    }
    printLine(Tr::tr("Key %1 (%2): %3").arg(made->first.name, made->first.id, made->second));
    printLine(Tr::tr("Keep the value now: Sloop stores only its hash and cannot show it again. "
                     "Clients send it as the x-api-key header."));
    return kExitOk;
}

int keysList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kKeys); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiKeyRepository repo(db);
    const auto keys = repo.keys();
    if (!keys)
        return fail(keys.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &k : *keys)
            out.push_back(keyJson(k));
        printJson(out);
        return kExitOk;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto usage = repo.usage({}, today, today);
    Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("CREATED"), Tr::tr("REQUESTS TODAY")});
    for (const auto &k : *keys) {
        qint64 requests = 0;
        for (const auto &row : usage ? *usage : QList<gateway::UsageRow>()) {
            if (row.keyId == k.id)
                requests += row.requests;
        }
        table.addRow({k.id, k.name,
                      QDateTime::fromMSecsSinceEpoch(k.createdMs).toString(Qt::ISODate),
                      QString::number(requests)});
    }
    table.print();
    return kExitOk;
}

int keysRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kKeys); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"keys rm\" takes at least one key"), kKeys);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiKeyRepository repo(db);
    const int status = applyToEach(parsed.positionals, [&](const QString &name) -> VoidResult {
        const auto key = repo.requireKey(name);
        if (!key)
            return VoidResult::failure(key.problem());
        return repo.removeKey(key->id);
    });
    gateway::Gateway::tellOwner();
    return status;
}

int plansCreate(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--rate")}, true},
                                                            {{QStringLiteral("--burst")}, true},
                                                            {{QStringLiteral("--quota")}, true},
                                                            {{QStringLiteral("--period")}, true},
                                                            {{QStringLiteral("--stage")}, true}});
    if (const int status = checkParsed(parsed, kPlans); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1 || !parsed.has(QStringLiteral("rate")) ||
        !parsed.has(QStringLiteral("burst")))
        return usageError(Tr::tr("\"usage-plans create\" takes a NAME, --rate and --burst"),
                          kPlans);
    gateway::UsagePlan plan;
    plan.name = parsed.positionals.first();
    bool rateOk = false;
    bool burstOk = false;
    bool quotaOk = true;
    plan.rateLimit = parsed.value(QStringLiteral("rate")).toDouble(&rateOk);
    plan.burstLimit = parsed.value(QStringLiteral("burst")).toInt(&burstOk);
    plan.quotaLimit =
        parsed.value(QStringLiteral("quota"), QStringLiteral("0")).toLongLong(&quotaOk);
    if (!rateOk || !burstOk || !quotaOk)
        return usageError(Tr::tr("--rate, --burst and --quota take numbers"), kPlans);
    const auto period =
        gateway::quotaPeriodFromName(parsed.value(QStringLiteral("period"), QStringLiteral("day")));
    if (!period)
        return usageError(Tr::tr("--period is day, week or month"), kPlans);
    plan.quotaPeriod = *period;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiRepository apis(db);
    for (const QString &ref : parsed.values(QStringLiteral("stage"))) {
        const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
        if (colon < 1)
            return usageError(Tr::tr("--stage takes API:STAGE"), kPlans);
        const auto api = gateway::requireApi(apis, ref.left(colon));
        if (!api)
            return fail(api.problem());
        const QString stage = ref.mid(colon + 1);
        if (!api->stage(stage))
            return fail(Error::make(
                ErrorKind::NotFound,
                Tr::tr("API %1 has no stage \"%2\" (deploy it first).").arg(api->name, stage)));
        plan.stages.append(api->id + QLatin1Char(':') + stage);
    }
    const auto made = gateway::ApiKeyRepository(db).createPlan(plan);
    if (!made)
        return fail(made.problem());
    gateway::Gateway::tellOwner();
    if (parsed.has(QStringLiteral("json")))
        printJson(planJson(*made));
    else
        printLine(made->id);
    return kExitOk;
}

int plansAddKey(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kPlans); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"usage-plans add-key\" takes a PLAN and a KEY"), kPlans);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiKeyRepository repo(db);
    const auto plan = repo.requirePlan(parsed.positionals.at(0));
    if (!plan)
        return fail(plan.problem());
    const auto key = repo.requireKey(parsed.positionals.at(1));
    if (!key)
        return fail(key.problem());
    if (auto added = repo.addKeyToPlan(plan->id, key->id); !added)
        return fail(added.problem());
    gateway::Gateway::tellOwner();
    printLine(Tr::tr("%1 is in %2").arg(key->name, plan->name));
    return kExitOk;
}

int plansList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kPlans); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto plans = gateway::ApiKeyRepository(db).plans();
    if (!plans)
        return fail(plans.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &p : *plans)
            out.push_back(planJson(p));
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("RATE"), Tr::tr("BURST"), Tr::tr("QUOTA"),
                 Tr::tr("STAGES"), Tr::tr("KEYS")});
    for (const auto &p : *plans)
        table.addRow(
            {p.id, p.name, QString::number(p.rateLimit), QString::number(p.burstLimit),
             p.quotaLimit > 0
                 ? Tr::tr("%1 a %2").arg(p.quotaLimit).arg(gateway::quotaPeriodName(p.quotaPeriod))
                 : QStringLiteral("-"),
             p.stages.join(QLatin1String(", ")), QString::number(p.keyIds.size())});
    table.print();
    return kExitOk;
}

int plansRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kPlans); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"usage-plans rm\" takes at least one plan"), kPlans);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiKeyRepository repo(db);
    const int status = applyToEach(parsed.positionals, [&](const QString &name) -> VoidResult {
        const auto plan = repo.requirePlan(name);
        if (!plan)
            return VoidResult::failure(plan.problem());
        return repo.removePlan(plan->id);
    });
    gateway::Gateway::tellOwner();
    return status;
}

// Requests per key per day: what a person bills from.
int plansUsage(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--from")}, true},
                                                            {{QStringLiteral("--to")}, true},
                                                            {{QStringLiteral("--csv")}, false}});
    if (const int status = checkParsed(parsed, kPlans); status != kContinue)
        return status;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate from = parsed.has(QStringLiteral("from"))
                           ? QDate::fromString(parsed.value(QStringLiteral("from")), Qt::ISODate)
                           : QDate(today.year(), today.month(), 1);
    const QDate to = parsed.has(QStringLiteral("to"))
                         ? QDate::fromString(parsed.value(QStringLiteral("to")), Qt::ISODate)
                         : today;
    if (!from.isValid() || !to.isValid())
        return usageError(Tr::tr("--from and --to take dates such as 2026-12-01"), kPlans);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    gateway::ApiKeyRepository repo(db);
    QString keyId;
    if (!parsed.positionals.isEmpty()) {
        const auto key = repo.requireKey(parsed.positionals.first());
        if (!key)
            return fail(key.problem());
        keyId = key->id;
    }
    const auto rows = repo.usage(keyId, from, to);
    if (!rows)
        return fail(rows.problem());
    QHash<QString, QString> names;
    if (const auto keys = repo.keys())
        for (const auto &k : *keys)
            names.insert(k.id, k.name);
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &r : *rows)
            out.push_back({{"day", utf8(r.day.toString(Qt::ISODate))},
                           {"keyId", utf8(r.keyId)},
                           {"keyName", utf8(names.value(r.keyId))},
                           {"planId", utf8(r.planId)},
                           {"requests", r.requests}});
        printJson(out);
        return kExitOk;
    }
    if (parsed.has(QStringLiteral("csv"))) {
        writeBytes(stdout, gateway::usageCsv(*rows, names));
        return kExitOk;
    }
    Table table({Tr::tr("DAY"), Tr::tr("KEY"), Tr::tr("PLAN"), Tr::tr("REQUESTS")});
    for (const auto &r : *rows)
        table.addRow({r.day.toString(Qt::ISODate), names.value(r.keyId, r.keyId), r.planId,
                      QString::number(r.requests)});
    table.print();
    return kExitOk;
}

} // namespace

int keysCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create") || verb == QLatin1String("add"))
        return keysCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return keysList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return keysRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, keysUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown keys command \"%1\"").arg(verb), kKeys);
}

int usagePlansCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create") || verb == QLatin1String("add"))
        return plansCreate(rest);
    if (verb == QLatin1String("add-key"))
        return plansAddKey(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return plansList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return plansRemove(rest);
    if (verb == QLatin1String("usage"))
        return plansUsage(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, usagePlansUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown usage-plans command \"%1\"").arg(verb), kPlans);
}

} // namespace sloop::cli
