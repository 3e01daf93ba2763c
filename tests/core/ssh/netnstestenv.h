#pragma once

#include "sshtestenv.h"

#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <initializer_list>

namespace sloop::test {

// The four namespace hosts scripts/start-netns-sshd.sh started (its env
// file), each an sshd on port 22 at its own address behind a veth link.
struct NetnsHost
{
    QString address;
    QString link; // the host-side veth: `ip link set LINK down` cuts it off
    QString hostKey;
};

// All four, in order. `used`: the namespaces (1–4) the suite talks to; only
// those must answer now, since another suite may be cutting the others'
// links at this moment (ctest -j2; each cut holds a resource lock).
inline Result<QList<NetnsHost>> loadNetnsTestEnv(std::initializer_list<int> used)
{
    const QString file = QFileInfo(sshEnvFile()).absolutePath() + QStringLiteral("/../netns/env");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<NetnsHost>>::failure(
            QStringLiteral("%1 is missing: the namespace sshds these tests need were not "
                           "started. Run scripts/start-netns-sshd.sh (scripts/test-services.sh "
                           "does).")
                .arg(file));
    const QHash<QString, QString> v = readEnvFile(f);
    QList<NetnsHost> hosts;
    for (int n = 1; n <= 4; ++n) {
        const QString prefix = QStringLiteral("SLOOP_TEST_NETNS%1_").arg(n);
        NetnsHost h{v.value(prefix + QStringLiteral("HOST")),
                    v.value(prefix + QStringLiteral("LINK")),
                    v.value(prefix + QStringLiteral("HOSTKEY"))};
        if (h.address.isEmpty() || h.link.isEmpty() || h.hostKey.isEmpty())
            return Result<QList<NetnsHost>>::failure(QStringLiteral("%1 is incomplete.").arg(file));
        if (std::find(used.begin(), used.end(), n) != used.end() && !sshdAnswers(h.address, 22))
            return Result<QList<NetnsHost>>::failure(
                QStringLiteral("No sshd answers on %1:22 although %2 says one was started. Run "
                               "scripts/start-netns-sshd.sh again.")
                    .arg(h.address, file));
        hosts.append(h);
    }
    return hosts;
}

// The jump host (sloop-ns5, reached from here) and the host behind it
// (sloop-ns6, reached only through it): scripts/start-netns-sshd.sh.
struct JumpTestEnv
{
    NetnsHost jump;
    QString behind; // its address; dialled from the jump host
    QString behindHostKey;
};

inline Result<JumpTestEnv> loadJumpTestEnv()
{
    const QString file = QFileInfo(sshEnvFile()).absolutePath() + QStringLiteral("/../netns/env");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<JumpTestEnv>::failure(
            QStringLiteral("%1 is missing: run scripts/start-netns-sshd.sh "
                           "(scripts/test-services.sh does).")
                .arg(file));
    const QHash<QString, QString> v = readEnvFile(f);
    JumpTestEnv env;
    env.jump = {v.value(QStringLiteral("SLOOP_TEST_JUMP_HOST")), QStringLiteral("sloopveth5"),
                v.value(QStringLiteral("SLOOP_TEST_JUMP_HOSTKEY"))};
    env.behind = v.value(QStringLiteral("SLOOP_TEST_BEHIND_HOST"));
    env.behindHostKey = v.value(QStringLiteral("SLOOP_TEST_BEHIND_HOSTKEY"));
    if (env.jump.address.isEmpty() || env.behind.isEmpty() || env.behindHostKey.isEmpty())
        return Result<JumpTestEnv>::failure(
            QStringLiteral("%1 names no jump host: run scripts/start-netns-sshd.sh again.")
                .arg(file));
    if (!sshdAnswers(env.jump.address, 22))
        return Result<JumpTestEnv>::failure(
            QStringLiteral("No sshd answers on the jump host %1:22 although %2 says one was "
                           "started. Run scripts/start-netns-sshd.sh again.")
                .arg(env.jump.address, file));
    return env;
}

// The server firewall's host (sloop-ns7): sshd on a port other than 22,
// root allowed with the test key, a private /etc/sloop; and an address of
// this machine on its link that the rules may leave out.
struct FirewallTestEnv
{
    QString address;
    int port = 0;
    QString otherSource;
    QString hostKey;
    QString pidFile; // the listening sshd's
};

inline Result<FirewallTestEnv> loadFirewallTestEnv()
{
    const QString folder = QFileInfo(sshEnvFile()).absolutePath() + QStringLiteral("/../netns");
    QFile f(folder + QStringLiteral("/env"));
    if (!f.open(QIODevice::ReadOnly))
        return Result<FirewallTestEnv>::failure(
            QStringLiteral("%1 is missing: run scripts/start-netns-sshd.sh "
                           "(scripts/test-services.sh does).")
                .arg(f.fileName()));
    const QHash<QString, QString> v = readEnvFile(f);
    FirewallTestEnv env{v.value(QStringLiteral("SLOOP_TEST_FIREWALL_HOST")),
                        v.value(QStringLiteral("SLOOP_TEST_FIREWALL_PORT")).toInt(),
                        v.value(QStringLiteral("SLOOP_TEST_FIREWALL_OTHER_SOURCE")),
                        v.value(QStringLiteral("SLOOP_TEST_FIREWALL_HOSTKEY")),
                        folder + QStringLiteral("/sloop-ns7.pid")};
    if (env.address.isEmpty() || env.port == 0 || env.hostKey.isEmpty())
        return Result<FirewallTestEnv>::failure(
            QStringLiteral("%1 names no firewall host: run scripts/start-netns-sshd.sh again.")
                .arg(f.fileName()));
    if (!sshdAnswers(env.address, quint16(env.port)))
        return Result<FirewallTestEnv>::failure(
            QStringLiteral("No sshd answers on %1:%2 although %3 says one was started. Run "
                           "scripts/start-netns-sshd.sh again.")
                .arg(env.address)
                .arg(env.port)
                .arg(f.fileName()));
    return env;
}

// The SHA256 fingerprint of a host key file's public half, as ssh-keygen
// prints it ("SHA256:…"); empty when it cannot be read.
inline QString hostKeyFingerprint(const QString &hostKeyFile)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), hostKeyFile + QStringLiteral(".pub"), QStringLiteral("-E"),
             QStringLiteral("sha256")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = p.readAllStandardOutput().split(' ');
    return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
}

// With the link down the kernel routes the address through the default
// gateway, and on some machines (sandboxes, proxies) something there
// accepts any TCP connection. An unreachable route for the host makes the cut
// look as it does on a real network where a router says "no route to host".
inline bool cutHost(const NetnsHost &host)
{
    return QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                    host.link, QStringLiteral("down")}) == 0 &&
           QProcess::execute(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("add"),
                                                    QStringLiteral("unreachable"),
                                                    host.address + QStringLiteral("/32")}) == 0;
}

inline bool restoreHost(const NetnsHost &host)
{
    QProcess::execute(QStringLiteral("ip"),
                      {QStringLiteral("route"), QStringLiteral("del"),
                       QStringLiteral("unreachable"),
                       host.address + QStringLiteral("/32")}); // absent unless cut
    return QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                    host.link, QStringLiteral("up")}) == 0;
}

} // namespace sloop::test
