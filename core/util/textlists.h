#pragma once

#include <QString>
#include <QStringList>

namespace sloop {

// "a, b,,c " → {"a", "b", "c"}: what a person types as a list in a field
// or after an option, each part trimmed, empty ones dropped.
inline QStringList splitList(const QString &text, QChar separator = QLatin1Char(','))
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace sloop
