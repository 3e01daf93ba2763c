#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

namespace sloop::pricing {

// AWS Lambda's prices (resources/pricing/lambda-prices.json): per request
// and per GB-second of billed duration, x86 and Arm, and the monthly free
// tier.
struct LambdaPrices
{
    QString title;
    QString source;
    QString takenOn;
    QString currency = QStringLiteral("USD");
    double requestsPerMillion = 0;
    double gbSecondX86 = 0;
    double gbSecondArm = 0;
    qint64 freeRequests = 0;
    double freeGbSeconds = 0;
};
Result<LambdaPrices>
loadLambdaPrices(const QString &path = QStringLiteral(":/sloop/pricing/lambda-prices.json"));

// A month's use of a function: requests and GB-seconds (billed duration ×
// configured memory).
struct FunctionUsage
{
    qint64 requests = 0;
    double gbSeconds = 0;
    bool operator==(const FunctionUsage &) const = default;
};

// What that use costs on Lambda, in dollars: each part at list price, and
// the total after the free tier (as if it were the account's only use).
struct LambdaBill
{
    double requests = 0;
    double durationX86 = 0;
    double durationArm = 0;
    double totalX86 = 0;
    double totalArm = 0;
    double afterFreeTierX86 = 0;
    double afterFreeTierArm = 0;
};
LambdaBill lambdaBill(const LambdaPrices &prices, const FunctionUsage &use);

// Its share of the machine it runs on: the machine's stated monthly cost ×
// the GB-seconds used over the machine's GB-seconds in a 30-day month.
// None when the machine's memory is not known.
std::optional<double> hostShare(double machineMonthly, qint64 machineMemoryMiB,
                                const FunctionUsage &use);

// "$0.0042", "$1.25", "< $0.0001": a small amount with the digits it needs.
QString dollars(double amount);

} // namespace sloop::pricing
