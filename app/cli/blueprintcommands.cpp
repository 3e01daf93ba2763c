// sloop blueprints ls | validate | add | steps
#include "commands.h"
#include "output.h"

#include "blueprints/blueprintcatalog.h"
#include "blueprints/blueprintfile.h"
#include "blueprints/cloudconfig.h"
#include "blueprints/provisionplan.h"

#include <QFile>

namespace sloop::cli {

namespace {

using namespace sloop::blueprints;

const QString kTopic = QStringLiteral("blueprints");

nlohmann::json toJson(const Blueprint &b)
{
    nlohmann::json ports = nlohmann::json::array();
    for (const BlueprintPort &p : b.ports)
        ports.push_back({{"port", p.port},
                         {"protocol", utf8(p.protocol)},
                         {"description", utf8(p.description)}});
    nlohmann::json health{{"kind", utf8(healthKindKey(b.health.kind))},
                          {"timeoutSeconds", b.health.timeoutSeconds}};
    if (b.health.port)
        health["port"] = b.health.port;
    if (!b.health.path.isEmpty())
        health["path"] = utf8(b.health.path);
    if (!b.health.command.isEmpty())
        health["command"] = utf8(b.health.command);
    return {{"id", utf8(b.id)},
            {"name", utf8(b.name)},
            {"category", utf8(categoryKey(b.category))},
            {"description", utf8(b.description)},
            {"icon", utf8(b.icon)},
            {"baseOs", utf8(b.baseOs)},
            {"minimumPlan", utf8(b.minimumPlan)},
            {"ports", ports},
            {"health", health},
            {"notes", utf8(b.notes)},
            {"builtIn", b.builtIn},
            {"source", utf8(b.source)}};
}

Result<BlueprintCatalog *> loadCatalog(BlueprintCatalog &catalog)
{
    const VoidResult loaded = catalog.load();
    if (!loaded)
        return Result<BlueprintCatalog *>::failure(loaded.problem());
    for (const QString &s : catalog.skipped())
        writeBytes(stderr, escapeForTerminal(Tr::tr("left out: %1").arg(s)).toUtf8() + '\n');
    return &catalog;
}

int blueprintsList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"blueprints ls\" takes no names"), kTopic);
    BlueprintCatalog catalog;
    if (const auto loaded = loadCatalog(catalog); !loaded)
        return fail(loaded.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const Blueprint &b : catalog.all())
            out.push_back(toJson(b));
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("CATEGORY"), Tr::tr("OS"), Tr::tr("PLAN"),
                 Tr::tr("PORTS"), Tr::tr("HEALTH"), Tr::tr("SOURCE")});
    table.setMaxWidth(1, 32);
    for (const Blueprint &b : catalog.all()) {
        QStringList ports;
        for (const BlueprintPort &p : b.ports)
            ports.append(QStringLiteral("%1/%2").arg(p.port).arg(p.protocol));
        table.addRow({b.id, b.name, categoryTitle(b.category), b.baseOs, b.minimumPlan,
                      ports.join(QLatin1Char(',')), healthKindKey(b.health.kind),
                      b.builtIn ? Tr::tr("built-in") : Tr::tr("yours")});
    }
    table.print();
    return kExitOk;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile f(path);
    const bool open = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                 : f.open(QIODevice::ReadOnly);
    if (!open)
        return Result<QByteArray>::failure(Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

bool isPlainUserData(const QByteArray &text)
{
    return text.trimmed().startsWith("#cloud-config") || text.trimmed().startsWith("#!");
}

int blueprintsValidate(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"blueprints validate\" takes one FILE (- for stdin)"), kTopic);
    const QString path = parsed.positionals.first();
    const Result<QByteArray> text = readInput(path);
    if (!text)
        return fail(text.problem());
    // A plain #cloud-config text, or a blueprint file (metadata, ---, user-data).
    const bool plain = isPlainUserData(*text);
    const QList<ValidationProblem> problems =
        plain ? parseCloudConfig(*text).problems : parseBlueprint(*text, path).problems;
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json list = nlohmann::json::array();
        for (const ValidationProblem &p : problems)
            list.push_back({{"line", p.line}, {"column", p.column}, {"message", utf8(p.message)}});
        printJson({{"file", utf8(path)},
                   {"kind", plain ? "user-data" : "blueprint"},
                   {"valid", problems.isEmpty()},
                   {"problems", list}});
    } else {
        // FILE:LINE:COLUMN: message, as compilers print, so editors jump there.
        for (const ValidationProblem &p : problems)
            writeBytes(stderr, escapeForTerminal(QStringLiteral("%1:%2:%3: %4")
                                                     .arg(path)
                                                     .arg(p.line)
                                                     .arg(p.column)
                                                     .arg(p.message))
                                       .toUtf8() +
                                   '\n');
        if (problems.isEmpty())
            printLine(Tr::tr("%1: valid").arg(escapeForTerminal(path)));
        else
            writeBytes(stderr,
                       Tr::tr("%n problem(s)", nullptr, int(problems.size())).toUtf8() + '\n');
    }
    return problems.isEmpty() ? kExitOk : kExitFailure;
}

