// `sloop schedules ...`: EventBridge-style schedules that invoke functions.
// They are kept in the store; the owner of the data folder (a window or
// `sloop serve`) fires them, and is told at once when they change here.
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "batch/batchrepository.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "schedules/scheduleexpression.h"
#include "schedules/scheduler.h"
#include "schedules/schedulerepository.h"
#include "store/database.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

using schedules::Schedule;
using schedules::ScheduleExpression;
using schedules::ScheduleRun;

const QString kTopic = QStringLiteral("schedules");

// "2026-12-07 12:00 CET (11:00 UTC)"; UTC alone for UTC.
QString fireText(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime utc = at.toUTC();
    if (zone.id() == "UTC")
        return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QDateTime local = at.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + zone.abbreviation(local) +
           utc.toString(QStringLiteral(" (HH:mm 'UTC')"));
}

QList<QDateTime> nextFires(const Schedule &s, int count)
{
    const auto expression = ScheduleExpression::parse(s.expression);
    const auto zone = ScheduleExpression::zone(s.timeZone);
    if (!expression || !zone || !s.enabled)
        return {};
    return expression->nextFires(QDateTime::currentDateTimeUtc(), *zone,
                                 QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC), count);
}

nlohmann::json scheduleJson(const Schedule &s)
{
    nlohmann::json next = nlohmann::json::array();
    for (const QDateTime &at : nextFires(s, 3))
        next.push_back(utf8(at.toUTC().toString(Qt::ISODate)));
    return {{"name", utf8(s.name)},
            {"arn", utf8(schedules::scheduleArn(s.name))},
            {"expression", utf8(s.expression)},
            {"timeZone", utf8(s.timeZone)},
            {"function", utf8(s.function)},
            {"batchQueue", utf8(s.batchQueue)},
            {"batchDefinition", utf8(s.batchDefinition)},
            {"qualifier", utf8(s.qualifier)},
            {"input", utf8(s.input)},
            {"description", utf8(s.description)},
            {"enabled", s.enabled},
            {"catchUp", s.catchUp},
            {"createdMs", s.createdMs},
            {"nextFires", next}};
}

int schedulesAdd(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--expression"), QStringLiteral("-e")}, true},
                                    {{QStringLiteral("--function"), QStringLiteral("-f")}, true},
                                    {{QStringLiteral("--batch-queue")}, true},
                                    {{QStringLiteral("--batch-definition")}, true},
                                    {{QStringLiteral("--timezone")}, true},
                                    {{QStringLiteral("--qualifier"), QStringLiteral("-q")}, true},
                                    {{QStringLiteral("--input")}, true},
                                    {{QStringLiteral("--description")}, true},
                                    {{QStringLiteral("--catch-up")}, false},
                                    {{QStringLiteral("--disabled")}, false}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"schedules add\" takes one name"), kTopic);
    const bool batchTarget =
        parsed.has(QStringLiteral("batch-queue")) || parsed.has(QStringLiteral("batch-definition"));
    if (!parsed.has(QStringLiteral("expression")) ||
        parsed.has(QStringLiteral("function")) == batchTarget)
        return usageError(Tr::tr("\"schedules add\" needs --expression and either --function or "
                                 "--batch-queue with --batch-definition"),
                          kTopic);
    Schedule s;
    s.name = parsed.positionals.first();
    s.expression = parsed.value(QStringLiteral("expression"));
    s.function = parsed.value(QStringLiteral("function"));
    s.batchQueue = parsed.value(QStringLiteral("batch-queue"));
    s.batchDefinition = parsed.value(QStringLiteral("batch-definition"));
    s.timeZone = parsed.has(QStringLiteral("timezone")) ? parsed.value(QStringLiteral("timezone"))
                                                        : QStringLiteral("UTC");
    s.qualifier = parsed.value(QStringLiteral("qualifier"));
    s.input = parsed.value(QStringLiteral("input"));
    s.description = parsed.value(QStringLiteral("description"));
    s.catchUp = parsed.has(QStringLiteral("catch-up"));
    s.enabled = !parsed.has(QStringLiteral("disabled"));
    if (auto valid = schedules::validate(s); !valid)
        return fail(valid.problem());

    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    if (batchTarget) {
        // The queue and definition must be there now (a fire would fail).
        batch::BatchRepository jobs(db);
        const auto queue = jobs.findQueue(s.batchQueue);
        const auto definition = jobs.findDefinition(s.batchDefinition);
        if (!queue || !definition)
            return fail(!queue ? queue.problem() : definition.problem());
        if (!*queue)
            return fail(
                Error::make(ErrorKind::NotFound,
                            Tr::tr("There is no job queue called \"%1\".").arg(s.batchQueue)));
        if (!*definition)
            return fail(Error::make(
                ErrorKind::NotFound,
                Tr::tr("There is no active job definition \"%1\".").arg(s.batchDefinition)));
        s.batchQueue = (*queue)->name;
    } else {
        const auto function = functions::FunctionRepository(db).find(s.function);
        if (!function)
            return fail(function.problem());
        if (!*function)
            return fail(functions::functionNotFound(s.function));
        s.function = (*function)->name;
    }
    const auto added = schedules::ScheduleRepository(db).add(s);
    if (!added)
        return fail(added.problem());
    schedules::Scheduler::tellOwner();
    if (parsed.has(QStringLiteral("json"))) {
        printJson(scheduleJson(*added));
        return kExitOk;
    }
    printLine(added->name);
    const auto zone = ScheduleExpression::zone(added->timeZone);
    const QList<QDateTime> next = nextFires(*added, 3);
    if (!next.isEmpty())
        printLine(Tr::tr("Next: %1").arg(fireText(next.first(), *zone)));
    return kExitOk;
}

