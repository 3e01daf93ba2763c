#include "hostrecord.h"
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
    for (const QChar c : host.identityFile) {
        if (c.category() == QChar::Other_Control)
            return VoidResult::failure(
                HostsText::tr("The identity file of host %1 contains control characters.")
                    .arg(host.name));
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

ssh::SshTarget sshTargetOf(const HostRecord &host)
{
    ssh::SshTarget target;
    target.name = host.name;
    target.address = host.address;
    target.port = quint16(host.port);
    target.user = host.user;
    if (!host.identityFile.isEmpty())
        target.identityFiles = {host.identityFile};
    return target;
}

} // namespace sloop::hosts
