#include "responsecache.h"

#include <QUrl>

namespace sloop::gateway {

qint64 ResponseCache::costOf(const QString &key, const http::HttpResponse &response)
{
    qint64 cost = 128 + key.size() * 2 + response.body.size() + response.contentType.size();
    for (const auto &[name, value] : response.headers)
        cost += name.size() + value.size() + 32;
    return cost;
}

std::optional<http::HttpResponse> ResponseCache::find(const QString &key, qint64 nowMs,
                                                      qint64 notBeforeMs)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return std::nullopt;
    const Lru::iterator it = found.value();
    if (it->expiresMs <= nowMs || it->storedMs < notBeforeMs) {
        erase(it);
        return std::nullopt;
    }
    m_entries.splice(m_entries.begin(), m_entries, it);
    return it->response;
}

void ResponseCache::insert(const QString &key, const http::HttpResponse &response, qint64 storedMs,
                           qint64 expiresMs)
{
    if (const auto old = m_index.constFind(key); old != m_index.cend())
        erase(old.value());
    const qint64 cost = costOf(key, response);
    if (cost > m_capacity)
        return;
    m_entries.push_front({key, response, storedMs, expiresMs, cost});
    m_index.insert(key, m_entries.begin());
    m_bytes += cost;
    evict();
}

void ResponseCache::clear()
{
    m_entries.clear();
    m_index.clear();
    m_bytes = 0;
}

void ResponseCache::flushIfBefore(qint64 flushedMs)
{
    if (flushedMs > m_flushedMs) {
        m_flushedMs = flushedMs;
        clear();
    }
}

void ResponseCache::setCapacity(qint64 bytes)
{
    m_capacity = bytes;
    evict();
}

void ResponseCache::erase(Lru::iterator it)
{
    m_bytes -= it->cost;
    m_index.remove(it->key);
    m_entries.erase(it);
}

void ResponseCache::evict()
{
    while (m_bytes > m_capacity && !m_entries.empty())
        erase(std::prev(m_entries.end()));
}

QString responseCacheKey(const Stage &stage, const GatewayRequest &request)
{
    QString key = stage.deploymentId + QLatin1Char('\n') + QString::fromUtf8(request.path);
    const QList<QByteArray> pairs = request.rawQuery.split('&');
    for (const QString &name : stage.cache.keyQueryStrings) {
        key += QLatin1String("\n?") + name + QLatin1Char('=');
        for (const QByteArray &pair : pairs) {
            const qsizetype eq = pair.indexOf('=');
            if (QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)) == name)
                key += QUrl::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1)) +
                       QLatin1Char('&');
        }
    }
    for (const QString &name : stage.cache.keyHeaders) {
        key += QLatin1String("\nH") + name + QLatin1Char(':');
        const QByteArray lower = name.toLatin1();
        for (const auto &[n, v] : request.headers) {
            if (n == lower)
                key += QString::fromUtf8(v) + QLatin1Char(',');
        }
    }
    const Authorization &a = request.authorization;
    if (a.kind == Authorization::Kind::Jwt)
        key += QLatin1String("\nJ") + a.claims.value(QLatin1String("iss")).toString() +
               QLatin1Char(' ') + a.claims.value(QLatin1String("sub")).toString();
    else if (a.kind == Authorization::Kind::Function)
        key += QLatin1String("\nF") + a.principalId;
    return key;
}

bool asksForFresh(const GatewayRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name != "cache-control")
            continue;
        for (const QByteArray &directive : value.split(',')) {
            const QByteArray d = directive.trimmed().toLower();
            if (d == "max-age=0" || d == "no-cache")
                return true;
        }
    }
    return false;
}

bool cacheable(const http::HttpResponse &response)
{
    if (response.status < 200 || response.status > 299)
        return false;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

} // namespace sloop::gateway
