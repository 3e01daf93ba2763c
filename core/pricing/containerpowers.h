#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace sloop::pricing {

// One size of a Lightsail container service's nodes: what each copy of its
// containers may use, and the flat monthly price of each node.
struct ContainerPower
{
    QString id; // nano, micro, small, medium, large, xlarge
    QString name;
    double vcpus = 0;
    qint64 memoryMiB = 0;
    double priceUsd = 0; // per node per month
};

struct ContainerPowers
{
    QString title;
    QString source;
    QString takenOn;
    QList<ContainerPower> powers; // smallest first

    const ContainerPower *find(const QString &id) const;
    QStringList ids() const;
};

// resources/pricing/lightsail-containers.json, or a file of the same shape.
Result<ContainerPowers> loadContainerPowers(
    const QString &path = QStringLiteral(":/sloop/pricing/lightsail-containers.json"));

} // namespace sloop::pricing
