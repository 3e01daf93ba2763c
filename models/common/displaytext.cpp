#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace sloop::models::text {

namespace {

// Plurals through %n need an English .qm to read well; until one ships,
// one and many are separate source strings.
QString tr(const char *one, const char *many, qint64 n)
{
    if (n == 1)
        return QCoreApplication::translate("sloop::models::text", one);
    return QCoreApplication::translate("sloop::models::text", many, nullptr, int(n));
}

QString tr(const char *source)
{
    return QCoreApplication::translate("sloop::models::text", source);
}

constexpr int kTooltipMax = 4000;

} // namespace

QString cell(const QString &value, int maxChars)
{
    QString out;
    out.reserve(qMin<qsizetype>(value.size(), maxChars + 1));
    for (const QChar c : value) {
        if (out.size() >= maxChars) {
            out += QChar(0x2026); // …
            break;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QChar(0x21B5); // ↵ shows where the name breaks
        else if (c.category() == QChar::Other_Control)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    // Bidi controls stay (they may be part of a legitimate RTL name), but
    // the cell is isolated (FSI ... PDI) so an override cannot reorder text
    // drawn after it, such as the next tag in a joined list.
    static const QString kBidi = QStringLiteral("\u202A\u202B\u202D\u202E\u2066\u2067\u2068");
    for (const QChar c : kBidi) {
        if (out.contains(c))
            return QChar(0x2068) + out + QChar(0x2069);
    }
    return out;
}

QString tooltip(const QString &value)
{
    if (value.size() <= kTooltipMax)
        return value;
    return value.left(kTooltipMax) + QChar(0x2026);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return tr("in the future"); // a host clock ahead of ours
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("1 minute ago", "%n minutes ago", minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("1 hour ago", "%n hours ago", hours);
    const qint64 days = hours / 24;
    if (days < 31)
        return tr("1 day ago", "%n days ago", days);
    if (days < 365)
        return tr("1 month ago", "%n months ago", days / 30);
    return tr("1 year ago", "%n years ago", days / 365);
}

QString shortId(const QString &id)
{
    QString hex = id;
    const qsizetype colon = hex.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        hex = hex.mid(colon + 1);
    return hex.left(12);
}

} // namespace sloop::models::text
