// sloop images build|push|pull: an image built on an engine from a folder
// (or a Git URL), and an engine's images to and from a registry Sloop
// knows, with progress per layer and the digest at the end.
#include "commands.h"
#include "connectsecrets.h"
#include "output.h"
#include "session.h"

#include "images/imagebuild.h"
#include "registry/imagetransfer.h"
#include "registry/registryclient.h"
#include "registry/registrylist.h"
#include "secrets/secretstore.h"

#include <QEventLoop>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("images");

std::optional<std::pair<QString, QString>> credentialsFor(const registry::RegistryRecord &r)
{
    if (r.user.isEmpty())
        return registry::dockerConfigCredentials(r.host());
    if (qEnvironmentVariableIsSet("SLOOP_REGISTRY_PASSWORD"))
        return std::pair{r.user, qEnvironmentVariable("SLOOP_REGISTRY_PASSWORD")};
    if (keychainAvailable())
        if (const auto stored =
                secrets::SecretStore::instance().readNow(registry::passwordKey(r.name));
            stored && *stored)
            return std::pair{r.user, **stored};
    if (const auto asked = askOnTerminal(Tr::tr("Password for %1 at %2: ").arg(r.user, r.name)))
        return std::pair{r.user, *asked};
    return std::nullopt;
}

// "repo:tag" → (repo, tag); "latest" when no tag.
std::pair<QString, QString> splitReference(const QString &ref)
{
    const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
    if (colon > ref.lastIndexOf(QLatin1Char('/')))
        return {ref.left(colon), ref.mid(colon + 1)};
    return {ref, QStringLiteral("latest")};
}

// Runs the transfer, printing each layer's change of step on stderr.
Result<QString> run(Session &session, registry::ImageTransfer &transfer,
                    const std::function<void()> &start)
{
    QEventLoop loop;
    Result<QString> outcome = Result<QString>::failure(QStringLiteral("not finished"));
    QHash<QString, QString> shown;
    QObject::connect(
        &transfer, &registry::ImageTransfer::progress, &loop,
        [&](const QString &layer, const QString &status, qint64, qint64) {
            if (session.json() || shown.value(layer) == status)
                return;
            shown.insert(layer, status);
            writeBytes(stderr,
                       escapeForTerminal(
                           (layer.isEmpty() ? QString() : layer + QStringLiteral(": ")) + status)
                               .toUtf8() +
                           '\n');
        });
    QObject::connect(&transfer, &registry::ImageTransfer::finished, &loop,
                     [&](const Result<QString> &r) {
                         outcome = r;
                         loop.quit();
                     });
    start();
    loop.exec();
    session.flushLog();
    return outcome;
}

int imagesTransfer(const QStringList &args, bool push)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--registry"), QStringLiteral("-r")}, true},
                                    {{QStringLiteral("--as")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1 || !p.has(QStringLiteral("registry")))
        return usageError(push ? Tr::tr("\"images push\" takes IMAGE and --registry NAME")
                               : Tr::tr("\"images pull\" takes REPO[:TAG] and --registry NAME"),
                          kTopic);
    const auto record = registry::findRegistry(p.value(QStringLiteral("registry")));
    if (!record)
        return fail(Error{
            ErrorKind::NotFound,
            Tr::tr("there is no registry named \"%1\"").arg(p.value(QStringLiteral("registry")))});
    Session session(p);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    const QString image = p.positionals.first();
    // The local image's own name (without a registry part) unless --as says.
    QString target = p.value(QStringLiteral("as"), image);
    // docker's rule: a first part with '.' or ':' (or "localhost") is a registry.
    const QString first = target.section(QLatin1Char('/'), 0, 0);
    if (!p.has(QStringLiteral("as")) && target.contains(QLatin1Char('/')) &&
        (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
         first == QLatin1String("localhost")))
        target = target.section(QLatin1Char('/'), 1);
    const auto [repo, tag] = splitReference(push ? target : image);
    registry::ImageTransfer transfer(client.value());
    const auto credentials = credentialsFor(*record);
    const Result<QString> digest = run(session, transfer, [&] {
        if (push)
            transfer.push(image, *record, credentials, repo, tag);
        else
            transfer.pull(*record, credentials, repo, tag);
    });
    if (!digest)
        return fail(digest.problem());
    if (session.json()) {
        printJson({{"reference", utf8(transfer.reference())}, {"digest", utf8(*digest)}});
        return kExitOk;
    }
    printLine(transfer.reference() + QStringLiteral("@") + *digest);
    return kExitOk;
}

bool readPairsInto(const QStringList &values, QMap<QString, QString> &into)
{
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq < 1)
            return false;
        into.insert(v.left(eq), v.mid(eq + 1));
    }
    return true;
}

