#include "dockerworker.h"

#include "commandlog/commandlog.h"
#include "dockerjson.h"
#include "http/streamtransport.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace sloop::engine {

DockerWorker::DockerWorker(QString name, StreamTransport *transport, CommandLog *log)
    : m_name(std::move(name))
    , m_transport(transport)
    , m_log(log)
{
}

void DockerWorker::record(const HttpRequest &request, qint64 ms, bool ok, const QString &result)
{
    if (!m_log || (request.quiet && ok))
        return;
    CommandLogEntry entry;
    entry.target = m_name;
    // Method and path only: bodies can carry environment values and auth.
    // A build's arguments go in its query and may be tokens: only the path.
    QByteArray path = request.path;
    if (const qsizetype q = path.indexOf('?'); q >= 0 && path.contains("buildargs="))
        path = path.left(q) + "?…";
    entry.call = QString::fromLatin1(request.method) + QLatin1Char(' ') +
                 QString::fromUtf8(QByteArray::fromPercentEncoding(path));
    entry.durationMs = ms;
    entry.ok = ok;
    entry.result = result;
    m_log->record(entry);
}

void DockerWorker::exchange(HttpRequest request, Reply reply)
{
    auto *ex = new HttpExchange(m_transport, request, this);
    auto body = std::make_shared<QByteArray>();
    auto head = std::make_shared<HttpHead>();
    constexpr qsizetype kMaxBody = 512 * 1024 * 1024;
    connect(ex, &HttpExchange::headReceived, ex, [head](const HttpHead &h) { *head = h; });
    connect(ex, &HttpExchange::bodyData, ex, [ex, body](const QByteArray &data) {
        body->append(data);
        if (body->size() > kMaxBody)
            ex->abort(tr("The engine's answer is larger than 512 MiB; refusing it."));
    });
    connect(ex, &HttpExchange::finished, this, [=, this](const QString &error) {
        const qint64 ms = ex->elapsedMs();
        ex->deleteLater();
        if (!error.isEmpty()) {
            // The engine may have gone away or been replaced: negotiate again.
            if (head->status == 0)
                m_apiPrefix.clear();
            record(request, ms, false, error);
            reply(Result<RawResponse>::failure(ex->failure()));
            return;
        }
        const bool ok = head->status < 400;
        record(request, ms, ok,
               ok ? QString::number(head->status)
                  : QString::number(head->status) + QStringLiteral(": ") +
                        json::errorMessage(*body));
        reply(RawResponse{*head, std::move(*body)});
    });
    ex->start();
}

void DockerWorker::send(HttpRequest request, bool versioned, Reply reply)
{
    if (!versioned) {
        exchange(std::move(request), std::move(reply));
        return;
    }
    dispatch(Pending{std::move(request), std::move(reply)});
}

void DockerWorker::dispatch(Pending pending)
{
    if (m_apiPrefix.isEmpty()) {
        m_waiting.append(std::move(pending));
        runNegotiation();
        return;
    }
    if (pending.stream) {
        HttpExchange *ex = pending.stream;
        if (ex->isFinished()) // closed while it waited for negotiation
            return;
        ex->prefixPath(m_apiPrefix);
        ex->start();
        return;
    }
    pending.request.path.prepend(m_apiPrefix);
    exchange(std::move(pending.request), std::move(pending.reply));
}

void DockerWorker::negotiate(InfoReply reply)
{
    m_infoWaiting.append(std::move(reply));
    m_apiPrefix.clear(); // an explicit negotiate always asks again
    m_wantVersion = true;
    runNegotiation();
}

