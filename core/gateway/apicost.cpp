#include "apicost.h"

#include "accesslog.h"
#include "functions/functioncost.h"

#include <QDateTime>

namespace sloop::gateway {

Result<ApiCost> apiCostThisMonth(store::Database &db, const Api &api,
                                 const pricing::ApiGatewayPrices &prices, qint64 nowMs)
{
    const qint64 monthStart = functions::startOfMonthMs(QDateTime::fromMSecsSinceEpoch(nowMs));
    const auto used = AccessLog(db).usage(api.id, monthStart);
    if (!used)
        return Result<ApiCost>::failure(used.problem());
    ApiCost cost;
    pricing::ApiUsage &u = cost.use;
    u.kind = api.type == ApiType::Rest        ? pricing::ApiUsage::Kind::Rest
             : api.type == ApiType::WebSocket ? pricing::ApiUsage::Kind::WebSocket
                                              : pricing::ApiUsage::Kind::Http;
    u.requests = api.type == ApiType::WebSocket ? used->messages : used->requests;
    u.connectionMinutes = used->connectionMinutes;
    for (const Stage &s : api.stages) {
        if (!s.cache.enabled)
            continue;
        const qint64 since = std::max(monthStart, s.updatedMs);
        u.cacheHours += double(std::max<qint64>(0, nowMs - since)) / 3.6e6;
        u.cacheGb = std::max(u.cacheGb, double(s.cache.capacityMb) / 1024.0);
    }
    cost.bill = pricing::apiGatewayBill(prices, u);
    return cost;
}

} // namespace sloop::gateway
