#include "integrationrunner.h"

#include "functions/functionservice.h"
#include "http/httpclient.h"
#include "util/futures.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPromise>
#include <QTimer>
#include <QUrl>

#include <memory>

Q_LOGGING_CATEGORY(lcIntegration, "sloop.gateway.integration")

namespace sloop::gateway {

namespace {

// Not passed on, either way: they are about one connection, or the
// gateway's own credential.
bool hopByHop(QByteArrayView lowerName)
{
    static const QList<QByteArray> names = {
        "connection", "keep-alive",     "proxy-authenticate", "proxy-authorization",
        "te",         "trailer",        "transfer-encoding",  "upgrade",
        "host",       "content-length", "x-api-key",
    };
    for (const QByteArray &n : names) {
        if (lowerName == n)
            return true;
    }
    return false;
}

IntegrationOutcome failed(int status, const QByteArray &message, const QString &error)
{
    IntegrationOutcome o;
    o.response = gatewayMessage(status, message);
    o.error = error;
    return o;
}

} // namespace

QString integrationUrl(const QString &target, const RouteMatch &match, const QByteArray &rawQuery)
{
    QString url = target;
    for (auto it = match.pathParameters.cbegin(); it != match.pathParameters.cend(); ++it) {
        const QByteArray keep = it.key() == match.greedyParameter ? "/" : "";
        const QString value = QString::fromLatin1(QUrl::toPercentEncoding(it.value(), keep));
        url.replace(QLatin1Char('{') + it.key() + QStringLiteral("+}"), value);
        url.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), value);
    }
    if (!rawQuery.isEmpty())
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QString::fromLatin1(rawQuery);
    return url;
}

struct IntegrationRunner::Pending
{
    std::shared_ptr<QPromise<IntegrationOutcome>> promise;
    qint64 startedNs = 0;
    QString target;
    int timeoutMs = 0;
    bool settled = false;
    Deadlines::iterator deadline;
    bool hasDeadline = false;
};

IntegrationRunner::IntegrationRunner(functions::FunctionService *functions, QObject *parent)
    : QObject(parent)
    , m_functions(functions)
    , m_http(new http::HttpClient(this))
{
    m_clock.start();
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &IntegrationRunner::onDeadline);
}

void IntegrationRunner::settle(const std::shared_ptr<Pending> &pending, IntegrationOutcome outcome)
{
    if (std::exchange(pending->settled, true))
        return;
    if (pending->hasDeadline) {
        m_deadlines.erase(pending->deadline);
        pending->hasDeadline = false;
    }
    outcome.integrationMs = double(m_clock.nsecsElapsed() - pending->startedNs) / 1e6;
    pending->promise->addResult(outcome);
    pending->promise->finish();
}

void IntegrationRunner::onDeadline()
{
    m_armedFor = -1;
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const std::shared_ptr<Pending> pending = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        pending->hasDeadline = false;
        settle(pending, failed(504, "Endpoint request timed out",
                               tr("The integration (%1) did not answer within %2 ms.")
                                   .arg(pending->target)
                                   .arg(pending->timeoutMs)));
    }
    if (!m_deadlines.empty()) {
        m_armedFor = m_deadlines.begin()->first;
        m_deadlineTimer.start(int(qMax<qint64>(0, m_armedFor - now)));
    }
}

IntegrationRunner::~IntegrationRunner() = default;