void DockerWorker::runNegotiation()
{
    if (m_negotiating)
        return;
    m_negotiating = true;
    HttpRequest pingRequest;
    pingRequest.path = "/_ping";
    pingRequest.timeoutMs = 10000;
    exchange(pingRequest, [this](const Result<RawResponse> &pong) {
        if (!pong) {
            finishNegotiation(Result<EngineInfo>::failure(pong.problem()));
            return;
        }
        if (pong->head.status != 200) {
            finishNegotiation(
                Result<EngineInfo>::failure(tr("The engine answered /_ping with HTTP %1: %2")
                                                .arg(pong->head.status)
                                                .arg(json::errorMessage(pong->body))));
            return;
        }
        const QByteArray pingApi = pong->head.header("api-version");
        if (!m_wantVersion && !pingApi.isEmpty()) {
            EngineInfo info;
            info.apiVersion = QString::fromLatin1(pingApi);
            finishNegotiation(info);
            return;
        }
        m_wantVersion = false;
        HttpRequest versionRequest;
        versionRequest.path = "/version";
        versionRequest.timeoutMs = 10000;
        exchange(versionRequest, [this, pingApi](const Result<RawResponse> &answer) {
            if (!answer) {
                finishNegotiation(Result<EngineInfo>::failure(answer.problem()));
                return;
            }
            Result<EngineInfo> info = json::parseVersion(answer->body);
            if (info && !pingApi.isEmpty())
                info.value().apiVersion = QString::fromLatin1(pingApi);
            finishNegotiation(info);
        });
    });
}

void DockerWorker::finishNegotiation(const Result<EngineInfo> &result)
{
    m_negotiating = false;
    Result<EngineInfo> outcome = result;
    if (result) {
        EngineInfo info = result.value();
        const auto server = QVersionNumber::fromString(info.apiVersion);
        const auto ours = QVersionNumber::fromString(QLatin1String(DockerClient::kMaxApi));
        const auto minimum = QVersionNumber::fromString(QLatin1String(DockerClient::kMinApi));
        if (server < minimum) {
            outcome = Result<EngineInfo>::failure(
                tr("This engine speaks Docker API %1, which is too old: Sloop needs %2 or newer. "
                   "Upgrade the engine (Debian 12's docker.io speaks 1.41).")
                    .arg(info.apiVersion, QLatin1String(DockerClient::kMinApi)));
        } else {
            const auto chosen = server < ours ? server : ours;
            info.negotiated = chosen.toString();
            m_apiPrefix = "/v" + info.negotiated.toLatin1();
            m_info = info;
            outcome = info;
            qCInfo(lcEngine) << m_name << "speaks API" << info.apiVersion << "using"
                             << info.negotiated;
        }
    }
    const auto infoWaiting = std::exchange(m_infoWaiting, {});
    for (const auto &reply : infoWaiting)
        reply(outcome);
    const auto waiting = std::exchange(m_waiting, {});
    for (Pending pending : waiting) {
        if (outcome) {
            dispatch(std::move(pending));
            continue;
        }
        if (pending.stream) {
            pending.stream->abort(outcome.error());
        } else {
            pending.reply(Result<RawResponse>::failure(outcome.problem()));
        }
    }
}

void DockerWorker::startStream(quint64 id, HttpExchange *ex, bool versioned)
{
    ex->setParent(this);
    m_streams.insert(id, ex);
    const HttpRequest request = ex->request();
    connect(ex, &HttpExchange::headReceived, this, [this, ex](const HttpHead &head) {
        // ex->request(), not a copy: the path carries the API version by now.
        record(ex->request(), ex->elapsedMs(), head.status < 400,
               QString::number(head.status) + tr(" (stream opened)"));
    });
    connect(ex, &HttpExchange::finished, this, [this, id, ex](const QString &error) {
        if (!error.isEmpty() && error != tr("Cancelled."))
            record(ex->request(), ex->elapsedMs(), false, error);
        m_streams.remove(id);
        ex->deleteLater();
    });
    if (!versioned) {
        ex->start();
        return;
    }
    Pending pending;
    pending.request = request;
    pending.streamId = id;
    pending.stream = ex;
    dispatch(std::move(pending));
}

void DockerWorker::closeStream(quint64 id)
{
    if (HttpExchange *ex = m_streams.value(id))
        ex->abort({});
    // A stream still waiting for negotiation is aborted when it is dispatched.
    for (Pending &p : m_waiting) {
        if (p.streamId == id)
            p.stream->abort({});
    }
}

void DockerWorker::writeStream(quint64 id, const QByteArray &data)
{
    if (HttpExchange *ex = m_streams.value(id))
        ex->write(data);
}

} // namespace sloop::engine
