// sloop registries: private image registries (ECR) — add one by name, list
// its repositories and tags with digests and sizes, delete a tag.
#include "commands.h"
#include "connectsecrets.h"
#include "output.h"
#include "session.h"

#include "registry/lifecyclepolicy.h"
#include "registry/registryclient.h"
#include "registry/registrylist.h"
#include "secrets/secretstore.h"
#include "util/futures.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("registries");

// The registry's client with the password from the keychain (or
// SLOOP_REGISTRY_PASSWORD), else what the docker CLI would use.
Result<std::unique_ptr<registry::RegistryClient>> openRegistry(const QString &name)
{
    const auto record = registry::findRegistry(name);
    if (!record) {
        QStringList known;
        for (const registry::RegistryRecord &r : registry::knownRegistries())
            known.append(r.name);
        return Result<std::unique_ptr<registry::RegistryClient>>::failure(
            ErrorKind::NotFound,
            Tr::tr("there is no registry named \"%1\"; known: %2 (sloop registries add NAME URL)")
                .arg(name, known.isEmpty() ? Tr::tr("none") : known.join(QStringLiteral(", "))));
    }
    std::optional<std::pair<QString, QString>> credentials;
    if (!record->user.isEmpty()) {
        std::optional<QString> password;
        if (qEnvironmentVariableIsSet("SLOOP_REGISTRY_PASSWORD"))
            password = qEnvironmentVariable("SLOOP_REGISTRY_PASSWORD");
        else if (keychainAvailable())
            if (const auto stored =
                    secrets::SecretStore::instance().readNow(registry::passwordKey(name)))
                password = *stored;
        if (!password)
            password = askOnTerminal(Tr::tr("Password for %1 at %2: ").arg(record->user, name));
        if (password)
            credentials = std::pair{record->user, *password};
    } else {
        credentials = registry::dockerConfigCredentials(record->host());
    }
    return std::make_unique<registry::RegistryClient>(*record, credentials);
}

nlohmann::json toJson(const registry::RegistryRecord &r)
{
    return {{"name", utf8(r.name)},
            {"url", utf8(r.url)},
            {"host", utf8(r.host())},
            {"user", utf8(r.user)},
            {"caFile", utf8(r.caFile)}};
}

int registriesAdd(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--user"), QStringLiteral("-u")}, true},
                                    {{QStringLiteral("--password-stdin")}, false},
                                    {{QStringLiteral("--insecure")}, false},
                                    {{QStringLiteral("--ca")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 2)
        return usageError(Tr::tr("\"registries add\" takes a NAME and a URL"), kTopic);
    registry::RegistryRecord record{p.positionals[0], p.positionals[1],
                                    p.value(QStringLiteral("user")), p.value(QStringLiteral("ca"))};
    std::optional<QString> password;
    if (p.has(QStringLiteral("password-stdin"))) {
        if (record.user.isEmpty())
            return usageError(Tr::tr("--password-stdin goes with --user"), kTopic);
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read the password from stdin"));
        password = QString::fromUtf8(in.readLine(4096)).trimmed();
    } else if (!record.user.isEmpty()) {
        password = askOnTerminal(Tr::tr("Password for %1: ").arg(record.user));
    }
    if (!record.user.isEmpty() && (!password || password->isEmpty()))
        return usageError(Tr::tr("a password is needed for --user: --password-stdin, or run "
                                 "on a terminal"),
                          kTopic);
    const auto added = registry::addRegistry(record, p.has(QStringLiteral("insecure")));
    if (!added)
        return fail(added.problem());
    if (password) {
        if (!keychainAvailable()) {
            registry::removeRegistry(added->name);
            return kExitFailure;
        }
        const VoidResult saved = secrets::SecretStore::instance().writeNow(
            registry::passwordKey(added->name), *password);
        if (!saved) {
            registry::removeRegistry(added->name);
            return fail(saved.problem());
        }
    }
    // Kept either way (like a docker login that is checked later); whether
    // it answers and signs in is told.
    Session session(p);
    auto client = openRegistry(added->name);
    const VoidResult ping =
        client ? session.run(client.value()->ping()) : VoidResult::failure(client.problem());
    if (session.json()) {
        nlohmann::json out = toJson(*added);
        out["reachable"] = ping.ok();
        if (!ping)
            out["error"] = utf8(ping.error());
        printJson(out);
        return kExitOk;
    }
    printLine(
        ping
            ? Tr::tr("Added registry %1 (%2); it answers.").arg(added->name, added->url)
            : Tr::tr("Added registry %1 (%2), but: %3").arg(added->name, added->url, ping.error()));
    return kExitOk;
}

int registriesList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    const QList<registry::RegistryRecord> all = registry::knownRegistries();
    if (p.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const registry::RegistryRecord &r : all)
            out.push_back(toJson(r));
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("NAME"), Tr::tr("URL"), Tr::tr("USER"), Tr::tr("IMAGE PREFIX")});
    for (const registry::RegistryRecord &r : all)
        table.addRow({r.name, r.url, r.user, r.host() + QLatin1Char('/')});
    table.print();
    return kExitOk;
}

