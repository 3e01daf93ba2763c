#include "lambdaprice.h"

#include <QCoreApplication>
#include <QFile>
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

Result<LambdaPrices> loadLambdaPrices(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<LambdaPrices>::failure(
            ErrorKind::NotFound,
            PriceText::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toInt() != 1)
        return Result<LambdaPrices>::failure(
            ErrorKind::InvalidInput,
            PriceText::tr("%1 is not a Lambda price file (format 1).").arg(path));
    LambdaPrices p;
    p.title = o.value(QLatin1String("title")).toString();
    p.source = o.value(QLatin1String("source")).toString();
    p.takenOn = o.value(QLatin1String("takenOn")).toString();
    p.currency = o.value(QLatin1String("currency")).toString(QStringLiteral("USD"));
    p.requestsPerMillion = o.value(QLatin1String("requestsPerMillionUsd")).toDouble();
    const QJsonObject gb = o.value(QLatin1String("gbSecondUsd")).toObject();
    p.gbSecondX86 = gb.value(QLatin1String("x86_64")).toDouble();
    p.gbSecondArm = gb.value(QLatin1String("arm64")).toDouble();
    const QJsonObject free = o.value(QLatin1String("freeTier")).toObject();
    p.freeRequests = free.value(QLatin1String("requests")).toInteger();
    p.freeGbSeconds = free.value(QLatin1String("gbSeconds")).toDouble();
    if (p.requestsPerMillion <= 0 || p.gbSecondX86 <= 0 || p.gbSecondArm <= 0)
        return Result<LambdaPrices>::failure(ErrorKind::InvalidInput,
                                             PriceText::tr("%1 has no prices in it.").arg(path));
    return p;
}

LambdaBill lambdaBill(const LambdaPrices &prices, const FunctionUsage &use)
{
    LambdaBill b;
    b.requests = double(use.requests) / 1e6 * prices.requestsPerMillion;
    b.durationX86 = use.gbSeconds * prices.gbSecondX86;
    b.durationArm = use.gbSeconds * prices.gbSecondArm;
    b.totalX86 = b.requests + b.durationX86;
    b.totalArm = b.requests + b.durationArm;
    const double paidRequests = double(std::max<qint64>(0, use.requests - prices.freeRequests)) /
                                1e6 * prices.requestsPerMillion;
    const double paidGbSeconds = std::max(0.0, use.gbSeconds - prices.freeGbSeconds);
    b.afterFreeTierX86 = paidRequests + paidGbSeconds * prices.gbSecondX86;
    b.afterFreeTierArm = paidRequests + paidGbSeconds * prices.gbSecondArm;
    return b;
}

std::optional<double> hostShare(double machineMonthly, qint64 machineMemoryMiB,
                                const FunctionUsage &use)
{
    if (machineMemoryMiB <= 0 || machineMonthly < 0)
        return std::nullopt;
    const double monthGbSeconds = double(machineMemoryMiB) / 1024.0 * 30.0 * 86400.0;
    return std::min(machineMonthly, machineMonthly * use.gbSeconds / monthGbSeconds);
}

QString dollars(double amount)
{
    if (amount <= 0)
        return QStringLiteral("$0.00");
    if (amount < 0.0001)
        return QStringLiteral("< $0.0001");
    if (amount < 0.01)
        return QStringLiteral("$") + QString::number(amount, 'f', 4);
    return QStringLiteral("$") + QString::number(amount, 'f', 2);
}

} // namespace sloop::pricing
