#include "hostsession.h"

#include "output.h"

#include "hosts/hostrepository.h"
#include "ssh/sshsession.h"
#include "util/paths.h"

#include <QFile>

#include <cmath>

#include <termios.h>
#include <unistd.h>

namespace sloop::cli {

namespace {

// Reads one line from /dev/tty with echo off. Only when stdin is a
// terminal: a script gets no prompt, and auth fails with what was tried.
std::optional<QString> askOnTerminal(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return std::nullopt;
    tty.write(prompt.toUtf8());
    const int fd = tty.handle();
    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::optional<QString> secret(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    return askOnTerminal(prompt);
}

ssh::Credentials credentialsFor(const hosts::HostRecord &host)
{
    ssh::Credentials c;
    const QString who =
        host.user.isEmpty() ? host.address : host.user + QLatin1Char('@') + host.address;
    c.password = [who] {
        return secret("SLOOP_SSH_PASSWORD", Tr::tr("Password for %1: ").arg(who));
    };
    c.passphrase = [](const QString &keyFile) {
        return secret("SLOOP_SSH_PASSPHRASE", Tr::tr("Passphrase for %1: ").arg(keyFile));
    };
    return c;
}

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

std::unique_ptr<ssh::SshSession> connectToHost(const hosts::HostRecord &host, bool acceptNewHostKey,
                                               int *exitCode)
{
    ssh::SshTarget target;
    target.name = host.name;
    target.address = host.address;
    target.port = quint16(host.port);
    target.user = host.user;
    if (!host.identityFile.isEmpty())
        target.identityFiles = {host.identityFile};
    ssh::SshOptions options;
    options.credentials = credentialsFor(host);

    auto session = std::make_unique<ssh::SshSession>(target, options);
    auto connected = session->connectHost(acceptNewHostKey ? ssh::HostKeyPolicy::AcceptNew
                                                           : ssh::HostKeyPolicy::Strict);
    connected.waitForFinished();
    const auto info = connected.result();
    if (!info) {
        *exitCode = reportSshError(info.error());
        return {};
    }
    if (info->hostKeyNewlyTrusted)
        writeBytes(stderr, Tr::tr("sloop: added %1's %2 key %3 to %4")
                                   .arg(host.name, info->hostKeyType, info->fingerprint,
                                        session->knownHostsFile())
                                   .toUtf8() +
                               '\n');
    return session;
}

std::optional<ssh::ExecResult> runOnHost(const hosts::HostRecord &host,
                                         const ssh::RemoteCommand &command, bool acceptNewHostKey,
                                         int timeoutMs, int *exitCode)
{
    const auto shell = command.toShell();
    if (!shell) {
        *exitCode = fail(shell.error());
        return std::nullopt;
    }
    const std::unique_ptr<ssh::SshSession> session =
        connectToHost(host, acceptNewHostKey, exitCode);
    if (!session)
        return std::nullopt;
    auto ran = session->exec(command, timeoutMs);
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
const char kHostFactsScript[] =
    R"sh(printf 'os=%s\n' "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release 2>/dev/null | head -n 1)"
printf 'kernel=%s\n' "$(uname -sr 2>/dev/null)"
printf 'uptime=%s\n' "$(cut -d ' ' -f 1 /proc/uptime 2>/dev/null)"
printf 'cpus=%s\n' "$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null)"
printf 'mem_total_kb=%s\n' "$(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo 2>/dev/null)"
printf 'mem_available_kb=%s\n' "$(sed -n 's/^MemAvailable: *\([0-9]*\).*/\1/p' /proc/meminfo 2>/dev/null)"
if command -v docker >/dev/null 2>&1 || [ -S /var/run/docker.sock ]; then echo docker=yes; else echo docker=no; fi
)sh";

HostFacts parseHostFacts(const QByteArray &out)
{
    HostFacts f;
    auto number = [](const QString &v) -> std::optional<qint64> {
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok && std::isfinite(d) && d >= 0 && d < 9e18 ? std::optional<qint64>(qint64(d))
                                                            : std::nullopt;
    };
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty())
            continue;
        if (key == "os")
            f.os = value;
        else if (key == "kernel")
            f.kernel = value;
        else if (key == "uptime")
            f.uptimeSeconds = number(value);
        else if (key == "cpus")
            f.cpus = number(value);
        else if (key == "mem_total_kb")
            f.memTotalKb = number(value);
        else if (key == "mem_available_kb")
            f.memAvailableKb = number(value);
        else if (key == "docker" && (value == QLatin1String("yes") || value == QLatin1String("no")))
            f.docker = value == QLatin1String("yes");
    }
    return f;
}

} // namespace sloop::cli
