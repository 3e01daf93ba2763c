#pragma once

#include <QRegularExpression>
#include <QString>

namespace sloop::widgets {

// The names the Docker engine accepts for volumes (and, kept the same for
// clarity, for networks Sloop creates): a letter or digit, then letters,
// digits, '_', '.' or '-'.
inline bool isValidResourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-zA-Z0-9][a-zA-Z0-9_.-]*\\z"));
    return pattern.match(name).hasMatch();
}

} // namespace sloop::widgets
