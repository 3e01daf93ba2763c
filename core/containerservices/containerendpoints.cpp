#include "containerendpoints.h"

#include "engine/enginecatalog.h"
#include "http/httpclient.h"
#include "http/httprequestparser.h"
#include "http/httpserver.h"
#include "http/tcphttpserver.h"
#include "util/futures.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcContainerServices)

namespace sloop::containerservices {

namespace {

bool hopByHop(const QByteArray &lowerName)
{
    static const QList<QByteArray> names{"connection",          "keep-alive", "proxy-authenticate",
                                         "proxy-authorization", "te",         "trailer",
                                         "transfer-encoding",   "upgrade",    "host",
                                         "content-length"};
    return names.contains(lowerName);
}

} // namespace

struct ContainerEndpoints::Endpoint
{
    ContainerService service;
    int version = 0;
    PublicEndpoint endpoint;
    std::shared_ptr<http::TcpHttpServer> server;
    quint16 port = 0;
    QString problem;
    QList<Target> targets;
    HealthTally tally;
    QHash<QString, QElapsedTimer> lastProbe; // by task
    QSet<QString> probing;
    quint64 next = 0;
    bool refreshing = false;

    QList<Target> healthy() const
    {
        QList<Target> out;
        for (const Target &t : targets)
            if (tally.healthy(t.task))
                out.append(t);
        return out;
    }
};

ContainerEndpoints::ContainerEndpoints(store::Database &db, engine::EngineManager &engines,
                                       QObject *parent)
    : QObject(parent)
    , m_repo(db)
    , m_engines(engines)
    , m_http(new http::HttpClient(this))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ContainerEndpoints::tick);
}

ContainerEndpoints::~ContainerEndpoints() = default;

void ContainerEndpoints::start()
{
    m_running = true;
    tick();
    m_timer.start();
}

void ContainerEndpoints::stop()
{
    m_timer.stop();
    m_endpoints.clear();
    m_running = false;
    Q_EMIT changed();
}

quint16 ContainerEndpoints::servingPort(const QString &service) const
{
    const auto e = m_endpoints.value(service);
    return e && e->server ? e->port : 0;
}

QString ContainerEndpoints::problem(const QString &service) const
{
    const auto e = m_endpoints.value(service);
    return e ? e->problem : QString();
}

int ContainerEndpoints::targets(const QString &service) const
{
    const auto e = m_endpoints.value(service);
    return e ? int(e->targets.size()) : 0;
}

int ContainerEndpoints::healthyTargets(const QString &service) const
{
    const auto e = m_endpoints.value(service);
    return e ? int(e->healthy().size()) : 0;
}

void ContainerEndpoints::tick()
{
    const auto services = m_repo.all();
    if (!services) {
        qCWarning(lcContainerServices).noquote()
            << "container services unreadable:" << services.error();
        return;
    }
    QSet<QString> wanted;
    bool changedAny = false;
    for (const ContainerService &s : *services) {
        const Deployment *active = s.active();
        if (s.disabled || !active || !active->spec.publicEndpoint)
            continue;
        wanted.insert(s.name);
        auto &e = m_endpoints[s.name];
        if (!e)
            e = std::make_shared<Endpoint>();
        if (e->version != active->version) {
            e->version = active->version;
            e->endpoint = *active->spec.publicEndpoint;
            // Ask for the new deployment's copies now, whatever is in flight
            // (its answer, for the old version, is dropped).
            e->refreshing = false;
            changedAny = true;
        }
        e->service = s;
        if (e->server && e->port != s.port)
            e->server.reset();
        if (!e->server) {
            http::HttpServerLimits limits;
            limits.request.maxBodyBytes = 32 * 1024 * 1024;
            limits.maxConnections = 1000;
            auto server = std::make_shared<http::TcpHttpServer>(
                http::HttpServer::AsyncHandler(
                    [this, name = s.name](const http::HttpRequestHead &head,
                                          const QByteArray &body) {
                        return handle(name, head, body);
                    }),
                limits);
            const VoidResult listening = server->listen(QStringLiteral("127.0.0.1"), s.port);
            if (!listening) {
                const QString problem = tr("Cannot serve %1's endpoint on port %2: %3")
                                            .arg(s.name)
                                            .arg(s.port)
                                            .arg(listening.error());
                if (problem != e->problem)
                    qCWarning(lcContainerServices).noquote() << problem;
                e->problem = problem;
            } else {
                e->server = std::move(server);
                e->port = s.port;
                e->problem.clear();
                changedAny = true;
                qCInfo(lcContainerServices).noquote()
                    << "container service" << s.name << "at" << s.url();
            }
        }
        refresh(*e);
    }
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();) {
        if (wanted.contains(it.key())) {
            ++it;
        } else {
            it = m_endpoints.erase(it);
            changedAny = true;
        }
    }
    if (changedAny)
        Q_EMIT changed();
}

