#include "routematcher.h"

#include <QUrl>

namespace sloop::gateway {

namespace {

// How well a part of a route's path matched: higher is more specific.
enum Rank : int
{
    Greedy = 1,
    Param = 2,
    Literal = 3,
};

struct Candidate
{
    QList<int> ranks; // one per part of the route's path
    bool methodExact = false;
};

// True when `a` is the more specific route.
bool moreSpecific(const Candidate &a, const Candidate &b)
{
    const qsizetype n = qMin(a.ranks.size(), b.ranks.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (a.ranks.at(i) != b.ranks.at(i))
            return a.ranks.at(i) > b.ranks.at(i);
    }
    if (a.ranks.size() != b.ranks.size()) {
        // The same parts so far: the one that did not need a greedy tail to
        // cover the rest is more specific.
        return a.ranks.size() > b.ranks.size();
    }
    return a.methodExact && !b.methodExact;
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

RouteMatch matchRoute(const QList<Route> &routes, const QString &method, const QString &path)
{
    QString cleanPath = path.isEmpty() ? QStringLiteral("/") : path;
    while (cleanPath.size() > 1 && cleanPath.endsWith(QLatin1Char('/')))
        cleanPath.chop(1);
    const QStringList parts =
        cleanPath == QLatin1String("/") ? QStringList() : cleanPath.mid(1).split(QLatin1Char('/'));
    RouteMatch best;
    Candidate bestCandidate;
    const Route *fallback = nullptr;
    for (const Route &route : routes) {
        if (route.key == QLatin1String("$default")) {
            fallback = &route;
            continue;
        }
        const QString routeMethod = route.method();
        if (routeMethod != QLatin1String("ANY") && routeMethod != method)
            continue;
        const QString routePath = route.path();
        const QStringList pattern = routePath == QLatin1String("/")
                                        ? QStringList()
                                        : routePath.mid(1).split(QLatin1Char('/'));
        Candidate c;
        c.methodExact = routeMethod == method;
        QMap<QString, QString> params;
        bool matched = true;
        bool greedy = false;
        QString greedyName;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QString &p = pattern.at(i);
            const bool isParam = p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'));
            if (isParam && p.endsWith(QLatin1String("+}"))) {
                // Greedy: one part or more.
                if (i >= parts.size()) {
                    matched = false;
                    break;
                }
                greedyName = p.mid(1, p.size() - 3);
                params.insert(greedyName, decoded(parts.mid(i).join(QLatin1Char('/'))));
                c.ranks.append(Greedy);
                greedy = true;
                break;
            }
            if (i >= parts.size() || parts.at(i).isEmpty()) {
                matched = false;
                break;
            }
            if (isParam) {
                params.insert(p.mid(1, p.size() - 2), decoded(parts.at(i)));
                c.ranks.append(Param);
            } else if (p == parts.at(i)) {
                c.ranks.append(Literal);
            } else {
                matched = false;
                break;
            }
        }
        if (!matched || (!greedy && pattern.size() != parts.size()))
            continue;
        if (!best.route || moreSpecific(c, bestCandidate)) {
            best.route = &route;
            best.pathParameters = params;
            best.greedyParameter = greedyName;
            bestCandidate = c;
        }
    }
    if (!best.route)
        best.route = fallback;
    return best;
}

} // namespace sloop::gateway
