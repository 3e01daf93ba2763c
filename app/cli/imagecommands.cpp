// sloop images push|pull: an engine's images to and from a registry Sloop
// knows, with progress per layer and the digest at the end.
#include "commands.h"
#include "connectsecrets.h"
#include "output.h"
#include "session.h"

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

} // namespace

int imagesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
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
