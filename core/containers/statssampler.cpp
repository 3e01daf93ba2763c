#include "statssampler.h"

#include "containerinventory.h"
#include "engine/dockerclient.h"

namespace sloop::containers {

using namespace sloop::engine;

double cpuPercentBetween(const StatsSample &previous, const StatsSample &current)
{
    if (current.systemCpu <= previous.systemCpu || current.cpuTotal < previous.cpuTotal)
        return -1; // restarted container or a counter that went backwards
    const double cpuDelta = double(current.cpuTotal - previous.cpuTotal);
    const double systemDelta = double(current.systemCpu - previous.systemCpu);
    const int cpus = current.onlineCpus > 0 ? current.onlineCpus : 1;
    return cpuDelta / systemDelta * cpus * 100.0;
}

StatsSampler::StatsSampler(ContainerInventory *inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &StatsSampler::tick);
    connect(inventory, &ContainerInventory::changed, this, [this](const ContainerDelta &delta) {
        for (const QString &id : delta.removed)
            m_history.remove(id);
        // A container that just started gets its first sample now, not a
        // whole interval later.
        bool started = false;
        for (const auto *list : {&delta.added, &delta.updated}) {
            for (const ContainerSummary &c : *list) {
                if (c.state == QLatin1String("running") && !m_history.contains(c.id)) {
                    m_queue.append(c.id);
                    started = true;
                }
            }
        }
        if (started && isActive())
            pump();
    });
}

void StatsSampler::setInterval(int ms)
{
    m_timer.setInterval(qBound(500, ms, 60000));
}

void StatsSampler::setActive(bool active)
{
    m_viewActive = active;
    updateTimer();
}

void StatsSampler::setCollecting(bool collecting)
{
    m_collecting = collecting;
    updateTimer();
}

void StatsSampler::updateTimer()
{
    const bool wanted = m_viewActive || m_collecting;
    if (wanted == isActive())
        return;
    if (wanted) {
        m_timer.start();
        tick();
    } else {
        m_timer.stop();
        m_queue.clear();
    }
}

void StatsSampler::tick()
{
    // Containers still waiting from the last tick keep their place, so a
    // round that outlasts the interval never starves the end of the list.
    QSet<QString> queued(m_queue.cbegin(), m_queue.cend());
    for (const ContainerSummary &c : m_inventory->containers()) {
        if (c.state == QLatin1String("running") && !m_inFlight.contains(c.id) &&
            !queued.contains(c.id))
            m_queue.append(c.id);
    }
    pump();
}

void StatsSampler::pump()
{
    while (m_inFlight.size() < kMaxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        if (m_inFlight.contains(id))
            continue;
        m_inFlight.insert(id);
        m_inventory->client()->containerStats(id).then(
            this, [this, id](const Result<StatsSample> &sample) {
                m_inFlight.remove(id);
                if (sample)
                    onSample(id, *sample);
                pump();
            });
    }
}

void StatsSampler::onSample(const QString &id, const StatsSample &raw)
{
    if (!m_inventory->container(id))
        return; // removed while the request was in flight
    StatsSample sample = raw;
    sample.id = id;
    if (!sample.read.isValid())
        sample.read = QDateTime::currentDateTimeUtc();
    QList<StatsSample> &history = m_history[id];
    if (!history.isEmpty() && sample.cpuPercent < 0)
        sample.cpuPercent = cpuPercentBetween(history.last(), sample);
    history.append(sample);
    if (history.size() > kHistory)
        history.remove(0, history.size() - kHistory);
    Q_EMIT sampled(sample);
}

std::optional<StatsSample> StatsSampler::latest(const QString &id) const
{
    const auto it = m_history.constFind(id);
    if (it == m_history.cend() || it->isEmpty())
        return std::nullopt;
    return it->last();
}

QList<StatsSample> StatsSampler::history(const QString &id) const
{
    return m_history.value(id);
}

} // namespace sloop::containers
