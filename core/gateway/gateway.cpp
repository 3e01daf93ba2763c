#include "gateway.h"

#include "authorizerrunner.h"
#include "awsapi/accesskeys.h"
#include "controlplane/adminapi.h"
#include "controlplane/ownerlease.h"
#include "corspolicy.h"
#include "http/tcphttpserver.h"
#include "integrationrunner.h"
#include "proxyevents.h"
#include "responsecache.h"
#include "routematcher.h"
#include "store/storeworker.h"
#include "util/futures.h"
#include "websocketapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QPromise>
#include <QRandomGenerator>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGateway, "sloop.gateway")

namespace sloop::gateway {

namespace {

// A version-4 UUID, as API Gateway's request ids are, from the fast
// generator: ids only have to be unique, and the system's costs a system
// call each.
QString requestId()
{
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    QUuid id =
        QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(words), sizeof words));
    id.data3 = (id.data3 & 0x0fff) | 0x4000;
    id.data4[0] = (id.data4[0] & 0x3f) | 0x80;
    return id.toString(QUuid::WithoutBraces);
}

QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (n == name)
            return v;
    }
    return {};
}

} // namespace

struct Gateway::Served
{
    AccessLogEntry entry;
    qint64 startedNs = 0;
    ApiType type = ApiType::Http;
    Cors cors;         // the API's, when it has CORS on
    QByteArray origin; // the request's Origin header
};

Gateway::Gateway(store::Database &db, functions::FunctionService *functions, QObject *parent)
    : QObject(parent)
    , m_apis(db)
    , m_keys(db)
    , m_log(db)
    , m_meter(m_keys)
    , m_runner(new IntegrationRunner(functions, this))
    , m_authorizers(new AuthorizerRunner(functions, this))
    , m_webSockets(new WebSocketApis(functions, this))
{
    // Connects, messages and disconnects go to the log and the metrics too.
    connect(m_webSockets, &WebSocketApis::served, this, &Gateway::record);
    m_webSockets->setSecretLookup([keys = std::make_shared<awsapi::AccessKeys>(db)](
                                      const QString &id) { return keys->secret(id); });
    qRegisterMetaType<AccessLogEntry>();
    m_clock.start();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &Gateway::reload);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        if (auto usage = m_meter.flush(); !usage)
            qCWarning(lcGateway).noquote() << "usage could not be written:" << usage.error();
        writeLog();
        collect(QDateTime::currentMSecsSinceEpoch());
    });
}

Gateway::~Gateway()
{
    stop();
}

void Gateway::start()
{
    if (m_running)
        return;
    m_running = true;
    if (auto pruned = m_log.prune(QDateTime::currentMSecsSinceEpoch() -
                                  qint64(AccessLog::kKeepDays) * 24 * 3600 * 1000);
        !pruned)
        qCWarning(lcGateway).noquote() << "the access log could not be pruned:" << pruned.error();
    reload();
    m_poll.start();
    m_flush.start();
}

void Gateway::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_poll.stop();
    m_flush.stop();
    for (const QString &id : m_servers.keys())
        m_webSockets->detach(id);
    m_servers.clear(); // each joins its thread; requests in flight are dropped
    m_ports.clear();
    m_bound.clear();
    flush();
    // The minute in progress too: its points are as far as it went.
    collect(QDateTime::currentMSecsSinceEpoch() + ApiMetrics::kMinuteMs);
    Q_EMIT servingChanged();
}

void Gateway::tellOwner()
{
    const auto owner = OwnerLease::holder();
    if (owner && owner->pid != QCoreApplication::applicationPid() && !owner->adminSocket.isEmpty())
        adminRequest(owner->adminSocket, "POST", "/v1/gateway/reload", 2000);
}

void Gateway::changed()
{
    if (m_running)
        reload();
    else
        tellOwner();
}

quint16 Gateway::servingPort(const QString &apiId) const
{
    return m_ports.value(apiId);
}

