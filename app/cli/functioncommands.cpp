// `sloop functions ...`: Lambda-style functions through the same
// FunctionService the Functions page uses. An invocation goes to the owner
// of the data folder when one runs (its environments are warm); without
// one this process starts an environment, invokes and removes it. Versions
// and aliases are in functionversioncommands.cpp.
#include "commands.h"
#include "functionscli.h"
#include "hostsession.h"
#include "output.h"
#include "session.h"

#include "controlplane/adminapi.h"
#include "controlplane/ownerlease.h"
#include "functions/functionjson.h"
#include "functions/functionservice.h"
#include "functions/functiontemplates.h"
#include "functions/functionzip.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sloop::cli {

namespace {

using functions::FunctionRecord;
using functions::FunctionService;
using functions::Invocation;

using namespace functionscli;

void printFunctions(const QList<FunctionRecord> &list, bool json)
{
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const FunctionRecord &r : list)
            out.push_back(toJson(functions::functionToJson(r)));
        printJson(out);
        return;
    }
    Table table({Tr::tr("NAME"), Tr::tr("RUNTIME"), Tr::tr("HANDLER"), Tr::tr("MEMORY"),
                 Tr::tr("TIMEOUT"), Tr::tr("ENGINE"), Tr::tr("UPDATED")});
    table.setMaxWidth(0, 40);
    for (const FunctionRecord &r : list)
        table.addRow({r.name, functions::runtimeName(r.runtime), r.handler,
                      Tr::tr("%1 MB").arg(r.memoryMiB), Tr::tr("%1 s").arg(r.timeoutSeconds),
                      functions::enginesOf(r).join(QLatin1Char(',')),
                      QDateTime::fromMSecsSinceEpoch(r.updatedMs).toString(Qt::ISODate)});
    table.print();
}

