// `sloop functions logs NAME`: the function's invocation logs in Lambda's
// shape (START … END, REPORT), oldest first, filtered as CloudWatch Logs
// filters (--filter PATTERN, --errors, --since), and followed as they come
// (--follow: CloudWatch's live tail, until Ctrl+C).
#include "commands.h"
#include "functionscli.h"
#include "output.h"
#include "stopsignals.h"

#include "functions/functionjson.h"
#include "functions/functionrepository.h"
#include "functions/invocationlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace sloop::cli {

using namespace functionscli;
using functions::Invocation;
using functions::InvocationLog;
using functions::InvocationRecord;

namespace {

QJsonObject logJson(const InvocationRecord &record)
{
    Invocation invocation;
    invocation.record = record;
    invocation.result.ok = record.ok();
    invocation.result.errorType = record.errorType;
    QJsonObject o = functions::invocationToJson(invocation);
    o.remove(QStringLiteral("result")); // not kept: the log is
    return o;
}

void printLogs(const QList<InvocationRecord> &newestFirst, bool json)
{
    if (json) {
        // One object per line, so a follower can read them as they come.
        for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
            writeBytes(stdout, QJsonDocument(logJson(*it)).toJson(QJsonDocument::Compact) + '\n');
        return;
    }
    // Oldest first, as a log reads.
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        writeBytes(stdout, it->log.toUtf8());
}

// Checks the store each second for invocations after the last one shown.
int follow(InvocationLog &log, const QString &name, InvocationLog::Search search, bool json)
{
    StopSignals stop;
    if (!stop.isInstalled())
        return fail(Tr::tr("Cannot watch for SIGTERM and SIGINT; not following."));
    search.limit = 1000;
    int status = kExitOk;
    QTimer timer;
    timer.setInterval(1000);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        const auto found = log.search(name, search);
        if (!found) {
            status = fail(found.problem());
            QCoreApplication::quit();
            return;
        }
        if (found->isEmpty())
            return;
        search.afterId = found->first().id;
        printLogs(*found, json);
    });
    QObject::connect(&stop, &StopSignals::stopRequested, &timer, [] { QCoreApplication::quit(); });
    timer.start();
    QCoreApplication::exec();
    return status;
}

} // namespace

int functionsLogs(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, options({{{QStringLiteral("--limit")}, true},
                                 {{QStringLiteral("--filter")}, true},
                                 {{QStringLiteral("--errors")}, false},
                                 {{QStringLiteral("--since")}, true},
                                 {{QStringLiteral("--follow"), QStringLiteral("-f")}, false}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions logs\" takes one NAME"), kTopic);
    const auto limit = wholeNumber(parsed.value(QStringLiteral("limit"), QStringLiteral("20")));
    if (!limit || *limit < 1)
        return usageError(Tr::tr("--limit takes a whole number, 1 or more"), kTopic);
    InvocationLog::Search search;
    search.limit = *limit;
    search.filter = functions::LogFilter(parsed.value(QStringLiteral("filter")));
    search.errorsOnly = parsed.has(QStringLiteral("errors"));
    if (parsed.has(QStringLiteral("since"))) {
        const qint64 span = parseSpan(parsed.value(QStringLiteral("since")));
        if (span == 0)
            return usageError(Tr::tr("--since takes a span like 30m, 6h, 2d or 1w"), kTopic);
        search.sinceMs = QDateTime::currentMSecsSinceEpoch() - span;
    }
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const QString name = parsed.positionals.first();
    if (const auto found = functions::FunctionRepository(db).find(name);
        found && !found->has_value())
        return fail(functions::functionNotFound(name));
    InvocationLog log(db);
    const auto recent = log.search(name, search);
    if (!recent)
        return fail(recent.problem());
    const bool json = parsed.has(QStringLiteral("json"));
    if (!parsed.has(QStringLiteral("follow"))) {
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &r : *recent)
                out.push_back(toJson(logJson(r)));
            printJson(out);
            return kExitOk;
        }
        printLogs(*recent, false);
        return kExitOk;
    }
    printLogs(*recent, json);
    // Everything up to now was shown (or filtered out): follow from the
    // newest stored, matching or not.
    InvocationLog::Search after = search;
    after.filter = {};
    after.errorsOnly = false;
    after.limit = 1;
    const auto newest = log.search(name, after);
    if (!newest)
        return fail(newest.problem());
    search.afterId = newest->isEmpty() ? 0 : newest->first().id;
    return follow(log, name, search, json);
}

} // namespace sloop::cli
