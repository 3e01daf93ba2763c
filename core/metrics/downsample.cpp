#include "metrics/downsample.h"

#include <algorithm>
#include <array>

namespace sloop::metrics {

namespace {

// The run of `points` inside [fromMs, toMs], as indexes [first, last).
std::pair<qsizetype, qsizetype> rangeOf(const QList<SeriesPoint> &points, qint64 fromMs,
                                        qint64 toMs)
{
    const auto lower =
        std::lower_bound(points.cbegin(), points.cend(), fromMs,
                         [](const SeriesPoint &p, qint64 t) { return p.timeMs < t; });
    const auto upper = std::upper_bound(
        lower, points.cend(), toMs, [](qint64 t, const SeriesPoint &p) { return t < p.timeMs; });
    return {lower - points.cbegin(), upper - points.cbegin()};
}

// Appends the extremes of each bucket of one gap-free run.
void reduceRun(const SeriesPoint *begin, const SeriesPoint *end, qint64 fromMs, qint64 spanMs,
               int buckets, QList<SeriesPoint> &out)
{
    const SeriesPoint *p = begin;
    while (p != end) {
        // No overflow: spans are ms over at most years and buckets a few
        // thousand, so the product stays far below 2^63.
        const qint64 bucket =
            std::min<qint64>(buckets - 1, (p->timeMs - fromMs) * buckets / spanMs);
        const SeriesPoint *lowAvg = p, *highAvg = p, *lowMin = p, *highMax = p;
        const SeriesPoint *q = p;
        for (; q != end; ++q) {
            if (std::min<qint64>(buckets - 1, (q->timeMs - fromMs) * buckets / spanMs) != bucket)
                break;
            if (q->avg < lowAvg->avg)
                lowAvg = q;
            if (q->avg > highAvg->avg)
                highAvg = q;
            if (q->min < lowMin->min)
                lowMin = q;
            if (q->max > highMax->max)
                highMax = q;
        }
        std::array<const SeriesPoint *, 4> keep{lowAvg, highAvg, lowMin, highMax};
        std::sort(keep.begin(), keep.end());
        const SeriesPoint *previous = nullptr;
        for (const SeriesPoint *k : keep) {
            if (k != previous)
                out.append(*k);
            previous = k;
        }
        p = q;
    }
}

} // namespace

qint64 medianSpacing(const QList<SeriesPoint> &points)
{
    if (points.size() < 2)
        return 0;
    QList<qint64> spacing;
    spacing.reserve(points.size() - 1);
    for (qsizetype i = 1; i < points.size(); ++i)
        spacing.append(points.at(i).timeMs - points.at(i - 1).timeMs);
    const auto middle = spacing.begin() + spacing.size() / 2;
    std::nth_element(spacing.begin(), middle, spacing.end());
    return *middle;
}

QList<QList<SeriesPoint>> splitAtGaps(const QList<SeriesPoint> &points, qint64 stepMs)
{
    QList<QList<SeriesPoint>> runs;
    if (points.isEmpty())
        return runs;
    if (stepMs <= 0)
        stepMs = medianSpacing(points);
    const double gap = kGapFactor * double(stepMs);
    qsizetype start = 0;
    for (qsizetype i = 1; i <= points.size(); ++i) {
        if (i == points.size() ||
            (stepMs > 0 && double(points.at(i).timeMs - points.at(i - 1).timeMs) > gap)) {
            runs.append(points.mid(start, i - start));
            start = i;
        }
    }
    return runs;
}

QList<QList<SeriesPoint>> downsampleSegments(const QList<SeriesPoint> &points, qint64 fromMs,
                                             qint64 toMs, int buckets, qint64 stepMs)
{
    const auto [first, last] = rangeOf(points, fromMs, toMs);
    if (first >= last || toMs < fromMs)
        return {};
    const QList<SeriesPoint> inRange = points.mid(first, last - first);
    // Gaps are judged on the whole series' spacing, not the visible part's.
    if (stepMs <= 0)
        stepMs = medianSpacing(points);
    QList<QList<SeriesPoint>> runs = splitAtGaps(inRange, stepMs);
    if (buckets <= 0 || inRange.size() <= 2 * qsizetype(buckets))
        return runs;
    const qint64 spanMs = std::max<qint64>(1, toMs - fromMs + 1);
    for (QList<SeriesPoint> &run : runs) {
        QList<SeriesPoint> reduced;
        reduced.reserve(std::min<qsizetype>(run.size(), 4 * qsizetype(buckets)));
        reduceRun(run.constData(), run.constData() + run.size(), fromMs, spanMs, buckets, reduced);
        run = std::move(reduced);
    }
    return runs;
}

QList<SeriesPoint> downsample(const QList<SeriesPoint> &points, qint64 fromMs, qint64 toMs,
                              int buckets, qint64 stepMs)
{
    QList<SeriesPoint> out;
    for (const QList<SeriesPoint> &run : downsampleSegments(points, fromMs, toMs, buckets, stepMs))
        out.append(run);
    return out;
}

} // namespace sloop::metrics
