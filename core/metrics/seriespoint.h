#pragma once

#include <QtGlobal>

namespace sloop::metrics {

// One point of a stored series: a raw sample (avg, min and max all equal)
// or a rollup over a minute or an hour.
struct SeriesPoint
{
    qint64 timeMs = 0;
    double avg = 0;
    double min = 0;
    double max = 0;
};

} // namespace sloop::metrics
