#include "connectsecrets.h"

#include "output.h"

#include "secrets/secretstore.h"

#include <QFile>
#include <QMap>
#include <QMutex>

#include <atomic>

#include <termios.h>
#include <unistd.h>

namespace sloop::cli {

using secrets::SecretStore;

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

std::optional<QString> askSecret(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    return askOnTerminal(prompt);
}

bool keychainAvailable()
{
    static std::atomic_bool said{false};
    if (SecretStore::instance().available())
        return true;
    if (!said.exchange(true))
        fail(SecretStore::unavailableMessage());
    return false;
}

namespace {

enum class Source
{
    None,
    Keychain,
    Asked
};

struct Secret
{
    Source source = Source::None;
    QString value; // kept only when asked for, to save it after a login
};

} // namespace

struct ConnectSecrets::State
{
    QString host;
    QString who; // "user@address" for prompts
    QMutex mutex;
    Secret password;
    QMap<QString, Secret> passphrases; // by key file

    // The keychain's entry, or nullopt (none, or no keychain: said once).
    std::optional<QString> stored(const QString &key)
    {
        if (!keychainAvailable())
            return std::nullopt;
        const auto read = SecretStore::instance().readNow(key);
        if (!read) {
            fail(Tr::tr("%1; asking instead").arg(read.error()));
            return std::nullopt;
        }
        return read.value();
    }
};

ConnectSecrets::ConnectSecrets(const hosts::HostRecord &host)
    : m_state(std::make_shared<State>())
{
    m_state->host = host.name;
    m_state->who = host.user.isEmpty() ? host.address : host.user + QLatin1Char('@') + host.address;
}

ssh::Credentials ConnectSecrets::credentials() const
{
    ssh::Credentials c;
    const std::shared_ptr<State> state = m_state;
    c.password = [state]() -> std::optional<QString> {
        if (auto stored = state->stored(SecretStore::passwordKey(state->host))) {
            QMutexLocker lock(&state->mutex);
            state->password = {Source::Keychain, {}};
            return stored;
        }
        auto asked = askSecret("SLOOP_SSH_PASSWORD", Tr::tr("Password for %1: ").arg(state->who));
        QMutexLocker lock(&state->mutex);
        if (asked)
            state->password = {Source::Asked, *asked};
        return asked;
    };
    c.passphrase = [state](const QString &keyFile) -> std::optional<QString> {
        if (auto stored = state->stored(SecretStore::passphraseKey(keyFile))) {
            QMutexLocker lock(&state->mutex);
            state->passphrases.insert(keyFile, {Source::Keychain, {}});
            return stored;
        }
        auto asked = askSecret("SLOOP_SSH_PASSPHRASE", Tr::tr("Passphrase for %1: ").arg(keyFile));
        QMutexLocker lock(&state->mutex);
        if (asked)
            state->passphrases.insert(keyFile, {Source::Asked, *asked});
        return asked;
    };
    return c;
}

Result<QString> ConnectSecrets::saveUsed(const QString &authMethod) const
{
    QString key, what, value;
    {
        QMutexLocker lock(&m_state->mutex);
        if (authMethod == QLatin1String("password") ||
            authMethod == QLatin1String("keyboard-interactive")) {
            if (m_state->password.source == Source::Asked) {
                key = SecretStore::passwordKey(m_state->host);
                what = Tr::tr("the password for %1").arg(m_state->host);
                value = m_state->password.value;
            }
        } else if (authMethod.startsWith(QLatin1String("key "))) {
            const QString file = authMethod.mid(4);
            const Secret s = m_state->passphrases.value(file);
            if (s.source == Source::Asked) {
                key = SecretStore::passphraseKey(file);
                what = Tr::tr("the passphrase for %1").arg(file);
                value = s.value;
            }
        }
    }
    if (key.isEmpty())
        return QString();
    if (!keychainAvailable())
        return Result<QString>::failure(Tr::tr("%1 was not saved.").arg(what));
    const VoidResult saved = SecretStore::instance().writeNow(key, value);
    if (!saved)
        return Result<QString>::failure(Tr::tr("%1 was not saved: %2").arg(what, saved.error()));
    return what;
}

ssh::SshError ConnectSecrets::explain(ssh::SshError error) const
{
    if (error.kind != ssh::SshError::Auth)
        return error;
    QMutexLocker lock(&m_state->mutex);
    if (m_state->password.source == Source::Keychain)
        error.message +=
            QLatin1Char(' ') +
            Tr::tr("The password came from the keychain and was refused: change it with \"sloop "
                   "hosts secret set %1\" or remove it with \"sloop hosts secret rm %1\".")
                .arg(m_state->host);
    for (auto it = m_state->passphrases.cbegin(); it != m_state->passphrases.cend(); ++it) {
        if (it->source == Source::Keychain)
            error.message +=
                QLatin1Char(' ') + Tr::tr("The passphrase for %1 came from the keychain: if it is "
                                          "wrong, change it with \"sloop hosts secret set %2 --key "
                                          "%1\".")
                                       .arg(it.key(), m_state->host);
    }
    return error;
}

} // namespace sloop::cli
