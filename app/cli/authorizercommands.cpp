// `sloop authorizers ...`: who may call an API's routes, decided by a JWT
// issuer's keys or by a function (routes name them: routes add --authorizer).
#include "apiscli.h"
#include "commands.h"
#include "output.h"

#include "gateway/apiediting.h"
#include "util/textlists.h"

#include <QDir>

namespace sloop::cli {

namespace {

const QString kAuthorizers = QStringLiteral("authorizers");

QString authorizerText(const gateway::Authorizer &a)
{
    if (a.kind == gateway::Authorizer::Kind::Jwt)
        return Tr::tr("issuer %1, audience %2")
            .arg(a.issuer, a.audiences.join(QLatin1String(", ")));
    return Tr::tr("function %1, answers kept %2 s").arg(a.function).arg(a.ttlSeconds);
}

int authorizersCreate(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--type")}, true},
                                                  {{QStringLiteral("--issuer")}, true},
                                                  {{QStringLiteral("--audience")}, true},
                                                  {{QStringLiteral("--jwks")}, true},
                                                  {{QStringLiteral("--function")}, true},
                                                  {{QStringLiteral("--identity-source")}, true},
                                                  {{QStringLiteral("--ttl")}, true},
                                                  {{QStringLiteral("--payload")}, true},
                                                  {{QStringLiteral("--simple")}, false}});
    if (const int status = checkParsed(parsed, kAuthorizers); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"authorizers create\" takes an API and a NAME"), kAuthorizers);
    const auto kind = gateway::authorizerKindFromName(
        parsed.value(QStringLiteral("type"), QStringLiteral("jwt")));
    if (!kind)
        return usageError(Tr::tr("--type is jwt, request or token"), kAuthorizers);
    gateway::Authorizer a;
    a.name = parsed.positionals.at(1);
    a.kind = *kind;
    if (parsed.has(QStringLiteral("identity-source")))
        a.identitySources = splitList(parsed.value(QStringLiteral("identity-source")));
    if (a.kind == gateway::Authorizer::Kind::Jwt) {
        a.issuer = parsed.value(QStringLiteral("issuer"));
        a.audiences = splitList(parsed.value(QStringLiteral("audience")));
        const QString jwks = parsed.value(QStringLiteral("jwks"));
        a.jwksFile = jwks.isEmpty() ? QString() : QDir::current().absoluteFilePath(jwks);
    } else {
        a.function = parsed.value(QStringLiteral("function"));
        bool ok = true;
        a.ttlSeconds = parsed.value(QStringLiteral("ttl"), QStringLiteral("300")).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--ttl takes seconds"), kAuthorizers);
        const QString payload = parsed.value(QStringLiteral("payload"), QStringLiteral("2.0"));
        if (payload != QLatin1String("1.0") && payload != QLatin1String("2.0"))
            return usageError(Tr::tr("--payload is 1.0 or 2.0"), kAuthorizers);
        a.payloadFormat = payload == QLatin1String("1.0") ? 1 : 2;
        a.simpleResponses = parsed.has(QStringLiteral("simple"));
    }
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&a](gateway::Api api) { return gateway::withAuthorizer(std::move(api), a); },
        [&a](const gateway::Api &api) {
            printLine(Tr::tr("Authorizer %1: %2").arg(a.name, authorizerText(a)));
            printLine(Tr::tr("Use it on a route: sloop routes add %1 'GET /path' ... "
                             "--authorizer %2")
                          .arg(api.name, a.name));
        });
}

int authorizersList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kAuthorizers); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"authorizers ls\" takes one API"), kAuthorizers);
    return readApi(parsed.positionals.first(), [&parsed](const gateway::Api &api) {
        if (parsed.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &a : api.authorizers)
                out.push_back(authorizerJson(a));
            printJson(out);
            return kExitOk;
        }
        if (api.authorizers.isEmpty()) {
            printLine(Tr::tr("No authorizers. Add one: sloop authorizers create %1 NAME --type "
                             "jwt --issuer URL --audience A --jwks FILE")
                          .arg(api.name));
            return kExitOk;
        }
        Table table({Tr::tr("NAME"), Tr::tr("TYPE"), Tr::tr("IDENTITY"), Tr::tr("CHECKS")});
        for (const auto &a : api.authorizers)
            table.addRow({a.name, gateway::authorizerKindName(a.kind).toUpper(),
                          a.identitySources.join(QLatin1String(", ")), authorizerText(a)});
        table.print();
        return kExitOk;
    });
}

int authorizersRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kAuthorizers); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"authorizers rm\" takes an API and a NAME"), kAuthorizers);
    const QString name = parsed.positionals.at(1);
    return editApi(
        parsed.positionals.first(), parsed.has(QStringLiteral("json")),
        [&name](gateway::Api api) { return gateway::withoutAuthorizer(std::move(api), name); },
        [&name](const gateway::Api &) { printLine(name); });
}

} // namespace

nlohmann::json authorizerJson(const gateway::Authorizer &a)
{
    nlohmann::json o = {{"name", utf8(a.name)},
                        {"type", utf8(gateway::authorizerKindName(a.kind))},
                        {"identitySources", utf8List(a.identitySources)}};
    if (a.kind == gateway::Authorizer::Kind::Jwt) {
        o["issuer"] = utf8(a.issuer);
        o["audiences"] = utf8List(a.audiences);
        o["jwksFile"] = utf8(a.jwksFile);
    } else {
        o["function"] = utf8(a.function);
        o["ttlSeconds"] = a.ttlSeconds;
        o["simpleResponses"] = a.simpleResponses;
        o["payloadFormat"] = a.payloadFormat == 1 ? "1.0" : "2.0";
    }
    return o;
}

int authorizersCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create") || verb == QLatin1String("add"))
        return authorizersCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return authorizersList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return authorizersRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, authorizersUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown authorizers command \"%1\"").arg(verb), kAuthorizers);
}

} // namespace sloop::cli
