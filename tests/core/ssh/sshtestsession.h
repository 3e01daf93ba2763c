#pragma once

#include "commandlog/commandlog.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"
#include "sshtestenv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace sloop::test {

// known_hosts lines for `hostKeyFile`'s public half at each address:port.
inline bool writeKnownHosts(const QString &file, const QString &hostKeyFile,
                            const QList<QPair<QString, quint16>> &endpoints)
{
    QFile pub(hostKeyFile + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = pub.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return false;
    QFile f(file);
    if (!f.open(QIODevice::Append))
        return false;
    for (const auto &[address, port] : endpoints)
        f.write(ssh::knownHostsName(address, port).toUtf8() + ' ' + fields.at(0) + ' ' +
                fields.at(1) + '\n');
    return true;
}

// A key-authenticated session to the test sshd (or any address:port using
// its user and key), with this machine's own ~/.ssh and agent left out.
inline std::unique_ptr<ssh::SshSession>
testSession(const SshTestEnv &env, const QString &knownHosts, const QString &address, quint16 port,
            ssh::SshOptions options = {}, CommandLog *log = nullptr)
{
    ssh::SshTarget target;
    target.name = QStringLiteral("test-%1-%2").arg(address).arg(port);
    target.address = address;
    target.port = port;
    target.user = env.user;
    target.identityFiles = {env.key};
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = knownHosts + QStringLiteral(".no-global");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    return std::make_unique<ssh::SshSession>(target, options, log);
}

// A key-authenticated session to the main test sshd, with a known_hosts file
// (written into `dir`) that trusts its host key. Returns null when the file
// cannot be written; callers QVERIFY.
inline std::unique_ptr<ssh::SshSession> makeTestSession(const SshTestEnv &env, const QString &dir,
                                                        CommandLog *log = nullptr)
{
    const QString knownHosts = QDir(dir).filePath(QStringLiteral("known_hosts"));
    QFile::remove(knownHosts);
    if (!writeKnownHosts(knownHosts, env.hostKey, {{env.host, env.port}}))
        return {};
    ssh::SshOptions options;
    options.connectTimeoutMs = 10000;
    return testSession(env, knownHosts, env.host, env.port, options, log);
}

} // namespace sloop::test
