#pragma once

#include "engine/dockertypes.h"
#include "metricpoint.h"

#include <QHash>
#include <QString>

namespace sloop::metrics {

// Turns one engine's stats samples (containers::StatsSampler) into points:
// container/ENGINE/NAME for each container and engine/ENGINE sums.
//
// The engine's network and block I/O figures are counters since the
// container started; rates come from two samples of the same container,
// timed by the engine's own "read" stamps (not by when the answers arrived,
// which a busy engine delays). A counter that went down means the container
// restarted: that pair gives no rates, the next pair does.
//
// Thread-safety: use from one thread.
class ContainerMetrics
{
public:
    explicit ContainerMetrics(QString engineName);

    const QString &engineName() const { return m_engine; }

    // The points of one sample, stamped `timeMs`. `name` is the container's
    // name (the target key uses it, so the series survive a re-created
    // container). cpu needs the sampler's cpuPercent (absent on a first
    // sample or after a restart); rates need an earlier sample of the same id.
    MetricBatch add(const QString &name, const engine::StatsSample &sample, qint64 timeMs);

    // A container stopped or went away: its next sample starts afresh and
    // it no longer counts in the engine's sums.
    void forget(const QString &id);

    // engine/ENGINE: cpu and mem_used summed over the containers sampled
    // within `maxAgeMs` before `timeMs`, and `running` as containers_running.
    MetricBatch engineTotals(int running, qint64 timeMs, qint64 maxAgeMs) const;

    int trackedCount() const { return int(m_last.size()); }

private:
    struct Last
    {
        engine::StatsSample sample;
        qint64 seenMs = 0; // the `timeMs` of its points
    };

    QString m_engine;
    QHash<QString, Last> m_last; // by container id
};

} // namespace sloop::metrics
