#include "instancerecord.h"
#include "util/textchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace sloop::instances {

namespace {

using text::hasControl;
using text::hasSpaceOrControl;

// Texts are looked up, and filed by lupdate, under "Instances".
struct InstancesText
{
    Q_DECLARE_TR_FUNCTIONS(Instances)
};

// An optional identifier (blueprint, plan, host, location): empty or a name.
VoidResult checkName(const QString &value, const QString &field, const QString &instance)
{
    if (value.isEmpty() || text::isPlainName(value))
        return {};
    return VoidResult::failure(
        InstancesText::tr("The %1 of instance %2 is not valid: \"%3\" (letters, digits, '_', '.' "
                          "and '-', starting with a letter or digit, at most 64 characters).")
            .arg(field, instance, value));
}

VoidResult validate(const PortMapping &port, const QString &instance)
{
    if (port.containerPort < 1 || port.containerPort > 65535)
        return VoidResult::failure(
            InstancesText::tr("Instance %1: the published port %2 must be between 1 and 65535.")
                .arg(instance)
                .arg(port.containerPort));
    if (port.hostPort < 0 || port.hostPort > 65535)
        return VoidResult::failure(
            InstancesText::tr(
                "Instance %1: the host port %2 must be between 1 and 65535 (0: choose one).")
                .arg(instance)
                .arg(port.hostPort));
    if (port.protocol != QLatin1String("tcp") && port.protocol != QLatin1String("udp"))
        return VoidResult::failure(
            InstancesText::tr("Instance %1: a published port's protocol is tcp or udp, not \"%2\".")
                .arg(instance, port.protocol));
    if (!port.hostIp.isEmpty()) {
        if (port.hostIp.contains(QLatin1Char('/')) || !parseCidr(port.hostIp).ok())
            return VoidResult::failure(
                InstancesText::tr("Instance %1: \"%2\" is not an IP address to publish a port on.")
                    .arg(instance, port.hostIp));
    }
    return {};
}

} // namespace

QString instanceKindToString(InstanceKind kind)
{
    switch (kind) {
    case InstanceKind::Container:
        return QStringLiteral("container");
    case InstanceKind::Server:
        return QStringLiteral("server");
    }
    return {};
}

QString instanceStateToString(InstanceState state)
{
    switch (state) {
    case InstanceState::Pending:
        return QStringLiteral("pending");
    case InstanceState::Provisioning:
        return QStringLiteral("provisioning");
    case InstanceState::Running:
        return QStringLiteral("running");
    case InstanceState::Stopped:
        return QStringLiteral("stopped");
    case InstanceState::Failed:
        return QStringLiteral("failed");
    case InstanceState::Deleting:
        return QStringLiteral("deleting");
    }
    return {};
}

std::optional<InstanceKind> instanceKindFromString(const QString &text)
{
    for (const InstanceKind k : {InstanceKind::Container, InstanceKind::Server}) {
        if (instanceKindToString(k) == text)
            return k;
    }
    return std::nullopt;
}

std::optional<InstanceState> instanceStateFromString(const QString &text)
{
    for (const InstanceState s :
         {InstanceState::Pending, InstanceState::Provisioning, InstanceState::Running,
          InstanceState::Stopped, InstanceState::Failed, InstanceState::Deleting}) {
        if (instanceStateToString(s) == text)
            return s;
    }
    return std::nullopt;
}

QString displayName(InstanceState state)
{
    switch (state) {
    case InstanceState::Pending:
        return InstancesText::tr("Pending");
    case InstanceState::Provisioning:
        return InstancesText::tr("Provisioning");
    case InstanceState::Running:
        return InstancesText::tr("Running");
    case InstanceState::Stopped:
        return InstancesText::tr("Stopped");
    case InstanceState::Failed:
        return InstancesText::tr("Failed");
    case InstanceState::Deleting:
        return InstancesText::tr("Deleting");
    }
    return {};
}

