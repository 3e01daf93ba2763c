#include "sshconnection.h"
#include "sshlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Ssh".
struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

QStringList offeredMethods(int mask)
{
    QStringList out;
    if (mask & SSH_AUTH_METHOD_PUBLICKEY)
        out << QStringLiteral("publickey");
    if (mask & SSH_AUTH_METHOD_PASSWORD)
        out << QStringLiteral("password");
    if (mask & SSH_AUTH_METHOD_INTERACTIVE)
        out << QStringLiteral("keyboard-interactive");
    if (mask & SSH_AUTH_METHOD_HOSTBASED)
        out << QStringLiteral("hostbased");
    if (mask & SSH_AUTH_METHOD_GSSAPI_MIC)
        out << QStringLiteral("gssapi-with-mic");
    return out;
}

struct PassphraseRequest
{
    const Credentials *credentials;
    QString file;
    bool asked = false;
    bool answered = false;
};

// libssh asks for a passphrase only when the key file is encrypted.
int passphraseCallback(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    if (!request->credentials->passphrase)
        return -1;
    const std::optional<QString> answer = request->credentials->passphrase(request->file);
    if (!answer)
        return -1;
    const QByteArray bytes = answer->toUtf8();
    if (size_t(bytes.size()) + 1 > len)
        return -1;
    std::memcpy(buf, bytes.constData(), size_t(bytes.size()) + 1);
    request->answered = true;
    return 0;
}

// Runs the methods the server offers in the order OpenSSH uses; stops at the
// first success or when the connection itself failed.
class Authenticator
{
public:
    Authenticator(ssh_session session, const SshTarget &target, const SshOptions &options)
        : m_session(session)
        , m_target(target)
        , m_options(options)
    {
    }

    SshResult<QString> run();

private:
    enum Outcome
    {
        Success,
        Denied,
        Broken
    };
    Outcome check(int rc, const QString &method);
    Outcome tryAgent();
    Outcome tryKeyFile(const QString &file);
    Outcome tryPassword();
    Outcome tryKeyboardInteractive();
    std::optional<QString> password();
    SshError failure(SshError::Kind kind, const QString &message) const;

    ssh_session m_session;
    const SshTarget &m_target;
    const SshOptions &m_options;
    QStringList m_offered;
    QStringList m_tried;
    QStringList m_notes;                              // why a method could not even be tried
    std::optional<std::optional<QString>> m_password; // asked at most once
};

Authenticator::Outcome Authenticator::check(int rc, const QString &method)
{
    if (rc == SSH_AUTH_SUCCESS)
        return Success;
    if (rc == SSH_AUTH_ERROR || rc == SSH_AUTH_AGAIN) {
        if (!ssh_is_connected(m_session))
            return Broken;
        // e.g. an agent that is not running: the session is still fine.
        m_notes << QStringLiteral("%1: %2").arg(method, lastError(m_session));
    }
    return Denied;
}

Authenticator::Outcome Authenticator::tryAgent()
{
    m_tried << QStringLiteral("agent");
    return check(ssh_userauth_agent(m_session, nullptr), QStringLiteral("agent"));
}

Authenticator::Outcome Authenticator::tryKeyFile(const QString &file)
{
    const QString method = QStringLiteral("key ") + file;
    const QByteArray path = QFile::encodeName(file);
    // Offer the public half first: no passphrase prompt for a key the server
    // would refuse anyway.
    const QByteArray pubPath = path + ".pub";
    ssh_key rawPub = nullptr;
    if (QFileInfo::exists(QFile::decodeName(pubPath)) &&
        ssh_pki_import_pubkey_file(pubPath.constData(), &rawPub) == SSH_OK) {
        const KeyPtr pub(rawPub);
        m_tried << method;
        const Outcome offered =
            check(ssh_userauth_try_publickey(m_session, nullptr, pub.get()), method);
        if (offered != Success)
            return offered;
        m_tried.removeLast(); // counted once, below
    }
    PassphraseRequest request{&m_options.credentials, file};
    ssh_key rawKey = nullptr;
    const int imported = ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback,
                                                     &request, &rawKey);
    const KeyPtr key(rawKey);
    if (imported != SSH_OK) {
        if (request.asked && !request.answered)
            m_notes << SshText::tr("%1 is encrypted and no passphrase was given").arg(file);
        else if (request.asked)
            m_notes << SshText::tr("%1: wrong passphrase").arg(file);
        else
            m_notes << SshText::tr("%1 cannot be read as a private key").arg(file);
        return Denied;
    }
    m_tried << method;
    return check(ssh_userauth_publickey(m_session, nullptr, key.get()), method);
}

std::optional<QString> Authenticator::password()
{
    if (!m_password)
        m_password =
            m_options.credentials.password ? m_options.credentials.password() : std::nullopt;
    return *m_password;
}

