#include "apigatewayprice.h"

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

Result<ApiGatewayPrices> loadApiGatewayPrices(const QString &path)
{
    using R = Result<ApiGatewayPrices>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ErrorKind::NotFound,
                          PriceText::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toInt() != 1)
        return R::failure(
            ErrorKind::InvalidInput,
            PriceText::tr("%1 is not an API Gateway price file (format 1).").arg(path));
    ApiGatewayPrices p;
    p.title = o.value(QLatin1String("title")).toString();
    p.source = o.value(QLatin1String("source")).toString();
    p.takenOn = o.value(QLatin1String("takenOn")).toString();
    p.httpPerMillion = o.value(QLatin1String("httpRequestsPerMillionUsd")).toDouble();
    p.restPerMillion = o.value(QLatin1String("restRequestsPerMillionUsd")).toDouble();
    p.messagesPerMillion = o.value(QLatin1String("websocketMessagesPerMillionUsd")).toDouble();
    p.connectionMinutesPerMillion =
        o.value(QLatin1String("websocketConnectionMinutesPerMillionUsd")).toDouble();
    const QJsonObject cache = o.value(QLatin1String("cacheHourUsd")).toObject();
    for (auto it = cache.begin(); it != cache.end(); ++it)
        p.cacheHour.append({it.key().toDouble(), it.value().toDouble()});
    std::sort(p.cacheHour.begin(), p.cacheHour.end());
    const QJsonObject free = o.value(QLatin1String("freeTier")).toObject();
    p.freeHttp = free.value(QLatin1String("httpRequests")).toInteger();
    p.freeRest = free.value(QLatin1String("restRequests")).toInteger();
    p.freeMessages = free.value(QLatin1String("websocketMessages")).toInteger();
    p.freeConnectionMinutes = free.value(QLatin1String("websocketConnectionMinutes")).toInteger();
    if (p.httpPerMillion <= 0 || p.restPerMillion <= 0 || p.messagesPerMillion <= 0 ||
        p.cacheHour.isEmpty())
        return R::failure(ErrorKind::InvalidInput,
                          PriceText::tr("%1 has no prices in it.").arg(path));
    return p;
}

ApiBill apiGatewayBill(const ApiGatewayPrices &prices, const ApiUsage &use)
{
    ApiBill b;
    double perMillion = prices.httpPerMillion;
    qint64 free = prices.freeHttp;
    if (use.kind == ApiUsage::Kind::Rest) {
        perMillion = prices.restPerMillion;
        free = prices.freeRest;
    } else if (use.kind == ApiUsage::Kind::WebSocket) {
        perMillion = prices.messagesPerMillion;
        free = prices.freeMessages;
    }
    b.requests = double(use.requests) / 1e6 * perMillion;
    b.connectionMinutes = use.connectionMinutes / 1e6 * prices.connectionMinutesPerMillion;
    if (use.cacheHours > 0) {
        // The smallest size that holds what was asked for.
        double hourly = prices.cacheHour.last().second;
        for (const auto &[gb, usd] : prices.cacheHour) {
            if (gb + 1e-9 >= use.cacheGb) {
                hourly = usd;
                break;
            }
        }
        b.cache = use.cacheHours * hourly;
    }
    b.total = b.requests + b.connectionMinutes + b.cache;
    const double paidRequests = double(std::max<qint64>(0, use.requests - free)) / 1e6 * perMillion;
    const double paidMinutes =
        std::max(0.0, use.connectionMinutes - double(prices.freeConnectionMinutes)) / 1e6 *
        prices.connectionMinutesPerMillion;
    b.afterFreeTier = paidRequests + paidMinutes + b.cache;
    return b;
}

} // namespace sloop::pricing
