// `sloop alarms ...`: threshold alarms on metrics, through the same
// AlarmService the Alarms page uses. Evaluation runs in the window or in
// `sloop serve`; these commands list, add, remove and show history.
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "alarms/alarmrepository.h"
#include "alarms/alarmservice.h"
#include "metrics/metricpoint.h"
#include "store/database.h"

#include <QDateTime>

#include <cmath>

namespace sloop::cli {

namespace {

using alarms::AlarmDefinition;
using alarms::AlarmHistoryEntry;

const QString kTopic = QStringLiteral("alarms");

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

nlohmann::json toJson(const AlarmDefinition &a)
{
    return {{"name", utf8(a.name)},
            {"target", utf8(a.target)},
            {"metric", utf8(a.metric)},
            {"statistic", utf8(alarms::statisticKey(a.statistic))},
            {"comparison", utf8(alarms::toString(a.comparison))},
            {"threshold", a.threshold},
            {"periodSeconds", a.periodSeconds},
            {"evaluationPeriods", a.evaluationPeriods},
            {"datapointsToAlarm", a.datapointsToAlarm},
            {"missingData", utf8(alarms::toString(a.missingData))},
            {"command", utf8(a.command)},
            {"enabled", a.enabled},
            {"state", utf8(alarms::toString(a.state))},
            {"stateReason", utf8(a.stateReason)},
            {"stateSince", utf8(isoTime(a.stateSinceMs))}};
}

nlohmann::json toJson(const AlarmHistoryEntry &e)
{
    return {{"alarm", utf8(e.alarmName)},
            {"time", utf8(isoTime(e.timeMs))},
            {"from", utf8(alarms::toString(e.from))},
            {"to", utf8(alarms::toString(e.to))},
            {"reason", utf8(e.reason)},
            {"note", utf8(e.note)}};
}

void printAlarms(const QList<AlarmDefinition> &list, bool json)
{
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const AlarmDefinition &a : list)
            out.push_back(toJson(a));
        printJson(out);
        return;
    }
    Table table(
        {Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("TARGET"), Tr::tr("CONDITION"), Tr::tr("SINCE")});
    table.setMaxWidth(0, 40);
    for (const AlarmDefinition &a : list)
        table.addRow({a.name,
                      a.enabled ? alarms::toString(a.state)
                                : alarms::toString(a.state) + Tr::tr(" (disabled)"),
                      a.target, alarms::describeCondition(a),
                      QDateTime::fromMSecsSinceEpoch(a.stateSinceMs).toString(Qt::ISODate)});
    table.print();
}

// The store and an AlarmService over it (no metric store: nothing is
// evaluated here).
struct Alarms
{
    store::Database db;
    std::unique_ptr<alarms::AlarmRepository> repo;
    std::unique_ptr<alarms::AlarmService> service;

    bool open()
    {
        if (!openStore(db))
            return false;
        repo = std::make_unique<alarms::AlarmRepository>(&db);
        service = std::make_unique<alarms::AlarmService>(repo.get(), nullptr);
        return true;
    }
};

ParsedArgs parse(const QStringList &args, const QList<OptionSpec> &extra)
{
    return parseArgs(args, commonOptions() + extra);
}

