#pragma once

#include <QList>
#include <QLocale>
#include <QStringList>

namespace sloop::models {

// Round times for a chart's time axis: every 5 min, 1 h, 6 h, 1 day ... in
// local time, at most maxTicks of them inside [fromMs, toMs], labelled
// "14:30", or "Tue 14" at midnight, or "3 Jan" when days are the step.
struct TimeTicks
{
    QList<qint64> values; // epoch ms, increasing
    QStringList labels;   // as many as values, all different
};
TimeTicks niceTimeTicks(qint64 fromMs, qint64 toMs, int maxTicks,
                        const QLocale &locale = QLocale());

} // namespace sloop::models
