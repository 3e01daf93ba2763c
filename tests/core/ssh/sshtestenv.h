#pragma once

#include "ssh/knownhosts.h"
#include "util/result.h"

#include <QFile>
#include <QTcpSocket>

namespace sloop::test {

// The servers scripts/start-sshd.sh started, read from the env file it
// writes. Tests QVERIFY2 on the result: a missing server is a failure,
// never a skip.
struct SshTestEnv
{
    QString host;
    quint16 port = 0;
    quint16 altPort = 0; // same server setup, another host key
    quint16 kbdPort = 0; // keyboard-interactive through PAM only
    QString user;
    QString password;
    QString key;
    QString encryptedKey;
    QString passphrase;
    QString hostKey;    // the main server's private host key (.pub next to it)
    QString altHostKey; // the alternate server's
};

inline QString sshEnvFile()
{
    const QByteArray state = qgetenv("SLOOP_TEST_STATE");
    return (state.isEmpty() ? QStringLiteral("/tmp/sloop-test-services")
                            : QString::fromLocal8Bit(state)) +
           QStringLiteral("/sshd/env");
}

inline bool sshdAnswers(const QString &host, quint16 port)
{
    QTcpSocket s;
    s.connectToHost(host, port);
    if (!s.waitForConnected(3000))
        return false;
    while (s.bytesAvailable() < 4 && s.waitForReadyRead(3000)) {
    }
    return s.read(4) == "SSH-";
}

// "ssh-ed25519 AAAA... comment" in a .pub file → the fingerprint OpenSSH
// prints for it.
inline QString fingerprintOfPubFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    return fields.size() >= 2 ? ssh::sha256Fingerprint(QByteArray::fromBase64(fields.at(1)))
                              : QString();
}

// KEY=VALUE lines of an env file the service scripts write.
inline QHash<QString, QString> readEnvFile(QFile &f)
{
    QHash<QString, QString> v;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            v.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return v;
}

inline Result<SshTestEnv> loadSshTestEnv()
{
    const QString file = sshEnvFile();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<SshTestEnv>::failure(
            QStringLiteral("%1 is missing: the sshd these tests need was not started. Run "
                           "scripts/start-sshd.sh (scripts/test-services.sh does).")
                .arg(file));
    const QHash<QString, QString> v = readEnvFile(f);
    SshTestEnv env;
    env.host = v.value(QStringLiteral("SLOOP_TEST_SSH_HOST"), QStringLiteral("127.0.0.1"));
    env.port = quint16(v.value(QStringLiteral("SLOOP_TEST_SSH_PORT")).toUInt());
    env.altPort = quint16(v.value(QStringLiteral("SLOOP_TEST_SSH_ALT_PORT")).toUInt());
    env.kbdPort = quint16(v.value(QStringLiteral("SLOOP_TEST_SSH_KBD_PORT")).toUInt());
    env.user = v.value(QStringLiteral("SLOOP_TEST_SSH_USER"));
    env.password = v.value(QStringLiteral("SLOOP_TEST_SSH_PASSWORD"));
    env.key = v.value(QStringLiteral("SLOOP_TEST_SSH_KEY"));
    env.encryptedKey = v.value(QStringLiteral("SLOOP_TEST_SSH_KEY_ENCRYPTED"));
    env.passphrase = v.value(QStringLiteral("SLOOP_TEST_SSH_PASSPHRASE"));
    env.hostKey = v.value(QStringLiteral("SLOOP_TEST_SSH_HOSTKEY"));
    env.altHostKey = v.value(QStringLiteral("SLOOP_TEST_SSH_HOSTKEY_ALT"));
    if (env.port == 0 || env.altPort == 0 || env.user.isEmpty() || env.key.isEmpty())
        return Result<SshTestEnv>::failure(QStringLiteral("%1 is incomplete.").arg(file));
    for (const quint16 port : {env.port, env.altPort}) {
        if (!sshdAnswers(env.host, port))
            return Result<SshTestEnv>::failure(
                QStringLiteral("No sshd answers on %1:%2 although %3 says one was started. "
                               "Run scripts/start-sshd.sh again.")
                    .arg(env.host)
                    .arg(port)
                    .arg(file));
    }
    return env;
}

} // namespace sloop::test
