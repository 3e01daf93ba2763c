#pragma once

#include "commandlog/commandlog.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"
#include "sshtestenv.h"

#include <QDir>
#include <QFile>

#include <memory>

namespace sloop::test {

// A key-authenticated session to the main test sshd, with a known_hosts file
// (written into `dir`) that trusts its host key. Returns null when the file
// cannot be written; callers QVERIFY.
inline std::unique_ptr<ssh::SshSession> makeTestSession(const SshTestEnv &env, const QString &dir,
                                                        CommandLog *log = nullptr)
{
    QFile pub(env.hostKey + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = pub.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return {};
    const QString knownHosts = QDir(dir).filePath(QStringLiteral("known_hosts"));
    QFile f(knownHosts);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(ssh::knownHostsName(env.host, env.port).toUtf8() + ' ' + fields.at(0) + ' ' +
            fields.at(1) + '\n');
    f.close();

    ssh::SshTarget target;
    target.name = QStringLiteral("sftp-test");
    target.address = env.host;
    target.port = env.port;
    target.user = env.user;
    target.identityFiles = {env.key};
    ssh::SshOptions options;
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = QDir(dir).filePath(QStringLiteral("no-global-known-hosts"));
    options.connectTimeoutMs = 10000;
    options.useAgent = false;
    options.tryDefaultKeys = false;
    return std::make_unique<ssh::SshSession>(target, options, log);
}

} // namespace sloop::test