// The options create and (later) configure share; fills `record`.
int applyConfiguration(const ParsedArgs &parsed, FunctionRecord &record)
{
    if (parsed.has(QStringLiteral("runtime"))) {
        const auto runtime = functions::runtimeFromName(parsed.value(QStringLiteral("runtime")));
        if (!runtime)
            return usageError(Tr::tr("unknown runtime \"%1\" (python3, nodejs, provided or image)")
                                  .arg(parsed.value(QStringLiteral("runtime"))),
                              kTopic);
        record.runtime = *runtime;
    }
    if (parsed.has(QStringLiteral("handler")))
        record.handler = parsed.value(QStringLiteral("handler"));
    const struct
    {
        const char *key;
        int *field;
    } numbers[] = {{"memory", &record.memoryMiB},
                   {"timeout", &record.timeoutSeconds},
                   {"tmp", &record.ephemeralMiB}};
    for (const auto &n : numbers) {
        const QString key = QString::fromLatin1(n.key);
        if (!parsed.has(key))
            continue;
        const auto v = wholeNumber(parsed.value(key));
        if (!v)
            return usageError(Tr::tr("--%1 takes a whole number").arg(key), kTopic);
        *n.field = *v;
    }
    if (parsed.has(QStringLiteral("concurrency"))) {
        const auto v = wholeNumber(parsed.value(QStringLiteral("concurrency")));
        if (!v || *v < 0)
            return usageError(Tr::tr("--concurrency takes a whole number, 0 or more"), kTopic);
        record.reservedConcurrency = *v;
    }
    for (const QString &pair : parsed.values(QStringLiteral("env"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(Tr::tr("--env takes KEY=VALUE, not \"%1\"").arg(pair), kTopic);
        record.environment.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (parsed.has(QStringLiteral("description")))
        record.description = parsed.value(QStringLiteral("description"));
    if (parsed.has(QStringLiteral("no-network")))
        record.network = false;
    if (parsed.has(QStringLiteral("network")))
        record.dockerNetwork = parsed.value(QStringLiteral("network"));
    return kContinue;
}

// What applyConfiguration reads, plus a command's own options.
QList<OptionSpec> configurationOptions(const QList<OptionSpec> &own)
{
    return options(QList<OptionSpec>{{{QStringLiteral("--handler")}, true},
                                     {{QStringLiteral("--memory")}, true},
                                     {{QStringLiteral("--timeout")}, true},
                                     {{QStringLiteral("--tmp")}, true},
                                     {{QStringLiteral("--concurrency")}, true},
                                     {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                                     {{QStringLiteral("--description")}, true},
                                     {{QStringLiteral("--no-network")}, false},
                                     {{QStringLiteral("--network")}, true}} +
                   own);
}

int functionsCreate(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, configurationOptions({{{QStringLiteral("--runtime")}, true},
                                              {{QStringLiteral("--code")}, true},
                                              {{QStringLiteral("--template")}, true},
                                              {{QStringLiteral("--image")}, true}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions create\" takes one NAME"), kTopic);
    const bool image = parsed.value(QStringLiteral("runtime")) == QLatin1String("image");
    const int sources = int(parsed.has(QStringLiteral("code"))) +
                        int(parsed.has(QStringLiteral("template"))) +
                        int(parsed.has(QStringLiteral("image")));
    if (sources != 1 || image != parsed.has(QStringLiteral("image")))
        return usageError(Tr::tr("\"functions create\" needs --code DIR|ZIP, --template ID, or "
                                 "--runtime image --image REF"),
                          kTopic);
    FunctionRecord record;
    record.name = parsed.positionals.first();
    Result<functions::FunctionCode> code = functions::FunctionCode{};
    if (image) {
        // The image's own CMD unless --handler overrides it, as on Lambda.
        record.handler.clear();
        record.imageUri = parsed.value(QStringLiteral("image"));
    } else if (parsed.has(QStringLiteral("template"))) {
        const QString id = parsed.value(QStringLiteral("template"));
        const auto chosen = functions::functionTemplate(id);
        if (!chosen) {
            QStringList ids;
            for (const auto &t : functions::functionTemplates())
                ids << t.id;
            return usageError(
                Tr::tr("unknown template \"%1\" (%2)").arg(id, ids.join(QStringLiteral(", "))),
                kTopic);
        }
        record.runtime = chosen->runtime;
        record.handler = chosen->handler;
        record.timeoutSeconds = chosen->timeoutSeconds;
        code = chosen->code;
    } else if (!image) {
        code = functions::readCode(parsed.value(QStringLiteral("code")));
    }
    if (const int status = applyConfiguration(parsed, record); status != kContinue)
        return status;
    if (!code)
        return fail(code.problem());
    Functions f(parsed);
    if (!f.open())
        return kExitFailure;
    // --engine E, or E1,E2: its environments spread over them.
    const QStringList engines =
        parsed.value(QStringLiteral("engine")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.engine = engines.isEmpty() ? f.session.engines().value(0).name : engines.first();
    record.extraEngines = engines.mid(1);
    if (record.engine.isEmpty())
        record.engine = QStringLiteral("local");
    const auto created = f.session.run(f.service->create(record, *code));
    if (!created)
        return fail(created.problem());
    printFunctions({*created}, parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int functionsDeploy(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, options({{{QStringLiteral("--code")}, true}, {{QStringLiteral("--image")}, true}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1 ||
        parsed.has(QStringLiteral("code")) == parsed.has(QStringLiteral("image")))
        return usageError(Tr::tr("\"functions deploy\" takes NAME --code DIR|ZIP (or --image "
                                 "REF for an image function)"),
                          kTopic);
    Result<functions::FunctionCode> code = functions::FunctionCode{};
    if (parsed.has(QStringLiteral("code")))
        code = functions::readCode(parsed.value(QStringLiteral("code")));
    if (!code)
        return fail(code.problem());
    Functions f(parsed);
    if (!f.open())
        return kExitFailure;
    const auto deployed = f.session.run(f.service->deploy(parsed.positionals.first(), *code,
                                                          parsed.value(QStringLiteral("image"))));
    if (!deployed)
        return fail(deployed.problem());
    printFunctions({*deployed}, parsed.has(QStringLiteral("json")));
    return kExitOk;
}

// Changes what Lambda's UpdateFunctionConfiguration changes; the runtime and
// the engine stay (they are the image's).
int functionsConfigure(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, configurationOptions({{{QStringLiteral("--unreserve")}, false},
                                              {{QStringLiteral("--unset-env")}, true}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions configure\" takes one NAME"), kTopic);
    if (parsed.has(QStringLiteral("no-network")) && parsed.has(QStringLiteral("network")))
        return usageError(Tr::tr("--no-network and --network exclude each other"), kTopic);
    if (parsed.has(QStringLiteral("unreserve")) && parsed.has(QStringLiteral("concurrency")))
        return usageError(Tr::tr("--unreserve and --concurrency exclude each other"), kTopic);
    Functions f(parsed);
    if (!f.open())
        return kExitFailure;
    const QString name = parsed.positionals.first();
    const auto found = f.service->repository().find(name);
    if (!found)
        return fail(found.problem());
    if (!found->has_value())
        return fail(functions::functionNotFound(name));
    FunctionRecord record = **found;
    if (const int status = applyConfiguration(parsed, record); status != kContinue)
        return status;
    for (const QString &key : parsed.values(QStringLiteral("unset-env")))
        record.environment.remove(key);
    if (parsed.has(QStringLiteral("unreserve")))
        record.reservedConcurrency.reset();
    if (parsed.has(QStringLiteral("network"))) {
        record.network = true;
        // The engine's default network is called bridge.
        const QString network = parsed.value(QStringLiteral("network"));
        record.dockerNetwork =
            network == QLatin1String("default") || network == QLatin1String("bridge") ? QString()
                                                                                      : network;
    }
    if (parsed.has(QStringLiteral("no-network")))
        record.dockerNetwork.clear();
    if (const VoidResult network = f.session.run(f.service->checkNetwork(record)); !network)
        return fail(network.problem());
    const auto configured = f.service->configure(record);
    if (!configured)
        return fail(configured.problem());
    printFunctions({*configured}, parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int functionsList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"functions ls\" takes no names"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto all = functions::FunctionRepository(db).all();
    if (!all)
        return fail(all.problem());
    printFunctions(*all, parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int functionsShow(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions show\" takes one NAME"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const QString name = parsed.positionals.first();
    const auto found = functions::FunctionRepository(db).find(name);
    if (!found)
        return fail(found.problem());
    if (!found->has_value())
        return fail(functions::functionNotFound(name));
    const FunctionRecord &r = **found;
    if (parsed.has(QStringLiteral("json"))) {
        printJson(toJson(functions::functionToJson(r)));
        return kExitOk;
    }
    QStringList environment;
    for (auto it = r.environment.cbegin(); it != r.environment.cend(); ++it)
        environment << it.key() + QLatin1Char('=') + it.value();
    const QList<QPair<QString, QString>> rows = {
        {Tr::tr("Name"), r.name},
        {Tr::tr("ARN"), functions::functionArn(r.name)},
        {Tr::tr("Runtime"), functions::runtimeName(r.runtime)},
        {Tr::tr("Handler"), r.handler},
        {Tr::tr("Memory"), Tr::tr("%1 MB").arg(r.memoryMiB)},
        {Tr::tr("Timeout"), Tr::tr("%1 s").arg(r.timeoutSeconds)},
        {Tr::tr("/tmp"), Tr::tr("%1 MB").arg(r.ephemeralMiB)},
        {Tr::tr("Concurrency"),
         r.reservedConcurrency ? QString::number(*r.reservedConcurrency) : Tr::tr("unreserved")},
        {Tr::tr("Network"), !r.network ? Tr::tr("off")
                            : r.dockerNetwork.isEmpty()
                                ? Tr::tr("on")
                                : Tr::tr("on, joins %1").arg(r.dockerNetwork)},
        {Tr::tr("Engine"), functions::enginesOf(r).join(QStringLiteral(", "))},
        {Tr::tr("Image"), FunctionService::imageOf(r.name)},
        {Tr::tr("Environment"), environment.join(QStringLiteral(", "))},
        {Tr::tr("Description"), r.description},
        {Tr::tr("Updated"), QDateTime::fromMSecsSinceEpoch(r.updatedMs).toString(Qt::ISODate)}};
    Table table({Tr::tr("FIELD"), Tr::tr("VALUE")});
    for (const auto &[field, value] : rows)
        table.addRow({field, value});
    table.print();
    return kExitOk;
}

// Through the owner's warm environments when an owner runs.
std::optional<Result<Invocation>> invokeThroughOwner(const QString &name, const QString &qualifier,
                                                     const QByteArray &payload, bool verbose)
{
    const auto owner = OwnerLease::holder();
    if (!owner || owner->adminSocket.isEmpty())
        return std::nullopt;
    // The function's own timeout (up to 15 min) bounds the wait, plus a start.
    QByteArray path = "/v1/functions/" + name.toUtf8() + "/invoke";
    if (!qualifier.isEmpty())
        path += "?qualifier=" + QUrl::toPercentEncoding(qualifier);
    const auto answer = adminRequest(owner->adminSocket, "POST", path, 16 * 60 * 1000, payload);
    if (!answer)
        return std::nullopt; // it went away: do it here
    if (verbose)
        writeBytes(stderr, Tr::tr("sloop: asked the owner of the data folder, %1\n")
                               .arg(OwnerLease::describe(*owner))
                               .toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(answer->body).object();
    if (answer->status != 200)
        return Result<Invocation>::failure(
            errorKindFromName(body.value(QLatin1String("kind")).toString()),
            body.value(QLatin1String("message")).toString());
    return functions::invocationFromJson(body);
}

// --async: an Event invocation, queued durably; the owner runs it (with
// retries). Without an owner it waits in the store until one runs.
int queueEvent(const ParsedArgs &parsed, const QString &name, const QString &qualifier,
               const QByteArray &payload)
{
    QString requestId;
    bool waits = false;
    if (const auto owner = OwnerLease::holder(); owner && !owner->adminSocket.isEmpty()) {
        QByteArray path = "/v1/functions/" + name.toUtf8() + "/invoke?type=Event";
        if (!qualifier.isEmpty())
            path += "&qualifier=" + QUrl::toPercentEncoding(qualifier);
        if (const auto answer = adminRequest(owner->adminSocket, "POST", path, 10000, payload)) {
            const QJsonObject body = QJsonDocument::fromJson(answer->body).object();
            if (answer->status != 202)
                return fail(
                    Error::make(errorKindFromName(body.value(QLatin1String("kind")).toString()),
                                body.value(QLatin1String("message")).toString()));
            requestId = body.value(QLatin1String("requestId")).toString();
        }
    }
    if (requestId.isEmpty()) {
        store::Database db;
        if (!openStore(db))
            return kExitFailure;
        FunctionService service(db, [](const QString &) { return nullptr; });
        const auto queued = service.enqueue(name, payload, qualifier);
        if (!queued)
            return fail(queued.problem());
        requestId = queued->requestId;
        waits = true;
    }
    if (parsed.has(QStringLiteral("json")))
        printJson({{"requestId", utf8(requestId)}, {"statusCode", 202}, {"waitsForOwner", waits}});
    else
        printLine(requestId);
    if (waits)
        writeBytes(stderr, Tr::tr("sloop: queued; it runs when a window or \"sloop serve\" "
                                  "owns the data folder\n")
                               .toUtf8());
    return kExitOk;
}

int functionsInvoke(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, options({{{QStringLiteral("--payload")}, true},
                                 {{QStringLiteral("--payload-file")}, true},
                                 {{QStringLiteral("--qualifier"), QStringLiteral("-q")}, true},
                                 {{QStringLiteral("--log")}, false},
                                 {{QStringLiteral("--async")}, false}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions invoke\" takes one NAME"), kTopic);
    QByteArray payload = parsed.value(QStringLiteral("payload")).toUtf8();
    if (parsed.has(QStringLiteral("payload-file"))) {
        const QString path = parsed.value(QStringLiteral("payload-file"));
        QFile file(path);
        if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                       : !file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
        payload = file.readAll();
    }
    const QString name = parsed.positionals.first();
    const QString qualifier = parsed.value(QStringLiteral("qualifier"));
    if (parsed.has(QStringLiteral("async")))
        return queueEvent(parsed, name, qualifier, payload);
    std::optional<Result<Invocation>> done =
        invokeThroughOwner(name, qualifier, payload, parsed.has(QStringLiteral("verbose")));
    std::unique_ptr<Functions> local;
    if (!done) {
        local = std::make_unique<Functions>(parsed);
        if (!local->open())
            return kExitFailure;
        done = local->session.run(local->service->invoke(name, payload, qualifier));
    }
    if (!*done)
        return fail(done->problem());
    const Invocation &invocation = **done;
    if (parsed.has(QStringLiteral("log")))
        writeBytes(stderr, invocation.record.log.toUtf8());
    if (parsed.has(QStringLiteral("json")))
        printJson(toJson(functions::invocationToJson(invocation)));
    else
        writeBytes(stdout, invocation.result.body + '\n');
    return invocation.result.ok ? kExitOk : kExitFailure;
}

int functionsRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"functions rm\" takes one or more NAMEs"), kTopic);
    Functions f(parsed);
    if (!f.open())
        return kExitFailure;
    int status = kExitOk;
    for (const QString &name : parsed.positionals) {
        const VoidResult removed = f.session.run(f.service->remove(name));
        if (!removed)
            status = fail(removed.problem());
        else
            printLine(name);
    }
    return status;
}

} // namespace

int functionsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return functionsCreate(rest);
    if (verb == QLatin1String("deploy"))
        return functionsDeploy(rest);
    if (verb == QLatin1String("configure"))
        return functionsConfigure(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return functionsList(rest);
    if (verb == QLatin1String("show"))
        return functionsShow(rest);
    if (verb == QLatin1String("invoke"))
        return functionsInvoke(rest);
    if (verb == QLatin1String("logs"))
        return functionsLogs(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return functionsRemove(rest);
    if (verb == QLatin1String("publish"))
        return functionsPublish(rest);
    if (verb == QLatin1String("versions"))
        return functionsVersions(rest);
    if (verb == QLatin1String("alias"))
        return functionsAlias(rest);
    if (verb == QLatin1String("async-config"))
        return functionsAsyncConfig(rest);
    if (verb == QLatin1String("queue"))
        return functionsQueue(rest);
    if (verb == QLatin1String("cost") || verb == QLatin1String("costs"))
        return functionsCost(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, functionsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown functions command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
