#include "firewallplan.h"

#include "ssh/remotecommand.h"

#include <QCoreApplication>

namespace sloop::instances {

namespace {

struct FirewallText
{
    Q_DECLARE_TR_FUNCTIONS(Firewall)
};

bool coversSsh(const FirewallRule &rule)
{
    return (rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("all")) &&
           rule.fromPort <= 22 && rule.toPort >= 22 &&
           (rule.source == QLatin1String("0.0.0.0/0") || rule.source == QLatin1String("::/0"));
}

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

QList<FirewallRule> defaultFirewall(const QList<int> &tcpPorts, const QList<int> &udpPorts)
{
    QList<FirewallRule> rules{{QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")}};
    for (int port : tcpPorts)
        if (port != 22)
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

Result<QByteArray> nftablesScript(const QList<FirewallRule> &rules)
{
    using R = Result<QByteArray>;
    bool ssh = false;
    QByteArray body = "table inet sloop {\n"
                      "  chain input {\n"
                      "    type filter hook input priority filter; policy drop;\n"
                      "    ct state established,related accept\n"
                      "    iif lo accept\n"
                      "    meta l4proto { icmp, ipv6-icmp } accept\n";
    for (const FirewallRule &given : rules) {
        if (auto ok = validate(given); !ok)
            return R::failure(ok.problem());
        const FirewallRule rule = normalized(given);
        ssh = ssh || coversSsh(rule);
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
    if (!ssh)
        return R::failure(FirewallText::tr("These rules would close SSH (TCP 22 from everyone), "
                                           "and Sloop could not reach the server again. Keep a "
                                           "rule for it."));
    body += "  }\n}\n";
    return body;
}

Result<QByteArray> applyNftablesStep(const QList<FirewallRule> &rules)
{
    auto script = nftablesScript(rules);
    if (!script)
        return script;
    auto quoted = ssh::quoteArgument(*script);
    if (!quoted)
        return Result<QByteArray>::failure(quoted.problem());
    QByteArray step = "export DEBIAN_FRONTEND=noninteractive\n"
                      "command -v nft >/dev/null 2>&1 || { apt-get update -q && apt-get install -y "
                      "-q nftables; }\n"
                      "mkdir -p /etc/sloop\n"
                      "printf '%s' " +
                      *quoted +
                      " > /etc/sloop/firewall.nft.tmp\n"
                      "nft -c -f /etc/sloop/firewall.nft.tmp\n"
                      "mv -f /etc/sloop/firewall.nft.tmp /etc/sloop/firewall.nft\n"
                      "nft list table inet sloop >/dev/null 2>&1 && nft delete table inet sloop\n"
                      "nft -f /etc/sloop/firewall.nft\n"
                      "if [ -f /etc/nftables.conf ] && ! grep -q '/etc/sloop/firewall.nft' "
                      "/etc/nftables.conf; then\n"
                      "  printf '\\ninclude \"/etc/sloop/firewall.nft\"\\n' >> /etc/nftables.conf\n"
                      "fi\n"
                      "nft list table inet sloop\n";
    return step;
}

} // namespace sloop::instances
