#pragma once

#include "containermetrics.h"
#include "metricpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sloop::containers {
class ContainerInventory;
class StatsSampler;
struct ContainerDelta;
} // namespace sloop::containers

namespace sloop::metrics {

// The metrics of one engine: follows its inventory and stats sampler (the
// control plane's, shared with the Containers page) and turns each sample
// into container/ENGINE/NAME points, plus engine/ENGINE sums once an
// interval. Either object may go away with its engine; this one then goes
// quiet.
//
// Thread-safety: use on the thread of the inventory and sampler.
class EngineMetrics : public QObject
{
    Q_OBJECT
public:
    EngineMetrics(QString engineName, containers::ContainerInventory *inventory,
                  containers::StatsSampler *sampler, QObject *parent = nullptr);
    ~EngineMetrics() override;

    const QString &engineName() const { return m_metrics.engineName(); }
    void setIntervalSeconds(int seconds); // 1..60, default 5
    int intervalSeconds() const { return m_intervalSeconds; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // The running containers' names: the container targets of this engine.
    QStringList containerNames() const;

Q_SIGNALS:
    void sampled(const sloop::metrics::MetricBatch &batch);

private:
    void onSample(const engine::StatsSample &sample);
    void onChanged(const containers::ContainerDelta &delta);
    void emitTotals();
    int runningCount() const;

    ContainerMetrics m_metrics;
    QPointer<containers::ContainerInventory> m_inventory;
    QPointer<containers::StatsSampler> m_sampler;
    QTimer m_totals;
    int m_intervalSeconds = 5;
    bool m_running = false;
};

} // namespace sloop::metrics
