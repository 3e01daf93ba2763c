#pragma once

#include "apimodel.h"
#include "http/httpserver.h"
#include "proxyevents.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::http {
class HttpClient;
}

namespace sloop::gateway {

// What an integration answered, and how long it took.
struct IntegrationOutcome
{
    http::HttpResponse response;
    double integrationMs = 0;
    QString error; // why the client got a 5xx of the gateway's own
};

// Runs a route's integration: a function with the proxy event, an HTTP
// endpoint with the request passed on, or a mock. Past the integration's
// timeout the client gets 504 {"message":"Endpoint request timed out"}
// (what was started runs on). The future settles on this object's thread.
//
// Thread-safety: use on the thread that made it.
class IntegrationRunner : public QObject
{
    Q_OBJECT
public:
    IntegrationRunner(functions::FunctionService *functions, QObject *parent = nullptr);
    ~IntegrationRunner() override;

    QFuture<IntegrationOutcome> run(const Api &api, const Stage &stage, const RouteMatch &match,
                                    const GatewayRequest &request);

private:
    struct Pending;
    using Deadlines = std::multimap<qint64, std::shared_ptr<Pending>>;
    void settle(const std::shared_ptr<Pending> &pending, IntegrationOutcome outcome);
    void onDeadline();
    QFuture<IntegrationOutcome> invokeFunction(const Integration &integration,
                                               const QByteArray &event, int format);
    QFuture<IntegrationOutcome> callHttp(const Integration &integration, const RouteMatch &match,
                                         const GatewayRequest &request);

    functions::FunctionService *m_functions;
    http::HttpClient *m_http;
    // Requests in flight by when they time out, and one timer for the
    // earliest: a timer each would make every new one cost more (Qt keeps
    // its timers in a list), and thousands are in flight at load.
    QElapsedTimer m_clock;
    Deadlines m_deadlines;
    QTimer m_deadlineTimer;
    qint64 m_armedFor = -1;
};

// The URL an HTTP integration calls: {name} in the target replaced by the
// path parameter (percent-encoded; the greedy one keeps its '/'), the
// request's query appended.
QString integrationUrl(const QString &target, const RouteMatch &match, const QByteArray &rawQuery);

} // namespace sloop::gateway
