#include "blueprintstext.h"
#include "cloudconfigreaders.h"

#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <sstream>
#include <vector>

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

namespace {

// Counts documents without building them, and at most two.
class DocumentCounter : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override { marks.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
    }
    void OnMapEnd() override {}
    std::vector<YAML::Mark> marks;
};

// Where a second document starts, if there is one.
std::optional<YAML::Mark> secondDocument(const std::string &text)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentCounter counter;
    for (int i = 0; i < 2 && parser.HandleNextDocument(counter); ++i) {
    }
    // A "document" that starts where the first did is the parser going
    // round on a token it cannot take (the same bug), not a second one.
    if (counter.marks.size() < 2 || counter.marks.at(1).pos == counter.marks.at(0).pos)
        return std::nullopt;
    return counter.marks.at(1);
}

} // namespace

CloudConfigParse parseCloudConfig(const QByteArray &userData, int lineOffset)
{
    CloudConfigParse out;
    if (userData.trimmed().isEmpty())
        return out;
    if (!checkHeader(userData, lineOffset, out.problems))
        return out;

    // The first document with Load, and whether there is a second counted
    // apart: Debian 12's yaml-cpp (0.7) LoadAll never ends on some inputs,
    // "," among them, and fills memory (jbeder/yaml-cpp#1040; found by
    // fuzz_cloudconfig).
    YAML::Node root;
    std::optional<YAML::Mark> second;
    try {
        const std::string text = userData.toStdString();
        root = YAML::Load(text);
        second = secondDocument(text);
    } catch (const YAML::Exception &e) {
        YamlReader(&out.problems, lineOffset)
            .problem(e.mark, BlueprintsText::tr("not valid YAML: %1").arg(fromYaml(e.msg)));
        return out;
    }
    const YamlReader r(&out.problems, lineOffset);
    if (second)
        r.problem(*second, BlueprintsText::tr(
                               "user-data must be one YAML document; remove the \"---\" line"));
    if (root.IsNull())
        return out;
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
