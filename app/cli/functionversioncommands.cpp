// `sloop functions publish|versions|alias`: immutable numbered versions of
// a function and the aliases that point at them (with a canary), as Lambda
// has them.
#include "commands.h"
#include "functionscli.h"
#include "output.h"

#include "functions/functionjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace sloop::cli {

using namespace functionscli;
using functions::FunctionService;

int functionsPublish(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, options({{{QStringLiteral("--description")}, true}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions publish\" takes one NAME"), kTopic);
    Functions f(parsed);
    if (!f.open())
        return kExitFailure;
    const auto published = f.session.run(f.service->publish(
        parsed.positionals.first(), parsed.value(QStringLiteral("description"))));
    if (!published)
        return fail(published.problem());
    if (parsed.has(QStringLiteral("json")))
        printJson(
            {{"function", utf8(published->function)},
             {"version", published->version},
             {"description", utf8(published->description)},
             {"image", utf8(FunctionService::imageOf(published->function, published->version))},
             {"createdMs", published->createdMs}});
    else
        printLine(QString::number(published->version));
    return kExitOk;
}

int functionsVersions(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"functions versions\" takes one NAME"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    functions::FunctionVersions store(db);
    const QString name = parsed.positionals.first();
    const auto versions = store.versions(name);
    const auto aliases = store.aliases(name);
    if (!versions)
        return fail(versions.problem());
    if (!aliases)
        return fail(aliases.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json v = nlohmann::json::array();
        for (const auto &version : *versions)
            v.push_back({{"version", version.version},
                         {"description", utf8(version.description)},
                         {"createdMs", version.createdMs}});
        nlohmann::json a = nlohmann::json::array();
        for (const auto &alias : *aliases) {
            nlohmann::json o = {{"name", utf8(alias.name)}, {"version", alias.version}};
            if (alias.extraVersion)
                o["extraVersion"] = *alias.extraVersion, o["extraWeight"] = alias.extraWeight;
            a.push_back(o);
        }
        printJson({{"versions", v}, {"aliases", a}});
        return kExitOk;
    }
    Table table({Tr::tr("VERSION"), Tr::tr("ALIASES"), Tr::tr("PUBLISHED"), Tr::tr("DESCRIPTION")});
    table.addRow({QStringLiteral("$LATEST"), {}, {}, {}});
    for (const auto &version : *versions) {
        QStringList names;
        for (const auto &alias : *aliases) {
            if (alias.version == version.version)
                names << (alias.extraVersion ? Tr::tr("%1 (%2%)")
                                                   .arg(alias.name)
                                                   .arg(qRound((1 - alias.extraWeight) * 100))
                                             : alias.name);
            else if (alias.extraVersion == version.version)
                names << Tr::tr("%1 (%2%)").arg(alias.name).arg(qRound(alias.extraWeight * 100));
        }
        table.addRow({QString::number(version.version), names.join(QStringLiteral(", ")),
                      QDateTime::fromMSecsSinceEpoch(version.createdMs).toString(Qt::ISODate),
                      version.description});
    }
    table.print();
    return kExitOk;
}

int functionsAlias(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, options({{{QStringLiteral("--version")}, true},
                                                       {{QStringLiteral("--extra-version")}, true},
                                                       {{QStringLiteral("--extra-weight")}, true},
                                                       {{QStringLiteral("--description")}, true}}));
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2 || !parsed.has(QStringLiteral("version")))
        return usageError(Tr::tr("\"functions alias\" takes NAME ALIAS --version N"), kTopic);
    functions::FunctionAlias alias;
    alias.function = parsed.positionals.at(0);
    alias.name = parsed.positionals.at(1);
    const auto version = wholeNumber(parsed.value(QStringLiteral("version")));
    if (!version || *version < 1)
        return usageError(Tr::tr("--version takes a published version's number"), kTopic);
    alias.version = *version;
    if (parsed.has(QStringLiteral("extra-version"))) {
        const auto extra = wholeNumber(parsed.value(QStringLiteral("extra-version")));
        bool ok = false;
        const double weight = parsed.value(QStringLiteral("extra-weight")).toDouble(&ok);
        if (!extra || !ok)
            return usageError(Tr::tr("--extra-version N needs --extra-weight W (0 to 1)"), kTopic);
        alias.extraVersion = *extra;
        alias.extraWeight = weight;
    }
    alias.description = parsed.value(QStringLiteral("description"));
    Functions f(parsed);
    if (!f.open())
        return kExitFailure;
    const auto set = f.service->setAlias(alias);
    if (!set)
        return fail(set.problem());
    printLine(set->extraVersion ? Tr::tr("%1 -> %2 (%3%), %4 (%5%)")
                                      .arg(set->name)
                                      .arg(set->version)
                                      .arg(qRound((1 - set->extraWeight) * 100))
                                      .arg(*set->extraVersion)
                                      .arg(qRound(set->extraWeight * 100))
                                : Tr::tr("%1 -> %2").arg(set->name).arg(set->version));
    return kExitOk;
}

} // namespace sloop::cli
