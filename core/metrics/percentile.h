#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

namespace sloop::metrics {

// The p-th percentile of sorted values by nearest rank, as CloudWatch's
// percentile statistics; 0 for none.
inline double nearestRankPercentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace sloop::metrics
