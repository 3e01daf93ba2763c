#pragma once

#include "accesslog.h"
#include "apikeys.h"
#include "apimetrics.h"
#include "apimodel.h"
#include "apirepository.h"
#include "controlplane/ownerservice.h"
#include "tokenbucket.h"
#include "usagemeter.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::store {
class StoreWorker;
}

namespace sloop::http {
class TcpHttpServer;
struct HttpRequestHead;
struct HttpResponse;
} // namespace sloop::http

namespace sloop::gateway {

class AuthorizerRunner;
class IntegrationRunner;
class ResponseCache;
class WebSocketApis;
struct GatewayRequest;
struct RouteMatch;

// The API gateway: every API on 127.0.0.1 at its own port, its stages in
// the path (http://127.0.0.1:PORT/STAGE/…; an HTTP API's $default stage at
// the root). A request goes to the route its stage's deployment matches,
// past the key and usage plan the route asks for and the stage's
// throttle, to its integration; each is logged in API Gateway's $context
// terms. Only the owner of the data folder serves it; another process that
// changes APIs, keys or plans tells it (tellOwner), and it looks again
// every kPollMs anyway.
//
// Thread-safety: use on the thread that made it.
class Gateway : public QObject, public OwnerService
{
    Q_OBJECT
public:
    Gateway(store::Database &db, functions::FunctionService *functions, QObject *parent = nullptr);
    ~Gateway() override;

    static constexpr int kPollMs = 10'000;
    static constexpr int kFlushMs = 1'000;
    // API Gateway's limits.
    static constexpr qsizetype kMaxPayloadBytes = 10 * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 10 * 1024;

    void start() override;
    void stop() override; // usage and the access log are written first
    bool running() const { return m_running; }

    // Reads APIs, keys and plans again: new APIs are served, removed ones
    // closed, changed ones answer by their new definition from the next
    // request on.
    void reload();
    // The port an API is served on, 0 when it is not (problem() says why).
    quint16 servingPort(const QString &apiId) const;
    QString problem(const QString &apiId) const { return m_problems.value(apiId); }
    // What a stage's response cache holds now, in bytes.
    qint64 cachedBytes(const QString &apiId, const QString &stage) const;
    WebSocketApis *webSockets() const { return m_webSockets; }
    // Writes counted usage and the access log; stored when it returns
    // (stop does it; pages do it before they read the log).
    void flush();
    // Where the access log is written, off this thread; without one it is
    // written here.
    void setStoreWorker(store::StoreWorker *worker) { m_worker = worker; }

    // Tells the owner, when another process is it, that APIs, keys or plans
    // changed (through its admin API).
    static void tellOwner();
    // After this process changed APIs, keys or plans: serves the change now
    // when it is the owner, else tells the owner.
    void changed();

Q_SIGNALS:
    void served(const sloop::gateway::AccessLogEntry &entry);
    // API Gateway's metrics of the minutes that ended, for the metric store.
    void collected(const sloop::metrics::MetricBatch &batch);
    void servingChanged();

private:
    struct Served;
    QFuture<http::HttpResponse> handle(const QString &apiId, const http::HttpRequestHead &head,
                                       const QByteArray &body);
    // Past the authorizer: the key and usage plan, the stage's throttle, then
    // the integration.
    QFuture<http::HttpResponse> admit(const std::shared_ptr<Served> &served,
                                      const std::shared_ptr<const Api> &api, const Stage *stage,
                                      const RouteMatch &match, GatewayRequest request);
    // Runs the route's integration; with a cache key, keeps a cacheable
    // answer and hands it to the requests that waited for it.
    QFuture<http::HttpResponse> integrate(const std::shared_ptr<Served> &served,
                                          const std::shared_ptr<const Api> &api, const Stage &stage,
                                          const RouteMatch &match, const GatewayRequest &request,
                                          const QString &cacheKey);
    http::HttpResponse finish(Served &done, http::HttpResponse response);
    void record(const AccessLogEntry &entry); // to the log, the metrics, served()
    void listen(const Api &api);
    static QString cacheSlot(const QString &apiId, const QString &stage);
    ResponseCache *cacheOf(const QString &apiId, const Stage &stage);
    void writeLog();            // queued on the store worker when there is one
    void collect(qint64 nowMs); // the metrics of the minutes ended by nowMs

    ApiRepository m_apis;
    ApiKeyRepository m_keys;
    AccessLog m_log;
    UsageMeter m_meter;
    IntegrationRunner *m_runner;
    AuthorizerRunner *m_authorizers;
    WebSocketApis *m_webSockets;
    QHash<QString, std::shared_ptr<const Api>> m_defined; // by id; requests in flight share them
    QHash<QString, std::shared_ptr<http::TcpHttpServer>> m_servers; // by id
    QHash<QString, quint16> m_ports;
    QHash<QString, QString> m_bound; // the address each is served on
    QHash<QString, QString> m_problems;
    QHash<QString, TokenBucket> m_stageBuckets;              // "api/stage"
    QHash<QString, std::shared_ptr<ResponseCache>> m_caches; // "api/stage"
    // Answers being fetched for a cache ("api/stage" 0x1f key), and the
    // requests waiting for them (given null when the answer is not to share).
    using CacheWaiter = std::function<void(const http::HttpResponse *)>;
    QHash<QString, QList<CacheWaiter>> m_fills;
    QList<AccessLogEntry> m_pendingLog;
    ApiMetrics m_metrics;
    store::StoreWorker *m_worker = nullptr;
    QTimer m_poll;
    QTimer m_flush;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace sloop::gateway
