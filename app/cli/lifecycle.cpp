#include "commands.h"
#include "output.h"
#include "session.h"

#include "engine/dockerclient.h"

namespace sloop::cli {

int containersLifecycle(const QString &verb, const QStringList &args)
{
    const bool timed = verb == QLatin1String("stop") || verb == QLatin1String("restart");
    const bool removing = verb == QLatin1String("rm") || verb == QLatin1String("remove");
    QList<OptionSpec> options = commonOptions();
    if (timed)
        options.append({{QStringLiteral("--time"), QStringLiteral("-t")}, true});
    if (removing)
        options.append({{QStringLiteral("--force"), QStringLiteral("-f")}, false});
    const ParsedArgs parsed = parseArgs(args, options);
    if (const int status = checkParsed(parsed, QStringLiteral("containers")); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"containers %1\" needs at least one NAME_OR_ID").arg(verb),
                          QStringLiteral("containers"));
    int seconds = 10;
    if (parsed.has(QStringLiteral("time"))) {
        bool ok = false;
        seconds = parsed.value(QStringLiteral("time")).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return usageError(Tr::tr("--time is a number of seconds from 0 to 86400"),
                              QStringLiteral("containers"));
    }

    Session session(parsed);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    engine::DockerClient *c = client.value();

    int status = kExitOk;
    nlohmann::json results = nlohmann::json::array();
    // Like docker: act on every name, report each failure, fail at the end.
    for (const QString &target : parsed.positionals) {
        QFuture<VoidResult> call;
        if (verb == QLatin1String("start"))
            call = c->startContainer(target);
        else if (verb == QLatin1String("stop"))
            call = c->stopContainer(target, seconds);
        else if (verb == QLatin1String("restart"))
            call = c->restartContainer(target, seconds);
        else
            call = c->removeContainer(target, parsed.has(QStringLiteral("force")));
        const VoidResult result = session.run(call);
        if (session.json()) {
            nlohmann::json item{{"target", utf8(target)}, {"ok", result.ok()}};
            if (!result) {
                item["error"] = utf8(result.error());
                item["kind"] = utf8(errorKindName(result.kind()));
            }
            results.push_back(item);
        }
        if (!result) {
            // The first failure's kind decides the status, as with one target.
            const int code =
                fail(result.problem().withMessage(target + QStringLiteral(": ") + result.error()));
            if (status == kExitOk)
                status = code;
        } else if (!session.json()) {
            printLine(escapeForTerminal(target));
        }
    }
    if (session.json())
        printJson(results);
    return status;
}

} // namespace sloop::cli
