#pragma once

// Private to core/blueprints: typed reads of yaml-cpp nodes that record a
// problem (with the node's line and column) instead of throwing, so one pass
// over a document lists everything wrong with it. Types follow YAML 1.1 as
// PyYAML resolves plain scalars, since that is how cloud-init reads them:
// yes/no/on/off are booleans, 0644 is octal, "0644" is a string.

#include "validationproblem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>

namespace sloop::blueprints {

class YamlReader
{
public:
    explicit YamlReader(QList<ValidationProblem> *problems, int lineOffset = 0)
        : m_problems(problems)
        , m_lineOffset(lineOffset)
    {
    }

    void problem(const YAML::Node &at, const QString &message) const;
    void problem(const YAML::Mark &at, const QString &message) const;
    int line(const YAML::Node &node) const;

    // "a list", "a mapping", "a boolean", "a number", "a string", "nothing".
    static QString describe(const YAML::Node &node);
    static bool isPlain(const YAML::Node &node) { return node.Tag() == "?"; }
    static std::optional<bool> plainBoolean(const YAML::Node &node);
    static bool looksNumeric(const YAML::Node &node);

    std::optional<bool> boolean(const YAML::Node &node, const QString &where) const;
    // Numbers are accepted as their text (versions, names); booleans, null
    // and collections are not. NUL characters are refused.
    std::optional<QString> string(const YAML::Node &node, const QString &where) const;
    std::optional<int> integer(const YAML::Node &node, const QString &where, int min,
                               int max) const;
    // A list of strings; with `commaString`, also "a, b" as cloud-init allows.
    std::optional<QStringList> stringList(const YAML::Node &node, const QString &where,
                                          bool commaString = false) const;
    bool expectMap(const YAML::Node &node, const QString &where) const;
    bool expectSequence(const YAML::Node &node, const QString &where) const;

    // Calls `handle` for each key of a mapping; a key not in `known` is a
    // problem naming it, a repeated key too.
    void forEachKey(const YAML::Node &map, const QString &where, const QStringList &known,
                    const std::function<void(const QString &, const YAML::Node &)> &handle) const;

private:
    QList<ValidationProblem> *m_problems;
    int m_lineOffset;
};

QString fromYaml(const std::string &text);

} // namespace sloop::blueprints
