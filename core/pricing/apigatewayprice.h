#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sloop::pricing {

// Amazon API Gateway's prices (resources/pricing/apigateway-prices.json):
// per million HTTP API and REST API requests, WebSocket messages and
// connection minutes, cache hours by size, and the first year's monthly
// free tier. The first pricing tier only: Sloop's traffic stays in it.
struct ApiGatewayPrices
{
    QString title;
    QString source;
    QString takenOn;
    double httpPerMillion = 0;
    double restPerMillion = 0;
    double messagesPerMillion = 0;
    double connectionMinutesPerMillion = 0;
    QList<QPair<double, double>> cacheHour; // (GB, USD an hour), smallest first
    qint64 freeHttp = 0;
    qint64 freeRest = 0;
    qint64 freeMessages = 0;
    qint64 freeConnectionMinutes = 0;
};
Result<ApiGatewayPrices> loadApiGatewayPrices(
    const QString &path = QStringLiteral(":/sloop/pricing/apigateway-prices.json"));

// A month's use of one API.
struct ApiUsage
{
    enum class Kind
    {
        Http,
        Rest,
        WebSocket,
    };
    Kind kind = Kind::Http;
    qint64 requests = 0; // HTTP and REST; a WebSocket API's messages
    double connectionMinutes = 0;
    double cacheHours = 0; // summed over the stages that cache
    double cacheGb = 0.5;  // the size asked for (the next size up is billed)
};

struct ApiBill
{
    double requests = 0; // or messages
    double connectionMinutes = 0;
    double cache = 0;
    double total = 0;
    double afterFreeTier = 0; // the free tier has no cache hours
};
ApiBill apiGatewayBill(const ApiGatewayPrices &prices, const ApiUsage &use);

} // namespace sloop::pricing
