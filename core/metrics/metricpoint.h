#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sloop::metrics {

// What a series measures. Its key is the text stored with every point and
// typed on the command line:
//   host/NAME              an SSH host (a server instance is its host)
//   container/ENGINE/NAME  a container (a container instance is its container)
//   engine/NAME            an engine as a whole (sums over its containers)
//   function/NAME          a function (Lambda's metrics, functionmetrics.h)
//   api/NAME/STAGE         an API's stage (API Gateway's metrics, gateway/)
//   service/ENGINE/NAME    a Swarm service as its manager ENGINE sees it
//                          (task counts, swarm/swarmmetrics.h)
enum class TargetKind
{
    Host,
    Container,
    Engine,
    Function,
    Api,
    Service,
};

struct Target
{
    TargetKind kind = TargetKind::Host;
    QString name;
    QString engine; // containers and services: the engine; APIs: the stage

    QString key() const;
    // A person-readable label: the name, with "on ENGINE" for containers.
    QString label() const;
    static std::optional<Target> fromKey(const QString &key);
    static Target host(const QString &name) { return {TargetKind::Host, name, {}}; }
    static Target container(const QString &engine, const QString &name)
    {
        return {TargetKind::Container, name, engine};
    }
    static Target engineTarget(const QString &name) { return {TargetKind::Engine, name, {}}; }
    static Target functionTarget(const QString &name) { return {TargetKind::Function, name, {}}; }
    static Target apiTarget(const QString &api, const QString &stage)
    {
        return {TargetKind::Api, api, stage};
    }
    static Target serviceTarget(const QString &engine, const QString &name)
    {
        return {TargetKind::Service, name, engine};
    }
};

// One measured value. `metric` is one of metricnames.h, optionally with a
// ":LABEL" for a per-core, per-mount, per-device or per-interface series
// ("cpu_core:3", "disk_used_pct:/var", "net_in:eth0").
struct MetricPoint
{
    QString target;
    QString metric;
    qint64 timeMs = 0; // Unix epoch, milliseconds, as the sample was taken
    double value = 0;
};

using MetricBatch = QList<MetricPoint>;

} // namespace sloop::metrics
