#include "batchprice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sloop::pricing {

namespace {

struct PriceText
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};

} // namespace

Result<BatchPrices> loadBatchPrices(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<BatchPrices>::failure(
            ErrorKind::NotFound,
            PriceText::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toInt() != 1)
        return Result<BatchPrices>::failure(
            ErrorKind::InvalidInput,
            PriceText::tr("%1 is not a Batch price file (format 1).").arg(path));
    BatchPrices p;
    p.title = o.value(QLatin1String("title")).toString();
    p.source = o.value(QLatin1String("source")).toString();
    p.takenOn = o.value(QLatin1String("takenOn")).toString();
    const QJsonObject fargate = o.value(QLatin1String("fargate")).toObject();
    p.fargateVcpuHour = fargate.value(QLatin1String("vcpuHourUsd")).toDouble();
    p.fargateGbHour = fargate.value(QLatin1String("gbHourUsd")).toDouble();
    p.fargateMinimumSeconds = fargate.value(QLatin1String("minimumSeconds")).toDouble(60);
    p.fargateMinimumVcpus = fargate.value(QLatin1String("minimumVcpus")).toDouble(0.25);
    p.fargateMinimumGb = fargate.value(QLatin1String("minimumGb")).toDouble(0.5);
    p.ec2MinimumSeconds = o.value(QLatin1String("ec2MinimumSeconds")).toDouble(60);
    for (const QJsonValue &v : o.value(QLatin1String("ec2")).toArray()) {
        const QJsonObject t = v.toObject();
        p.ec2.append({t.value(QLatin1String("type")).toString(),
                      t.value(QLatin1String("vcpus")).toDouble(),
                      t.value(QLatin1String("memoryGiB")).toDouble(),
                      t.value(QLatin1String("hourUsd")).toDouble()});
    }
    std::sort(p.ec2.begin(), p.ec2.end(),
              [](const Ec2Type &a, const Ec2Type &b) { return a.hourUsd < b.hourUsd; });
    if (p.fargateVcpuHour <= 0 || p.fargateGbHour <= 0 || p.ec2.isEmpty())
        return Result<BatchPrices>::failure(ErrorKind::InvalidInput,
                                            PriceText::tr("%1 has no prices in it.").arg(path));
    return p;
}

BatchBill batchBill(const BatchPrices &prices, const QList<BatchUsage> &usage)
{
    BatchBill bill;
    QStringList types;
    for (const BatchUsage &u : usage) {
        const double gb = double(u.memoryMb) / 1024.0;
        bill.vcpuHours += u.vcpus * u.seconds / 3600.0;
        bill.gbHours += gb * u.seconds / 3600.0;
        // Each attempt pays at least the minimum: the seconds beyond it are
        // billed as they are.
        // (Exact for one attempt an entry, as the store gives them.)
        const double fargateSeconds =
            std::max(u.seconds, double(u.attempts) * prices.fargateMinimumSeconds);
        bill.fargate += fargateSeconds / 3600.0 *
                        (std::max(u.vcpus, prices.fargateMinimumVcpus) * prices.fargateVcpuHour +
                         std::max(gb, prices.fargateMinimumGb) * prices.fargateGbHour);
        const auto fits =
            std::find_if(prices.ec2.cbegin(), prices.ec2.cend(),
                         [&](const Ec2Type &t) { return t.vcpus >= u.vcpus && t.memoryGiB >= gb; });
        if (fits == prices.ec2.cend()) {
            bill.tooBigForEc2 += u.attempts;
            continue;
        }
        const double ec2Seconds =
            std::max(u.seconds, double(u.attempts) * prices.ec2MinimumSeconds);
        bill.ec2 += ec2Seconds / 3600.0 * fits->hourUsd;
        if (!types.contains(fits->type))
            types << fits->type;
    }
    bill.ec2Types = types.join(QStringLiteral(", "));
    return bill;
}

} // namespace sloop::pricing