int alarmsList(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {{{QStringLiteral("--target")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"alarms ls\" takes no names"), kTopic);
    Alarms a;
    if (!a.open())
        return kExitFailure;
    auto list = parsed.has(QStringLiteral("target"))
                    ? a.repo->forTarget(parsed.value(QStringLiteral("target")))
                    : a.service->alarms();
    if (!list)
        return fail(list.problem());
    printAlarms(list.value(), parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int alarmsAdd(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {{{QStringLiteral("--target")}, true},
                                           {{QStringLiteral("--metric")}, true},
                                           {{QStringLiteral("--statistic")}, true},
                                           {{QStringLiteral("--comparison")}, true},
                                           {{QStringLiteral("--threshold")}, true},
                                           {{QStringLiteral("--period")}, true},
                                           {{QStringLiteral("--evaluation-periods")}, true},
                                           {{QStringLiteral("--datapoints")}, true},
                                           {{QStringLiteral("--missing")}, true},
                                           {{QStringLiteral("--command")}, true},
                                           {{QStringLiteral("--disabled")}, false}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"alarms add\" takes one NAME (quote a name with spaces)"),
                          kTopic);
    for (const char *required : {"target", "metric", "threshold"}) {
        if (!parsed.has(QLatin1String(required)))
            return usageError(Tr::tr("\"alarms add\" needs --%1").arg(QLatin1String(required)),
                              kTopic);
    }
    AlarmDefinition def;
    def.name = parsed.positionals.first();
    def.target = parsed.value(QStringLiteral("target"));
    def.metric = parsed.value(QStringLiteral("metric"));
    const auto statistic =
        alarms::statisticFromKey(parsed.value(QStringLiteral("statistic"), QStringLiteral("avg")));
    if (!statistic)
        return usageError(Tr::tr("--statistic takes avg, min or max"), kTopic);
    def.statistic = *statistic;
    const auto comparison = alarms::comparisonFromString(
        parsed.value(QStringLiteral("comparison"), QStringLiteral(">")));
    if (!comparison)
        return usageError(Tr::tr("--comparison takes '>', '>=', '<' or '<='"), kTopic);
    def.comparison = *comparison;
    bool ok = false;
    def.threshold = parsed.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || !std::isfinite(def.threshold))
        return usageError(Tr::tr("--threshold takes a number, for example 80 or 0.5"), kTopic);
    struct IntOption
    {
        const char *name;
        int *field;
        int fallback;
    };
    for (const IntOption &o : {IntOption{"period", &def.periodSeconds, 300},
                               IntOption{"evaluation-periods", &def.evaluationPeriods, 1},
                               IntOption{"datapoints", &def.datapointsToAlarm, -1}}) {
        const QString key = QLatin1String(o.name);
        if (!parsed.has(key)) {
            *o.field = o.fallback;
            continue;
        }
        const auto v = wholeNumber(parsed.value(key));
        if (!v)
            return usageError(Tr::tr("--%1 takes a whole number").arg(key), kTopic);
        *o.field = *v;
    }
    // Datapoints default to all the evaluation periods (N of N), as in CloudWatch.
    if (def.datapointsToAlarm < 0)
        def.datapointsToAlarm = def.evaluationPeriods;
    const auto missing = alarms::missingDataFromString(
        parsed.value(QStringLiteral("missing"), QStringLiteral("missing")));
    if (!missing)
        return usageError(Tr::tr("--missing takes missing, ignore, breaching or not-breaching"),
                          kTopic);
    def.missingData = *missing;
    def.command = parsed.value(QStringLiteral("command"));
    def.enabled = !parsed.has(QStringLiteral("disabled"));
    if (const VoidResult valid = alarms::validate(def); !valid)
        return usageError(valid.error(), kTopic);

    Alarms a;
    if (!a.open())
        return kExitFailure;
    const auto added = a.service->addAlarm(def);
    if (!added)
        return fail(added.problem());
    printAlarms({added.value()}, parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int alarmsRemove(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"alarms rm\" takes one or more NAMEs"), kTopic);
    Alarms a;
    if (!a.open())
        return kExitFailure;
    return applyToEach(parsed.positionals,
                       [&a](const QString &name) { return a.service->removeAlarm(name); });
}

int alarmsHistory(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {{{QStringLiteral("--limit")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() > 1)
        return usageError(Tr::tr("\"alarms history\" takes at most one NAME"), kTopic);
    const auto limit = wholeNumber(parsed.value(QStringLiteral("limit"), QStringLiteral("100")));
    if (!limit || *limit < 1)
        return usageError(Tr::tr("--limit takes a whole number from 1"), kTopic);
    Alarms a;
    if (!a.open())
        return kExitFailure;
    const QString name = parsed.positionals.value(0);
    if (!name.isEmpty()) {
        const auto found = a.service->find(name);
        if (!found)
            return fail(found.problem());
        if (!found->has_value())
            return fail(Tr::tr("there is no alarm named \"%1\"").arg(name));
    }
    const auto entries = a.service->history(name, *limit);
    if (!entries)
        return fail(entries.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const AlarmHistoryEntry &e : entries.value())
            out.push_back(toJson(e));
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("TIME"), Tr::tr("ALARM"), Tr::tr("FROM"), Tr::tr("TO"), Tr::tr("REASON")});
    table.setMaxWidth(4, 120);
    for (const AlarmHistoryEntry &e : entries.value())
        table.addRow({QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(Qt::ISODate), e.alarmName,
                      alarms::toString(e.from), alarms::toString(e.to),
                      e.note.isEmpty() ? e.reason : e.reason + QLatin1Char(' ') + e.note});
    table.print();
    return kExitOk;
}

int alarmsDefaults(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"alarms defaults\" takes one TARGET (host/NAME, "
                                 "container/ENGINE/NAME or function/NAME)"),
                          kTopic);
    const auto target = metrics::Target::fromKey(parsed.positionals.first());
    if (!target || target->kind == metrics::TargetKind::Engine)
        return usageError(Tr::tr("\"%1\" is not a host/NAME, container/ENGINE/NAME or "
                                 "function/NAME target")
                              .arg(parsed.positionals.first()),
                          kTopic);
    Alarms a;
    if (!a.open())
        return kExitFailure;
    const auto added = a.service->addDefaultsFor(*target);
    if (!added)
        return fail(added.problem());
    printAlarms(added.value(), parsed.has(QStringLiteral("json")));
    return kExitOk;
}

} // namespace

int alarmsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return alarmsList(rest);
    if (verb == QLatin1String("add"))
        return alarmsAdd(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return alarmsRemove(rest);
    if (verb == QLatin1String("history"))
        return alarmsHistory(rest);
    if (verb == QLatin1String("defaults"))
        return alarmsDefaults(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, alarmsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown alarms command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
