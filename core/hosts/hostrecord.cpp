#include "hostrecord.h"

#include "util/paths.h"
#include "util/textchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::hosts {

namespace {

using text::hasControl;
using text::hasSpaceOrControl;

// Texts are looked up, and filed by lupdate, under "Hosts".
struct HostsText
{
    Q_DECLARE_TR_FUNCTIONS(Hosts)
};

} // namespace

QStringList normalizedTags(const QStringList &tags)
{
    return text::normalizedTags(tags);
}

VoidResult validate(const HostRecord &host)
{
    if (!text::isPlainName(host.name))
        return VoidResult::failure(
            HostsText::tr(
                "\"%1\" is not a valid host name: use letters, digits, '_', '.' and '-', starting "
                "with a letter or digit, at most 64 characters.")
                .arg(host.name));
    if (host.address.trimmed().isEmpty())
        return VoidResult::failure(
            HostsText::tr("Host %1 needs an address (a DNS name or an IP address).")
                .arg(host.name));
    if (hasSpaceOrControl(host.address))
        return VoidResult::failure(
            HostsText::tr("The address of host %1 contains spaces or control characters.")
                .arg(host.name));
    if (host.address.startsWith(QLatin1Char('-')))
        return VoidResult::failure(
            HostsText::tr("The address of host %1 cannot start with '-'.").arg(host.name));
    if (host.port < 1 || host.port > 65535)
        return VoidResult::failure(
            HostsText::tr("The port of host %1 must be between 1 and 65535, not %2.")
                .arg(host.name)
                .arg(host.port));
    if (hasSpaceOrControl(host.user) || host.user.contains(QLatin1Char('@')))
        return VoidResult::failure(
            HostsText::tr(
                "The user name for host %1 cannot contain spaces, '@' or control characters.")
                .arg(host.name));
    for (const QString &file : host.identityFiles) {
        if (file.trimmed().isEmpty() || hasControl(file))
            return VoidResult::failure(
                HostsText::tr("A key file of host %1 is empty or contains control characters.")
                    .arg(host.name));
    }
    if (!host.proxyJump.isEmpty()) {
        const Result<QList<JumpSpec>> hops = parseProxyJump(host.proxyJump);
        if (!hops)
            return VoidResult::failure(
                HostsText::tr("The jump host of %1: %2").arg(host.name, hops.error()));
        for (const JumpSpec &hop : *hops) {
            if (hop.host.compare(host.name, Qt::CaseInsensitive) == 0)
                return VoidResult::failure(
                    HostsText::tr("Host %1 cannot be its own jump host.").arg(host.name));
        }
    }
    for (const QString &tag : host.tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty() || t.size() > 64 || hasSpaceOrControl(t) || t.contains(QLatin1Char(',')))
            return VoidResult::failure(
                HostsText::tr(
                    "\"%1\" is not a valid tag: no spaces, commas or control characters, at most "
                    "64 characters.")
                    .arg(tag));
    }
    return {};
}

