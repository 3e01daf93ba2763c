#include "queuedepth.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace sloop::batch {

QList<DepthPoint> queueDepth(const QList<JobSpan> &jobs, qint64 fromMs, qint64 toMs, int points)
{
    QList<DepthPoint> out;
    if (points < 2 || toMs <= fromMs)
        return out;
    // A job waits over [created, started or stopped) and runs over
    // [started, stopped); an open end is "still". Counted as +1/-1 events.
    std::vector<std::pair<qint64, int>> waits, runs;
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    for (const JobSpan &j : jobs) {
        if (j.createdMs <= 0)
            continue;
        const qint64 waitEnd =
            j.startedMs > 0 ? j.startedMs : (j.stoppedMs > 0 ? j.stoppedMs : kNever);
        waits.push_back({j.createdMs, +1});
        waits.push_back({waitEnd, -1});
        if (j.startedMs > 0) {
            runs.push_back({j.startedMs, +1});
            runs.push_back({j.stoppedMs > 0 ? j.stoppedMs : kNever, -1});
        }
    }
    std::sort(waits.begin(), waits.end());
    std::sort(runs.begin(), runs.end());
    // Each point holds the most at any moment since the one before, so a
    // job shorter than the spacing still shows. Events at one instant are
    // applied together (ends sort first) before the peak is taken.
    size_t wi = 0, ri = 0;
    int waiting = 0, running = 0;
    for (int i = 0; i < points; ++i) {
        const qint64 t = fromMs + (toMs - fromMs) * i / (points - 1);
        int mostWaiting = waiting; // what stood since the point before
        int mostRunning = running;
        while ((wi < waits.size() && waits[wi].first <= t) ||
               (ri < runs.size() && runs[ri].first <= t)) {
            const qint64 at = std::min(wi < waits.size() ? waits[wi].first : kNever,
                                       ri < runs.size() ? runs[ri].first : kNever);
            while (wi < waits.size() && waits[wi].first == at)
                waiting += waits[wi++].second;
            while (ri < runs.size() && runs[ri].first == at)
                running += runs[ri++].second;
            mostWaiting = std::max(mostWaiting, waiting);
            mostRunning = std::max(mostRunning, running);
        }
        if (i == 0) { // the first point: what stands at fromMs
            mostWaiting = waiting;
            mostRunning = running;
        }
        out.append({t, mostWaiting, mostRunning});
    }
    return out;
}

} // namespace sloop::batch
