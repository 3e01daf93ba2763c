#pragma once

#include "apimodel.h"
#include "http/httpserver.h"
#include "proxyevents.h"

#include <QHash>
#include <QString>

#include <list>
#include <optional>

namespace sloop::gateway {

// One stage's cached answers: by key, each until it expires, the least
// recently used dropped first once their size passes the capacity.
//
// Thread-safety: use on one thread.
class ResponseCache
{
public:
    explicit ResponseCache(qint64 capacityBytes)
        : m_capacity(capacityBytes)
    {
    }

    // The answer stored under key, unless it expired or was stored before
    // notBeforeMs (a flush).
    std::optional<http::HttpResponse> find(const QString &key, qint64 nowMs, qint64 notBeforeMs);
    // An answer larger than the whole capacity is not kept.
    void insert(const QString &key, const http::HttpResponse &response, qint64 storedMs,
                qint64 expiresMs);
    void clear();
    void setCapacity(qint64 bytes);
    // Forgets everything when the stage was flushed since the last call.
    void flushIfBefore(qint64 flushedMs);

    qint64 bytes() const { return m_bytes; }
    qsizetype size() const { return m_entries.size(); }

    // What an answer costs against the capacity: its body, headers and key.
    static qint64 costOf(const QString &key, const http::HttpResponse &response);

private:
    struct Entry
    {
        QString key;
        http::HttpResponse response;
        qint64 storedMs = 0;
        qint64 expiresMs = 0;
        qint64 cost = 0;
    };
    using Lru = std::list<Entry>; // most recently used first
    void erase(Lru::iterator it);
    void evict();

    qint64 m_capacity;
    qint64 m_bytes = 0;
    qint64 m_flushedMs = 0;
    Lru m_entries;
    QHash<QString, Lru::iterator> m_index;
};

// What a GET is cached under on its stage: the deployment, the path, the
// chosen query strings and headers, and who the authorizer said the caller
// is (so one caller's answer never goes to another).
QString responseCacheKey(const Stage &stage, const GatewayRequest &request);
// "Cache-Control: max-age=0" (or no-cache): the caller asks for a fresh answer.
bool asksForFresh(const GatewayRequest &request);
// An answer that may be kept: 2xx without Set-Cookie.
bool cacheable(const http::HttpResponse &response);

} // namespace sloop::gateway