Authenticator::Outcome Authenticator::tryPassword()
{
    const std::optional<QString> secret = password();
    if (!secret)
        return Denied;
    m_tried << QStringLiteral("password");
    return check(ssh_userauth_password(m_session, nullptr, secret->toUtf8().constData()),
                 QStringLiteral("password"));
}

Authenticator::Outcome Authenticator::tryKeyboardInteractive()
{
    const std::optional<QString> secret = password();
    if (!secret)
        return Denied;
    m_tried << QStringLiteral("keyboard-interactive");
    const QByteArray answer = secret->toUtf8();
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    // Servers send a few rounds at most (a prompt, then an empty info round).
    // The password answers the first hidden prompt only: a second one (a
    // one-time code, a PIN) must never be sent the password, which a custom
    // PAM module may log. Those, and echoed prompts, would need a person,
    // which this foundation does not ask yet: they get an empty answer and
    // the failure names them.
    bool passwordSent = false;
    for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const char *text = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            const bool forPassword = !echo && !passwordSent;
            passwordSent = passwordSent || forPassword;
            if (!forPassword)
                m_notes << SshText::tr("keyboard-interactive: the server also asked \"%1\", "
                                       "which Sloop cannot answer yet")
                               .arg(QString::fromUtf8(text ? text : "").trimmed());
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i),
                                          forPassword ? answer.constData() : "");
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return check(rc, QStringLiteral("keyboard-interactive"));
}

SshError Authenticator::failure(SshError::Kind kind, const QString &message) const
{
    SshError e = SshError::make(kind, message);
    e.methodsOffered = m_offered;
    e.methodsTried = m_tried;
    return e;
}

SshResult<QString> Authenticator::run()
{
    const int none = ssh_userauth_none(m_session, nullptr);
    if (none == SSH_AUTH_SUCCESS)
        return QStringLiteral("none");
    if (none == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
        return failure(SshError::Protocol,
                       SshText::tr("%1 closed the connection before authentication: %2")
                           .arg(m_target.name, lastError(m_session)));
    const int mask = ssh_userauth_list(m_session, nullptr);
    m_offered = offeredMethods(mask);

    auto finish = [&](Outcome outcome, const QString &method) -> std::optional<SshResult<QString>> {
        if (outcome == Success) {
            qCInfo(lcSsh) << "authenticated to" << m_target.name << "with" << method;
            return SshResult<QString>(method);
        }
        if (outcome == Broken)
            return SshResult<QString>(
                failure(SshError::Protocol,
                        SshText::tr("The connection to %1 failed during authentication: %2")
                            .arg(m_target.name, lastError(m_session))));
        return std::nullopt;
    };

    if (mask & SSH_AUTH_METHOD_PUBLICKEY) {
        // IdentitiesOnly: the agent would offer every key it holds.
        const bool onlyFiles = m_target.identitiesOnly && !m_target.identityFiles.isEmpty();
        if (m_options.useAgent && !onlyFiles &&
            !(m_options.agentSocket.isEmpty() && qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))) {
            if (auto r = finish(tryAgent(), QStringLiteral("agent")))
                return *r;
        }
        QStringList files = m_target.identityFiles;
        if (files.isEmpty() && m_options.tryDefaultKeys) {
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString f =
                    QDir::homePath() + QStringLiteral("/.ssh/") + QString::fromLatin1(name);
                if (QFileInfo::exists(f))
                    files << f;
            }
        }
        for (const QString &file : files) {
            if (auto r = finish(tryKeyFile(file), QStringLiteral("key ") + file))
                return *r;
        }
    }
    if (mask & SSH_AUTH_METHOD_PASSWORD) {
        if (auto r = finish(tryPassword(), QStringLiteral("password")))
            return *r;
    }
    if (mask & SSH_AUTH_METHOD_INTERACTIVE) {
        if (auto r = finish(tryKeyboardInteractive(), QStringLiteral("keyboard-interactive")))
            return *r;
    }

    QString message =
        SshText::tr("Could not log in to %1 as %2. The server accepts: %3. Tried: %4.")
            .arg(m_target.name, m_target.user,
                 m_offered.isEmpty() ? SshText::tr("nothing Sloop knows")
                                     : m_offered.join(QStringLiteral(", ")),
                 m_tried.isEmpty() ? SshText::tr("nothing (no key, agent or password "
                                                 "available for these methods)")
                                   : m_tried.join(QStringLiteral(", ")));
    if (!m_notes.isEmpty())
        message += QLatin1Char(' ') + m_notes.join(QStringLiteral("; ")) + QLatin1Char('.');
    qCInfo(lcSsh) << "authentication failed for" << m_target.name << m_tried;
    return failure(SshError::Auth, message);
}

} // namespace

SshResult<QString> authenticate(ssh_session session, const SshTarget &target,
                                const SshOptions &options)
{
    return Authenticator(session, target, options).run();
}

} // namespace sloop::ssh::detail
