// `sloop credentials ...` (the access keys Sloop's AWS-compatible endpoint
// accepts) and `sloop endpoint` (where that endpoint is).
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "awsapi/accesskeys.h"
#include "awsapi/awsendpoint.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QDateTime>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("credentials");

int credentialsCreate(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--description")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"credentials create\" takes no names"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto made = awsapi::AccessKeys(db).create(parsed.value(QStringLiteral("description")));
    if (!made)
        return fail(made.problem());
    if (parsed.has(QStringLiteral("json"))) {
        printJson({{"accessKeyId", utf8(made->key.accessKeyId)},
                   {"secretAccessKey", utf8(made->secretAccessKey)},
                   {"description", utf8(made->key.description)},
                   {"createdMs", made->key.createdMs}});
        return kExitOk;
    }
    printLine(Tr::tr("Access key ID:     %1").arg(made->key.accessKeyId));
    printLine(Tr::tr("Secret access key: %1").arg(made->secretAccessKey));
    printLine(Tr::tr("\nThe secret is shown only now; Sloop keeps it in the keychain. For AWS's "
                     "CLI and SDKs:\n  export AWS_ACCESS_KEY_ID=%1 AWS_SECRET_ACCESS_KEY=%2 "
                     "AWS_REGION=local\n  aws --endpoint-url %3 lambda list-functions")
                  .arg(made->key.accessKeyId, made->secretAccessKey,
                       awsapi::AwsEndpoint::url(quint16(Settings().get(Settings::EndpointPort)))));
    return kExitOk;
}

int credentialsList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto all = awsapi::AccessKeys(db).all();
    if (!all)
        return fail(all.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &k : *all)
            out.push_back({{"accessKeyId", utf8(k.accessKeyId)},
                           {"description", utf8(k.description)},
                           {"createdMs", k.createdMs}});
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("ACCESS KEY ID"), Tr::tr("CREATED"), Tr::tr("DESCRIPTION")});
    for (const auto &k : *all)
        table.addRow({k.accessKeyId,
                      QDateTime::fromMSecsSinceEpoch(k.createdMs).toString(Qt::ISODate),
                      k.description});
    table.print();
    return kExitOk;
}

int credentialsRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"credentials rm\" takes one or more access key IDs"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    awsapi::AccessKeys keys(db);
    return applyToEach(parsed.positionals, [&keys](const QString &id) { return keys.remove(id); });
}

} // namespace

int credentialsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return credentialsCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return credentialsList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return credentialsRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, credentialsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown credentials command \"%1\"").arg(verb), kTopic);
}

int endpointCommand(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, QStringLiteral("endpoint")); status != kContinue)
        return status;
    const quint16 port = quint16(Settings().get(Settings::EndpointPort));
    if (parsed.has(QStringLiteral("json")))
        printJson({{"url", utf8(awsapi::AwsEndpoint::url(port))}, {"port", port}});
    else
        printLine(awsapi::AwsEndpoint::url(port));
    return kExitOk;
}

} // namespace sloop::cli
