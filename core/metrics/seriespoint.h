#pragma once

#include <QtGlobal>

namespace sloop::metrics {

// One point of a series. Raw points have avg == min == max and count 1;
// a rollup's point carries the start of its minute or hour and how many
// samples it summarises (so rollups can be merged with the right weight).
struct SeriesPoint
{
    qint64 timeMs = 0;
    double avg = 0;
    double min = 0;
    double max = 0;
    qint64 count = 1;
};

} // namespace sloop::metrics
