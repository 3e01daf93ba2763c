#pragma once

#include "engine/dockertypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::containers {

class ContainerInventory;

// CPU% between two raw samples, the docker CLI's formula: the container's
// share of the host's CPU time, times the number of online CPUs.
double cpuPercentBetween(const engine::StatsSample &previous, const engine::StatsSample &current);

// Samples the engine's stats for every running container of an inventory,
// one-shot each tick (no two-second engine wait, no stream per container),
// computing CPU% from its own previous sample, and keeps a short history for
// charts. The engine answers a one-shot request at its next once-a-second
// collection, so a request mostly waits: enough may be in flight for a
// round of a few dozen containers to fit in one second, and no more.
class StatsSampler : public QObject
{
    Q_OBJECT
public:
    StatsSampler(ContainerInventory *inventory, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    // A page showing the numbers turns sampling on while it is visible.
    void setActive(bool active);
    // The metrics collector keeps sampling on whatever pages do; sampling
    // runs while either wants it.
    void setCollecting(bool collecting);
    bool isCollecting() const { return m_collecting; }
    bool isActive() const { return m_timer.isActive(); }

    std::optional<engine::StatsSample> latest(const QString &id) const;
    QList<engine::StatsSample> history(const QString &id) const;
    static constexpr int kHistory = 300; // samples kept per container

Q_SIGNALS:
    void sampled(const sloop::engine::StatsSample &sample);

private:
    void updateTimer();
    void tick();
    void pump();
    void onSample(const QString &id, const engine::StatsSample &sample);

    ContainerInventory *m_inventory;
    QTimer m_timer;
    bool m_viewActive = false;
    bool m_collecting = false;
    QList<QString> m_queue;
    QSet<QString> m_inFlight;
    QHash<QString, QList<engine::StatsSample>> m_history;
    static constexpr int kMaxInFlight = 32;
};

} // namespace sloop::containers
