#include "hostsession.h"

#include "connectsecrets.h"
#include "output.h"
#include "session.h"

#include "hosts/hostrepository.h"
#include "ssh/sshsession.h"
#include "util/paths.h"

#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

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
                    Tr::tr("If it matches, run the command again with --accept-new-host-key %1.")
                        .arg(error.fingerprint));
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

OptionSpec acceptHostKeyOption()
{
    return {{QStringLiteral("--accept-new-host-key")}, false, QStringLiteral("SHA256:")};
}

ssh::HostKeyPolicy hostKeyPolicyOf(const ParsedArgs &parsed)
{
    if (!parsed.has(QStringLiteral("accept-new-host-key")))
        return ssh::HostKeyPolicy::Strict;
    // A fingerprint given anywhere wins over a bare flag beside it.
    for (const QString &v : parsed.values(QStringLiteral("accept-new-host-key")))
        if (!v.isEmpty())
            return ssh::HostKeyPolicy::acceptOnly(v);
    return ssh::HostKeyPolicy::AcceptNew;
}

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

std::optional<hosts::HostRecord> loadHost(const QString &name, int *exitCode)
{
    store::Database db;
    if (!openStore(db)) {
        *exitCode = kExitFailure;
        return std::nullopt;
    }
    return findHost(db, name, exitCode);
}

std::optional<hosts::HostRecord> findHost(store::Database &db, const QString &name, int *exitCode)
{
    hosts::HostRepository repository(db);
    const auto found = repository.find(name);
    if (!found) {
        *exitCode = fail(found.problem());
        return std::nullopt;
    }
    if (!found->has_value()) {
        *exitCode =
            fail(Tr::tr("there is no host named \"%1\" (see \"sloop hosts ls\")").arg(name));
        return std::nullopt;
    }
    return **found;
}

// A connected session, or nullptr with the failure printed. With saveSecret,
// the secret that was asked for and worked is stored in the keychain.
std::unique_ptr<ssh::SshSession> connectToHost(const hosts::HostRecord &host,
                                               const ssh::HostKeyPolicy &hostKeys, int *exitCode,
                                               bool saveSecret)
{
    ssh::SshTarget target = hosts::sshTargetOf(host);
    if (!host.proxyJump.isEmpty()) {
        // The hops may name other hosts in the store.
        store::Database db;
        if (openStore(db))
            target = hosts::sshTargetOf(host, hosts::HostRepository(db).lookup());
    }
    ssh::SshOptions options = hosts::sshOptionsFor(host, {});
    const ConnectSecrets secrets(host);
    options.credentials = secrets.credentials();

    auto session = std::make_unique<ssh::SshSession>(target, options);
    auto connected = session->connectHost(hostKeys);
    runUntilFinished(connected);
    const auto info = connected.result();
    if (!info) {
        *exitCode = reportSshError(secrets.explain(info.error()));
        return nullptr;
    }
    if (saveSecret) {
        const Result<QString> saved = secrets.saveUsed(info->authMethod);
        if (!saved) {
            *exitCode = fail(saved.problem());
            return nullptr;
        }
        writeBytes(stderr,
                   (saved->isEmpty() ? Tr::tr("sloop: logged in to %1 without a password or "
                                              "passphrase: nothing to save")
                                           .arg(host.name)
                                     : Tr::tr("sloop: saved %1 in the keychain").arg(*saved))
                           .toUtf8() +
                       '\n');
    }
    for (const ssh::HopInfo &hop : info->via) {
        if (hop.hostKeyNewlyTrusted)
            writeBytes(stderr, Tr::tr("sloop: added the jump host %1's %2 key %3 to %4")
                                       .arg(hop.name, hop.hostKeyType, hop.fingerprint,
                                            session->knownHostsFile())
                                       .toUtf8() +
                                   '\n');
    }
    if (info->hostKeyNewlyTrusted)
        writeBytes(stderr, Tr::tr("sloop: added %1's %2 key %3 to %4")
                                   .arg(host.name, info->hostKeyType, info->fingerprint,
                                        session->knownHostsFile())
                                   .toUtf8() +
                               '\n');
    return session;
}

