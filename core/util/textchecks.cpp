#include "textchecks.h"

#include <QRegularExpression>

namespace sloop::text {

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool hasSpaceOrControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isPlainName(const QString &s)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$"));
    return rule.match(s).hasMatch();
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString trimmed = t.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out.append(trimmed);
    }
    out.sort();
    return out;
}

} // namespace sloop::text
