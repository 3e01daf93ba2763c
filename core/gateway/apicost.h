#pragma once

#include "apimodel.h"
#include "pricing/apigatewayprice.h"

namespace sloop::store {
class Database;
}

namespace sloop::gateway {

// What an API's traffic this month (from its access log) would cost on
// API Gateway: requests (HTTP or REST) or WebSocket messages and
// connection minutes, and the cache hours of its stages that cache (as if
// on since the month began, or since they were last changed).
struct ApiCost
{
    pricing::ApiUsage use;
    pricing::ApiBill bill;
};
Result<ApiCost> apiCostThisMonth(store::Database &db, const Api &api,
                                 const pricing::ApiGatewayPrices &prices, qint64 nowMs);

} // namespace sloop::gateway
