#include "hostsession.h"

#include "connectsecrets.h"
#include "output.h"

#include "hosts/hostrepository.h"
#include "ssh/sshsession.h"
#include "util/paths.h"

#include <cmath>

namespace sloop::cli {

namespace {

int reportSshError(const ssh::SshError &error)
{
    switch (error.kind) {
    case ssh::SshError::HostKeyUnknown: {
        // The session's message names the key; say it here when it does not.
        QString message = error.message;
        if (!message.contains(error.fingerprint))
            message +=
                QLatin1Char(' ') +
                Tr::tr("Its %1 key fingerprint is %2.").arg(error.keyType, error.fingerprint);
        return fail(message + QLatin1Char(' ') +
                    Tr::tr("If it matches, run the command again with --accept-new-host-key."));
    }
    case ssh::SshError::HostKeyChanged:
        return fail(
            error.expectedFingerprint.isEmpty() || error.message.contains(error.expectedFingerprint)
                ? error.message
                : Tr::tr("%1 (on record: %2)").arg(error.message, error.expectedFingerprint));
    default:
        return fail(error.message);
    }
}

} // namespace

bool openStore(store::Database &db)
{
    if (!paths::ensureDir(paths::dataDir())) {
        fail(Tr::tr("cannot create the data folder %1").arg(paths::dataDir()));
        return false;
    }
    const VoidResult opened = db.open(paths::databaseFile());
    if (!opened) {
        fail(Tr::tr("cannot open the store %1: %2").arg(paths::databaseFile(), opened.error()));
        return false;
    }
    return true;
}

std::optional<hosts::HostRecord> findHost(store::Database &db, const QString &name, int *exitCode)
{
    hosts::HostRepository repository(db);
    const auto found = repository.find(name);
    if (!found) {
        *exitCode = fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        *exitCode =
            fail(Tr::tr("there is no host named \"%1\" (see \"sloop hosts ls\")").arg(name));
        return std::nullopt;
    }
    return **found;
}

std::optional<ssh::ExecResult> runOnHost(const hosts::HostRecord &host,
                                         const ssh::RemoteCommand &command, bool acceptNewHostKey,
                                         int timeoutMs, int *exitCode, bool saveSecret)
{
    const auto shell = command.toShell();
    if (!shell) {
        *exitCode = fail(shell.error());
        return std::nullopt;
    }
    ssh::SshTarget target;
    target.name = host.name;
    target.address = host.address;
    target.port = quint16(host.port);
    target.user = host.user;
    if (!host.identityFile.isEmpty())
        target.identityFiles = {host.identityFile};
    ssh::SshOptions options;
    const ConnectSecrets secrets(host);
    options.credentials = secrets.credentials();

    ssh::SshSession session(target, options);
    auto connected = session.connectHost(acceptNewHostKey ? ssh::HostKeyPolicy::AcceptNew
                                                          : ssh::HostKeyPolicy::Strict);
    connected.waitForFinished();
    const auto info = connected.result();
    if (!info) {
        *exitCode = reportSshError(secrets.explain(info.error()));
        return std::nullopt;
    }
    if (saveSecret) {
        const Result<QString> saved = secrets.saveUsed(info->authMethod);
        if (!saved) {
            *exitCode = fail(saved.error());
            return std::nullopt;
        }
        writeBytes(stderr,
                   (saved->isEmpty() ? Tr::tr("sloop: logged in to %1 without a password or "
                                              "passphrase: nothing to save")
                                           .arg(host.name)
                                     : Tr::tr("sloop: saved %1 in the keychain").arg(*saved))
                           .toUtf8() +
                       '\n');
    }
    if (info->hostKeyNewlyTrusted)
        writeBytes(stderr, Tr::tr("sloop: added %1's %2 key %3 to %4")
                                   .arg(host.name, info->hostKeyType, info->fingerprint,
                                        session.knownHostsFile())
                                   .toUtf8() +
                               '\n');
    auto ran = session.exec(command, timeoutMs);
    ran.waitForFinished();
    const auto result = ran.result();
    if (!result) {
        *exitCode = reportSshError(result.error());
        return std::nullopt;
    }
    return result.value();
}

// One round trip: each line is key=value; a missing tool leaves a value
// empty, and empty values are left out when parsed.
} // namespace sloop::cli
