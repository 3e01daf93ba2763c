#include "functioncost.h"

#include <QTimeZone>

namespace sloop::functions {

FunctionCost functionCost(const pricing::LambdaPrices &prices, const pricing::FunctionUsage &use,
                          std::optional<double> machineMonthly, qint64 machineMemoryMiB)
{
    FunctionCost c;
    c.use = use;
    c.lambda = pricing::lambdaBill(prices, use);
    if (machineMonthly)
        c.here = pricing::hostShare(*machineMonthly, machineMemoryMiB, use);
    return c;
}

qint64 startOfMonthMs(const QDateTime &now)
{
    const QDate today = now.date();
    return QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), now.timeZone())
        .toMSecsSinceEpoch();
}

} // namespace sloop::functions
