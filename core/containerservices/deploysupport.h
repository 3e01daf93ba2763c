#pragma once

// What the deploy run (containerdeployer.cpp) and the service-wide changes
// (containeroperations.cpp) share. Internal to core/containerservices.
#include "containerservice.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <functional>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::containerservices::detail {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContainerServices)
};

template <typename T> QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// Runs the steps one after another (each once the one before has ended).
QFuture<VoidResult> inOrder(QObject *context, QList<std::function<QFuture<VoidResult>()>> steps,
                            bool stopOnFailure = true);

QList<int> versionsOf(const ContainerService &s);

// Every Swarm service of `name` (all versions but `keep`) and the networks
// of those versions, removed; what is already gone is no failure.
QFuture<VoidResult> removeVersions(engine::DockerClient *client, const QString &name,
                                   QList<int> versions, int keep);

} // namespace sloop::containerservices::detail