Result<QList<JumpSpec>> parseProxyJump(const QString &value)
{
    QList<JumpSpec> hops;
    if (value.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return hops; // OpenSSH's word for "directly"
    const QStringList parts = value.split(QLatin1Char(','));
    for (QString part : parts) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("ssh://")))
            part = part.mid(6);
        if (part.isEmpty() || hasSpaceOrControl(part))
            return Result<QList<JumpSpec>>::failure(
                HostsText::tr("\"%1\" is not a list of [user@]host[:port] hops separated by "
                              "commas.")
                    .arg(value));
        JumpSpec hop;
        const qsizetype at = part.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            hop.user = part.left(at);
            part = part.mid(at + 1);
        }
        QString port;
        if (part.startsWith(QLatin1Char('['))) { // [2001:db8::1]:2200
            const qsizetype close = part.indexOf(QLatin1Char(']'));
            if (close < 0)
                return Result<QList<JumpSpec>>::failure(
                    HostsText::tr("\"%1\" opens a [ without closing it.").arg(part));
            hop.host = part.mid(1, close - 1);
            const QString rest = part.mid(close + 1);
            if (rest.startsWith(QLatin1Char(':')))
                port = rest.mid(1);
            else if (!rest.isEmpty())
                return Result<QList<JumpSpec>>::failure(
                    HostsText::tr("\"%1\" has text after the ].").arg(part));
        } else if (part.count(QLatin1Char(':')) == 1) {
            hop.host = part.section(QLatin1Char(':'), 0, 0);
            port = part.section(QLatin1Char(':'), 1);
        } else {
            hop.host = part; // a name, or an IPv6 address without a port
        }
        if (!port.isEmpty() || part.endsWith(QLatin1Char(':'))) {
            bool ok = false;
            hop.port = port.toInt(&ok);
            if (!ok || hop.port < 1 || hop.port > 65535)
                return Result<QList<JumpSpec>>::failure(
                    HostsText::tr("\"%1\" is not a port between 1 and 65535.").arg(port));
        }
        if (hop.host.isEmpty() || hop.host.startsWith(QLatin1Char('-')) ||
            hop.user.contains(QLatin1Char('@')))
            return Result<QList<JumpSpec>>::failure(
                HostsText::tr("\"%1\" names no jump host.").arg(part));
        hops.append(hop);
    }
    return hops;
}

namespace {

ssh::SshHop hopOf(const JumpSpec &spec, const std::optional<HostRecord> &known)
{
    ssh::SshHop hop;
    hop.name = known ? known->name : spec.host;
    hop.address = known ? known->address : spec.host;
    hop.port = quint16(spec.port ? spec.port : known ? known->port : 22);
    hop.user = !spec.user.isEmpty() ? spec.user : known ? known->user : QString();
    if (known) {
        hop.identityFiles = known->identityFiles;
        hop.identitiesOnly = known->identitiesOnly;
    }
    return hop;
}

// The hops in front of `host`: its ProxyJump's, with the first one's own
// jumps in front of those. A host met twice (a loop) is not followed again.
QList<ssh::SshHop> jumpsOf(const HostRecord &host, const HostLookup &lookup, QStringList &seen)
{
    QList<ssh::SshHop> out;
    // Most hosts have no jump: HostConnections::session() asks on the GUI
    // thread for every host, so nothing is parsed (or translated) for them.
    if (host.proxyJump.isEmpty())
        return out;
    const Result<QList<JumpSpec>> specs = parseProxyJump(host.proxyJump);
    if (!specs)
        return out;
    seen << host.name.toLower();
    for (qsizetype i = 0; i < specs->size(); ++i) {
        const JumpSpec &spec = specs->at(i);
        const std::optional<HostRecord> known = lookup ? lookup(spec.host) : std::nullopt;
        if (known && seen.contains(known->name.toLower()))
            continue; // a loop back to a host on the way: a mistake, not a hop
        if (i == 0 && known && !known->proxyJump.isEmpty() && !seen.contains(known->name.toLower()))
            out += jumpsOf(*known, lookup, seen);
        out.append(hopOf(spec, known));
    }
    return out;
}

} // namespace

bool isInstanceLogin(const HostRecord &host)
{
    return host.tags.contains(kInstanceLoginTag) && host.proxyJump.isEmpty();
}

ssh::SshOptions sshOptionsFor(const HostRecord &host, ssh::SshOptions base)
{
    if (isInstanceLogin(host))
        base.knownHostsFile = paths::instanceKnownHostsFile();
    return base;
}

ssh::SshTarget sshTargetOf(const HostRecord &host, const HostLookup &lookup)
{
    ssh::SshTarget target;
    target.name = host.name;
    target.address = host.address;
    target.port = quint16(host.port);
    target.user = host.user;
    target.identityFiles = host.identityFiles;
    target.identitiesOnly = host.identitiesOnly;
    QStringList seen;
    target.jumps = jumpsOf(host, lookup, seen);
    return target;
}

} // namespace sloop::hosts
