// `sloop functions async-config` and `sloop functions queue`: how a
// function's Event invocations are retried and where the ones that never
// succeed go (Lambda's event invoke config), and the events waiting.
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "store/database.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("functions");

QString destinationText(const QString &onFailure)
{
    return onFailure.isEmpty() ? Tr::tr("none (kept in the logs only)") : onFailure;
}

} // namespace

int functionsAsyncConfig(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--retries")}, true},
                                                  {{QStringLiteral("--max-age")}, true},
                                                  {{QStringLiteral("--on-failure")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions async-config\" takes one NAME"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto found = functions::FunctionRepository(db).find(parsed.positionals.first());
    if (!found)
        return fail(found.problem());
    if (!found->has_value())
        return fail(functions::functionNotFound(parsed.positionals.first()));
    functions::AsyncEvents events(db);
    const auto stored = events.config((*found)->name);
    if (!stored)
        return fail(stored.problem());
    functions::EventInvokeConfig config = *stored;
    const bool change = parsed.has(QStringLiteral("retries")) ||
                        parsed.has(QStringLiteral("max-age")) ||
                        parsed.has(QStringLiteral("on-failure"));
    if (parsed.has(QStringLiteral("retries"))) {
        const auto n = wholeNumber(parsed.value(QStringLiteral("retries")));
        if (!n)
            return usageError(Tr::tr("--retries takes 0, 1 or 2"), kTopic);
        config.maxRetries = *n;
    }
    if (parsed.has(QStringLiteral("max-age"))) {
        const auto n = wholeNumber(parsed.value(QStringLiteral("max-age")));
        if (!n)
            return usageError(Tr::tr("--max-age takes seconds (60 to 21600)"), kTopic);
        config.maxAgeSeconds = *n;
    }
    if (parsed.has(QStringLiteral("on-failure"))) {
        const QString to = parsed.value(QStringLiteral("on-failure"));
        config.onFailure = to == QLatin1String("none") ? QString() : to;
    }
    if (change) {
        if (const QString target = functions::failureFunction(config); !target.isEmpty()) {
            const auto exists = functions::FunctionRepository(db).find(target);
            if (!exists || !exists->has_value())
                return fail(functions::functionNotFound(target));
        }
        if (const VoidResult stored = events.setConfig(config); !stored)
            return fail(stored.problem());
    }
    if (parsed.has(QStringLiteral("json"))) {
        printJson({{"function", utf8(config.function)},
                   {"maximumRetryAttempts", config.maxRetries},
                   {"maximumEventAgeInSeconds", config.maxAgeSeconds},
                   {"onFailure", utf8(config.onFailure)}});
        return kExitOk;
    }
    Table table({Tr::tr("FIELD"), Tr::tr("VALUE")});
    table.addRow({Tr::tr("Retries"), QString::number(config.maxRetries)});
    table.addRow({Tr::tr("Maximum event age"), Tr::tr("%1 s").arg(config.maxAgeSeconds)});
    table.addRow({Tr::tr("On failure"), destinationText(config.onFailure)});
    table.print();
    return kExitOk;
}

int functionsQueue(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto waiting = functions::AsyncEvents(db).waiting(parsed.positionals.value(0));
    if (!waiting)
        return fail(waiting.problem());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &e : *waiting)
            out.push_back({{"requestId", utf8(e.requestId)},
                           {"function", utf8(e.function)},
                           {"qualifier", utf8(e.qualifier)},
                           {"receivedMs", e.receivedMs},
                           {"attempts", e.attempts},
                           {"nextAttemptMs", e.nextAttemptMs},
                           {"lastError", utf8(e.lastError)}});
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("REQUEST ID"), Tr::tr("FUNCTION"), Tr::tr("AGE"), Tr::tr("ATTEMPTS"),
                 Tr::tr("NEXT"), Tr::tr("LAST ERROR")});
    for (const auto &e : *waiting)
        table.addRow({e.requestId, e.function, Tr::tr("%1 s").arg((now - e.receivedMs) / 1000),
                      QString::number(e.attempts),
                      e.nextAttemptMs <= now
                          ? Tr::tr("due")
                          : Tr::tr("in %1 s").arg((e.nextAttemptMs - now + 999) / 1000),
                      e.lastError.isEmpty() ? QStringLiteral("-") : e.lastError});
    table.print();
    return kExitOk;
}

} // namespace sloop::cli
