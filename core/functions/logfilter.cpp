#include "logfilter.h"

namespace sloop::functions {

namespace {

// Splits on spaces, keeping "quoted phrases" (without their quotes) whole;
// a term's leading - or ? stays in front of its phrase.
QStringList terms(const QString &pattern)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool started = false;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            started = true;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (started)
                out << current;
            current.clear();
            started = false;
            continue;
        }
        current += c;
        started = true;
    }
    if (started)
        out << current;
    return out;
}

} // namespace

LogFilter::LogFilter(const QString &pattern)
{
    for (const QString &term : terms(pattern)) {
        if (term.size() > 1 && term.startsWith(QLatin1Char('-')))
            m_none << term.mid(1);
        else if (term.size() > 1 && term.startsWith(QLatin1Char('?')))
            m_any << term.mid(1);
        else if (!term.isEmpty())
            m_all << term;
    }
}

bool LogFilter::matchesLine(QStringView line) const
{
    for (const QString &term : m_all)
        if (!line.contains(term))
            return false;
    for (const QString &term : m_none)
        if (line.contains(term))
            return false;
    if (m_any.isEmpty())
        return true;
    for (const QString &term : m_any)
        if (line.contains(term))
            return true;
    return false;
}

bool LogFilter::matches(const QString &log) const
{
    if (isEmpty())
        return true;
    for (const QStringView line : QStringView(log).split(QLatin1Char('\n')))
        if (matchesLine(line))
            return true;
    return false;
}

} // namespace sloop::functions
