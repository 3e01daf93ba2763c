// users and groups, in cloud-init's forms (cc_users_groups).
#include "blueprintstext.h"
#include "cloudconfigreaders.h"

#include <QRegularExpression>

namespace sloop::blueprints {

namespace {

UserSpec namedUser(const QString &name, int line)
{
    UserSpec user;
    user.name = name;
    user.line = line;
    return user;
}

std::optional<QString> readName(const YamlReader &r, const YAML::Node &node, const QString &where)
{
    const std::optional<QString> name = r.string(node, where);
    if (name && !isValidUserName(*name)) {
        r.problem(node,
                  BlueprintsText::tr("%1: \"%2\" is not a valid user or group name (lower-case "
                                     "letters, digits, '_' and '-', starting with a letter or '_', "
                                     "at most 32)")
                      .arg(where, *name));
        return std::nullopt;
    }
    return name;
}

std::optional<QStringList> readNames(const YamlReader &r, const YAML::Node &node,
                                     const QString &where)
{
    const std::optional<QStringList> names = r.stringList(node, where, true);
    if (!names)
        return std::nullopt;
    for (const QString &n : *names) {
        if (!isValidUserName(n)) {
            r.problem(
                node,
                BlueprintsText::tr("%1: \"%2\" is not a valid user or group name").arg(where, n));
            return std::nullopt;
        }
    }
    return names;
}

void readSudo(const YamlReader &r, const YAML::Node &node, const QString &where, UserSpec &user)
{
    if (node.IsNull())
        return;
    if (const std::optional<bool> b = YamlReader::plainBoolean(node)) {
        if (*b)
            r.problem(node, BlueprintsText::tr(
                                "%1: give a sudoers rule such as \"ALL=(ALL) NOPASSWD:ALL\", "
                                "or false")
                                .arg(where));
        return;
    }
    std::optional<QStringList> rules;
    if (node.IsSequence())
        rules = r.stringList(node, where);
    else if (const std::optional<QString> one = r.string(node, where))
        rules = QStringList{*one};
    if (!rules)
        return;
    for (const QString &rule : *rules) {
        if (rule.contains(QLatin1Char('\n')) || rule.contains(QLatin1Char('\r')) ||
            rule.trimmed().isEmpty()) {
            r.problem(node,
                      BlueprintsText::tr("%1: a sudoers rule is one non-empty line").arg(where));
            return;
        }
    }
    user.sudo = *rules;
}

void readShellOrPath(const YamlReader &r, const YAML::Node &node, const QString &where,
                     QString &out)
{
    const std::optional<QString> path = r.string(node, where);
    if (path && (!path->startsWith(QLatin1Char('/')) || path->contains(QLatin1Char(':')) ||
                 path->contains(QLatin1Char('\n')))) {
        r.problem(node,
                  BlueprintsText::tr("%1: \"%2\" must be an absolute path without ':' or newlines")
                      .arg(where, *path));
        return;
    }
    out = path.value_or(QString());
}

void readUserMap(const YamlReader &r, const YAML::Node &entry, const QString &where,
                 CloudConfig &config)
{
    UserSpec user;
    user.line = r.line(entry);
    bool named = false;
    r.forEachKey(entry, where,
                 {QStringLiteral("name"), QStringLiteral("gecos"), QStringLiteral("groups"),
                  QStringLiteral("primary_group"), QStringLiteral("sudo"), QStringLiteral("shell"),
                  QStringLiteral("homedir"), QStringLiteral("lock_passwd"),
                  QStringLiteral("ssh_authorized_keys"), QStringLiteral("system"),
                  QStringLiteral("no_create_home")},
                 [&](const QString &key, const YAML::Node &value) {
                     const QString at = where + QLatin1Char('.') + key;
                     if (key == QLatin1String("name")) {
                         named = true;
                         user.name = readName(r, value, at).value_or(QString());
                     } else if (key == QLatin1String("gecos")) {
                         const std::optional<QString> gecos = r.string(value, at);
                         if (gecos && (gecos->contains(QLatin1Char(':')) ||
                                       gecos->contains(QLatin1Char('\n'))))
                             r.problem(value, BlueprintsText::tr("%1: no ':' or newlines").arg(at));
                         else
                             user.gecos = gecos.value_or(QString());
                     } else if (key == QLatin1String("groups")) {
                         user.groups = readNames(r, value, at).value_or(QStringList());
                     } else if (key == QLatin1String("primary_group")) {
                         user.primaryGroup = readName(r, value, at).value_or(QString());
                     } else if (key == QLatin1String("sudo")) {
                         readSudo(r, value, at, user);
                     } else if (key == QLatin1String("shell")) {
                         readShellOrPath(r, value, at, user.shell);
                     } else if (key == QLatin1String("homedir")) {
                         readShellOrPath(r, value, at, user.homedir);
                     } else if (key == QLatin1String("lock_passwd")) {
                         user.lockPasswd = r.boolean(value, at).value_or(true);
                     } else if (key == QLatin1String("ssh_authorized_keys")) {
                         readAuthorizedKeys(r, value, at, user.sshAuthorizedKeys);
                     } else if (key == QLatin1String("system")) {
                         user.system = r.boolean(value, at).value_or(false);
                     } else if (key == QLatin1String("no_create_home")) {
                         user.noCreateHome = r.boolean(value, at).value_or(false);
                     }
                 });
    if (!named)
        r.problem(entry, BlueprintsText::tr("%1: \"name\" is required").arg(where));
    else if (!user.name.isEmpty())
        config.users.append(user);
}

} // namespace

bool isValidUserName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z_][a-z0-9_-]{0,30}\\$?$"));
    return rule.match(name).hasMatch();
}