QString Cidr::toString() const
{
    return network.toString() + QLatin1Char('/') + QString::number(prefixLength);
}

Result<Cidr> parseCidr(const QString &text)
{
    const auto refuse = [&](const QString &why) {
        return Result<Cidr>::failure(
            InstancesText::tr("\"%1\" is not an address range: %2").arg(text, why));
    };
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    if (addressText.contains(QLatin1Char('%')))
        return refuse(InstancesText::tr("scope ids (\"%\") are not allowed."));
    Cidr cidr;
    // QHostAddress also reads "1", "0x7f000001" or "010.0.0.1" as IPv4;
    // CIDR is four decimal octets without leading zeros.
    static const QRegularExpression ipv4Form(
        QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                       "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"));
    const bool looksIPv4 = ipv4Form.match(addressText).hasMatch();
    const bool looksIPv6 = addressText.contains(QLatin1Char(':'));
    if ((!looksIPv4 && !looksIPv6) || !cidr.network.setAddress(addressText))
        return refuse(InstancesText::tr("write an IPv4 or IPv6 address, a '/' and a prefix length, "
                                        "such as 203.0.113.0/24 or 2001:db8::/32."));
    const int maxPrefix = cidr.isIPv6() ? 128 : 32;
    if (slash < 0) {
        cidr.prefixLength = maxPrefix;
    } else {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
        const QString prefix = text.mid(slash + 1);
        if (!digits.match(prefix).hasMatch() || prefix.toInt() > maxPrefix)
            return refuse(InstancesText::tr("the prefix length must be a number from 0 to %1.")
                              .arg(maxPrefix));
        cidr.prefixLength = prefix.toInt();
    }
    // nftables and Docker want the network, not an address inside it.
    QHostAddress masked;
    if (cidr.isIPv6()) {
        Q_IPV6ADDR bytes = cidr.network.toIPv6Address();
        for (int bit = cidr.prefixLength; bit < 128; ++bit)
            bytes[bit / 8] &= quint8(~(0x80 >> (bit % 8)));
        masked.setAddress(bytes);
    } else {
        const quint32 mask =
            cidr.prefixLength == 0 ? 0 : quint32(0xffffffffu << (32 - cidr.prefixLength));
        masked.setAddress(cidr.network.toIPv4Address() & mask);
    }
    if (masked != cidr.network)
        return refuse(InstancesText::tr("it has bits set past the prefix; did you mean %1?")
                          .arg(Cidr{masked, cidr.prefixLength}.toString()));
    return cidr;
}

VoidResult validate(const FirewallRule &rule)
{
    const bool all = rule.protocol == QLatin1String("all");
    if (!all && rule.protocol != QLatin1String("tcp") && rule.protocol != QLatin1String("udp"))
        return VoidResult::failure(
            InstancesText::tr("A firewall rule's protocol is tcp, udp or all, not \"%1\".")
                .arg(rule.protocol));
    if (!all && (rule.fromPort < 1 || rule.toPort > 65535 || rule.fromPort > rule.toPort))
        return VoidResult::failure(
            InstancesText::tr("The firewall rule's ports %1-%2 are not a range within 1-65535.")
                .arg(rule.fromPort)
                .arg(rule.toPort));
    if (const Result<Cidr> source = parseCidr(rule.source); !source)
        return VoidResult::failure(source.problem());
    return {};
}

FirewallRule normalized(const FirewallRule &rule)
{
    FirewallRule out = rule;
    if (out.protocol == QLatin1String("all")) {
        out.fromPort = 0;
        out.toPort = 65535;
    }
    if (const Result<Cidr> source = parseCidr(rule.source))
        out.source = source->toString();
    return out;
}

bool isValidInstanceName(const QString &name)
{
    return text::isPlainName(name);
}

bool isValidTag(const QString &tag)
{
    static const QRegularExpression rule(
        QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}_.:=+@/-]{0,63}$"));
    return rule.match(tag).hasMatch();
}

