#pragma once

#include "pricing/lambdaprice.h"

#include <QDateTime>

#include <optional>

namespace sloop::functions {

// What a function's use this month costs: on Lambda (the list prices, and
// after the free tier), and here (its share of the machine's stated monthly
// cost, when that and the machine's memory are known).
struct FunctionCost
{
    pricing::FunctionUsage use;
    pricing::LambdaBill lambda;
    std::optional<double> here;
};
FunctionCost functionCost(const pricing::LambdaPrices &prices, const pricing::FunctionUsage &use,
                          std::optional<double> machineMonthly, qint64 machineMemoryMiB);

// Midnight on the 1st of this month, local time: where "this month" starts.
qint64 startOfMonthMs(const QDateTime &now = QDateTime::currentDateTime());

} // namespace sloop::functions
