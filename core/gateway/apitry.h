#pragma once

#include "apimodel.h"
#include "http/httpclient.h"

namespace sloop::gateway {

// A request a person sends to an API to see what it answers (the window's
// "Try it" and `sloop apis try`), and the curl command that sends the same.
struct TryRequest
{
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/"); // after the stage; may carry ?query
    QString stage;                      // empty: the API's first stage
    QString apiKey;                     // sent as x-api-key
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// The stage a request goes to when none is named: $default if the API has
// it, else its first; empty when it has no stages.
QString defaultStage(const Api &api);
QString tryUrl(const Api &api, const TryRequest &request);
// Quoted for a POSIX shell.
QString curlCommand(const Api &api, const TryRequest &request);
http::ClientRequest clientRequest(const Api &api, const TryRequest &request);

} // namespace sloop::gateway