int blueprintsAdd(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--name")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1 || !parsed.has(QStringLiteral("name")))
        return usageError(Tr::tr("\"blueprints add\" takes one FILE and --name NAME"), kTopic);
    const Result<QByteArray> text = readInput(parsed.positionals.first());
    if (!text)
        return fail(text.problem());
    QByteArray userData = *text;
    if (!isPlainUserData(userData)) {
        // A blueprint file: its user-data becomes the new blueprint.
        const BlueprintParse file = parseBlueprint(userData, parsed.positionals.first());
        if (!file.ok())
            return fail(formatProblems(file.problems));
        userData = file.blueprint.userData;
    }
    BlueprintCatalog catalog;
    if (const auto loaded = loadCatalog(catalog); !loaded)
        return fail(loaded.problem());
    const Result<Blueprint> saved =
        catalog.saveUserBlueprint(parsed.value(QStringLiteral("name")), userData);
    if (!saved)
        return fail(saved.problem());
    if (parsed.has(QStringLiteral("json")))
        printJson(toJson(*saved));
    else
        printLine(escapeForTerminal(Tr::tr("saved %1 as %2").arg(saved->id, saved->source)));
    return kExitOk;
}

int blueprintsSteps(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--container")}, false},
                                                  {{QStringLiteral("--user")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"blueprints steps\" takes one ID or FILE"), kTopic);
    const QString what = parsed.positionals.first();
    QByteArray userData;
    BlueprintCatalog catalog;
    if (QFile::exists(what) || what == QLatin1String("-")) {
        const Result<QByteArray> text = readInput(what);
        if (!text)
            return fail(text.problem());
        userData = isPlainUserData(*text) ? *text : parseBlueprint(*text, what).blueprint.userData;
    } else {
        if (const auto loaded = loadCatalog(catalog); !loaded)
            return fail(loaded.problem());
        const std::optional<Blueprint> b = catalog.find(what);
        if (!b)
            return fail(Tr::tr("no blueprint \"%1\" (see \"sloop blueprints ls\")").arg(what));
        userData = b->userData;
    }
    const CloudConfigParse config = parseCloudConfig(userData);
    if (!config.ok())
        return fail(formatProblems(config.problems));
    TargetInfo target;
    target.container = parsed.has(QStringLiteral("container"));
    target.loginUser = parsed.value(QStringLiteral("user"), QStringLiteral("root"));
    const Result<QList<ProvisionStep>> steps = compileSteps(config.config, target);
    if (!steps)
        return fail(steps.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const ProvisionStep &s : *steps)
            out.push_back(
                {{"module", utf8(s.module)},
                 {"title", utf8(s.title)},
                 {"script", std::string(s.script.constData(), std::size_t(s.script.size()))}});
        printJson(out);
        return kExitOk;
    }
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const ProvisionStep &s = steps->at(i);
        printLine(escapeForTerminal(QStringLiteral("# step %1/%2 [%3] %4")
                                        .arg(i + 1)
                                        .arg(steps->size())
                                        .arg(s.module, s.title)));
        writeBytes(stdout, s.script + "\n");
    }
    return kExitOk;
}

} // namespace

int blueprintsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return blueprintsList(rest);
    if (verb == QLatin1String("validate"))
        return blueprintsValidate(rest);
    if (verb == QLatin1String("add"))
        return blueprintsAdd(rest);
    if (verb == QLatin1String("steps"))
        return blueprintsSteps(rest);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        writeBytes(verb.isEmpty() ? stderr : stdout, blueprintsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown blueprints command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
