#pragma once

#include <QString>
#include <QStringList>

namespace sloop::functions {

// A filter over log lines in CloudWatch Logs' pattern syntax for
// unstructured events, as `aws logs filter-log-events --filter-pattern`
// and Lambda's console take it: every plain term must be in the line
// (`ERROR timeout`), `"a phrase"` is one term, `-term` must not be, and
// `?a ?b` matches a line with any of them. Case-sensitive, as CloudWatch
// is. An empty pattern matches every line.
class LogFilter
{
public:
    LogFilter() = default;
    explicit LogFilter(const QString &pattern);

    bool isEmpty() const { return m_all.isEmpty() && m_none.isEmpty() && m_any.isEmpty(); }
    bool matchesLine(QStringView line) const;
    // Some line of a (multi-line) log matches.
    bool matches(const QString &log) const;
    // Terms every matching log has somewhere: to narrow a query first.
    const QStringList &required() const { return m_all; }

private:
    QStringList m_all;
    QStringList m_none;
    QStringList m_any;
};

} // namespace sloop::functions