void ContainerEndpoints::refresh(Endpoint &e)
{
    engine::DockerClient *client = m_engines.client(e.service.engine);
    if (!client) {
        e.problem = tr("Engine %1 of container service %2 is not known here.")
                        .arg(e.service.engine, e.service.name);
        return;
    }
    if (e.refreshing)
        return;
    e.refreshing = true;
    const QString name = e.service.name;
    const int version = e.version;
    whenFinished(endpointTargets(client, name, version, e.endpoint), this,
                 [this, name, version](const Result<QList<Target>> &targets) {
                     const auto found = m_endpoints.value(name);
                     if (!found)
                         return;
                     Endpoint &e = *found;
                     e.refreshing = false;
                     // A deployment made active meanwhile: its targets come next tick.
                     if (!targets || e.version != version)
                         return;
                     e.targets = *targets;
                     QStringList keys;
                     for (const Target &t : e.targets) {
                         keys.append(t.task);
                         QElapsedTimer &last = e.lastProbe[t.task];
                         const HealthCheck check = e.endpoint.healthCheck;
                         if ((last.isValid() && last.elapsed() < check.intervalSeconds * 1000LL) ||
                             e.probing.contains(t.task))
                             continue;
                         last.start();
                         e.probing.insert(t.task);
                         whenFinished(probe(m_http, t, check), this,
                                      [this, name, task = t.task, check](const ProbeResult &r) {
                                          const auto still = m_endpoints.value(name);
                                          if (!still)
                                              return;
                                          still->probing.remove(task);
                                          still->tally.add(task, r, check);
                                      });
                     }
                     e.tally.keepOnly(keys);
                     for (auto it = e.lastProbe.begin(); it != e.lastProbe.end();)
                         it = keys.contains(it.key()) ? std::next(it) : e.lastProbe.erase(it);
                 });
}

QFuture<http::HttpResponse> ContainerEndpoints::handle(const QString &service,
                                                       const http::HttpRequestHead &head,
                                                       const QByteArray &body)
{
    const auto e = m_endpoints.value(service);
    QList<Target> choices = e ? e->healthy() : QList<Target>();
    // Before the first checks end (or when every copy fails them) a load
    // balancer sends to all rather than to none.
    if (choices.isEmpty() && e)
        choices = e->targets;
    if (choices.isEmpty())
        return QtFuture::makeReadyFuture(http::HttpResponse::error(
            503, tr("Container service %1 has no running copy to answer.").arg(service)));
    const Target target = choices.at(qsizetype(e->next++ % quint64(choices.size())));
    http::ClientRequest out;
    out.method = head.method;
    out.url = QUrl(QStringLiteral("http://%1:%2").arg(target.address).arg(target.port) +
                   QString::fromLatin1(head.target));
    // Hop-by-hop headers stop here, and so do those Connection names; the
    // client's X-Forwarded-For gets its address added, as a proxy does.
    QList<QByteArray> connectionNamed;
    for (const QByteArray &n : head.header("connection").split(','))
        connectionNamed.append(n.trimmed().toLower());
    QByteArray forwardedFor = head.peer;
    for (const auto &[name, value] : head.headers) {
        if (name == "x-forwarded-for") {
            forwardedFor = value + ", " + head.peer;
            continue;
        }
        // libcurl asks for what it can decode; the client's wish may not be that.
        if (hopByHop(name) || connectionNamed.contains(name) || name == "x-forwarded-proto" ||
            name == "accept-encoding")
            continue;
        out.headers.append({name, value});
    }
    out.headers.append({QByteArray("x-forwarded-for"), forwardedFor});
    out.headers.append({QByteArray("x-forwarded-proto"), QByteArray("http")});
    if (const QByteArray host = head.header("host"); !host.isEmpty())
        out.headers.append({QByteArray("host"), host});
    out.body = body;
    out.connectTimeoutMs = 5000;
    out.timeoutMs = 60000; // Lightsail's load balancer idle timeout
    out.maxBodyBytes = 64 * 1024 * 1024;
    PendingResult<http::HttpResponse> done;
    whenFinished(m_http->send(out), this, [done](const Result<http::ClientResponse> &answer) {
        if (!answer) {
            done.settle(http::HttpResponse::error(answer.kind() == ErrorKind::TimedOut ? 504 : 502,
                                                  answer.error()));
            return;
        }
        http::HttpResponse r;
        r.status = answer->status;
        r.contentType = answer->header("content-type");
        r.body = answer->body;
        for (const auto &[name, value] : answer->headers) {
            const QByteArray lower = name.toLower();
            if (!hopByHop(lower) && lower != "content-type" && lower != "date" &&
                lower != "content-encoding")
                r.headers.append({name, value});
        }
        done.settle(r);
    });
    return done.future();
}

} // namespace sloop::containerservices