void readUsers(const YamlReader &r, const YAML::Node &node, CloudConfig &config)
{
    if (node.IsScalar()) { // "default, alice"
        const std::optional<QStringList> names = r.stringList(node, QStringLiteral("users"), true);
        for (const QString &n : names.value_or(QStringList())) {
            if (n == QLatin1String("default"))
                config.defaultUser = true;
            else if (isValidUserName(n))
                config.users.append(namedUser(n, r.line(node)));
            else
                r.problem(node,
                          BlueprintsText::tr("users: \"%1\" is not a valid user name").arg(n));
        }
        return;
    }
    if (!r.expectSequence(node, QStringLiteral("users")))
        return;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node entry = node[i];
        const QString where = QStringLiteral("users[%1]").arg(i);
        if (entry.IsMap()) {
            readUserMap(r, entry, where, config);
            continue;
        }
        const std::optional<QString> name = r.string(entry, where);
        if (!name)
            continue;
        if (*name == QLatin1String("default"))
            config.defaultUser = true;
        else if (readName(r, entry, where))
            config.users.append(namedUser(*name, r.line(entry)));
    }
}

void readGroups(const YamlReader &r, const YAML::Node &node, CloudConfig &config)
{
    if (node.IsScalar()) {
        for (const QString &n :
             readNames(r, node, QStringLiteral("groups")).value_or(QStringList()))
            config.groups.append({n, {}, r.line(node)});
        return;
    }
    if (!r.expectSequence(node, QStringLiteral("groups")))
        return;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node entry = node[i];
        const QString where = QStringLiteral("groups[%1]").arg(i);
        if (!entry.IsMap()) {
            if (const std::optional<QString> name = readName(r, entry, where))
                config.groups.append({*name, {}, r.line(entry)});
            continue;
        }
        // {admins: [alice, bob]} or {admins: "alice, bob"}
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            const std::optional<QString> name = readName(r, it->first, where);
            if (!name)
                continue;
            GroupSpec group{*name, {}, r.line(it->first)};
            if (!it->second.IsNull())
                group.members = readNames(r, it->second, where + QLatin1Char('.') + *name)
                                    .value_or(QStringList());
            config.groups.append(group);
        }
    }
}

} // namespace sloop::blueprints
