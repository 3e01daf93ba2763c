#include "statustext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::containers {

namespace {

struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(Containers)
};

// Seconds for Docker's words; -1 for words it does not write.
qint64 secondsOf(const QString &words)
{
    if (words == QLatin1String("Less than a second"))
        return 0;
    if (words == QLatin1String("About a minute"))
        return 60;
    if (words == QLatin1String("About an hour"))
        return 3600;
    static const QRegularExpression counted(
        QStringLiteral("^(\\d+) (second|minute|hour|day|week|month|year)s?$"));
    const auto m = counted.match(words);
    if (!m.hasMatch())
        return -1;
    static const QHash<QString, qint64> unit{
        {QStringLiteral("second"), 1},        {QStringLiteral("minute"), 60},
        {QStringLiteral("hour"), 3600},       {QStringLiteral("day"), 86400},
        {QStringLiteral("week"), 7 * 86400},  {QStringLiteral("month"), 30 * 86400},
        {QStringLiteral("year"), 365 * 86400}};
    return m.captured(1).toLongLong() * unit.value(m.captured(2));
}

} // namespace

QString humanDuration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = seconds / 3600;
    // Singular and plural as separate texts: English has no plural form
    // file to turn "%n second(s)" into words.
    const auto counted = [](qint64 n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    if (seconds < 1)
        return StatusText::tr("Less than a second");
    if (seconds < 60)
        return counted(seconds, StatusText::tr("1 second"), StatusText::tr("%1 seconds"));
    if (minutes == 1)
        return StatusText::tr("About a minute");
    if (minutes < 60)
        return StatusText::tr("%1 minutes").arg(minutes);
    if (hours == 1)
        return StatusText::tr("About an hour");
    if (hours < 48)
        return StatusText::tr("%1 hours").arg(hours);
    if (hours < 24 * 7 * 2)
        return StatusText::tr("%1 days").arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return StatusText::tr("%1 weeks").arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return StatusText::tr("%1 months").arg(hours / 24 / 30);
    return StatusText::tr("%1 years").arg(hours / 24 / 365);
}

QString currentStatusText(const QString &status, const QDateTime &said, const QDateTime &now)
{
    if (!said.isValid() || !now.isValid())
        return status;
    const qint64 elapsed = qMax<qint64>(0, said.secsTo(now));
    static const QRegularExpression up(QStringLiteral("^Up (.+?)( \\([^)]*\\))?$"));
    static const QRegularExpression exited(QStringLiteral("^Exited \\((-?\\d+)\\) (.+) ago$"));
    if (const auto m = up.match(status); m.hasMatch()) {
        const qint64 seconds = secondsOf(m.captured(1));
        if (seconds < 0)
            return status;
        return StatusText::tr("Up %1").arg(humanDuration(seconds + elapsed)) + m.captured(2);
    }
    if (const auto m = exited.match(status); m.hasMatch()) {
        const qint64 seconds = secondsOf(m.captured(2));
        if (seconds < 0)
            return status;
        return StatusText::tr("Exited (%1) %2 ago")
            .arg(m.captured(1), humanDuration(seconds + elapsed));
    }
    return status;
}

} // namespace sloop::containers
