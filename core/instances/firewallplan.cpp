#include "firewallplan.h"

#include "ssh/remotecommand.h"

#include <QCoreApplication>

namespace sloop::instances {

namespace {

struct FirewallText
{
    Q_DECLARE_TR_FUNCTIONS(Firewall)
};

bool coversPort(const FirewallRule &rule, int port)
{
    return (rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("all")) &&
           rule.fromPort <= port && rule.toPort >= port;
}

bool isToken(const QByteArray &token)
{
    if (token.size() < 16)
        return false;
    for (char c : token)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

// The files on the server, all in /etc/sloop: firewall.nft holds the
// confirmed rules (what /etc/nftables.conf loads at boot), firewall.nft.new
// the ones loaded but not yet confirmed, firewall.pending the token of that
// change, firewall.lock keeps the confirm and the rollback apart.
constexpr char kRollbackScript[] =
    "#!/bin/sh\n"
    "# Written by Sloop: puts back the confirmed firewall rules after a change\n"
    "# that Sloop did not confirm by connecting again (as iptables-apply does).\n"
    "d=/etc/sloop\n"
    "exec 9>$d/firewall.lock\n"
    "flock 9\n"
    "[ \"$(cat $d/firewall.pending 2>/dev/null)\" = \"$1\" ] || exit 1\n"
    "nft list table inet sloop >/dev/null 2>&1 && nft delete table inet sloop\n"
    "nft -f $d/firewall.nft\n"
    "rm -f $d/firewall.pending $d/firewall.nft.new\n";

QString describe(const FirewallRule &rule)
{
    return rule.fromPort == rule.toPort ? QStringLiteral("%1 %2 from %3")
                                              .arg(rule.protocol)
                                              .arg(rule.fromPort)
                                              .arg(rule.source)
                                        : QStringLiteral("%1 %2-%3 from %4")
                                              .arg(rule.protocol)
                                              .arg(rule.fromPort)
                                              .arg(rule.toPort)
                                              .arg(rule.source);
}

} // namespace

QList<FirewallRule> defaultFirewall(const QList<int> &tcpPorts, const QList<int> &udpPorts,
                                    int sshPort, const QString &sshSource)
{
    QList<FirewallRule> rules{{QStringLiteral("tcp"), sshPort, sshPort, sshSource}};
    for (int port : tcpPorts)
        if (port != sshPort)
            rules.append({QStringLiteral("tcp"), port, port, QStringLiteral("0.0.0.0/0")});
    for (int port : udpPorts)
        rules.append({QStringLiteral("udp"), port, port, QStringLiteral("0.0.0.0/0")});
    return rules;
}

Result<QList<PortMapping>> containerPortsFor(const QList<FirewallRule> &rules,
                                             const QList<PortMapping> &current)
{
    using R = Result<QList<PortMapping>>;
    QList<PortMapping> out;
    bool ssh = false;
    for (const FirewallRule &given : rules) {
        if (auto ok = validate(given); !ok)
            return R::failure(ok.problem());
        const FirewallRule rule = normalized(given);
        if (rule.protocol == QLatin1String("all"))
            return R::failure(FirewallText::tr("%1: a container instance publishes ports one "
                                               "protocol at a time; choose TCP or UDP.")
                                  .arg(describe(rule)));
        QString hostIp;
        if (rule.source == QLatin1String("0.0.0.0/0") || rule.source == QLatin1String("::/0"))
            hostIp.clear();
        else if (rule.source == QLatin1String("127.0.0.1/32"))
            hostIp = QStringLiteral("127.0.0.1");
        else if (rule.source == QLatin1String("::1/128"))
            hostIp = QStringLiteral("::1");
        else
            return R::failure(
                FirewallText::tr("%1: a container instance's ports are published by the engine, "
                                 "which cannot limit who connects; use 0.0.0.0/0 (everyone) or "
                                 "127.0.0.1/32 (this machine only), or a server instance, where "
                                 "nftables enforces any source.")
                    .arg(describe(rule)));
        if (rule.toPort - rule.fromPort + 1 > kMaxRangePorts)
            return R::failure(
                FirewallText::tr("%1: at most %2 ports per range on a container instance.")
                    .arg(describe(rule))
                    .arg(kMaxRangePorts));
        for (int port = rule.fromPort; port <= rule.toPort; ++port) {
            PortMapping mapping{port, 0, rule.protocol, hostIp};
            bool duplicate = false;
            for (const PortMapping &already : out)
                duplicate =
                    duplicate || (already.containerPort == port &&
                                  already.protocol == rule.protocol && already.hostIp == hostIp);
            if (duplicate)
                continue;
            for (const PortMapping &had : current)
                if (had.containerPort == port && had.protocol == rule.protocol)
                    mapping.hostPort = had.hostPort;
            if (port == 22 && rule.protocol == QLatin1String("tcp"))
                ssh = true;
            out.append(mapping);
        }
    }
    if (!ssh)
        return R::failure(FirewallText::tr("SSH (TCP 22) must stay open: Sloop manages the "
                                           "instance over it. Limit it to 127.0.0.1/32 to keep "
                                           "it to this machine."));
    // Two mappings of one container port may not share a host port.
    for (qsizetype i = 0; i < out.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (out[i].hostPort != 0 && out[i].hostPort == out[j].hostPort &&
                out[i].protocol == out[j].protocol)
                out[i].hostPort = 0;
    return out;
}

Result<SshArrival> parseSshConnection(const QByteArray &value)
{
    using R = Result<SshArrival>;
    const QList<QByteArray> fields = value.trimmed().split(' ');
    bool portOk = false;
    const int port = fields.size() == 4 ? fields[3].toInt(&portOk) : 0;
    QHostAddress client(QString::fromLatin1(fields.value(0)));
    if (fields.size() != 4 || client.isNull() || !portOk || port < 1 || port > 65535)
        return R::failure(
            FirewallText::tr("The server did not say where Sloop's connection comes from "
                             "(SSH_CONNECTION is \"%1\"); the firewall is left as it is.")
                .arg(QString::fromUtf8(value.trimmed().left(200))));
    bool mapped = false;
    const quint32 v4 = client.toIPv4Address(&mapped);
    if (mapped && client.protocol() == QAbstractSocket::IPv6Protocol)
        client = QHostAddress(v4);
    // "fe80::1%eth0": the zone is the server's, and text; the rule needs
    // the address alone.
    client.setScopeId(QString());
    return SshArrival{client, port};
}

VoidResult keepsSshOpen(const QList<FirewallRule> &rules, int sshPort)
{
    for (const FirewallRule &rule : rules)
        if (validate(rule) && coversPort(normalized(rule), sshPort))
            return {};
    return VoidResult::failure(
        FirewallText::tr("These rules would close SSH (TCP %1, the port Sloop reaches the server "
                         "on), and Sloop could not manage the server again. Keep a rule for it; "
                         "it may be limited to the addresses you connect from, and Sloop keeps "
                         "it open for its own address.")
            .arg(sshPort));
}

Result<QByteArray> nftablesScript(const QList<FirewallRule> &rules, const SshArrival &sloop)
{
    using R = Result<QByteArray>;
    if (auto ok = keepsSshOpen(rules, sloop.serverPort); !ok)
        return R::failure(ok.problem());
    if (sloop.client.isNull())
        return R::failure(FirewallText::tr("Sloop's own address is not known."));
    QByteArray body = "table inet sloop {\n"
                      "  chain input {\n"
                      "    type filter hook input priority filter; policy drop;\n"
                      "    ct state established,related accept\n"
                      "    iif lo accept\n"
                      "    meta l4proto { icmp, ipv6-icmp } accept\n";
    // A parsed address and a number: nothing here comes from the server as text.
    body += "    " +
            QByteArray(sloop.client.protocol() == QAbstractSocket::IPv6Protocol ? "ip6" : "ip") +
            " saddr " + sloop.client.toString().toLatin1() + " tcp dport " +
            QByteArray::number(sloop.serverPort) + " accept comment \"Sloop's own SSH\"\n";
    for (const FirewallRule &given : rules) {
        if (auto ok = validate(given); !ok)
            return R::failure(ok.problem());
        const FirewallRule rule = normalized(given);
        auto cidr = parseCidr(rule.source);
        if (!cidr)
            return R::failure(cidr.problem());
        // Every value below was parsed into numbers or a canonical address,
        // so nothing the person typed reaches the script as text.
        QByteArray match;
        const bool everyone = cidr->prefixLength == 0;
        if (!everyone)
            match +=
                (cidr->isIPv6() ? "ip6 saddr " : "ip saddr ") + cidr->toString().toLatin1() + ' ';
        else if (cidr->isIPv6())
            match += "meta nfproto ipv6 ";
        else if (rule.source == QLatin1String("0.0.0.0/0"))
            match += "meta nfproto ipv4 ";
        if (rule.protocol != QLatin1String("all")) {
            match += rule.protocol.toLatin1() + " dport " + QByteArray::number(rule.fromPort);
            if (rule.toPort != rule.fromPort)
                match += '-' + QByteArray::number(rule.toPort);
            match += ' ';
        }
        body += "    " + match + "accept\n";
    }
    body += "  }\n}\n";
    return body;
}

Result<QByteArray> applyNftablesStep(const QList<FirewallRule> &rules, const SshArrival &sloop,
                                     int rollbackSeconds, const QByteArray &token)
{
    using R = Result<QByteArray>;
    if (!isToken(token) || rollbackSeconds < 1)
        return R::failure(FirewallText::tr("Internal error: a bad rollback token or time."));
    auto script = nftablesScript(rules, sloop);
    if (!script)
        return script;
    auto quoted = ssh::quoteArgument(*script);
    auto rollback = ssh::quoteArgument(kRollbackScript);
    if (!quoted || !rollback)
        return R::failure(quoted ? rollback.problem() : quoted.problem());
    const QByteArray seconds = QByteArray::number(rollbackSeconds);
    QByteArray step = "export DEBIAN_FRONTEND=noninteractive\n"
                      "command -v nft >/dev/null 2>&1 || { apt-get update -q && apt-get install -y "
                      "-q nftables; }\n"
                      "d=/etc/sloop\n"
                      "mkdir -p $d\n"
                      "printf '%s' " +
                      *quoted +
                      " > $d/firewall.nft.new\n"
                      "nft -c -f $d/firewall.nft.new\n"
                      "printf '%s' " +
                      *rollback +
                      " > $d/firewall-rollback.sh\n"
                      // Boot loads the confirmed rules only.
                      "[ -f $d/firewall.nft ] || printf '# No Sloop rules\\n' > $d/firewall.nft\n"
                      "if [ -f /etc/nftables.conf ] && ! grep -q '/etc/sloop/firewall.nft' "
                      "/etc/nftables.conf; then\n"
                      "  printf '\\ninclude \"/etc/sloop/firewall.nft\"\\n' >> /etc/nftables.conf\n"
                      "fi\n"
                      "( flock 9; echo " +
                      token +
                      " > $d/firewall.pending ) 9>$d/firewall.lock\n"
                      // The timer is armed before anything is loaded. With
                      // systemd it is a transient timer of PID 1, which no
                      // end of this SSH session can kill; else a process in
                      // a session of its own that ignores the hang-up a
                      // closing pty (sudo's use_pty) sends.
                      "if command -v systemd-run >/dev/null 2>&1 && [ -d /run/systemd/system ] && "
                      "systemd-run --quiet --collect --on-active=" +
                      seconds + " --unit=sloop-firewall-rollback-" + token.left(12) +
                      " /bin/sh $d/firewall-rollback.sh " + token +
                      " >/dev/null 2>&1; then :\n"
                      "else\n"
                      "  trap '' HUP\n"
                      "  setsid -f sh -c 'sleep " +
                      seconds + "; exec sh /etc/sloop/firewall-rollback.sh " + token +
                      "' </dev/null >/dev/null 2>&1 3<&- 9<&-\n"
                      "fi\n"
                      "nft list table inet sloop >/dev/null 2>&1 && nft delete table inet sloop\n"
                      "nft -f $d/firewall.nft.new\n"
                      "nft list table inet sloop\n";
    return step;
}

QStringList confirmNftablesCommand(const QByteArray &token)
{
    return {QStringLiteral("flock"), QStringLiteral("/etc/sloop/firewall.lock"),
            QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("d=/etc/sloop; grep -qx %1 $d/firewall.pending && mv -f "
                           "$d/firewall.nft.new $d/firewall.nft && rm -f $d/firewall.pending")
                .arg(QString::fromLatin1(isToken(token) ? token : "-"))};
}

QStringList rollbackNftablesCommand(const QByteArray &token)
{
    return {QStringLiteral("sh"), QStringLiteral("/etc/sloop/firewall-rollback.sh"),
            QString::fromLatin1(isToken(token) ? token : "-")};
}

bool rulesLetIn(const QList<FirewallRule> &rules, const SshArrival &sloop)
{
    for (const FirewallRule &given : rules) {
        if (!validate(given))
            continue;
        const FirewallRule rule = normalized(given);
        const auto cidr = parseCidr(rule.source);
        if (cidr && coversPort(rule, sloop.serverPort) &&
            sloop.client.isInSubnet(cidr->network, cidr->prefixLength))
            return true;
    }
    return false;
}

} // namespace sloop::instances
