#include "blueprintfile.h"

#include "blueprintstext.h"
#include "cloudconfig.h"
#include "yamlreader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sloop::blueprints {

namespace {

// Index of the "---" line that ends the metadata, or -1.
qsizetype separatorLine(const QList<QByteArray> &lines)
{
    bool content = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray l = lines.at(i).trimmed();
        if (l == "---" && content)
            return i;
        if (!l.isEmpty() && !l.startsWith('#') && l != "---")
            content = true;
    }
    return -1;
}

void readPorts(const YamlReader &r, const YAML::Node &node, Blueprint &b)
{
    if (!r.expectSequence(node, QStringLiteral("sloop.ports")))
        return;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const QString where = QStringLiteral("sloop.ports[%1]").arg(i);
        if (!r.expectMap(node[i], where))
            continue;
        BlueprintPort port;
        r.forEachKey(
            node[i], where,
            {QStringLiteral("port"), QStringLiteral("protocol"), QStringLiteral("description")},
            [&](const QString &key, const YAML::Node &v) {
                const QString at = where + QLatin1Char('.') + key;
                if (key == QLatin1String("port")) {
                    port.port = r.integer(v, at, 1, 65535).value_or(0);
                } else if (key == QLatin1String("protocol")) {
                    port.protocol = r.string(v, at).value_or(QString());
                    if (port.protocol != QLatin1String("tcp") &&
                        port.protocol != QLatin1String("udp"))
                        r.problem(v, BlueprintsText::tr("%1: tcp or udp").arg(at));
                } else {
                    port.description = r.string(v, at).value_or(QString());
                }
            });
        if (port.port == 0 && !node[i]["port"])
            r.problem(node[i], BlueprintsText::tr("%1: \"port\" is required").arg(where));
        b.ports.append(port);
    }
}

void readHealth(const YamlReader &r, const YAML::Node &node, Blueprint &b)
{
    const QString where = QStringLiteral("sloop.health");
    if (!r.expectMap(node, where))
        return;
    HealthCheck &h = b.health;
    QString kind;
    r.forEachKey(node, where,
                 {QStringLiteral("kind"), QStringLiteral("port"), QStringLiteral("path"),
                  QStringLiteral("command"), QStringLiteral("timeout")},
                 [&](const QString &key, const YAML::Node &v) {
                     const QString at = where + QLatin1Char('.') + key;
                     if (key == QLatin1String("kind"))
                         kind = r.string(v, at).value_or(QString());
                     else if (key == QLatin1String("port"))
                         h.port = r.integer(v, at, 1, 65535).value_or(0);
                     else if (key == QLatin1String("path"))
                         h.path = r.string(v, at).value_or(QString());
                     else if (key == QLatin1String("command"))
                         h.command = r.string(v, at).value_or(QString());
                     else
                         h.timeoutSeconds = r.integer(v, at, 1, 3600).value_or(300);
                 });
    if (kind == QLatin1String("http"))
        h.kind = HealthCheck::Http;
    else if (kind == QLatin1String("tcp"))
        h.kind = HealthCheck::Tcp;
    else if (kind == QLatin1String("command"))
        h.kind = HealthCheck::Command;
    else if (kind == QLatin1String("none"))
        h.kind = HealthCheck::None;
    else
        r.problem(node, BlueprintsText::tr("%1.kind: one of http, tcp, command, none").arg(where));
    if ((h.kind == HealthCheck::Http || h.kind == HealthCheck::Tcp) && h.port == 0)
        r.problem(node, BlueprintsText::tr("%1: a %2 check needs a port").arg(where, kind));
    if (h.kind == HealthCheck::Http && !h.path.startsWith(QLatin1Char('/')))
        r.problem(node,
                  BlueprintsText::tr("%1: an http check needs a path starting with /").arg(where));
    if (h.kind == HealthCheck::Command && h.command.trimmed().isEmpty())
        r.problem(node, BlueprintsText::tr("%1: a command check needs a command").arg(where));
}

QString resolveIcon(const QString &icon, const QString &source)
{
    if (icon.isEmpty() || icon.startsWith(QLatin1Char(':')) || icon.startsWith(QLatin1Char('/')))
        return icon;
    return QFileInfo(source).path() + QLatin1Char('/') + icon;
}

void readMetadata(const YamlReader &r, const YAML::Node &sloop, Blueprint &b)
{
    static const QRegularExpression osRule(QStringLiteral("^[a-z]+-[0-9][0-9.]*$"));
    static const QRegularExpression planRule(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    static const QRegularExpression iconRule(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_./-]*$"));
    const QString where = QStringLiteral("sloop");
    if (!r.expectMap(sloop, where))
        return;
    r.forEachKey(
        sloop, where,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
         QStringLiteral("description"), QStringLiteral("icon"), QStringLiteral("base_os"),
         QStringLiteral("minimum_plan"), QStringLiteral("ports"), QStringLiteral("health"),
         QStringLiteral("notes")},
        [&](const QString &key, const YAML::Node &v) {
            const QString at = where + QLatin1Char('.') + key;
            if (key == QLatin1String("ports"))
                return readPorts(r, v, b);
            if (key == QLatin1String("health"))
                return readHealth(r, v, b);
            const QString value = r.string(v, at).value_or(QString());
            auto check = [&](bool good, const QString &what) {
                if (!good)
                    r.problem(v, BlueprintsText::tr("%1: \"%2\" is not %3").arg(at, value, what));
            };
            if (key == QLatin1String("id")) {
                b.id = value;
                check(isValidBlueprintId(value),
                      BlueprintsText::tr("an id ([a-z0-9.-], at most 64)"));
            } else if (key == QLatin1String("name")) {
                b.name = value.trimmed();
            } else if (key == QLatin1String("category")) {
                b.category =
                    value == QLatin1String("os") ? Blueprint::OsOnly : Blueprint::AppsAndOs;
                check(value == QLatin1String("os") || value == QLatin1String("apps"),
                      BlueprintsText::tr("os or apps"));
            } else if (key == QLatin1String("description")) {
                b.description = value.trimmed();
            } else if (key == QLatin1String("icon")) {
                b.icon = value;
                check(iconRule.match(value).hasMatch() && !value.contains(QLatin1String("..")),
                      BlueprintsText::tr("a relative file name such as icons/nginx.svg"));
            } else if (key == QLatin1String("base_os")) {
                b.baseOs = value;
                check(osRule.match(value).hasMatch(),
                      BlueprintsText::tr("an OS such as debian-12"));
            } else if (key == QLatin1String("minimum_plan")) {
                b.minimumPlan = value;
                check(planRule.match(value).hasMatch(),
                      BlueprintsText::tr("a plan id such as small"));
            } else if (key == QLatin1String("notes")) {
                b.notes = value.trimmed();
            }
        });
    if (b.id.isEmpty() || b.name.isEmpty() || !sloop["category"] || b.baseOs.isEmpty())
        r.problem(sloop, BlueprintsText::tr("sloop: id, name, category and base_os are required"));
}

} // namespace

