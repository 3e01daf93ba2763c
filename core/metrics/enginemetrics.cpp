#include "enginemetrics.h"

#include "containers/containerinventory.h"
#include "containers/statssampler.h"

#include <QDateTime>

namespace sloop::metrics {

namespace {

bool runs(const engine::ContainerSummary &c)
{
    return c.state == QLatin1String("running");
}

} // namespace

EngineMetrics::EngineMetrics(QString engineName, containers::ContainerInventory *inventory,
                             containers::StatsSampler *sampler, QObject *parent)
    : QObject(parent)
    , m_metrics(std::move(engineName))
    , m_inventory(inventory)
    , m_sampler(sampler)
{
    m_totals.setInterval(m_intervalSeconds * 1000);
    connect(&m_totals, &QTimer::timeout, this, &EngineMetrics::emitTotals);
    if (m_sampler)
        connect(m_sampler, &containers::StatsSampler::sampled, this, &EngineMetrics::onSample);
    if (m_inventory)
        connect(m_inventory, &containers::ContainerInventory::changed, this,
                &EngineMetrics::onChanged);
}

EngineMetrics::~EngineMetrics()
{
    stop();
}

void EngineMetrics::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qBound(1, seconds, 60);
    m_totals.setInterval(m_intervalSeconds * 1000);
    if (m_running && m_sampler)
        m_sampler->setInterval(m_intervalSeconds * 1000);
}

void EngineMetrics::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_sampler) {
        m_sampler->setInterval(m_intervalSeconds * 1000);
        m_sampler->setCollecting(true);
    }
    m_totals.start();
}

void EngineMetrics::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_totals.stop();
    if (m_sampler)
        m_sampler->setCollecting(false);
}

void EngineMetrics::onSample(const engine::StatsSample &sample)
{
    if (!m_running || !m_inventory)
        return;
    const auto container = m_inventory->container(sample.id);
    if (!container || container->name.isEmpty())
        return; // removed while its sample was on the way
    const MetricBatch batch =
        m_metrics.add(container->name, sample, QDateTime::currentMSecsSinceEpoch());
    if (!batch.isEmpty())
        Q_EMIT sampled(batch);
}

void EngineMetrics::onChanged(const containers::ContainerDelta &delta)
{
    // A stopped container's counters start again from zero when it runs
    // again; its last sample must not be the base of a rate.
    for (const QString &id : delta.removed)
        m_metrics.forget(id);
    for (const engine::ContainerSummary &c : delta.updated) {
        if (!runs(c))
            m_metrics.forget(c.id);
    }
}

QStringList EngineMetrics::containerNames() const
{
    QStringList names;
    if (m_inventory) {
        for (const engine::ContainerSummary &c : m_inventory->containers()) {
            if (runs(c))
                names.append(c.name);
        }
    }
    return names;
}

int EngineMetrics::runningCount() const
{
    int running = 0;
    if (m_inventory) {
        for (const engine::ContainerSummary &c : m_inventory->containers())
            running += runs(c) ? 1 : 0;
    }
    return running;
}

void EngineMetrics::emitTotals()
{
    if (!m_inventory || m_inventory->state() != containers::ContainerInventory::State::Ready)
        return; // an engine that does not answer has no figures, not zeros
    // Three intervals: a sample that is one round late still counts.
    const qint64 maxAgeMs = 3LL * m_intervalSeconds * 1000;
    Q_EMIT sampled(
        m_metrics.engineTotals(runningCount(), QDateTime::currentMSecsSinceEpoch(), maxAgeMs));
}

} // namespace sloop::metrics