int imagesBuild(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--tag"), QStringLiteral("-t")}, true},
                                    {{QStringLiteral("--file"), QStringLiteral("-f")}, true},
                                    {{QStringLiteral("--build-arg")}, true},
                                    {{QStringLiteral("--label")}, true},
                                    {{QStringLiteral("--target")}, true},
                                    {{QStringLiteral("--no-cache")}, false},
                                    {{QStringLiteral("--pull")}, false},
                                    {{QStringLiteral("--push")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1 || !p.has(QStringLiteral("tag")))
        return usageError(Tr::tr("\"images build\" takes a folder (or Git URL) and --tag NAME:TAG"),
                          kTopic);
    images::BuildRequest request;
    const QString source = p.positionals.first();
    const bool git = source.startsWith(QLatin1String("https://")) ||
                     source.startsWith(QLatin1String("http://")) ||
                     source.startsWith(QLatin1String("git@")) ||
                     source.startsWith(QLatin1String("git://"));
    (git ? request.gitUrl : request.contextDir) = source;
    request.tags = p.values(QStringLiteral("tag"));
    request.dockerfile = p.value(QStringLiteral("file"), QStringLiteral("Dockerfile"));
    request.target = p.value(QStringLiteral("target"));
    request.noCache = p.has(QStringLiteral("no-cache"));
    request.pull = p.has(QStringLiteral("pull"));
    if (!readPairsInto(p.values(QStringLiteral("build-arg")), request.buildArgs) ||
        !readPairsInto(p.values(QStringLiteral("label")), request.labels))
        return usageError(Tr::tr("--build-arg and --label take NAME=VALUE"), kTopic);
    std::optional<registry::RegistryRecord> record;
    if (p.has(QStringLiteral("push"))) {
        record = registry::findRegistry(p.value(QStringLiteral("push")));
        if (!record)
            return fail(Error{
                ErrorKind::NotFound,
                Tr::tr("there is no registry named \"%1\"").arg(p.value(QStringLiteral("push")))});
    }
    Session session(p);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    images::ImageBuild build(client.value());
    QEventLoop loop;
    Result<QString> built = Result<QString>::failure(QStringLiteral("not finished"));
    QObject::connect(&build, &images::ImageBuild::output, &loop, [&session](const QString &line) {
        if (!session.json())
            writeBytes(stderr, (escapeForTerminal(line) + QLatin1Char('\n')).toUtf8());
    });
    QObject::connect(&build, &images::ImageBuild::finished, &loop, [&](const Result<QString> &r) {
        built = r;
        loop.quit();
    });
    build.start(request);
    loop.exec();
    session.flushLog();
    if (!built)
        return fail(built.problem());
    QString digest;
    QString pushed;
    if (record) {
        // The first tag, as its own name in the registry.
        QString name = request.tags.first();
        const QString first = name.section(QLatin1Char('/'), 0, 0);
        if (name.contains(QLatin1Char('/')) &&
            (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
             first == QLatin1String("localhost")))
            name = name.section(QLatin1Char('/'), 1);
        const auto [repo, tag] = splitReference(name);
        registry::ImageTransfer transfer(client.value());
        const auto credentials = credentialsFor(*record);
        const Result<QString> sent = run(session, transfer, [&] {
            transfer.push(request.tags.first(), *record, credentials, repo, tag);
        });
        if (!sent)
            return fail(sent.problem());
        digest = *sent;
        pushed = transfer.reference();
    }
    if (session.json()) {
        nlohmann::json out{{"id", utf8(*built)},
                           {"tags", utf8List(request.tags)},
                           {"contextFiles", build.context().files},
                           {"contextBytes", build.context().bytes},
                           {"leftOut", build.context().leftOutCount}};
        if (!pushed.isEmpty()) {
            out["pushed"] = utf8(pushed);
            out["digest"] = utf8(digest);
        }
        printJson(out);
        return kExitOk;
    }
    printLine(Tr::tr("Built %1 as %2").arg(*built, request.tags.join(QStringLiteral(", "))));
    if (!pushed.isEmpty())
        printLine(pushed + QStringLiteral("@") + digest);
    return kExitOk;
}

} // namespace

int imagesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("build"))
        return imagesBuild(args.mid(1));
    if (verb == QLatin1String("lifecycle"))
        return registriesCommand(args); // the same command, where ECR's users look for it
    if (verb == QLatin1String("push"))
        return imagesTransfer(args.mid(1), true);
    if (verb == QLatin1String("pull"))
        return imagesTransfer(args.mid(1), false);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, imagesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown images command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
