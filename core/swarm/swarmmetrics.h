#pragma once

#include "controlplane/ownerservice.h"
#include "metrics/metricpoint.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sloop::engine {
class EngineManager;
}

namespace sloop::swarm {

// Every Swarm service's task counts, from each engine Sloop knows that
// manages a swarm, as service/ENGINE/NAME points (tasks_running,
// tasks_desired, tasks_missing) every kIntervalMs: the charts of a
// service and alarms such as "running < desired for 2 minutes". Engines
// not in a swarm cost one GET /info each time. Only the owner runs it.
//
// Thread-safety: use on the thread that made it.
class SwarmMetrics : public QObject, public OwnerService
{
    Q_OBJECT
public:
    explicit SwarmMetrics(engine::EngineManager &engines, QObject *parent = nullptr);

    static constexpr int kIntervalMs = 15'000;

    void start() override;
    void stop() override;
    // One round now (tests; the timer does it otherwise).
    void sample();

Q_SIGNALS:
    void collected(const sloop::metrics::MetricBatch &batch);

private:
    engine::EngineManager &m_engines;
    QTimer m_timer;
    QSet<QString> m_asking; // engines with a round in flight
};

} // namespace sloop::swarm
