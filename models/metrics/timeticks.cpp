#include "metrics/timeticks.h"

#include <QDateTime>

namespace sloop::models {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

TimeTicks niceTimeTicks(qint64 fromMs, qint64 toMs, int maxTicks, const QLocale &locale)
{
    TimeTicks ticks;
    if (toMs <= fromMs || maxTicks < 1)
        return ticks;
    static const qint64 steps[] = {
        10 * 1000,    15 * 1000,    30 * 1000, kMinute,   2 * kMinute, 5 * kMinute, 10 * kMinute,
        15 * kMinute, 30 * kMinute, kHour,     2 * kHour, 3 * kHour,   6 * kHour,   12 * kHour,
        kDay,         2 * kDay,     7 * kDay,  14 * kDay, 28 * kDay};
    const qint64 span = toMs - fromMs;
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (span / s + 1 <= maxTicks) {
            step = s;
            break;
        }
    }
    // Count steps from the local midnight before `fromMs`, so hours land on
    // the hour and days on midnight in the user's time zone.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const qint64 midnight = from.date().startOfDay().toMSecsSinceEpoch();
    qint64 t = midnight + ((fromMs - midnight + step - 1) / step) * step;
    const bool days = step >= kDay;
    for (; t <= toMs; t += step) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t);
        QString label;
        if (days)
            label = locale.toString(at.date(), span > 8 * kDay ? QStringLiteral("d MMM")
                                                               : QStringLiteral("ddd d"));
        else if (at.time() == QTime(0, 0) && span > 6 * kHour)
            label = locale.toString(at.date(), QStringLiteral("ddd d"));
        else if (step < kMinute)
            label = locale.toString(at.time(), QStringLiteral("HH:mm:ss"));
        else
            label = locale.toString(at.time(), QStringLiteral("HH:mm"));
        // Category axes need distinct labels; a range of exactly a day has the
        // same hour at both ends.
        while (ticks.labels.contains(label))
            label.append(QChar(0x200B)); // zero-width space
        ticks.values.append(t);
        ticks.labels.append(label);
    }
    return ticks;
}

} // namespace sloop::models
