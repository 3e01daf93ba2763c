#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sloop::pricing {

// The monthly estimates Sloop shows beside instances: pure arithmetic, no
// store and no network, so the wizard (before Create), the instances page
// and the CLI agree to the cent.
//
// An instance's share of a machine's stated monthly cost is its plan's
// memory over the machine's memory: hostCost × planMiB / hostMiB, rounded
// to the nearest cent and never more than hostCost (a plan bigger than the
// machine still costs at most the whole machine). Memory, not CPU, because
// it is what runs out first on a shared machine and what the plans are
// sized by. The Lightsail-equivalent figure is simply the plan's price.

// nullopt when the machine's memory is not known (hostMemoryMiB <= 0).
// Negative costs or plan sizes count as 0.
std::optional<qint64> instanceEstimateCents(qint64 hostMonthlyCents, qint64 hostMemoryMiB,
                                            qint64 planMemoryMiB);

// A host or engine as the estimate sees it.
struct MachineCost
{
    QString location;                   // host or engine name
    qint64 memoryMiB = 0;               // 0: not known (yet)
    std::optional<qint64> monthlyCents; // what the person said it costs; none: not said
    QString currency = QStringLiteral("USD");
};

// An instance as the estimate sees it: where it runs and its plan.
struct InstanceUse
{
    QString name;
    QString location;
    qint64 planMemoryMiB = 0;
    qint64 planPriceCents = 0; // the Lightsail-equivalent monthly price
};

struct InstanceEstimate
{
    QString name;
    QString location;
    std::optional<qint64> cents; // none: the machine's cost or memory is not known
    QString currency;            // the machine's
    qint64 lightsailCents = 0;

    bool operator==(const InstanceEstimate &other) const = default;
};

struct MachineEstimate
{
    QString location;
    std::optional<qint64> statedCents; // the machine's own cost, as stated
    QString currency;
    int instances = 0;
    qint64 instanceCents = 0;  // the sum of its instances' shares, at most statedCents
    qint64 planMemoryMiB = 0;  // memory its instances' plans promise (may exceed the machine's)
    qint64 lightsailCents = 0; // what its instances would cost on Lightsail

    bool operator==(const MachineEstimate &other) const = default;
};

struct CostSummary
{
    QList<InstanceEstimate> instances; // in the order given
    QList<MachineEstimate> machines;   // those given, then any only instances named, by name
    // Per currency: what the person pays for the machines (every stated
    // cost), and the part of it their instances account for.
    QMap<QString, qint64> statedTotal;
    QMap<QString, qint64> instanceTotal;
    qint64 lightsailTotalCents = 0; // in the catalogue's currency
};

// Machines named twice: the first counts. Instances on a machine not in
// `machines` get no estimate (nothing was said about that machine).
CostSummary estimateCosts(const QList<MachineCost> &machines, const QList<InstanceUse> &instances);

} // namespace sloop::pricing
