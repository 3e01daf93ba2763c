#pragma once

#include "metrics/seriespoint.h"

#include <QList>

// Thinning a series to what a chart can show (one or two vertices per pixel
// column) without hiding what matters: the highest and lowest values of every
// bucket are kept, so a one-sample CPU spike in two weeks of data still shows,
// and no point is ever made up (the result is a subset of the input, in time
// order).
namespace sloop::metrics {

// Gaps: two neighbours more than kGapFactor × stepMs apart have nothing
// between them (the sampler was off, the host down); lines break there.
inline constexpr double kGapFactor = 2.5;

// The median spacing of `points` (sorted by time); 0 with fewer than two.
qint64 medianSpacing(const QList<SeriesPoint> &points);

// `points` (sorted by time) cut at every gap. stepMs <= 0: the median spacing.
QList<QList<SeriesPoint>> splitAtGaps(const QList<SeriesPoint> &points, qint64 stepMs);

// The points of [fromMs, toMs] reduced to at most four per bucket (of
// `buckets` equal slices of the range): those holding the lowest and highest
// avg, the lowest min and the highest max. Each gap-free run is reduced on
// its own, so the points bordering a gap are kept and the gap stays at least
// as wide as it was. Ranges with no more than 2 × buckets points come back
// unchanged (thinning them would not save a vertex per pixel).
QList<SeriesPoint> downsample(const QList<SeriesPoint> &points, qint64 fromMs, qint64 toMs,
                              int buckets, qint64 stepMs);

// downsample(), cut into its gap-free runs. This is what a chart draws: after
// thinning, neighbours within a run may lie up to two buckets apart, so the
// gaps cannot be found again from the spacing of the result.
QList<QList<SeriesPoint>> downsampleSegments(const QList<SeriesPoint> &points, qint64 fromMs,
                                             qint64 toMs, int buckets, qint64 stepMs);

} // namespace sloop::metrics