QFuture<IntegrationOutcome> IntegrationRunner::run(const Api &api, const Stage &stage,
                                                   const RouteMatch &match,
                                                   const GatewayRequest &request)
{
    const Integration &integration = match.route->integration;
    QFuture<IntegrationOutcome> work;
    switch (integration.kind) {
    case Integration::Kind::Mock: {
        IntegrationOutcome o;
        o.response.status = integration.mockStatus;
        o.response.contentType = integration.mockContentType;
        o.response.body = integration.mockBody;
        return QtFuture::makeReadyFuture(o);
    }
    case Integration::Kind::Function: {
        const int format = api.type == ApiType::Rest ? 1 : integration.payloadFormat;
        work = invokeFunction(integration, proxyEvent(api, stage, match, request, format), format);
        break;
    }
    case Integration::Kind::Http:
        work = callHttp(integration, match, request);
        break;
    }
    // Whichever comes first: the answer or the integration's timeout.
    auto pending = std::make_shared<Pending>();
    pending->promise = std::make_shared<QPromise<IntegrationOutcome>>();
    pending->promise->start();
    pending->startedNs = m_clock.nsecsElapsed();
    pending->target = integration.target;
    pending->timeoutMs = integration.timeoutMs;
    // Rounded up to the next millisecond: the timer counts whole ones, and
    // a 504 must never come before the timeout has fully passed.
    const qint64 due = (pending->startedNs + 999'999) / 1'000'000 + integration.timeoutMs;
    pending->deadline = m_deadlines.emplace(due, pending);
    pending->hasDeadline = true;
    if (m_armedFor < 0 || due < m_armedFor) {
        m_armedFor = due;
        m_deadlineTimer.start(int(qMax<qint64>(0, due - m_clock.elapsed())));
    }
    whenFinished(work, this, [this, pending](const IntegrationOutcome &o) { settle(pending, o); });
    return pending->promise->future();
}

QFuture<IntegrationOutcome> IntegrationRunner::invokeFunction(const Integration &integration,
                                                              const QByteArray &event, int format)
{
    const auto [named, qualified] = functionAndQualifier(integration.target);
    const QString name = named; // lambdas below copy it
    const QString qualifier = qualified;
    if (!m_functions)
        return QtFuture::makeReadyFuture(
            failed(500, "Internal Server Error", tr("Functions are not available here.")));
    auto promise = std::make_shared<QPromise<IntegrationOutcome>>();
    promise->start();
    whenFinished(m_functions->invoke(name, event, qualifier), this,
                 [promise, format, name](const Result<functions::Invocation> &done) {
                     IntegrationOutcome o;
                     if (!done) {
                         // Not invoked at all (no such function, its
                         // concurrency taken): API Gateway's 500.
                         o = failed(500, "Internal Server Error", done.error());
                     } else if (!done->result.ok) {
                         o = failed(
                             502, "Internal server error",
                             tr("The function %1 failed: %2").arg(name, done->result.errorType));
                     } else if (auto mapped = proxyResponse(done->result.body, format); !mapped) {
                         o = failed(502, "Internal server error", mapped.error());
                     } else {
                         o.response = *mapped;
                     }
                     if (!o.error.isEmpty())
                         qCInfo(lcIntegration).noquote() << o.error;
                     promise->addResult(o);
                     promise->finish();
                 });
    return promise->future();
}

QFuture<IntegrationOutcome> IntegrationRunner::callHttp(const Integration &integration,
                                                        const RouteMatch &match,
                                                        const GatewayRequest &request)
{
    http::ClientRequest out;
    out.method = request.method;
    out.url = QUrl(integrationUrl(integration.target, match, request.rawQuery));
    for (const auto &[name, value] : request.headers) {
        if (!hopByHop(name))
            out.headers.append({name, value});
    }
    out.headers.append({QByteArray("x-forwarded-for"), request.sourceIp.toLatin1()});
    out.headers.append({QByteArray("x-forwarded-proto"), QByteArray("http")});
    out.body = request.body;
    out.connectTimeoutMs = integration.timeoutMs;
    out.timeoutMs = integration.timeoutMs;
    out.maxBodyBytes = 10 * 1024 * 1024; // API Gateway's payload limit
    auto promise = std::make_shared<QPromise<IntegrationOutcome>>();
    promise->start();
    const QString target = out.url.toString(QUrl::RemoveUserInfo);
    whenFinished(m_http->send(out), this,
                 [promise, target](const Result<http::ClientResponse> &answer) {
                     IntegrationOutcome o;
                     if (!answer) {
                         o = failed(answer.kind() == ErrorKind::TimedOut ? 504 : 502,
                                    answer.kind() == ErrorKind::TimedOut
                                        ? QByteArray("Endpoint request timed out")
                                        : QByteArray("Internal server error"),
                                    tr("%1 did not answer: %2").arg(target, answer.error()));
                         qCInfo(lcIntegration).noquote() << o.error;
                     } else {
                         o.response.status = answer->status;
                         o.response.contentType = answer->header("content-type");
                         o.response.body = answer->body;
                         for (const auto &[name, value] : answer->headers) {
                             const QByteArray lower = name.toLower();
                             // The body arrives decoded: its encoding
                             // and length are no longer the backend's.
                             if (!hopByHop(lower) && lower != "content-type" && lower != "date" &&
                                 lower != "server" && lower != "content-encoding")
                                 o.response.headers.append({name, value});
                         }
                     }
                     promise->addResult(o);
                     promise->finish();
                 });
    return promise->future();
}

} // namespace sloop::gateway