int schedulesList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    schedules::ScheduleRepository repo(db);
    const auto all = repo.all();
    if (!all)
        return fail(all.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const Schedule &s : *all)
            out.push_back(scheduleJson(s));
        printJson(out);
        return kExitOk;
    }
    Table table(
        {Tr::tr("NAME"), Tr::tr("EXPRESSION"), Tr::tr("TARGET"), Tr::tr("NEXT"), Tr::tr("LAST")});
    for (const Schedule &s : *all) {
        const auto zone = ScheduleExpression::zone(s.timeZone);
        const QList<QDateTime> next = nextFires(s, 1);
        const auto runs = repo.runs(s.name, 1);
        table.addRow(
            {s.name,
             s.timeZone == QLatin1String("UTC") ? s.expression
                                                : s.expression + QLatin1Char(' ') + s.timeZone,
             s.isBatch() ? Tr::tr("batch job %1 on %2").arg(s.batchDefinition, s.batchQueue)
             : s.qualifier.isEmpty() ? s.function
                                     : s.function + QLatin1Char(':') + s.qualifier,
             !s.enabled                ? Tr::tr("disabled")
             : next.isEmpty() || !zone ? Tr::tr("none")
                                       : fireText(next.first(), *zone),
             runs && !runs->isEmpty() ? schedules::describeOutcome(runs->first())
                                      : QStringLiteral("-")});
    }
    table.print();
    return kExitOk;
}

int schedulesNext(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--timezone")}, true},
                                    {{QStringLiteral("--count"), QStringLiteral("-n")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"schedules next\" takes an expression or a schedule's name"),
                          kTopic);
    int count = 10;
    if (parsed.has(QStringLiteral("count"))) {
        const auto n = wholeNumber(parsed.value(QStringLiteral("count")));
        if (!n || *n < 1 || *n > 1000)
            return usageError(Tr::tr("--count takes a number from 1 to 1000"), kTopic);
        count = *n;
    }
    // An expression (it has parentheses), or the name of a stored schedule.
    Schedule s;
    const QString what = parsed.positionals.join(QLatin1Char(' '));
    if (what.contains(QLatin1Char('('))) {
        s.expression = what;
        s.createdMs = QDateTime::currentMSecsSinceEpoch();
        s.timeZone = parsed.has(QStringLiteral("timezone"))
                         ? parsed.value(QStringLiteral("timezone"))
                         : QStringLiteral("UTC");
    } else {
        store::Database db;
        if (!openStore(db))
            return kExitFailure;
        const auto found = schedules::ScheduleRepository(db).find(what);
        if (!found)
            return fail(found.problem());
        if (!*found)
            return fail(Error::make(ErrorKind::NotFound,
                                    Tr::tr("There is no schedule called \"%1\".").arg(what)));
        s = **found;
        s.enabled = true; // its fires, were it on
    }
    const auto expression = ScheduleExpression::parse(s.expression);
    if (!expression)
        return fail(expression.problem());
    const auto zone = ScheduleExpression::zone(s.timeZone);
    if (!zone)
        return fail(zone.problem());
    const QList<QDateTime> fires = nextFires(s, count);
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const QDateTime &at : fires)
            out.push_back({{"utc", utf8(at.toUTC().toString(Qt::ISODate))},
                           {"local", utf8(at.toTimeZone(*zone).toString(Qt::ISODateWithMs))}});
        printJson(out);
        return kExitOk;
    }
    for (const QDateTime &at : fires)
        printLine(fireText(at, *zone));
    if (fires.isEmpty())
        printLine(Tr::tr("It never fires again."));
    return kExitOk;
}

