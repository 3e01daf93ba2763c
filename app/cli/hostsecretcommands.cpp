// sloop hosts secret set|rm NAME [--key FILE], and what "hosts add
// --save-secret" does after the host is stored.
#include "commands.h"
#include "connectsecrets.h"
#include "hostsession.h"
#include "output.h"

#include "secrets/secretstore.h"
#include "ssh/remotecommand.h"

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("hosts");

int secretSet(const hosts::HostRecord &host, const QString &keyFile)
{
    const bool forKey = !keyFile.isEmpty();
    const std::optional<QString> secret =
        forKey ? askSecret("SLOOP_SSH_PASSPHRASE", Tr::tr("Passphrase for %1: ").arg(keyFile))
               : askSecret("SLOOP_SSH_PASSWORD", Tr::tr("Password for %1: ").arg(host.name));
    if (!secret || secret->isEmpty())
        return fail(forKey ? Tr::tr("no passphrase given: set SLOOP_SSH_PASSPHRASE or run "
                                    "the command on a terminal")
                           : Tr::tr("no password given: set SLOOP_SSH_PASSWORD or run the "
                                    "command on a terminal"));
    if (!keychainAvailable())
        return fail(Tr::tr("nothing was saved"));
    const QString key = forKey ? secrets::SecretStore::passphraseKey(keyFile)
                               : secrets::SecretStore::passwordKey(host.name);
    if (const VoidResult saved = secrets::SecretStore::instance().writeNow(key, *secret); !saved)
        return fail(saved.problem());
    printLine(forKey ? Tr::tr("saved the passphrase for %1 in the keychain").arg(keyFile)
                     : Tr::tr("saved the password for %1 in the keychain").arg(host.name));
    return kExitOk;
}

int secretRemove(const hosts::HostRecord &host, const QString &keyFile)
{
    const bool forKey = !keyFile.isEmpty();
    if (!keychainAvailable())
        return fail(Tr::tr("nothing was removed"));
    const QString key = forKey ? secrets::SecretStore::passphraseKey(keyFile)
                               : secrets::SecretStore::passwordKey(host.name);
    if (const VoidResult removed = secrets::SecretStore::instance().removeNow(key); !removed)
        return fail(removed.problem());
    printLine(forKey ? Tr::tr("the keychain holds no passphrase for %1").arg(keyFile)
                     : Tr::tr("the keychain holds no password for %1").arg(host.name));
    return kExitOk;
}

} // namespace

int hostsSecret(const QStringList &args)
{
    const QString verb = args.value(0);
    const ParsedArgs parsed = parseArgs(
        args.mid(1), commonOptions() + QList<OptionSpec>{{{QStringLiteral("--key")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (verb != QLatin1String("set") && verb != QLatin1String("rm"))
        return usageError(Tr::tr("\"hosts secret\" takes set or rm"), kTopic);
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"hosts secret %1\" takes one NAME").arg(verb), kTopic);
    const QString keyFile = parsed.value(QStringLiteral("key"));
    if (parsed.has(QStringLiteral("key")) && keyFile.isEmpty())
        return usageError(Tr::tr("--key needs the path of a private key file"), kTopic);

    int status = kExitFailure;
    const auto host = loadHost(parsed.positionals.first(), &status);
    if (!host)
        return status;
    return verb == QLatin1String("set") ? secretSet(*host, keyFile) : secretRemove(*host, keyFile);
}

int saveSecretAfterAdd(const hosts::HostRecord &host, const ssh::HostKeyPolicy &hostKeys)
{
    int status = kExitFailure;
    const auto ran = runOnHost(host, ssh::RemoteCommand::argv({QStringLiteral("true")}), hostKeys,
                               30000, &status, true);
    if (!ran) {
        fail(Tr::tr("%1 was added, but no secret was saved").arg(host.name));
        return status;
    }
    return kExitOk;
}

} // namespace sloop::cli