int registriesRepos(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"registries repos\" takes one registry"), kTopic);
    Session session(p);
    auto client = openRegistry(p.positionals.first());
    if (!client)
        return fail(client.problem());
    const auto repos = session.run(client.value()->repositories());
    if (!repos)
        return fail(repos.problem());
    if (session.json()) {
        printJson(utf8List(*repos));
        return kExitOk;
    }
    for (const QString &r : *repos)
        printLine(escapeForTerminal(r));
    return kExitOk;
}

int registriesTags(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args,
        commonOptions() +
            QList<OptionSpec>{{{QStringLiteral("--names-only"), QStringLiteral("-q")}, false}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 2)
        return usageError(Tr::tr("\"registries tags\" takes a registry and a repository"), kTopic);
    Session session(p);
    auto opened = openRegistry(p.positionals[0]);
    if (!opened)
        return fail(opened.problem());
    registry::RegistryClient *client = opened.value().get();
    const QString repo = p.positionals[1];
    const auto tags = session.run(client->tags(repo));
    if (!tags)
        return fail(tags.problem());
    if (p.has(QStringLiteral("names-only"))) {
        if (session.json())
            printJson(utf8List(*tags));
        else
            for (const QString &t : *tags)
                printLine(escapeForTerminal(t));
        return kExitOk;
    }
    // Every tag's manifest at once: the HTTP client keeps up to 16 going.
    QList<QFuture<Result<registry::ManifestInfo>>> asked;
    for (const QString &t : *tags)
        asked.append(client->manifest(repo, t));
    QList<Result<registry::ManifestInfo>> manifests;
    for (const auto &f : asked)
        manifests.append(session.run(f));
    if (session.json()) {
        nlohmann::json out = nlohmann::json::array();
        for (qsizetype i = 0; i < tags->size(); ++i) {
            const auto &m = manifests[i];
            nlohmann::json o{{"tag", utf8(tags->at(i))}};
            if (m) {
                o["digest"] = utf8(m->digest);
                o["mediaType"] = utf8(m->mediaType);
                o["size"] = m->size;
                o["layers"] = m->layers;
                o["platforms"] = utf8List(m->platforms);
                o["created"] = utf8(m->created.toUTC().toString(Qt::ISODate));
            } else {
                o["error"] = utf8(m.error());
            }
            out.push_back(o);
        }
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("TAG"), Tr::tr("DIGEST"), Tr::tr("SIZE"), Tr::tr("LAYERS"),
                 Tr::tr("PLATFORMS"), Tr::tr("CREATED")});
    int status = kExitOk;
    for (qsizetype i = 0; i < tags->size(); ++i) {
        const auto &m = manifests[i];
        if (!m) {
            status = fail(m.problem());
            continue;
        }
        table.addRow({tags->at(i), m->digest.left(19), QLocale().formattedDataSize(m->size),
                      m->isIndex ? QString() : QString::number(m->layers),
                      m->platforms.join(QStringLiteral(", ")),
                      m->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    table.print();
    return status;
}

int registriesDelete(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() < 2)
        return usageError(Tr::tr("\"registries delete\" takes a registry and REPO:TAG..."), kTopic);
    Session session(p);
    auto client = openRegistry(p.positionals.first());
    if (!client)
        return fail(client.problem());
    return applyToEach(p.positionals.mid(1), [&](const QString &ref) -> VoidResult {
        const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return VoidResult::failure(ErrorKind::InvalidInput,
                                       Tr::tr("\"%1\" is not REPO:TAG").arg(ref));
        return session.run(client.value()->deleteTag(ref.left(colon), ref.mid(colon + 1)));
    });
}

int registriesRemove(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"registries rm\" takes one or more registries"), kTopic);
    return applyToEach(p.positionals, [](const QString &name) -> VoidResult {
        if (!registry::removeRegistry(name))
            return VoidResult::failure(ErrorKind::NotFound,
                                       Tr::tr("there is no registry named \"%1\"").arg(name));
        // The keychain entry goes too; a keychain that is not there has none.
        if (secrets::SecretStore::instance().available())
            secrets::SecretStore::instance().removeNow(registry::passwordKey(name));
        return {};
    });
}

