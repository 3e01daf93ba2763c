// `sloop stages ...`: the stages an API is deployed to, their rollback,
// throttle and variables.
#include "apiscli.h"
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "gateway/apiediting.h"
#include "gateway/apikeys.h"
#include "store/database.h"
#include "util/textlists.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

const QString kStages = QStringLiteral("stages");

int stagesDeploy(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--description")}, true}});
    if (const int status = checkParsed(parsed, kStages); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"stages deploy\" takes an API and a STAGE"), kStages);
    const QString stage = parsed.positionals.at(1);
    const QString description = parsed.value(QStringLiteral("description"));
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&](gateway::Api api) {
            return gateway::deployed(std::move(api), stage, description,
                                     QDateTime::currentMSecsSinceEpoch());
        },
        [&stage](const gateway::Api &api) {
            printLine(Tr::tr("Deployed %1 to %2: %3")
                          .arg(api.stage(stage)->deploymentId, stage, api.stageUrl(stage)));
        });
}

int stagesList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kStages); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"stages ls\" takes one API"), kStages);
    return readApi(parsed.positionals.first(), [&parsed](const gateway::Api &api) {
        if (parsed.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &s : api.stages)
                out.push_back(stageJson(api, s));
            printJson(out);
            return kExitOk;
        }
        Table table({Tr::tr("STAGE"), Tr::tr("DEPLOYMENT"), Tr::tr("DEPLOYED"), Tr::tr("THROTTLE"),
                     Tr::tr("CACHE"), Tr::tr("URL")});
        for (const auto &s : api.stages) {
            table.addRow(
                {s.name, s.deploymentId,
                 QDateTime::fromMSecsSinceEpoch(s.updatedMs).toString(Qt::ISODate),
                 s.rateLimit > 0 ? Tr::tr("%1/s, burst %2").arg(s.rateLimit).arg(s.burstLimit)
                                 : QStringLiteral("-"),
                 s.cache.enabled ? Tr::tr("%1 s").arg(s.cache.ttlSeconds) : QStringLiteral("-"),
                 api.stageUrl(s.name)});
        }
        table.print();
        return kExitOk;
    });
}

int stagesRollback(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--to")}, true}});
    if (const int status = checkParsed(parsed, kStages); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"stages rollback\" takes an API and a STAGE"), kStages);
    const QString stage = parsed.positionals.at(1);
    const QString to = parsed.value(QStringLiteral("to"));
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&](gateway::Api api) {
            return gateway::rolledBack(std::move(api), stage, to,
                                       QDateTime::currentMSecsSinceEpoch());
        },
        [&stage](const gateway::Api &api) {
            printLine(
                Tr::tr("%1 now serves deployment %2").arg(stage, api.stage(stage)->deploymentId));
        });
}

int stagesThrottle(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--rate")}, true},
                                                  {{QStringLiteral("--burst")}, true},
                                                  {{QStringLiteral("--variable")}, true}});
    if (const int status = checkParsed(parsed, kStages); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"stages set\" takes an API and a STAGE"), kStages);
    const QString stage = parsed.positionals.at(1);
    bool rateOk = true;
    bool burstOk = true;
    const double rate = parsed.value(QStringLiteral("rate"), QStringLiteral("0")).toDouble(&rateOk);
    const int burst = parsed.value(QStringLiteral("burst"), QStringLiteral("0")).toInt(&burstOk);
    if (!rateOk || !burstOk)
        return usageError(Tr::tr("--rate and --burst take numbers"), kStages);
    QMap<QString, QString> variables;
    for (const QString &v : parsed.values(QStringLiteral("variable"))) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq < 1)
            return usageError(Tr::tr("--variable takes NAME=VALUE"), kStages);
        variables.insert(v.left(eq), v.mid(eq + 1));
    }
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&](gateway::Api api) {
            return gateway::withStageSettings(std::move(api), stage, rate, burst, variables);
        },
        [&stage](const gateway::Api &) { printLine(stage); });
}

} // namespace

int stagesCache(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--ttl")}, true},
                                                  {{QStringLiteral("--key-query")}, true},
                                                  {{QStringLiteral("--key-header")}, true},
                                                  {{QStringLiteral("--capacity")}, true},
                                                  {{QStringLiteral("--invalidators")}, true},
                                                  {{QStringLiteral("--off")}, false}});
    if (const int status = checkParsed(parsed, kStages); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"stages cache\" takes an API and a STAGE"), kStages);
    const QString stage = parsed.positionals.at(1);
    const auto list = [&parsed](const QString &key) {
        return splitList(parsed.value(key));
    };
    gateway::StageCache cache;
    cache.enabled = !parsed.has(QStringLiteral("off"));
    bool ttlOk = true;
    bool capacityOk = true;
    cache.ttlSeconds = parsed.value(QStringLiteral("ttl"), QStringLiteral("300")).toInt(&ttlOk);
    cache.capacityMb =
        parsed.value(QStringLiteral("capacity"), QStringLiteral("512")).toInt(&capacityOk);
    if (!ttlOk || !capacityOk)
        return usageError(Tr::tr("--ttl takes seconds and --capacity megabytes"), kStages);
    cache.keyQueryStrings = list(QStringLiteral("key-query"));
    cache.keyHeaders = list(QStringLiteral("key-header"));
    // Keys by name or id, stored by id.
    const QStringList invalidators = list(QStringLiteral("invalidators"));
    if (!invalidators.isEmpty()) {
        store::Database db;
        if (!openStore(db))
            return kExitFailure;
        gateway::ApiKeyRepository keys(db);
        for (const QString &k : invalidators) {
            const auto key = keys.requireKey(k);
            if (!key)
                return fail(key.problem());
            cache.invalidatorKeyIds.append(key->id);
        }
    }
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&](gateway::Api api) { return gateway::withStageCache(std::move(api), stage, cache); },
        [&stage, &cache](const gateway::Api &) {
            printLine(cache.enabled ? Tr::tr("Stage %1 caches GET answers for %2 s")
                                          .arg(stage)
                                          .arg(cache.ttlSeconds)
                                    : Tr::tr("Stage %1 caches nothing").arg(stage));
        });
}

int stagesFlushCache(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kStages); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"stages flush-cache\" takes an API and a STAGE"), kStages);
    const QString stage = parsed.positionals.at(1);
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&stage](gateway::Api api) {
            return gateway::withCacheFlushed(std::move(api), stage,
                                             QDateTime::currentMSecsSinceEpoch());
        },
        [&stage](const gateway::Api &) {
            printLine(Tr::tr("Flushed the cache of %1").arg(stage));
        });
}

int stagesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("deploy"))
        return stagesDeploy(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return stagesList(rest);
    if (verb == QLatin1String("rollback"))
        return stagesRollback(rest);
    if (verb == QLatin1String("set"))
        return stagesThrottle(rest);
    if (verb == QLatin1String("cache"))
        return stagesCache(rest);
    if (verb == QLatin1String("flush-cache"))
        return stagesFlushCache(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, stagesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown stages command \"%1\"").arg(verb), kStages);
}

} // namespace sloop::cli