BlueprintParse parseBlueprint(const QByteArray &text, const QString &source)
{
    BlueprintParse out;
    Blueprint &b = out.blueprint;
    b.source = source;
    const QList<QByteArray> lines = text.split('\n');
    const qsizetype separator = separatorLine(lines);
    if (separator < 0) {
        out.problems.append(
            {0, 0,
             BlueprintsText::tr("no \"---\" line: a blueprint is the sloop: metadata, a line "
                                "\"---\", then the #cloud-config user-data")});
        return out;
    }
    const YamlReader r(&out.problems);
    try {
        const YAML::Node meta = YAML::Load(lines.mid(0, separator).join('\n').toStdString());
        if (r.expectMap(meta, QStringLiteral("the metadata document"))) {
            r.forEachKey(meta, QStringLiteral("the metadata document"), {QStringLiteral("sloop")},
                         [&](const QString &, const YAML::Node &v) { readMetadata(r, v, b); });
            if (!meta["sloop"])
                r.problem(meta,
                          BlueprintsText::tr("the metadata document needs a \"sloop:\" mapping"));
        }
    } catch (const YAML::Exception &e) {
        r.problem(e.mark, BlueprintsText::tr("not valid YAML: %1").arg(fromYaml(e.msg)));
    }
    b.userData = lines.mid(separator + 1).join('\n');
    b.userDataLine = int(separator) + 2;
    b.icon = resolveIcon(b.icon, source);
    if (b.userData.trimmed().isEmpty())
        out.problems.append(
            {int(separator) + 1, 1,
             BlueprintsText::tr("the user-data after \"---\" is empty; start it with "
                                "#cloud-config")});
    else
        out.problems += parseCloudConfig(b.userData, int(separator) + 1).problems;
    return out;
}

Result<QByteArray> serializeBlueprint(const Blueprint &b)
{
    YAML::Emitter e;
    auto str = [](const QString &s) {
        return s.toStdString();
    };
    e << YAML::BeginMap << YAML::Key << "sloop" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "id" << YAML::Value << str(b.id);
    e << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << str(b.name);
    e << YAML::Key << "category" << YAML::Value << str(categoryKey(b.category));
    if (!b.description.isEmpty())
        e << YAML::Key << "description" << YAML::Value << YAML::DoubleQuoted << str(b.description);
    if (!b.icon.isEmpty())
        e << YAML::Key << "icon" << YAML::Value << str(b.icon);
    e << YAML::Key << "base_os" << YAML::Value << str(b.baseOs);
    if (!b.minimumPlan.isEmpty())
        e << YAML::Key << "minimum_plan" << YAML::Value << str(b.minimumPlan);
    if (!b.ports.isEmpty()) {
        e << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq;
        for (const BlueprintPort &p : b.ports)
            e << YAML::Flow << YAML::BeginMap << YAML::Key << "port" << YAML::Value << p.port
              << YAML::Key << "protocol" << YAML::Value << str(p.protocol) << YAML::EndMap;
        e << YAML::EndSeq;
    }
    if (b.health.kind != HealthCheck::None) {
        e << YAML::Key << "health" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "kind" << YAML::Value << str(healthKindKey(b.health.kind));
        if (b.health.port)
            e << YAML::Key << "port" << YAML::Value << b.health.port;
        if (!b.health.path.isEmpty())
            e << YAML::Key << "path" << YAML::Value << str(b.health.path);
        if (!b.health.command.isEmpty())
            e << YAML::Key << "command" << YAML::Value << YAML::DoubleQuoted
              << str(b.health.command);
        e << YAML::Key << "timeout" << YAML::Value << b.health.timeoutSeconds;
        e << YAML::EndMap;
    }
    if (!b.notes.isEmpty())
        e << YAML::Key << "notes" << YAML::Value << YAML::DoubleQuoted << str(b.notes);
    e << YAML::EndMap << YAML::EndMap;
    if (!e.good())
        return Result<QByteArray>::failure(
            BlueprintsText::tr("cannot write the blueprint: %1").arg(fromYaml(e.GetLastError())));
    QByteArray out = "# A Sloop blueprint: metadata, a \"---\" line, then the user-data.\n";
    out += QByteArray(e.c_str()) + "\n---\n" + b.userData;
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

} // namespace sloop::blueprints