int registriesLifecycle(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--policy")}, true},
                                                  {{QStringLiteral("--keep-last")}, true},
                                                  {{QStringLiteral("--expire-days")}, true},
                                                  {{QStringLiteral("--prefix")}, true},
                                                  {{QStringLiteral("--dry-run")}, false},
                                                  {{QStringLiteral("--show-policy")}, false}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    const int ways = int(p.has(QStringLiteral("policy"))) +
                     int(p.has(QStringLiteral("keep-last"))) +
                     int(p.has(QStringLiteral("expire-days")));
    if (p.positionals.size() != 2 || ways != 1)
        return usageError(Tr::tr("\"lifecycle\" takes a registry, a repository, and --policy "
                                 "FILE, --keep-last N or --expire-days N"),
                          kTopic);
    registry::LifecyclePolicy policy;
    if (p.has(QStringLiteral("policy"))) {
        QFile file(p.value(QStringLiteral("policy")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error{ErrorKind::NotFound,
                      Tr::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString())});
        const auto parsed = registry::parseLifecyclePolicy(file.readAll());
        if (!parsed)
            return usageError(parsed.error(), kTopic);
        policy = *parsed;
    } else {
        // One rule as ECR's console writes it.
        registry::LifecycleRule rule;
        rule.priority = 1;
        const bool keep = p.has(QStringLiteral("keep-last"));
        bool ok = false;
        rule.countNumber =
            p.value(keep ? QStringLiteral("keep-last") : QStringLiteral("expire-days")).toInt(&ok);
        if (!ok || rule.countNumber < 1)
            return usageError(Tr::tr("--keep-last and --expire-days take a whole number from 1"),
                              kTopic);
        rule.countType =
            keep ? QStringLiteral("imageCountMoreThan") : QStringLiteral("sinceImagePushed");
        if (!keep)
            rule.countUnit = QStringLiteral("days");
        rule.tagPrefixes = p.values(QStringLiteral("prefix"));
        rule.tagStatus =
            rule.tagPrefixes.isEmpty() ? QStringLiteral("any") : QStringLiteral("tagged");
        policy.rules.append(rule);
    }
    if (p.has(QStringLiteral("show-policy"))) {
        writeBytes(stdout, registry::lifecyclePolicyToJson(policy));
        return kExitOk;
    }
    const QString repo = p.positionals.at(1);
    if (const QString bad = registry::RegistryClient::checkRepository(repo); !bad.isEmpty())
        return usageError(bad, kTopic);
    auto client = openRegistry(p.positionals.first());
    if (!client)
        return fail(client.problem());
    Session session(p);
    const bool dryRun = p.has(QStringLiteral("dry-run"));
    const auto report =
        session.run(registry::runLifecycle(client.value().get(), repo, policy, dryRun));
    if (!report)
        return fail(report.problem());
    if (session.json()) {
        nlohmann::json expired = nlohmann::json::array();
        for (const registry::LifecycleDecision &d : report->expired)
            expired.push_back({{"digest", utf8(d.image.digest)},
                               {"tags", utf8List(d.image.tags)},
                               {"pushed", utf8(d.image.pushed.toString(Qt::ISODate))},
                               {"rulePriority", d.rulePriority},
                               {"reason", utf8(d.reason)}});
        printJson({{"dryRun", dryRun},
                   {"images", report->images},
                   {"expired", expired},
                   {"deleted", utf8List(report->deleted)},
                   {"failed", utf8List(report->failed)}});
    } else {
        Table table({Tr::tr("DIGEST"), Tr::tr("TAGS"), Tr::tr("MADE"), Tr::tr("WHY")});
        for (const registry::LifecycleDecision &d : report->expired)
            table.addRow({d.image.digest.left(19), d.image.tags.join(QStringLiteral(", ")),
                          d.image.pushed.toLocalTime().toString(Qt::ISODate), d.reason});
        if (!report->expired.isEmpty())
            table.print();
        printLine(dryRun ? Tr::tr("%1 of %2 images would expire (a dry run: nothing was deleted).")
                               .arg(report->expired.size())
                               .arg(report->images)
                         : Tr::tr("%1 of %2 images expired and were deleted.")
                               .arg(report->deleted.size())
                               .arg(report->images));
        for (const QString &f : report->failed)
            printLine(Tr::tr("Not deleted: %1").arg(f));
        if (report->untaggedRules)
            printLine(Tr::tr("Untagged images cannot be listed through the registry's API; the "
                             "registry's garbage collection removes them."));
    }
    return report->failed.isEmpty() ? kExitOk : kExitFailure;
}

} // namespace

int registriesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add"))
        return registriesAdd(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return registriesList(rest);
    if (verb == QLatin1String("repos"))
        return registriesRepos(rest);
    if (verb == QLatin1String("tags"))
        return registriesTags(rest);
    if (verb == QLatin1String("delete"))
        return registriesDelete(rest);
    if (verb == QLatin1String("lifecycle"))
        return registriesLifecycle(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return registriesRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, registriesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown registries command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
