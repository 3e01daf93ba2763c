#pragma once

#include "containerdeployer.h"
#include "containerservicerepository.h"
#include "controlplane/ownerservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sloop::engine {
class EngineManager;
}
namespace sloop::http {
class HttpClient;
class TcpHttpServer;
struct HttpRequestHead;
struct HttpResponse;
} // namespace sloop::http

namespace sloop::containerservices {

// Every container service's public endpoint, as Lightsail's load balancer
// is: http://127.0.0.1:PORT/ in front of the copies of its active
// deployment's public container, each checked by the deployment's health
// check; a request goes to the next healthy copy (to any running copy when
// none is healthy yet, 503 when none runs). It reads the services every
// second, so a deployment made active by another process is served from
// the next second on. Only the owner of the data folder runs it.
//
// Thread-safety: use on the thread that made it.
class ContainerEndpoints : public QObject, public OwnerService
{
    Q_OBJECT
public:
    ContainerEndpoints(store::Database &db, engine::EngineManager &engines,
                       QObject *parent = nullptr);
    ~ContainerEndpoints() override;

    static constexpr int kTickMs = 1000;

    void start() override;
    void stop() override;
    bool running() const { return m_running; }

    // Where a service's endpoint is served now; 0 when it is not (problem()).
    quint16 servingPort(const QString &service) const;
    QString problem(const QString &service) const;
    // The copies behind it and how many pass their health check.
    int targets(const QString &service) const;
    int healthyTargets(const QString &service) const;

Q_SIGNALS:
    void changed();

private:
    struct Endpoint;
    void tick();
    void refresh(Endpoint &endpoint);
    QFuture<http::HttpResponse> handle(const QString &service, const http::HttpRequestHead &head,
                                       const QByteArray &body);

    ContainerServiceRepository m_repo;
    engine::EngineManager &m_engines;
    http::HttpClient *m_http;
    QHash<QString, std::shared_ptr<Endpoint>> m_endpoints; // by service name
    QTimer m_timer;
    bool m_running = false;
};

} // namespace sloop::containerservices
