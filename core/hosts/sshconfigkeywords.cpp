#include "sshconfigkeywords.h"

#include <QSet>

namespace sloop::hosts {

namespace {

// Keywords libssh 0.10 applies when it evaluates a config.
const QSet<QString> &appliedByLibssh()
{
    static const QSet<QString> set{
        QStringLiteral("host"),
        QStringLiteral("match"),
        QStringLiteral("hostname"),
        QStringLiteral("port"),
        QStringLiteral("user"),
        QStringLiteral("identityfile"),
        QStringLiteral("ciphers"),
        QStringLiteral("macs"),
        QStringLiteral("compression"),
        QStringLiteral("connecttimeout"),
        QStringLiteral("protocol"),
        QStringLiteral("stricthostkeychecking"),
        QStringLiteral("userknownhostsfile"),
        QStringLiteral("proxycommand"),
        QStringLiteral("proxyjump"),
        QStringLiteral("identitiesonly"), // evaluated by Sloop (sshconfigeval)
        QStringLiteral("gssapiserveridentity"),
        QStringLiteral("gssapiclientidentity"),
        QStringLiteral("gssapidelegatecredentials"),
        QStringLiteral("include"),
        QStringLiteral("bindaddress"),
        QStringLiteral("globalknownhostsfile"),
        QStringLiteral("loglevel"),
        QStringLiteral("hostkeyalgorithms"),
        QStringLiteral("kexalgorithms"),
        QStringLiteral("gssapiauthentication"),
        QStringLiteral("kbdinteractiveauthentication"),
        QStringLiteral("passwordauthentication"),
        QStringLiteral("pubkeyauthentication"),
        QStringLiteral("identityagent"),
        QStringLiteral("pubkeyacceptedalgorithms"),
        QStringLiteral("pubkeyacceptedkeytypes"),
        QStringLiteral("rekeylimit"),
        QStringLiteral("requiredrsasize"),
    };
    return set;
}

// Keywords libssh 0.10 recognises and deliberately ignores.
const QSet<QString> &ignoredByLibssh()
{
    static const QSet<QString> set{
        QStringLiteral("addkeystoagent"),
        QStringLiteral("addressfamily"),
        QStringLiteral("batchmode"),
        QStringLiteral("canonicaldomains"),
        QStringLiteral("canonicalizefallbacklocal"),
        QStringLiteral("canonicalizehostname"),
        QStringLiteral("canonicalizemaxdots"),
        QStringLiteral("canonicalizepermittedcnames"),
        QStringLiteral("certificatefile"),
        QStringLiteral("checkhostip"),
        QStringLiteral("connectionattempts"),
        QStringLiteral("enablesshkeysign"),
        QStringLiteral("fingerprinthash"),
        QStringLiteral("forwardagent"),
        QStringLiteral("hashknownhosts"),
        QStringLiteral("hostbasedauthentication"),
        QStringLiteral("hostbasedacceptedalgorithms"),
        QStringLiteral("hostkeyalias"),
        QStringLiteral("ipqos"),
        QStringLiteral("kbdinteractivedevices"),
        QStringLiteral("numberofpasswordprompts"),
        QStringLiteral("pkcs11provider"),
        QStringLiteral("preferredauthentications"),
        QStringLiteral("proxyusefdpass"),
        QStringLiteral("remotecommand"),
        QStringLiteral("revokedhostkeys"),
        QStringLiteral("serveralivecountmax"),
        QStringLiteral("serveraliveinterval"),
        QStringLiteral("streamlocalbindmask"),
        QStringLiteral("streamlocalbindunlink"),
        QStringLiteral("syslogfacility"),
        QStringLiteral("tcpkeepalive"),
        QStringLiteral("updatehostkeys"),
        QStringLiteral("verifyhostkeydns"),
        QStringLiteral("visualhostkey"),
        QStringLiteral("clearallforwardings"),
        QStringLiteral("controlmaster"),
        QStringLiteral("controlpersist"),
        QStringLiteral("controlpath"),
        QStringLiteral("dynamicforward"),
        QStringLiteral("escapechar"),
        QStringLiteral("exitonforwardfailure"),
        QStringLiteral("forwardx11"),
        QStringLiteral("forwardx11timeout"),
        QStringLiteral("forwardx11trusted"),
        QStringLiteral("gatewayports"),
        QStringLiteral("ignoreunknown"),
        QStringLiteral("localforward"),
        QStringLiteral("permitlocalcommand"),
        QStringLiteral("remoteforward"),
        QStringLiteral("requesttty"),
        QStringLiteral("sendenv"),
        QStringLiteral("tunnel"),
        QStringLiteral("tunneldevice"),
        QStringLiteral("xauthlocation"),
    };
    return set;
}

} // namespace

LibsshSupport libsshSupport(const QString &lowerCaseKeyword)
{
    if (appliedByLibssh().contains(lowerCaseKeyword))
        return LibsshSupport::Applied;
    if (ignoredByLibssh().contains(lowerCaseKeyword))
        return LibsshSupport::Ignored;
    return LibsshSupport::Unknown;
}

} // namespace sloop::hosts
