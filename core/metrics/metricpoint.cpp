#include "metrics/metricpoint.h"

#include <QCoreApplication>

namespace sloop::metrics {

namespace {
const QLatin1StringView kHost("host/");
const QLatin1StringView kContainer("container/");
const QLatin1StringView kEngine("engine/");
const QLatin1StringView kFunction("function/");
const QLatin1StringView kApi("api/");
const QLatin1StringView kService("service/");

bool plainPart(const QString &part)
{
    return !part.isEmpty() && !part.contains(QLatin1Char('/'));
}
} // namespace

QString Target::key() const
{
    switch (kind) {
    case TargetKind::Host:
        return kHost + name;
    case TargetKind::Container:
        return kContainer + engine + QLatin1Char('/') + name;
    case TargetKind::Engine:
        return kEngine + name;
    case TargetKind::Function:
        return kFunction + name;
    case TargetKind::Api:
        return kApi + name + QLatin1Char('/') + engine;
    case TargetKind::Service:
        return kService + engine + QLatin1Char('/') + name;
    }
    return {};
}

QString Target::label() const
{
    if (kind == TargetKind::Container || kind == TargetKind::Service)
        return QCoreApplication::translate("sloop::metrics::Target", "%1 on %2").arg(name, engine);
    if (kind == TargetKind::Api)
        return QCoreApplication::translate("sloop::metrics::Target", "%1, stage %2")
            .arg(name, engine);
    return name;
}

std::optional<Target> Target::fromKey(const QString &key)
{
    if (key.startsWith(kHost)) {
        const QString name = key.mid(kHost.size());
        if (plainPart(name))
            return host(name);
    } else if (key.startsWith(kEngine)) {
        const QString name = key.mid(kEngine.size());
        if (plainPart(name))
            return engineTarget(name);
    } else if (key.startsWith(kFunction)) {
        const QString name = key.mid(kFunction.size());
        if (plainPart(name))
            return functionTarget(name);
    } else if (key.startsWith(kApi)) {
        const QStringList parts = key.mid(kApi.size()).split(QLatin1Char('/'));
        if (parts.size() == 2 && plainPart(parts[0]) && plainPart(parts[1]))
            return apiTarget(parts[0], parts[1]);
    } else if (key.startsWith(kService)) {
        const QStringList parts = key.mid(kService.size()).split(QLatin1Char('/'));
        if (parts.size() == 2 && plainPart(parts[0]) && plainPart(parts[1]))
            return serviceTarget(parts[0], parts[1]);
    } else if (key.startsWith(kContainer)) {
        const QStringList parts = key.mid(kContainer.size()).split(QLatin1Char('/'));
        if (parts.size() == 2 && plainPart(parts[0]) && plainPart(parts[1]))
            return container(parts[0], parts[1]);
    }
    return std::nullopt;
}

} // namespace sloop::metrics