QStringList normalizedTags(const QStringList &tags)
{
    return text::normalizedTags(tags);
}

VoidResult validate(const InstanceRecord &r)
{
    if (!isValidInstanceName(r.name))
        return VoidResult::failure(
            InstancesText::tr(
                "\"%1\" is not a valid instance name: use letters, digits, '_', '.' and '-', "
                "starting with a letter or digit, at most 64 characters.")
                .arg(r.name));
    if (r.location.isEmpty())
        return VoidResult::failure(
            InstancesText::tr("Instance %1 needs a location (an engine or a host).").arg(r.name));
    for (const auto &[value, field] :
         {std::pair{r.location, InstancesText::tr("location")},
          std::pair{r.blueprintId, InstancesText::tr("blueprint")},
          std::pair{r.planId, InstancesText::tr("plan")},
          std::pair{r.hostName, InstancesText::tr("host record")},
          std::pair{r.containerId, InstancesText::tr("container id")}}) {
        if (const VoidResult ok = checkName(value, field, r.name); !ok)
            return ok;
    }
    if (hasSpaceOrControl(r.address) || r.address.startsWith(QLatin1Char('-')))
        return VoidResult::failure(
            InstancesText::tr("The address of instance %1 cannot contain spaces or control "
                              "characters or start with '-'.")
                .arg(r.name));
    if (r.sshPort < 1 || r.sshPort > 65535)
        return VoidResult::failure(
            InstancesText::tr("The SSH port of instance %1 must be between 1 and 65535, not %2.")
                .arg(r.name)
                .arg(r.sshPort));
    static const QRegularExpression userRule(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_.-]{0,31}$"));
    if (!r.loginUser.isEmpty() && !userRule.match(r.loginUser).hasMatch())
        return VoidResult::failure(
            InstancesText::tr("\"%1\" is not a login user name for instance %2.")
                .arg(r.loginUser, r.name));
    if (hasControl(r.keyFile))
        return VoidResult::failure(
            InstancesText::tr("The key file of instance %1 contains control characters.")
                .arg(r.name));
    if (r.stepsDone < 0)
        return VoidResult::failure(
            InstancesText::tr("Instance %1: the count of finished steps cannot be negative.")
                .arg(r.name));
    if (hasControl(r.failedStep))
        return VoidResult::failure(
            InstancesText::tr("Instance %1: the failed step's title contains control characters.")
                .arg(r.name));
    for (const QString &tag : r.tags) {
        if (!isValidTag(tag.trimmed()))
            return VoidResult::failure(
                InstancesText::tr(
                    "\"%1\" is not a valid tag: start with a letter or digit, then letters, "
                    "digits or _ . : = + @ / - (no spaces, quotes, commas or '$'), at most 64.")
                    .arg(tag));
    }
    for (const FirewallRule &rule : r.firewall) {
        if (const VoidResult ok = validate(rule); !ok)
            return VoidResult::failure(
                InstancesText::tr("Instance %1: %2").arg(r.name, ok.error()));
    }
    QSet<QString> published;
    QSet<QString> inside;
    for (const PortMapping &port : r.ports) {
        if (const VoidResult ok = validate(port, r.name); !ok)
            return ok;
        const QString in = QString::number(port.containerPort) + QLatin1Char('/') + port.protocol;
        if (inside.contains(in))
            return VoidResult::failure(
                InstancesText::tr("Instance %1 publishes %2 twice.").arg(r.name, in));
        inside.insert(in);
        if (port.hostPort == 0)
            continue;
        const QString out = port.hostIp + QLatin1Char(':') + QString::number(port.hostPort) +
                            QLatin1Char('/') + port.protocol;
        if (published.contains(out))
            return VoidResult::failure(InstancesText::tr("Instance %1 uses host port %2/%3 twice.")
                                           .arg(r.name)
                                           .arg(port.hostPort)
                                           .arg(port.protocol));
        published.insert(out);
    }
    return {};
}

} // namespace sloop::instances
