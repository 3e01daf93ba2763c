#include "blueprintstext.h"
#include "cloudconfigreaders.h"

#include <QRegularExpression>

namespace sloop::blueprints {

namespace {

const QLatin1String kHeader("#cloud-config");

bool isHostLabel(const QString &label)
{
    static const QRegularExpression rule(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return rule.match(label).hasMatch();
}

void readHostname(const YamlReader &r, const YAML::Node &node, const QString &key, QString &out)
{
    const std::optional<QString> name = r.string(node, key);
    if (!name)
        return;
    const QStringList labels = name->split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!isHostLabel(label) || name->size() > 253) {
            r.problem(node,
                      BlueprintsText::tr("%1: \"%2\" is not a valid host name (letters, digits and "
                                         "'-', dot-separated labels of at most 63)")
                          .arg(key, *name));
            return;
        }
    }
    out = *name;
}

void readTimezone(const YamlReader &r, const YAML::Node &node, CloudConfig &config)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"));
    const std::optional<QString> tz = r.string(node, QStringLiteral("timezone"));
    if (!tz)
        return;
    if (!rule.match(*tz).hasMatch() || tz->contains(QLatin1String(".."))) {
        r.problem(node, BlueprintsText::tr("timezone: \"%1\" is not a time zone name such as "
                                           "\"Europe/Berlin\" or \"UTC\"")
                            .arg(*tz));
        return;
    }
    config.timezone = *tz;
}

// Checks the first line; returns false when the text is not #cloud-config.
bool checkHeader(const QByteArray &text, int lineOffset, QList<ValidationProblem> &problems)
{
    QByteArray first = text.left(text.indexOf('\n'));
    if (first.startsWith("\xef\xbb\xbf"))
        first.remove(0, 3);
    first = first.trimmed();
    if (first == kHeader)
        return true;
    const QString message =
        first.startsWith("#!")
            ? BlueprintsText::tr("user-data that is a script (#!) is not supported: Sloop applies "
                                 "#cloud-config; put the commands under runcmd")
            : BlueprintsText::tr("user-data must start with the line \"#cloud-config\"");
    problems.append({1 + lineOffset, 1, message});
    return false;
}

} // namespace

QStringList supportedModules()
{
    return {QStringLiteral("bootcmd"),
            QStringLiteral("write_files"),
            QStringLiteral("hostname"),
            QStringLiteral("fqdn"),
            QStringLiteral("preserve_hostname"),
            QStringLiteral("groups"),
            QStringLiteral("users"),
            QStringLiteral("ssh_authorized_keys"),
            QStringLiteral("timezone"),
            QStringLiteral("package_update"),
            QStringLiteral("package_upgrade"),
            QStringLiteral("packages"),
            QStringLiteral("runcmd"),
            QStringLiteral("final_message")};
}

CloudConfigParse parseCloudConfig(const QByteArray &userData, int lineOffset)
{
    CloudConfigParse out;
    if (userData.trimmed().isEmpty())
        return out;
    if (!checkHeader(userData, lineOffset, out.problems))
        return out;

    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(userData.toStdString());
    } catch (const YAML::Exception &e) {
        YamlReader(&out.problems, lineOffset)
            .problem(e.mark, BlueprintsText::tr("not valid YAML: %1").arg(fromYaml(e.msg)));
        return out;
    }
    const YamlReader r(&out.problems, lineOffset);
    if (documents.size() > 1)
        r.problem(
            documents.at(1),
            BlueprintsText::tr("user-data must be one YAML document; remove the \"---\" line"));
    if (documents.empty() || documents.front().IsNull())
        return out;
    const YAML::Node root = documents.front();
    if (!r.expectMap(root, QStringLiteral("#cloud-config")))
        return out;

    // apt_update and apt_upgrade are cloud-init's older names.
    QStringList known = supportedModules();
    known << QStringLiteral("apt_update") << QStringLiteral("apt_upgrade");
    CloudConfig &c = out.config;
    QSet<QString> seen;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = fromYaml(it->first.Scalar());
        const YAML::Node value = it->second;
        if (seen.contains(key)) {
            r.problem(it->first, BlueprintsText::tr("module \"%1\" is given twice").arg(key));
            continue;
        }
        seen.insert(key);
        if (!known.contains(key)) {
            r.problem(it->first,
                      BlueprintsText::tr("module \"%1\" is not supported by Sloop; supported: %2")
                          .arg(key, supportedModules().join(QStringLiteral(", "))));
            continue;
        }
        if (key == QLatin1String("package_update") || key == QLatin1String("apt_update"))
            c.packageUpdate = r.boolean(value, key).value_or(false) || c.packageUpdate;
        else if (key == QLatin1String("package_upgrade") || key == QLatin1String("apt_upgrade"))
            c.packageUpgrade = r.boolean(value, key).value_or(false) || c.packageUpgrade;
        else if (key == QLatin1String("preserve_hostname"))
            c.preserveHostname = r.boolean(value, key).value_or(false);
        else if (key == QLatin1String("packages"))
            readPackages(r, value, c);
        else if (key == QLatin1String("write_files"))
            readWriteFiles(r, value, c);
        else if (key == QLatin1String("runcmd"))
            readCommands(r, value, key, c.runcmd);
        else if (key == QLatin1String("bootcmd"))
            readCommands(r, value, key, c.bootcmd);
        else if (key == QLatin1String("users"))
            readUsers(r, value, c);
        else if (key == QLatin1String("groups"))
            readGroups(r, value, c);
        else if (key == QLatin1String("ssh_authorized_keys"))
            readAuthorizedKeys(r, value, key, c.sshAuthorizedKeys);
        else if (key == QLatin1String("hostname"))
            readHostname(r, value, key, c.hostname);
        else if (key == QLatin1String("fqdn"))
            readHostname(r, value, key, c.fqdn);
        else if (key == QLatin1String("timezone"))
            readTimezone(r, value, c);
        else if (key == QLatin1String("final_message"))
            c.finalMessage = r.string(value, key).value_or(QString());
    }
    // As cloud-init: a dotted hostname without fqdn is the fqdn.
    if (c.fqdn.isEmpty() && c.hostname.contains(QLatin1Char('.')))
        c.fqdn = c.hostname;
    if (c.hostname.isEmpty() && !c.fqdn.isEmpty())
        c.hostname = c.fqdn;
    c.hostname = c.hostname.section(QLatin1Char('.'), 0, 0);
    std::sort(out.problems.begin(), out.problems.end(), [](const auto &a, const auto &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

} // namespace sloop::blueprints
