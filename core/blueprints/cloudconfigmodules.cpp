// packages, runcmd/bootcmd and ssh_authorized_keys: the list-shaped modules.
#include "blueprintstext.h"
#include "cloudconfigreaders.h"

#include <QRegularExpression>

namespace sloop::blueprints {

namespace {

bool isPackageName(const QString &name)
{
    // Debian policy 5.6.1, plus an optional ":arch" qualifier.
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$"));
    return rule.match(name).hasMatch();
}

bool isVersion(const QString &version)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9.+~:*-]+$"));
    return rule.match(version).hasMatch();
}

void addPackage(const YamlReader &r, const YAML::Node &at, const QString &where, QString name,
                QString version, CloudConfig &config)
{
    // "name=version" is apt's own spelling; cloud-init passes it through.
    if (version.isEmpty() && name.contains(QLatin1Char('='))) {
        version = name.section(QLatin1Char('='), 1);
        name = name.section(QLatin1Char('='), 0, 0);
    }
    if (!isPackageName(name)) {
        r.problem(at,
                  BlueprintsText::tr("%1: \"%2\" is not a Debian package name").arg(where, name));
        return;
    }
    if (!version.isEmpty() && !isVersion(version)) {
        r.problem(at,
                  BlueprintsText::tr("%1: \"%2\" is not a package version").arg(where, version));
        return;
    }
    config.packages.append({name, version, r.line(at)});
}

void readPackageItem(const YamlReader &r, const YAML::Node &item, const QString &where,
                     CloudConfig &config)
{
    if (item.IsSequence()) {
        // [name] or [name, version]
        if (item.size() < 1 || item.size() > 2) {
            r.problem(
                item,
                BlueprintsText::tr("%1: a list entry is [name] or [name, version]").arg(where));
            return;
        }
        const std::optional<QString> name = r.string(item[0], where + QStringLiteral("[0]"));
        const std::optional<QString> version =
            item.size() == 2 ? r.string(item[1], where + QStringLiteral("[1]"))
                             : std::optional<QString>(QString());
        if (name && version)
            addPackage(r, item, where, *name, *version, config);
        return;
    }
    if (const std::optional<QString> name = r.string(item, where))
        addPackage(r, item, where, *name, {}, config);
}

} // namespace

void readPackages(const YamlReader &r, const YAML::Node &node, CloudConfig &config)
{
    if (!r.expectSequence(node, QStringLiteral("packages")))
        return;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node item = node[i];
        const QString where = QStringLiteral("packages[%1]").arg(i);
        if (!item.IsMap()) {
            readPackageItem(r, item, where, config);
            continue;
        }
        // {apt: [...]}: the package manager spelled out. Snaps are not supported.
        r.forEachKey(
            item, where, {QStringLiteral("apt")}, [&](const QString &key, const YAML::Node &list) {
                const QString sub = where + QLatin1Char('.') + key;
                if (!r.expectSequence(list, sub))
                    return;
                for (std::size_t j = 0; j < list.size(); ++j)
                    readPackageItem(r, list[j], sub + QStringLiteral("[%1]").arg(j), config);
            });
    }
}

void readCommands(const YamlReader &r, const YAML::Node &node, const QString &module,
                  QList<CommandSpec> &out)
{
    if (!r.expectSequence(node, module))
        return;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node item = node[i];
        const QString where = QStringLiteral("%1[%2]").arg(module).arg(i);
        if (item.IsNull())
            continue; // cloud-init skips empty entries
        CommandSpec command;
        command.line = r.line(item);
        if (item.IsSequence()) {
            const std::optional<QStringList> argv = r.stringList(item, where);
            if (!argv)
                continue;
            if (argv->isEmpty()) {
                r.problem(
                    item,
                    BlueprintsText::tr("%1: an argv list needs at least a program").arg(where));
                continue;
            }
            command.argv = *argv;
            command.isArgv = true;
        } else {
            const std::optional<QString> text = r.string(item, where);
            if (!text)
                continue;
            if (text->trimmed().isEmpty()) {
                r.problem(item, BlueprintsText::tr("%1: the command is empty").arg(where));
                continue;
            }
            command.shell = *text;
        }
        out.append(command);
    }
}

void readAuthorizedKeys(const YamlReader &r, const YAML::Node &node, const QString &where,
                        QStringList &out)
{
    const std::optional<QStringList> keys = r.stringList(node, where);
    if (!keys)
        return;
    for (qsizetype i = 0; i < keys->size(); ++i) {
        const QString key = keys->at(i).trimmed();
        // One key is one line of authorized_keys; a newline would add another.
        if (key.isEmpty() || key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\r'))) {
            r.problem(
                node[std::size_t(i)],
                BlueprintsText::tr("%1[%2]: a public key is one non-empty line").arg(where).arg(i));
            continue;
        }
        out.append(key);
    }
}

} // namespace sloop::blueprints
