#pragma once

#include <QDateTime>
#include <QString>

// Turning engine values into cell text. Names come from whoever created the
// resource, so they may hold newlines, bidi marks or thousands of characters;
// a cell must stay one readable line and never swallow its neighbours.
namespace sloop::models::text {

// One line: line breaks and other control characters become visible marks,
// and text longer than `maxChars` is cut with an ellipsis.
QString cell(const QString &value, int maxChars = 200);

// A tooltip with the full value, capped so a hostile name cannot build a
// window-sized tooltip.
QString tooltip(const QString &value);

// "5.3 MB": SI units, as the docker CLI prints sizes.
QString size(qint64 bytes);

// "just now", "5 minutes ago", "3 days ago"; empty for an invalid time.
QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

// "sha256:0123456789abcdef..." -> "0123456789ab".
QString shortId(const QString &id);

} // namespace sloop::models::text
