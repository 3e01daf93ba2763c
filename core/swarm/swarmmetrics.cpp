#include "swarmmetrics.h"

#include "engine/enginecatalog.h"
#include "metrics/metricnames.h"
#include "swarmapi.h"
#include "util/futures.h"

#include <QDateTime>

#include <memory>

namespace sloop::swarm {

SwarmMetrics::SwarmMetrics(engine::EngineManager &engines, QObject *parent)
    : QObject(parent)
    , m_engines(engines)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SwarmMetrics::sample);
}

void SwarmMetrics::start()
{
    m_timer.start();
    sample();
}

void SwarmMetrics::stop()
{
    m_timer.stop();
}

void SwarmMetrics::sample()
{
    for (const engine::EngineEndpoint &e : m_engines.engines()) {
        engine::DockerClient *client = m_engines.client(e.name);
        if (!client || m_asking.contains(e.name))
            continue;
        m_asking.insert(e.name);
        auto api = std::make_shared<SwarmApi>(client);
        api->setQuiet(true); // every 15 s for every engine
        const QString engineName = e.name;
        whenFinished(api->state(), this, [this, api, engineName](const Result<SwarmState> &state) {
            if (!state || !state->active() || !state->manager) {
                m_asking.remove(engineName);
                return;
            }
            whenFinished(api->services(), this,
                         [this, engineName](const Result<QList<ServiceSummary>> &services) {
                             m_asking.remove(engineName);
                             if (!services || services->isEmpty())
                                 return;
                             namespace n = metrics::names;
                             const qint64 now = QDateTime::currentMSecsSinceEpoch();
                             metrics::MetricBatch batch;
                             for (const ServiceSummary &s : *services) {
                                 const QString target =
                                     metrics::Target::serviceTarget(engineName, s.name).key();
                                 batch.append({target, n::kTasksRunning, now, double(s.running)});
                                 batch.append({target, n::kTasksDesired, now, double(s.desired)});
                                 batch.append({target, n::kTasksMissing, now,
                                               double(std::max(0, s.desired - s.running))});
                             }
                             Q_EMIT collected(batch);
                         });
        });
    }
}

} // namespace sloop::swarm
