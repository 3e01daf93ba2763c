#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace sloop::pricing {

// What Batch jobs' compute would cost on AWS (resources/pricing/
// batch-prices.json): Fargate per vCPU-hour and GB-hour, and EC2 on-demand
// instance types with their sizes and hourly prices.
struct Ec2Type
{
    QString type;
    double vcpus = 0;
    double memoryGiB = 0;
    double hourUsd = 0;
};
struct BatchPrices
{
    QString title;
    QString source;
    QString takenOn;
    double fargateVcpuHour = 0;
    double fargateGbHour = 0;
    double fargateMinimumSeconds = 60;
    double fargateMinimumVcpus = 0.25;
    double fargateMinimumGb = 0.5;
    double ec2MinimumSeconds = 60;
    QList<Ec2Type> ec2; // cheapest first
};
Result<BatchPrices>
loadBatchPrices(const QString &path = QStringLiteral(":/sloop/pricing/batch-prices.json"));

// Attempts of one size: how many ran and their seconds in all.
struct BatchUsage
{
    double vcpus = 0;
    qint64 memoryMb = 0;
    qint64 attempts = 0;
    double seconds = 0;
};

struct BatchBill
{
    double vcpuHours = 0;
    double gbHours = 0;
    double fargate = 0;
    double ec2 = 0;
    QString ec2Types;        // "m5.large", or "c5.large, m5.xlarge"
    qint64 tooBigForEc2 = 0; // attempts no listed type holds (not in ec2)
};
// Each attempt billed for at least the minimum; EC2 as one instance of the
// cheapest type that holds it, for its own duration.
BatchBill batchBill(const BatchPrices &prices, const QList<BatchUsage> &usage);

} // namespace sloop::pricing