int schedulesRuns(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--limit")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"schedules runs\" takes one name"), kTopic);
    const int limit = parsed.has(QStringLiteral("limit"))
                          ? wholeNumber(parsed.value(QStringLiteral("limit"))).value_or(20)
                          : 20;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    schedules::ScheduleRepository repo(db);
    const auto found = repo.find(parsed.positionals.first());
    if (!found)
        return fail(found.problem());
    if (!*found)
        return fail(Error::make(
            ErrorKind::NotFound,
            Tr::tr("There is no schedule called \"%1\".").arg(parsed.positionals.first())));
    const auto runs = repo.runs((*found)->name, limit);
    if (!runs)
        return fail(runs.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const ScheduleRun &r : *runs)
            out.push_back({{"scheduledMs", r.scheduledMs},
                           {"handledMs", r.handledMs},
                           {"outcome", utf8(schedules::outcomeName(r.outcome))},
                           {"missed", r.missed},
                           {"lastMissedMs", r.lastMissedMs},
                           {"caughtUp", r.caughtUp},
                           {"requestId", utf8(r.requestId)},
                           {"message", utf8(r.message)}});
        printJson(out);
        return kExitOk;
    }
    const QTimeZone utc(QByteArrayLiteral("UTC"));
    Table table({Tr::tr("SCHEDULED"), Tr::tr("OUTCOME"), Tr::tr("REQUEST ID"), Tr::tr("DETAIL")});
    for (const ScheduleRun &r : *runs) {
        QString detail = r.message;
        if (r.outcome == ScheduleRun::Outcome::Missed && r.missed > 1)
            detail =
                Tr::tr("until %1. %2")
                    .arg(fireText(QDateTime::fromMSecsSinceEpoch(r.lastMissedMs, Qt::UTC), utc),
                         r.message);
        table.addRow({fireText(QDateTime::fromMSecsSinceEpoch(r.scheduledMs, Qt::UTC), utc),
                      schedules::describeOutcome(r),
                      r.requestId.isEmpty() ? QStringLiteral("-") : r.requestId, detail});
    }
    table.print();
    return kExitOk;
}

int schedulesChange(const QString &verb, const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"schedules %1\" takes one or more names").arg(verb), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    schedules::ScheduleRepository repo(db);
    const int status = applyToEach(parsed.positionals, [&repo, &verb](const QString &name) {
        return verb == QLatin1String("rm") || verb == QLatin1String("remove")
                   ? repo.remove(name)
                   : repo.setEnabled(name, verb == QLatin1String("enable"));
    });
    schedules::Scheduler::tellOwner();
    return status;
}

} // namespace

int schedulesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add") || verb == QLatin1String("create"))
        return schedulesAdd(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return schedulesList(rest);
    if (verb == QLatin1String("next"))
        return schedulesNext(rest);
    if (verb == QLatin1String("runs") || verb == QLatin1String("history"))
        return schedulesRuns(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove") ||
        verb == QLatin1String("enable") || verb == QLatin1String("disable"))
        return schedulesChange(verb, rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, schedulesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown schedules command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
