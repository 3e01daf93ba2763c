#pragma once

#include "apimodel.h"

#include <QMap>

namespace sloop::gateway {

struct RouteMatch
{
    const Route *route = nullptr;
    QMap<QString, QString> pathParameters; // decoded; {proxy+} takes the rest of the path
    QString greedyParameter;               // "proxy" for {proxy+}; empty when none
};

// Picks the route a request goes to as API Gateway does: the most specific
// path first, comparing part by part (a literal beats {param}, which beats
// {proxy+}), then a route of the request's method before ANY, and
// $default when nothing else matches. `path` is the request's, without the
// stage and the query, still percent-encoded. Null route: 404.
RouteMatch matchRoute(const QList<Route> &routes, const QString &method, const QString &path);

} // namespace sloop::gateway
