#pragma once

#include "apimodel.h"
#include "http/httpserver.h"

#include <optional>

namespace sloop::http {
struct HttpRequestHead;
}

namespace sloop::gateway {

// A browser's preflight (OPTIONS with Origin and
// Access-Control-Request-Method) answered by the gateway itself, as API
// Gateway does for an API with CORS: 204, with the CORS headers when the
// origin is allowed and without them when it is not. nullopt: not a
// preflight, or CORS is off.
std::optional<http::HttpResponse> corsPreflight(const Cors &cors,
                                                const http::HttpRequestHead &head);

// Sets the CORS headers on an answer to a request from `origin` (replacing
// any the integration set), when the origin is allowed.
void addCorsHeaders(const Cors &cors, const QByteArray &origin, http::HttpResponse *response);

} // namespace sloop::gateway
