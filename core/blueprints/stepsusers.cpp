// groups, users and ssh_authorized_keys steps. Each checks before it
// creates, so a rerun changes nothing that is already there.
#include "blueprintstext.h"
#include "stepcompilers.h"

namespace sloop::blueprints {

namespace {

void ensureGroup(ShellScript &s, const QString &group)
{
    const QByteArray g = s.quote(group);
    s.raw("getent group " + g + " >/dev/null || groupadd -- " + g);
}

// Adds each key once to the authorized_keys of the user in "$u".
void addKeys(ShellScript &s, const QStringList &keys)
{
    s.raw("home=$(getent passwd \"$u\" | cut -d: -f6)");
    s.raw("if [ -z \"$home\" ]; then echo \"user $u has no home folder\" >&2; exit 1; fi");
    s.raw("group=$(id -gn -- \"$u\")");
    s.raw("umask 077");
    s.raw("mkdir -p -- \"$home/.ssh\"");
    s.raw("touch -- \"$home/.ssh/authorized_keys\"");
    for (const QString &key : keys) {
        const QByteArray k = s.quote(key);
        s.raw("grep -qxF -- " + k + " \"$home/.ssh/authorized_keys\" || printf '%s\\n' " + k +
              " >> \"$home/.ssh/authorized_keys\"");
    }
    s.raw("chmod 700 -- \"$home/.ssh\"");
    s.raw("chmod 600 -- \"$home/.ssh/authorized_keys\"");
    s.raw("chown -- \"$u:$group\" \"$home/.ssh\" \"$home/.ssh/authorized_keys\"");
}

} // namespace

VoidResult compileGroups(const QList<GroupSpec> &groups, Steps &steps)
{
    ShellScript s;
    QStringList names;
    for (const GroupSpec &g : groups) {
        names.append(g.name);
        ensureGroup(s, g.name);
        for (const QString &member : g.members) {
            // As cloud-init: members must exist already; others are skipped.
            const QByteArray m = s.quote(member);
            s.raw("if getent passwd " + m + " >/dev/null; then usermod -a -G " + s.quote(g.name) +
                  " -- " + m + "; else echo " +
                  s.quote(BlueprintsText::tr("group %1: user %2 does not exist; not added")
                              .arg(g.name, member)) +
                  " >&2; fi");
        }
    }
    return addStep(steps, QStringLiteral("groups"),
                   BlueprintsText::tr("groups: %1").arg(names.join(QStringLiteral(", "))), s);
}

VoidResult compileUser(const UserSpec &user, Steps &steps)
{
    ShellScript s;
    s.assign("u", user.name);
    for (const QString &g : user.groups)
        ensureGroup(s, g);
    if (!user.primaryGroup.isEmpty())
        ensureGroup(s, user.primaryGroup);
    QByteArray add = "useradd";
    add += user.noCreateHome ? " -M" : " -m";
    if (user.system)
        add += " -r";
    if (!user.homedir.isEmpty())
        add += " -d " + s.quote(user.homedir);
    if (!user.shell.isEmpty())
        add += " -s " + s.quote(user.shell);
    if (!user.gecos.isEmpty())
        add += " -c " + s.quote(user.gecos);
    if (!user.primaryGroup.isEmpty())
        add += " -g " + s.quote(user.primaryGroup);
    s.raw("if ! getent passwd \"$u\" >/dev/null; then");
    if (user.primaryGroup.isEmpty()) {
        // A group named like the user may exist already (the groups module).
        s.raw("  set --\n  if getent group \"$u\" >/dev/null; then set -- -g \"$u\"; fi");
        s.raw("  " + add + " \"$@\" -- \"$u\"");
    } else {
        s.raw("  " + add + " -- \"$u\"");
    }
    s.raw("else\n  echo \"user $u exists; not created again\"\nfi");
    if (!user.groups.isEmpty())
        s.raw("usermod -a -G " + s.quote(user.groups.join(QLatin1Char(','))) + " -- \"$u\"");
    if (user.lockPasswd)
        s.raw("usermod -L -- \"$u\"");
    if (!user.sudo.isEmpty()) {
        QByteArray rules;
        for (const QString &rule : user.sudo)
            rules += user.name.toUtf8() + ' ' + rule.toUtf8() + '\n';
        // One file per user, 0440 as sudo wants; checked by visudo when sudo
        // is installed, so a broken rule never locks sudo out.
        s.raw("umask 022\nmkdir -p /etc/sudoers.d");
        s.raw("f=\"/etc/sudoers.d/90-sloop-$u\"");
        s.writeBytes(rules, "\"$f.sloop-new\"");
        s.raw("chmod 0440 \"$f.sloop-new\"");
        s.raw("if command -v visudo >/dev/null; then visudo -cqf \"$f.sloop-new\"; fi");
        s.raw("mv -f \"$f.sloop-new\" \"$f\"");
    }
    if (!user.sshAuthorizedKeys.isEmpty())
        addKeys(s, user.sshAuthorizedKeys);
    return addStep(steps, QStringLiteral("users"), BlueprintsText::tr("user %1").arg(user.name), s);
}

VoidResult compileAuthorizedKeys(const QStringList &keys, const QString &user, Steps &steps)
{
    ShellScript s;
    s.assign("u", user);
    addKeys(s, keys);
    return addStep(
        steps, QStringLiteral("ssh_authorized_keys"),
        BlueprintsText::tr("authorized keys of %1 (%n key(s))", nullptr, int(keys.size()))
            .arg(user),
        s);
}

} // namespace sloop::blueprints
