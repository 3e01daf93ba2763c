// `sloop buckets ...`: folders served as S3 buckets by the AWS-compatible
// endpoint, and the functions their object events go to.
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "awsapi/awsendpoint.h"
#include "buckets/bucketrepository.h"
#include "buckets/folderobjects.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QDir>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("buckets");

nlohmann::json triggerJson(const buckets::BucketTrigger &t)
{
    return {{"id", t.id},
            {"bucket", utf8(t.bucket)},
            {"function", utf8(t.function)},
            {"prefix", utf8(t.prefix)},
            {"suffix", utf8(t.suffix)},
            {"created", t.onCreated},
            {"removed", t.onRemoved}};
}

QString eventsText(const buckets::BucketTrigger &t)
{
    if (t.onCreated && t.onRemoved)
        return QStringLiteral("ObjectCreated:*, ObjectRemoved:*");
    return t.onCreated ? QStringLiteral("ObjectCreated:*") : QStringLiteral("ObjectRemoved:*");
}

int bucketsAdd(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--folder")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1 || !parsed.has(QStringLiteral("folder")))
        return usageError(Tr::tr("\"buckets add\" takes a NAME and --folder DIR"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    buckets::Bucket bucket;
    bucket.name = parsed.positionals.first();
    bucket.folder =
        QDir::cleanPath(QDir().absoluteFilePath(parsed.value(QStringLiteral("folder"))));
    const auto added = buckets::BucketRepository(db).add(bucket);
    if (!added)
        return fail(added.problem());
    const QString url = awsapi::AwsEndpoint::url(quint16(Settings().get(Settings::EndpointPort)));
    if (parsed.has(QStringLiteral("json"))) {
        printJson({{"name", utf8(added->name)},
                   {"folder", utf8(added->folder)},
                   {"arn", utf8(buckets::bucketArn(added->name))},
                   {"url", utf8(url + QLatin1Char('/') + added->name)}});
        return kExitOk;
    }
    printLine(added->name);
    printLine(Tr::tr("For AWS's CLI: aws --endpoint-url %1 s3 ls s3://%2").arg(url, added->name));
    return kExitOk;
}

int bucketsList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    buckets::BucketRepository repo(db);
    const auto all = repo.all();
    if (!all)
        return fail(all.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &b : *all) {
            const auto objects = buckets::objects::list(b);
            const auto triggers = repo.triggers(b.name);
            nlohmann::json t = nlohmann::json::array();
            for (const auto &trigger : triggers ? *triggers : QList<buckets::BucketTrigger>{})
                t.push_back(triggerJson(trigger));
            out.push_back({{"name", utf8(b.name)},
                           {"folder", utf8(b.folder)},
                           {"objects", objects ? objects->size() : 0},
                           {"triggers", t}});
        }
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("NAME"), Tr::tr("FOLDER"), Tr::tr("OBJECTS"), Tr::tr("TRIGGERS")});
    for (const auto &b : *all) {
        const auto objects = buckets::objects::list(b);
        const auto triggers = repo.triggers(b.name);
        QStringList functions;
        for (const auto &t : triggers ? *triggers : QList<buckets::BucketTrigger>{})
            functions << t.function;
        table.addRow(
            {b.name, b.folder, objects ? QString::number(objects->size()) : Tr::tr("folder gone"),
             functions.isEmpty() ? QStringLiteral("-") : functions.join(QStringLiteral(", "))});
    }
    table.print();
    return kExitOk;
}

int bucketsRemove(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"buckets rm\" takes one or more names"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    buckets::BucketRepository repo(db);
    return applyToEach(parsed.positionals,
                       [&repo](const QString &name) { return repo.remove(name); });
}

int bucketsTrigger(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--function"), QStringLiteral("-f")}, true},
                                    {{QStringLiteral("--prefix")}, true},
                                    {{QStringLiteral("--suffix")}, true},
                                    {{QStringLiteral("--events")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1 || !parsed.has(QStringLiteral("function")))
        return usageError(Tr::tr("\"buckets trigger\" takes a bucket NAME and --function F"),
                          kTopic);
    const QString events = parsed.value(QStringLiteral("events"), QStringLiteral("created"));
    if (events != QLatin1String("created") && events != QLatin1String("removed") &&
        events != QLatin1String("all"))
        return usageError(Tr::tr("--events takes created, removed or all"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    buckets::BucketRepository repo(db);
    const auto bucket = repo.find(parsed.positionals.first());
    if (!bucket)
        return fail(bucket.problem());
    if (!bucket->has_value())
        return fail(Error::make(
            ErrorKind::NotFound,
            Tr::tr("There is no bucket called \"%1\".").arg(parsed.positionals.first())));
    const QString function = parsed.value(QStringLiteral("function"));
    const auto found = functions::FunctionRepository(db).find(function);
    if (!found)
        return fail(found.problem());
    if (!found->has_value())
        return fail(functions::functionNotFound(function));
    buckets::BucketTrigger t;
    t.bucket = (*bucket)->name;
    t.function = (*found)->name;
    t.prefix = parsed.value(QStringLiteral("prefix"));
    t.suffix = parsed.value(QStringLiteral("suffix"));
    t.onCreated = events != QLatin1String("removed");
    t.onRemoved = events != QLatin1String("created");
    const auto added = repo.addTrigger(t);
    if (!added)
        return fail(added.problem());
    if (parsed.has(QStringLiteral("json")))
        printJson(triggerJson(*added));
    else
        printLine(QString::number(added->id));
    return kExitOk;
}

int bucketsTriggers(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    const auto all = buckets::BucketRepository(db).triggers(parsed.positionals.value(0));
    if (!all)
        return fail(all.problem());
    if (parsed.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &t : *all)
            out.push_back(triggerJson(t));
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("ID"), Tr::tr("BUCKET"), Tr::tr("FUNCTION"), Tr::tr("EVENTS"),
                 Tr::tr("PREFIX"), Tr::tr("SUFFIX")});
    for (const auto &t : *all)
        table.addRow({QString::number(t.id), t.bucket, t.function, eventsText(t),
                      t.prefix.isEmpty() ? QStringLiteral("-") : t.prefix,
                      t.suffix.isEmpty() ? QStringLiteral("-") : t.suffix});
    table.print();
    return kExitOk;
}

int bucketsUntrigger(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"buckets untrigger\" takes one or more trigger IDs"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    buckets::BucketRepository repo(db);
    return applyToEach(parsed.positionals, [&repo](const QString &id) {
        const auto n = wholeNumber(id);
        return n ? repo.removeTrigger(*n)
                 : VoidResult::failure(ErrorKind::InvalidInput,
                                       Tr::tr("\"%1\" is not an ID").arg(id));
    });
}

} // namespace

int bucketsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add") || verb == QLatin1String("create"))
        return bucketsAdd(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return bucketsList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return bucketsRemove(rest);
    if (verb == QLatin1String("trigger"))
        return bucketsTrigger(rest);
    if (verb == QLatin1String("triggers"))
        return bucketsTriggers(rest);
    if (verb == QLatin1String("untrigger"))
        return bucketsUntrigger(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, bucketsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown buckets command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
