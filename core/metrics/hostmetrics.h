#pragma once

#include "metrics/hostframe.h"
#include "metrics/metricpoint.h"

#include <optional>

namespace sloop::metrics {

// The points of one host between two of its frames (metricnames.h): gauges
// (memory, load, processes, uptime, disk usage when the frame has df) from
// `current`, rates and CPU percentages from the counter deltas.
//
// Time for rates is the host's own monotonic clock (/proc/uptime deltas), so
// a wall clock set back or forward on either side changes no rate; without
// /proc/uptime, the frames' sequence × interval. No rates at all for the
// pair when the uptime went down (a reboot) or the frames belong to two
// streams; none for one counter that went down unless a 32- or 64-bit wrap
// explains it, nor for a delta no hardware could make in that time (a
// counter that read 0 and then 2^64-1).
MetricBatch deriveHostMetrics(const QString &targetKey, const HostFrame &previous,
                              const HostFrame &current);

// The delta of a counter that may have wrapped (32 or 64 bits), or nullopt
// when it went back (a reset) or moved more than `maxDelta`.
std::optional<quint64> counterDelta(quint64 previous, quint64 current, double maxDelta);

// Seconds between two frames on the host's monotonic clock, or nullopt
// when no rate may be taken between them (see above).
std::optional<double> secondsBetween(const HostFrame &previous, const HostFrame &current);

} // namespace sloop::metrics