namespace {

// SIGINT / SIGTERM as events: the handler only writes the number to a pipe.
int g_signalPipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int streamOnHost(const hosts::HostRecord &host, const ssh::RemoteCommand &command,
                 const ssh::HostKeyPolicy &hostKeys, int timeoutMs)
{
    const auto shell = command.toShell();
    if (!shell)
        return fail(shell.problem());
    int exitCode = 1;
    const auto session = connectToHost(host, hostKeys, &exitCode);
    if (!session)
        return exitCode;

    QEventLoop loop;
    ssh::SshChannel *channel = session->openExecStream(command, &loop);
    QObject::connect(channel, &ssh::SshChannel::stdoutReceived, &loop,
                     [](const QByteArray &data) { writeBytes(stdout, data); });
    QObject::connect(channel, &ssh::SshChannel::stderrReceived, &loop,
                     [](const QByteArray &data) { writeBytes(stderr, data); });
    QObject::connect(channel, &ssh::SshChannel::finished, &loop, [&](int status) {
        exitCode = status < 0 ? 255 : status;
        loop.quit();
    });
    QObject::connect(channel, &ssh::SshChannel::failed, &loop, [&](const ssh::SshError &error) {
        exitCode = reportSshError(error);
        loop.quit();
    });

    // stdin goes to the command, as with ssh, and its end is the command's
    // end of input: `tar c . | sloop hosts exec web -- tar x -C /srv`. A
    // terminal is left alone (no pseudo-terminal here, nothing to type to).
    std::unique_ptr<QSocketNotifier> stdinWatch;
    if (!::isatty(STDIN_FILENO)) {
        QObject::connect(channel, &ssh::SshChannel::opened, &loop, [&] {
            stdinWatch = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
            QObject::connect(stdinWatch.get(), &QSocketNotifier::activated, &loop, [&] {
                char buffer[64 * 1024];
                const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
                if (n > 0) {
                    channel->write(QByteArray(buffer, n));
                    return;
                }
                if (n < 0 && (errno == EAGAIN || errno == EINTR))
                    return;
                stdinWatch->setEnabled(false);
                channel->sendEof();
            });
        });
    }

    bool interrupted = false;
    std::unique_ptr<QSocketNotifier> signalWatch;
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        signalWatch = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(signalWatch.get(), &QSocketNotifier::activated, &loop, [&] {
            char number = 0;
            while (::read(g_signalPipe[0], &number, 1) == 1) {
                channel->sendSignal(number == SIGINT ? QStringLiteral("INT")
                                                     : QStringLiteral("TERM"));
            }
            interrupted = true;
            // Time for the signal to go out; the command may also end first.
            QTimer::singleShot(500, &loop, &QEventLoop::quit);
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
    if (timeoutMs > 0)
        QTimer::singleShot(timeoutMs, &loop, [&] {
            channel->sendSignal(QStringLiteral("KILL"));
            exitCode = fail(Tr::tr("the command on %1 did not finish within %2 s; it was stopped")
                                .arg(host.name)
                                .arg(timeoutMs / 1000.0));
            QTimer::singleShot(300, &loop, &QEventLoop::quit);
        });
    loop.exec();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    return interrupted ? 130 : exitCode;
}

std::optional<ssh::ExecResult> runOnHost(const hosts::HostRecord &host,
                                         const ssh::RemoteCommand &command,
                                         const ssh::HostKeyPolicy &hostKeys, int timeoutMs,
                                         int *exitCode, bool saveSecret)
{
    const auto shell = command.toShell();
    if (!shell) {
        *exitCode = fail(shell.problem());
        return std::nullopt;
    }
    const auto session = connectToHost(host, hostKeys, exitCode, saveSecret);
    if (!session)
        return std::nullopt;
    auto ran = session->exec(command, timeoutMs);
    runUntilFinished(ran);
    const auto result = ran.result();
    if (!result) {
        *exitCode = reportSshError(result.error());
        return std::nullopt;
    }
    return result.value();
}

} // namespace sloop::cli
