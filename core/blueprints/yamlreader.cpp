#include "yamlreader.h"

#include "blueprintstext.h"

#include <QRegularExpression>
#include <QSet>

namespace sloop::blueprints {

namespace {

bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern));
    return re.match(text).hasMatch();
}

} // namespace

QString fromYaml(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void YamlReader::problem(const YAML::Mark &at, const QString &message) const
{
    const bool known = !at.is_null() && at.line >= 0;
    m_problems->append(
        {known ? at.line + 1 + m_lineOffset : 0, known ? at.column + 1 : 0, message});
}

void YamlReader::problem(const YAML::Node &at, const QString &message) const
{
    problem(at.Mark(), message);
}

int YamlReader::line(const YAML::Node &node) const
{
    const YAML::Mark m = node.Mark();
    return m.is_null() ? 0 : m.line + 1 + m_lineOffset;
}

std::optional<bool> YamlReader::plainBoolean(const YAML::Node &node)
{
    if (!node.IsScalar() || !isPlain(node))
        return std::nullopt;
    const QString s = fromYaml(node.Scalar());
    if (matches(s, "^(yes|Yes|YES|true|True|TRUE|on|On|ON)$"))
        return true;
    if (matches(s, "^(no|No|NO|false|False|FALSE|off|Off|OFF)$"))
        return false;
    return std::nullopt;
}

bool YamlReader::looksNumeric(const YAML::Node &node)
{
    if (!node.IsScalar() || !isPlain(node))
        return false;
    return matches(fromYaml(node.Scalar()),
                   "^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|"
                   "([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?)$");
}

QString YamlReader::describe(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return BlueprintsText::tr("nothing");
    if (node.IsSequence())
        return BlueprintsText::tr("a list");
    if (node.IsMap())
        return BlueprintsText::tr("a mapping");
    if (node.Tag() == "tag:yaml.org,2002:bool" || plainBoolean(node))
        return BlueprintsText::tr("a boolean");
    if (looksNumeric(node))
        return BlueprintsText::tr("a number");
    return BlueprintsText::tr("a string");
}

std::optional<bool> YamlReader::boolean(const YAML::Node &node, const QString &where) const
{
    if (const std::optional<bool> b = plainBoolean(node))
        return b;
    if (node.IsScalar() && node.Tag() == "tag:yaml.org,2002:bool") {
        const QString s = fromYaml(node.Scalar()).toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("off"))
            return false;
    }
    problem(node,
            BlueprintsText::tr("%1 must be true or false, not %2").arg(where, describe(node)));
    return std::nullopt;
}

std::optional<QString> YamlReader::string(const YAML::Node &node, const QString &where) const
{
    if (!node.IsScalar() || (isPlain(node) && plainBoolean(node)) ||
        node.Tag() == "tag:yaml.org,2002:bool") {
        problem(node, BlueprintsText::tr("%1 must be a string, not %2").arg(where, describe(node)));
        return std::nullopt;
    }
    const QString s = fromYaml(node.Scalar());
    if (s.contains(QChar(0))) {
        problem(node, BlueprintsText::tr("%1 contains a NUL character").arg(where));
        return std::nullopt;
    }
    return s;
}

std::optional<int> YamlReader::integer(const YAML::Node &node, const QString &where, int min,
                                       int max) const
{
    bool ok = false;
    int value = 0;
    if (node.IsScalar() && (isPlain(node) || node.Tag() == "tag:yaml.org,2002:int"))
        value = fromYaml(node.Scalar()).toInt(&ok, 10);
    if (!ok || value < min || value > max) {
        problem(node, BlueprintsText::tr("%1 must be a whole number from %2 to %3")
                          .arg(where)
                          .arg(min)
                          .arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<QStringList> YamlReader::stringList(const YAML::Node &node, const QString &where,
                                                  bool commaString) const
{
    if (commaString && node.IsScalar() && !plainBoolean(node)) {
        QStringList out;
        for (const QString &part : fromYaml(node.Scalar()).split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
        return out;
    }
    if (!node.IsSequence()) {
        problem(
            node,
            BlueprintsText::tr("%1 must be a list of strings, not %2").arg(where, describe(node)));
        return std::nullopt;
    }
    QStringList out;
    bool ok = true;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const std::optional<QString> s =
            string(node[i], QStringLiteral("%1[%2]").arg(where).arg(i));
        if (s)
            out.append(*s);
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

bool YamlReader::expectMap(const YAML::Node &node, const QString &where) const
{
    if (node.IsMap())
        return true;
    problem(
        node,
        BlueprintsText::tr("%1 must be a mapping (key: value), not %2").arg(where, describe(node)));
    return false;
}

bool YamlReader::expectSequence(const YAML::Node &node, const QString &where) const
{
    if (node.IsSequence())
        return true;
    problem(node, BlueprintsText::tr("%1 must be a list (\"- item\" lines), not %2")
                      .arg(where, describe(node)));
    return false;
}

void YamlReader::forEachKey(
    const YAML::Node &map, const QString &where, const QStringList &known,
    const std::function<void(const QString &, const YAML::Node &)> &handle) const
{
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            problem(key, BlueprintsText::tr("%1: a key must be a plain word").arg(where));
            continue;
        }
        const QString name = fromYaml(key.Scalar());
        if (seen.contains(name)) {
            problem(key, BlueprintsText::tr("%1: \"%2\" is given twice").arg(where, name));
            continue;
        }
        seen.insert(name);
        if (!known.contains(name)) {
            problem(key, BlueprintsText::tr("%1: unknown key \"%2\" (known: %3)")
                             .arg(where, name, known.join(QStringLiteral(", "))));
            continue;
        }
        handle(name, it->second);
    }
}

} // namespace sloop::blueprints
