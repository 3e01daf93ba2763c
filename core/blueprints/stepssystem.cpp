// hostname, timezone, packages, services, runcmd and final_message steps.
#include "blueprintstext.h"
#include "stepcompilers.h"

#include <QRegularExpression>

namespace sloop::blueprints {

namespace {

QString firstLine(const QString &text, int max = 60)
{
    QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0);
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

} // namespace

VoidResult compileHostname(const CloudConfig &config, const TargetInfo &target, Steps &steps)
{
    ShellScript s;
    s.assign("h", config.hostname);
    s.assign("f", config.fqdn);
    // Written in place, not moved: in a container both files are bind mounts.
    s.raw("printf '%s\\n' \"$h\" > /etc/hostname");
    // sudo and others resolve their own name; cloud-init leaves /etc/hosts
    // alone unless told, Sloop adds the name when it is missing.
    s.raw("if ! grep -qw -- \"$h\" /etc/hosts; then\n"
          "  if [ -n \"$f\" ]; then printf '127.0.1.1\\t%s %s\\n' \"$f\" \"$h\" >> /etc/hosts;\n"
          "  else printf '127.0.1.1\\t%s\\n' \"$h\" >> /etc/hosts; fi\nfi");
    if (target.container)
        s.raw("echo 'A container keeps the host name it was created with until it is "
              "recreated; /etc/hostname now says '\"$h\"");
    else
        s.raw("hostname \"$h\"");
    return addStep(steps, QStringLiteral("hostname"),
                   BlueprintsText::tr("host name %1").arg(config.hostname), s);
}

VoidResult compileTimezone(const QString &timezone, Steps &steps)
{
    ShellScript s;
    s.assign("tz", timezone);
    s.raw("if [ ! -e \"/usr/share/zoneinfo/$tz\" ]; then\n"
          "  echo \"time zone $tz is not in /usr/share/zoneinfo (is tzdata installed?)\" >&2\n"
          "  exit 1\nfi");
    s.raw("ln -sf \"/usr/share/zoneinfo/$tz\" /etc/localtime");
    s.raw("printf '%s\\n' \"$tz\" > /etc/timezone");
    return addStep(steps, QStringLiteral("timezone"),
                   BlueprintsText::tr("time zone %1").arg(timezone), s);
}

VoidResult compilePackages(const CloudConfig &config, Steps &steps)
{
    const bool any = config.packageUpdate || config.packageUpgrade || !config.packages.isEmpty();
    if (!any)
        return {};
    // As cloud-init: the package lists are refreshed when any of the three
    // modules is used.
    ShellScript update;
    update.raw(aptFunction()).raw("sloop_apt update");
    VoidResult r = addStep(steps, QStringLiteral("package_update"),
                           BlueprintsText::tr("apt-get update"), update);
    if (!r)
        return r;
    if (config.packageUpgrade) {
        ShellScript upgrade;
        upgrade.raw(aptFunction()).raw("sloop_apt dist-upgrade");
        r = addStep(steps, QStringLiteral("package_upgrade"),
                    BlueprintsText::tr("apt-get dist-upgrade"), upgrade);
        if (!r)
            return r;
    }
    if (config.packages.isEmpty())
        return {};
    ShellScript s;
    s.raw(aptFunction());
    QByteArray names;
    QStringList shown;
    for (const PackageSpec &p : config.packages) {
        const QString spec = p.version.isEmpty() ? p.name : p.name + QLatin1Char('=') + p.version;
        names += ' ' + s.quote(spec);
        shown.append(spec);
    }
    // A package that is not in the sources fails at once, with its name,
    // instead of after apt's retries.
    s.raw("missing=\nfor p in" + names +
          "; do\n"
          "  apt-cache show \"$p\" >/dev/null 2>&1 || missing=\"$missing $p\"\ndone");
    s.raw("if [ -n \"$missing\" ]; then\n"
          "  echo \"not found in the apt sources:$missing\" >&2\n  exit 100\nfi");
    s.raw("sloop_apt install" + names);
    return addStep(
        steps, QStringLiteral("packages"),
        BlueprintsText::tr("install %1").arg(firstLine(shown.join(QLatin1Char(' ')), 80)), s);
}

VoidResult compileStartServices(Steps &steps)
{
    // A system container has no systemd: packages' postinst scripts may not
    // start their daemons, and nothing would at the next boot but Sloop's
    // init. Start every enabled SysV service that is not running (ssh is
    // the container's own sshd, run by the init).
    ShellScript s;
    s.raw("for s in /etc/rc2.d/S*; do\n"
          "  [ -x \"$s\" ] || continue\n"
          "  name=${s##*/S[0-9][0-9]}\n"
          "  case \"$name\" in ssh|rc.local|rmnologin|bootlogs|single|killprocs|sudo) continue ;; "
          "esac\n"
          "  if \"$s\" status >/dev/null 2>&1; then echo \"$name is running\"; continue; fi\n"
          "  echo \"starting $name\"\n"
          "  \"$s\" start\n"
          "done");
    return addStep(steps, QStringLiteral("services"), BlueprintsText::tr("start enabled services"),
                   s);
}

VoidResult compileRuncmd(const QList<CommandSpec> &commands, Steps &steps)
{
    for (qsizetype i = 0; i < commands.size(); ++i) {
        ShellScript s;
        const QByteArray text = commandText(s, commands.at(i));
        s.raw(text);
        const VoidResult r = addStep(steps, QStringLiteral("runcmd"),
                                     BlueprintsText::tr("runcmd %1/%2: %3")
                                         .arg(i + 1)
                                         .arg(commands.size())
                                         .arg(firstLine(QString::fromUtf8(text))),
                                     s);
        if (!r)
            return r;
    }
    return {};
}

VoidResult compileFinalMessage(const QString &message, Steps &steps)
{
    const QString text = message.isEmpty()
                             ? QStringLiteral("Sloop $VERSION finished at $TIMESTAMP. Up $UPTIME "
                                              "seconds")
                             : message;
    ShellScript s;
    s.raw("UPTIME=$(cut -d' ' -f1 /proc/uptime)");
    s.raw("TIMESTAMP=$(date -R)");
    s.assign("VERSION", QStringLiteral(SLOOP_VERSION));
    s.raw("DATASOURCE=Sloop");
    // cloud-init's templater: $NAME or ${NAME}, either case; \$ stays a $.
    // The message is cut into quoted text and "$VAR" words, so nothing the
    // person wrote is ever expanded by the shell.
    static const QRegularExpression var(
        QStringLiteral("(\\\\?)\\$(\\{)?(UPTIME|TIMESTAMP|VERSION|DATASOURCE|uptime|timestamp|"
                       "version|datasource)(?(2)\\})"));
    QByteArray args;
    QString pending; // literal text not yet added
    qsizetype at = 0;
    auto it = var.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        pending += text.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        if (!m.captured(1).isEmpty()) {
            pending += m.captured(0).mid(1);
            continue;
        }
        if (!pending.isEmpty())
            args += ' ' + s.quote(pending);
        pending.clear();
        args += " \"$" + m.captured(3).toUpper().toUtf8() + '"';
    }
    pending += text.mid(at);
    if (!pending.isEmpty())
        args += ' ' + s.quote(pending);
    s.raw("printf '%s'" + args + "\nprintf '\\n'");
    s.raw("umask 022\nmkdir -p " + QByteArray(kInstanceStateDir));
    s.raw("printf '%s\\n' \"$TIMESTAMP\" > " + QByteArray(kInstanceStateDir) +
          "/provisioned.sloop-new");
    s.raw("mv -f " + QByteArray(kInstanceStateDir) + "/provisioned.sloop-new " +
          QByteArray(kInstanceStateDir) + "/provisioned");
    return addStep(steps, QStringLiteral("final_message"), BlueprintsText::tr("final message"), s);
}

} // namespace sloop::blueprints