void Gateway::reload()
{
    if (!m_running)
        return;
    if (auto meter = m_meter.reload(); !meter)
        qCWarning(lcGateway).noquote() << "keys and usage plans unreadable:" << meter.error();
    const auto apis = m_apis.all();
    if (!apis) {
        qCWarning(lcGateway).noquote() << "APIs unreadable:" << apis.error();
        return;
    }
    QHash<QString, std::shared_ptr<const Api>> defined;
    bool redefined = false;
    for (const Api &api : *apis) {
        const auto before = m_defined.value(api.id);
        redefined = redefined || (before && *before != api);
        defined.insert(api.id, std::make_shared<const Api>(api));
    }
    if (redefined) // a deployment, a changed authorizer: API Gateway flushes its cache too
        m_authorizers->flushCache();
    // Caches of stages that no longer cache (or no longer are) go; a new
    // deployment's answers have other keys, and a flush makes older ones
    // unusable (StageCache::flushedMs).
    for (auto it = m_caches.begin(); it != m_caches.end();) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const auto api = defined.value(it.key().left(slash));
        const Stage *stage = api ? api->stage(it.key().mid(slash + 1)) : nullptr;
        if (stage && stage->cache.enabled) {
            it.value()->flushIfBefore(stage->cache.flushedMs); // its memory back at once
            ++it;
        } else {
            it = m_caches.erase(it);
        }
    }
    bool changed = false;
    for (auto it = m_servers.begin(); it != m_servers.end();) {
        const auto now = defined.value(it.key());
        if (!now || now->port != m_ports.value(it.key()) ||
            now->listenAddress() != m_bound.value(it.key())) {
            m_ports.remove(it.key());
            m_bound.remove(it.key());
            m_webSockets->detach(it.key());
            it = m_servers.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    m_defined = defined;
    for (const auto &api : std::as_const(defined)) {
        if (!m_servers.contains(api->id)) {
            listen(*api);
            changed = true;
        }
    }
    for (auto it = m_problems.begin(); it != m_problems.end();) {
        it = defined.contains(it.key()) ? std::next(it) : m_problems.erase(it);
    }
    if (changed)
        Q_EMIT servingChanged();
}

void Gateway::listen(const Api &api)
{
    http::HttpServerLimits limits;
    limits.request.maxBodyBytes = kMaxPayloadBytes;
    limits.request.maxHeaderBytes = kMaxHeaderBytes;
    limits.maxConnections = 10000;
    const QString id = api.id;
    auto server = std::make_shared<http::TcpHttpServer>(
        http::HttpServer::AsyncHandler(
            [this, id](const http::HttpRequestHead &head, const QByteArray &body) {
                return handle(id, head, body);
            }),
        limits);
    if (api.type == ApiType::WebSocket)
        m_webSockets->attach(id, server.get(), [this, id] { return m_defined.value(id); });
    const VoidResult listening = server->listen(api.listenAddress(), api.port);
    if (!listening) {
        m_webSockets->detach(api.id);
        const QString problem = tr("Cannot serve API %1 on %2:%3: %4")
                                    .arg(api.name, api.listenAddress())
                                    .arg(api.port)
                                    .arg(listening.error());
        if (m_problems.value(api.id) != problem)
            qCWarning(lcGateway).noquote() << problem;
        m_problems.insert(api.id, problem);
        return;
    }
    m_problems.remove(api.id);
    m_servers.insert(api.id, std::move(server));
    m_ports.insert(api.id, api.port);
    m_bound.insert(api.id, api.listenAddress());
    qCInfo(lcGateway).noquote() << "API" << api.name << "at"
                                << api.stageUrl(QStringLiteral("$default"));
    if (api.servesOtherMachines())
        qCWarning(lcGateway).noquote()
            << "API" << api.name << "is served on"
            << api.listenAddress() + QLatin1Char(':') + QString::number(api.port)
            << "- other machines can call it; routes without a key or authorizer are open to them";
}

QString Gateway::cacheSlot(const QString &apiId, const QString &stage)
{
    return apiId + QLatin1Char('/') + stage;
}

ResponseCache *Gateway::cacheOf(const QString &apiId, const Stage &stage)
{
    const qint64 capacity = qint64(stage.cache.capacityMb) * 1024 * 1024;
    auto &cache = m_caches[cacheSlot(apiId, stage.name)];
    if (!cache)
        cache = std::make_shared<ResponseCache>(capacity);
    else
        cache->setCapacity(capacity);
    cache->flushIfBefore(stage.cache.flushedMs);
    return cache.get();
}

qint64 Gateway::cachedBytes(const QString &apiId, const QString &stage) const
{
    const auto it = m_caches.constFind(cacheSlot(apiId, stage));
    return it == m_caches.cend() ? 0 : it.value()->bytes();
}

void Gateway::flush()
{
    if (auto usage = m_meter.flush(); !usage)
        qCWarning(lcGateway).noquote() << "usage could not be written:" << usage.error();
    writeLog();
    if (m_worker)
        m_worker->sync(2000);
}

void Gateway::collect(qint64 nowMs)
{
    const metrics::MetricBatch batch = m_metrics.take(nowMs);
    if (!batch.isEmpty())
        Q_EMIT collected(batch);
}

void Gateway::writeLog()
{
    if (m_pendingLog.isEmpty())
        return;
    const auto entries = std::exchange(m_pendingLog, {});
    if (m_worker) {
        // Hundreds of rows a second at load: not on this (the GUI's) thread.
        m_worker->submit(QStringLiteral("the API access log"),
                         [entries](store::StoreWriteContext &context) {
                             return context.resident<AccessLog>().append(entries);
                         });
        return;
    }
    if (auto written = m_log.append(entries); !written)
        qCWarning(lcGateway).noquote() << "the access log could not be written:" << written.error();
}

http::HttpResponse Gateway::finish(Served &done, http::HttpResponse response)
{
    AccessLogEntry &e = done.entry;
    e.status = response.status;
    e.latencyMs = double(m_clock.nsecsElapsed() - done.startedNs) / 1e6;
    addCorsHeaders(done.cors, done.origin, &response);
    response.headers.append({done.type == ApiType::Rest ? QByteArray("x-amzn-RequestId")
                                                        : QByteArray("apigw-requestid"),
                             e.requestId.toLatin1()});
    record(e);
    return response;
}

void Gateway::record(const AccessLogEntry &e)
{
    if (m_pendingLog.size() < 100000) // a store that cannot keep up loses log lines, not memory
        m_pendingLog.append(e);
    if (const auto api = m_defined.value(e.apiId))
        m_metrics.record(api->name, e);
    Q_EMIT served(e);
}

QFuture<http::HttpResponse> Gateway::handle(const QString &apiId, const http::HttpRequestHead &head,
                                            const QByteArray &body)
{
    auto served = std::make_shared<Served>();
    served->startedNs = m_clock.nsecsElapsed();
    AccessLogEntry &e = served->entry;
    e.apiId = apiId;
    e.requestId = requestId();
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.method = QString::fromLatin1(head.method);
    e.path = QString::fromUtf8(head.path());
    e.routeKey = QStringLiteral("-");
    e.sourceIp = QString::fromLatin1(head.peer);
    auto ready = [&](int status, const QByteArray &message, const QString &why) {
        e.error = why;
        return QtFuture::makeReadyFuture(finish(*served, gatewayMessage(status, message)));
    };
    const auto found = m_defined.constFind(apiId);
    if (found == m_defined.cend())
        return ready(404, "Not Found", tr("The API was removed."));
    // Held to the end of the request: a reload may replace it meanwhile.
    const std::shared_ptr<const Api> api = found.value();
    served->type = api->type;
    if (api->cors.enabled()) {
        served->cors = api->cors;
        served->origin = head.header("origin");
    }

    // The stage: the path's first part, or an HTTP API's $default.
    const QByteArray path = head.path();
    QByteArray routePath;
    const Stage *stage = stageForPath(*api, path, &routePath);
    if (!stage)
        return api->type == ApiType::Rest
                   ? ready(403, "Forbidden", tr("No stage at %1.").arg(QString::fromUtf8(path)))
                   : ready(404, "Not Found", tr("No stage at %1.").arg(QString::fromUtf8(path)));
    e.stage = stage->name;
    if (api->type == ApiType::WebSocket) {
        // Plain HTTP to a WebSocket API: the management API, or nothing.
        if (WebSocketApis::isManagementPath(routePath)) {
            e.routeKey = QStringLiteral("@connections");
            return QtFuture::makeReadyFuture(
                finish(*served, m_webSockets->manage(*api, *stage, head, routePath, body)));
        }
        return ready(426, "Upgrade Required", tr("A WebSocket API takes WebSocket clients."));
    }
    // Browsers' preflights are the gateway's to answer, whatever the routes.
    if (auto preflight = corsPreflight(api->cors, head)) {
        e.routeKey = QStringLiteral("(CORS preflight)");
        served->cors = {}; // its headers are the preflight's own
        return QtFuture::makeReadyFuture(finish(*served, *preflight));
    }
    const Deployment *deployment = api->deployment(stage->deploymentId);
    if (!deployment)
        return ready(404, "Not Found", tr("The stage has no deployment."));
    const RouteMatch match = matchRoute(deployment->routes, e.method, QString::fromUtf8(routePath));
    if (!match.route)
        return api->type == ApiType::Rest
                   ? ready(403, "Missing Authentication Token", tr("No route matches."))
                   : ready(404, "Not Found", tr("No route matches."));
    e.routeKey = match.route->key;

    GatewayRequest request;
    request.method = head.method;
    request.rawPath = path;
    request.path = routePath;
    request.rawQuery = head.query();
    request.headers = head.headers;
    request.body = body;
    request.sourceIp = e.sourceIp;
    request.requestId = e.requestId;
    request.timeMs = e.timeMs;
    if (match.route->authorizer.isEmpty())
        return admit(served, api, stage, match, std::move(request));

    // The authorizer first, as API Gateway: a caller it refuses never
    // spends a key's quota.
    QFuture<AuthorizerVerdict> verdict = m_authorizers->authorize(*api, *stage, match, request);
    auto proceed = [this, served, api, stage, match,
                    request](const AuthorizerVerdict &v) mutable -> QFuture<http::HttpResponse> {
        if (!v.allowed) {
            served->entry.error = v.error;
            return QtFuture::makeReadyFuture(finish(*served, v.refusal));
        }
        request.authorization = v.authorization;
        return admit(served, api, stage, match, std::move(request));
    };
    if (verdict.isFinished()) // a JWT, a cached answer: no event-loop turn
        return proceed(verdict.result());
    auto promise = std::make_shared<QPromise<http::HttpResponse>>();
    promise->start();
    whenFinished(verdict, this, [this, promise, proceed](const AuthorizerVerdict &v) mutable {
        whenFinished(proceed(v), this, [promise](const http::HttpResponse &response) {
            promise->addResult(response);
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<http::HttpResponse> Gateway::admit(const std::shared_ptr<Served> &served,
                                           const std::shared_ptr<const Api> &api,
                                           const Stage *stage, const RouteMatch &match,
                                           GatewayRequest request)
{
    AccessLogEntry &e = served->entry;
    auto ready = [&](int status, const QByteArray &message, const QString &why) {
        e.error = why;
        return QtFuture::makeReadyFuture(finish(*served, gatewayMessage(status, message)));
    };
    const qint64 now = e.timeMs;
    if (match.route->apiKeyRequired) {
        const QString value = QString::fromUtf8(header(request.headers, "x-api-key"));
        const UsageMeter::Decision d = m_meter.admit(api->id, stage->name, value, now);
        e.apiKeyId = d.keyId;
        switch (d.verdict) {
        case UsageMeter::Verdict::Allowed:
            break;
        case UsageMeter::Verdict::Forbidden:
            return ready(403, "Forbidden",
                         value.isEmpty() ? tr("The route needs an API key (x-api-key).")
                                         : tr("The API key is not valid for this stage."));
        case UsageMeter::Verdict::Throttled:
            return ready(429, "Too Many Requests", tr("The key's usage plan throttled it."));
        case UsageMeter::Verdict::QuotaSpent:
            return ready(429, "Limit Exceeded", tr("The key's quota for the period is spent."));
        }
        request.apiKey = value;
        request.apiKeyId = d.keyId;
    }
    if (stage->rateLimit > 0) {
        const QString slot = api->id + QLatin1Char('/') + stage->name;
        auto bucket = m_stageBuckets.find(slot);
        if (bucket == m_stageBuckets.end() ||
            !bucket->sameLimits(stage->rateLimit, qMax(1, stage->burstLimit)))
            bucket = m_stageBuckets.insert(
                slot, TokenBucket(stage->rateLimit, qMax(1, stage->burstLimit), now));
        if (!bucket->take(now))
            return ready(429, "Too Many Requests", tr("The stage's throttle."));
    }

    // The stage's cache, past the authorizer, key and throttle as on AWS.
    QString cacheKey;
    ResponseCache *cache = nullptr;
    if (stage->cache.enabled && stage->cache.ttlSeconds > 0 && request.method == "GET") {
        cache = cacheOf(api->id, *stage);
        cacheKey = responseCacheKey(*stage, request);
        // Only a key the stage lets invalidate fetches afresh; anyone
        // else's max-age=0 is answered from the cache, as API Gateway's
        // default.
        bool fresh = false;
        if (asksForFresh(request)) {
            const QString keyId =
                !request.apiKeyId.isEmpty()
                    ? request.apiKeyId
                    : m_meter.keyIdOf(QString::fromUtf8(header(request.headers, "x-api-key")));
            fresh = !keyId.isEmpty() && stage->cache.invalidatorKeyIds.contains(keyId);
        }
        if (!fresh) {
            if (auto hit = cache->find(cacheKey, now, stage->cache.flushedMs)) {
                e.cache = AccessLogEntry::Cache::Hit;
                return QtFuture::makeReadyFuture(finish(*served, *hit));
            }
            // The same answer is being fetched: wait for it instead of
            // running the integration once per waiting client.
            const auto filling =
                m_fills.find(cacheSlot(api->id, stage->name) + QChar(0x1f) + cacheKey);
            if (filling != m_fills.end()) {
                auto promise = std::make_shared<QPromise<http::HttpResponse>>();
                promise->start();
                filling->append([this, promise, served, api, stage, match,
                                 request](const http::HttpResponse *shared) {
                    if (shared) {
                        served->entry.cache = AccessLogEntry::Cache::Hit;
                        promise->addResult(finish(*served, *shared));
                        promise->finish();
                        return;
                    }
                    // Not for sharing (an error, a cookie): its own run.
                    whenFinished(integrate(served, api, *stage, match, request, {}), this,
                                 [promise](const http::HttpResponse &response) {
                                     promise->addResult(response);
                                     promise->finish();
                                 });
                });
                return promise->future();
            }
        }
        e.cache = AccessLogEntry::Cache::Miss;
    }
    return integrate(served, api, *stage, match, request, cache ? cacheKey : QString());
}

QFuture<http::HttpResponse> Gateway::integrate(const std::shared_ptr<Served> &served,
                                               const std::shared_ptr<const Api> &api,
                                               const Stage &stage, const RouteMatch &match,
                                               const GatewayRequest &request,
                                               const QString &cacheKey)
{
    const QString slot = cacheKey.isEmpty() ? QString() : cacheSlot(api->id, stage.name);
    const QString fill = slot + QChar(0x1f) + cacheKey;
    if (!slot.isEmpty() && !m_fills.contains(fill)) // a fresh fetch joins one in flight
        m_fills.insert(fill, {});
    auto promise = std::make_shared<QPromise<http::HttpResponse>>();
    promise->start();
    const qint64 expiresMs = served->entry.timeMs + qint64(stage.cache.ttlSeconds) * 1000;
    whenFinished(
        m_runner->run(*api, stage, match, request), this,
        [this, promise, served, api, cacheKey, expiresMs, slot, fill](const IntegrationOutcome &o) {
            served->entry.integrationLatencyMs = o.integrationMs;
            served->entry.error = o.error;
            const bool keep = !slot.isEmpty() && cacheable(o.response);
            // The cache may have gone (a reload) while it ran.
            if (keep)
                if (const auto it = m_caches.constFind(slot); it != m_caches.cend())
                    it.value()->insert(cacheKey, o.response, served->entry.timeMs, expiresMs);
            promise->addResult(finish(*served, o.response));
            promise->finish();
            if (!slot.isEmpty())
                for (const CacheWaiter &waiter : m_fills.take(fill))
                    waiter(keep ? &o.response : nullptr);
        });
    return promise->future();
}

} // namespace sloop::gateway
