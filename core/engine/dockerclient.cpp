#include "dockerclient.h"

#include "dockerjson.h"
#include "dockerworker.h"
#include "http/streamtransport.h"
#include "streamdecoders.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace sloop::engine {

namespace {

// The engine's own message, with the kind its HTTP status means (404: no
// such container or image; 409: name taken, or not running).
} // namespace

Error DockerClient::httpError(const RawResponse &r)
{
    QString message = json::errorMessage(r.body);
    if (message.isEmpty())
        message = QCoreApplication::translate("Engine", "The engine answered HTTP %1.")
                      .arg(r.head.status);
    return Error::make(errorKindForHttpStatus(r.head.status), message, r.head.status);
}

namespace {

// The shapes of an answer, applied on the worker thread where it arrived:
// parsing big answers never touches the caller's (GUI) thread.
template <typename T, typename Parse> auto parsedBy(Parse parse)
{
    return [parse](const Result<RawResponse> &r) -> Result<T> {
        if (!r)
            return Result<T>::failure(r.problem());
        if (r->head.status >= 400)
            return Result<T>::failure(DockerClient::httpError(*r));
        return parse(r->body);
    };
}

VoidResult toVoid(const Result<RawResponse> &r)
{
    if (!r)
        return VoidResult::failure(r.problem());
    if (r->head.status >= 400)
        return VoidResult::failure(DockerClient::httpError(*r));
    return {}; // 304 (already started/stopped) is fine too
}

Result<RawResponse> asIs(const Result<RawResponse> &r)
{
    return r;
}

HttpRequest post(QByteArray path, QByteArray body = {}, int timeoutMs = 30000)
{
    HttpRequest r;
    r.method = "POST";
    r.path = std::move(path);
    r.body = std::move(body);
    r.timeoutMs = timeoutMs;
    return r;
}

HttpRequest get(QByteArray path)
{
    HttpRequest r;
    r.path = std::move(path);
    return r;
}

HttpRequest del(QByteArray path)
{
    HttpRequest r;
    r.method = "DELETE";
    r.path = std::move(path);
    return r;
}

} // namespace

DockerClient::DockerClient(QString name, std::shared_ptr<StreamTransport> transport,
                           CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_transport(std::move(transport))
{
    qRegisterMetaType<HttpHead>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("engine:") + m_name);
    m_worker = new DockerWorker(m_name, m_transport.get(), log);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DockerClient::~DockerClient()
{
    m_thread->quit();
    m_thread->wait();
}

QString DockerClient::endpoint() const
{
    return m_transport->describe();
}

QByteArray DockerClient::encode(const QString &pathPart)
{
    return QUrl::toPercentEncoding(pathPart);
}

QFuture<Result<EngineInfo>> DockerClient::negotiate()
{
    auto promise = std::make_shared<QPromise<Result<EngineInfo>>>();
    promise->start();
    auto future = promise->future();
    DockerWorker::InfoReply reply = [this, promise](Result<EngineInfo> info) {
        settleOn(this, promise, std::move(info));
    };
    QMetaObject::invokeMethod(m_worker, [w = m_worker, reply] { w->negotiate(reply); });
    return future;
}

template <typename T, typename Shape>
QFuture<T> DockerClient::ask(HttpRequest request, Shape shape, bool versioned)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    auto future = promise->future();
    // The worker thread ends (in ~DockerClient) before `this` goes away.
    DockerWorker::Reply reply = [this, promise, shape](Result<RawResponse> raw) {
        settleOn(this, promise, T(shape(raw)));
    };
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, versioned, reply] {
        w->send(request, versioned, reply);
    });
    return future;
}

QFuture<Result<RawResponse>> DockerClient::send(HttpRequest request, bool versioned)
{
    return ask<Result<RawResponse>>(std::move(request), asIs, versioned);
}

void DockerClient::dispatch(HttpRequest request,
                            std::function<void(const Result<RawResponse> &)> onWorker)
{
    DockerWorker::Reply reply = [onWorker = std::move(onWorker)](Result<RawResponse> raw) {
        onWorker(raw);
    };
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request = std::move(request), reply] {
        w->send(request, true, reply);
    });
}

QFuture<Result<EngineSystemInfo>> DockerClient::systemInfo()
{
    return ask<Result<EngineSystemInfo>>(get("/info"),
                                         parsedBy<EngineSystemInfo>(json::parseSystemInfo));
}

QFuture<Result<QList<ContainerSummary>>>
DockerClient::listContainers(bool all, const QMap<QString, QStringList> &filters)
{
    QByteArray path = "/containers/json";
    path += all ? "?all=1" : "?all=0";
    if (!filters.isEmpty())
        path +=
            "&filters=" + QUrl::toPercentEncoding(QString::fromUtf8(json::filtersParam(filters)));
    return ask<Result<QList<ContainerSummary>>>(
        get(path), parsedBy<QList<ContainerSummary>>(json::parseContainerList));
}

QFuture<Result<ContainerDetails>> DockerClient::inspectContainer(const QString &id, bool withSize)
{
    return ask<Result<ContainerDetails>>(
        get("/containers/" + encode(id) + "/json" + (withSize ? "?size=1" : "")),
        parsedBy<ContainerDetails>(json::parseContainerInspect));
}

QFuture<Result<QString>> DockerClient::createContainer(const ContainerSpec &spec)
{
    QByteArray path = "/containers/create";
    if (!spec.name.isEmpty())
        path += "?name=" + encode(spec.name);
    return ask<Result<QString>>(post(path, json::containerCreateBody(spec)),
                                parsedBy<QString>(json::parseCreatedId));
}

QFuture<VoidResult> DockerClient::startContainer(const QString &id)
{
    return ask<VoidResult>(post("/containers/" + encode(id) + "/start"), toVoid);
}

QFuture<VoidResult> DockerClient::stopContainer(const QString &id, int timeoutSeconds)
{
    return ask<VoidResult>(
        post("/containers/" + encode(id) + "/stop?t=" + QByteArray::number(timeoutSeconds), {},
             (timeoutSeconds + 30) * 1000),
        toVoid);
}

QFuture<VoidResult> DockerClient::restartContainer(const QString &id, int timeoutSeconds)
{
    return ask<VoidResult>(
        post("/containers/" + encode(id) + "/restart?t=" + QByteArray::number(timeoutSeconds), {},
             (timeoutSeconds + 30) * 1000),
        toVoid);
}

QFuture<VoidResult> DockerClient::killContainer(const QString &id, const QString &signal)
{
    QByteArray path = "/containers/" + encode(id) + "/kill";
    if (!signal.isEmpty())
        path += "?signal=" + encode(signal);
    return ask<VoidResult>(post(path), toVoid);
}

QFuture<VoidResult> DockerClient::pauseContainer(const QString &id)
{
    return ask<VoidResult>(post("/containers/" + encode(id) + "/pause"), toVoid);
}

QFuture<VoidResult> DockerClient::unpauseContainer(const QString &id)
{
    return ask<VoidResult>(post("/containers/" + encode(id) + "/unpause"), toVoid);
}

QFuture<VoidResult> DockerClient::renameContainer(const QString &id, const QString &newName)
{
    return ask<VoidResult>(post("/containers/" + encode(id) + "/rename?name=" + encode(newName)),
                           toVoid);
}

QFuture<VoidResult> DockerClient::removeContainer(const QString &id, bool force, bool volumes)
{
    return ask<VoidResult>(del("/containers/" + encode(id) + "?force=" + (force ? "1" : "0") +
                               "&v=" + (volumes ? "1" : "0")),
                           toVoid);
}

QFuture<Result<StatsSample>> DockerClient::containerStats(const QString &id)
{
    HttpRequest request = get("/containers/" + encode(id) + "/stats?stream=0&one-shot=1");
    request.quiet = true;
    return ask<Result<StatsSample>>(request, parsedBy<StatsSample>(json::parseStats));
}

QFuture<Result<QString>> DockerClient::createExec(const QString &containerId,
                                                  const QStringList &cmd, bool tty,
                                                  const QStringList &env)
{
    return ask<Result<QString>>(
        post("/containers/" + encode(containerId) + "/exec", json::execCreateBody(cmd, tty, env)),
        parsedBy<QString>(json::parseExecId));
}

QFuture<VoidResult> DockerClient::resizeExec(const QString &execId, int rows, int columns)
{
    return ask<VoidResult>(post("/exec/" + encode(execId) + "/resize?h=" +
                                QByteArray::number(rows) + "&w=" + QByteArray::number(columns)),
                           toVoid);
}

QFuture<Result<ExecOutput>> DockerClient::execCollect(const QString &containerId,
                                                      const QStringList &cmd, int timeoutMs)
{
    auto promise = std::make_shared<QPromise<Result<ExecOutput>>>();
    promise->start();
    auto future = promise->future();
    auto fail = [promise](const Error &error) {
        promise->addResult(Result<ExecOutput>::failure(error));
        promise->finish();
    };
    auto created = ask<Result<QString>>(post("/containers/" + encode(containerId) + "/exec",
                                             json::execCreateBody(cmd, false, {}, false)),
                                        parsedBy<QString>(json::parseExecId));
    created.then(this, [this, promise, fail, timeoutMs](const Result<QString> &execId) {
        if (!execId)
            return fail(execId.problem());
        // Not hijacked: without a terminal the engine sends the multiplexed
        // stream as the body and closes the connection when the process ends.
        const HttpRequest start = post("/exec/" + encode(*execId) + "/start",
                                       "{\"Detach\":false,\"Tty\":false}", timeoutMs);
        send(start).then(this, [this, promise, fail, id = *execId](const Result<RawResponse> &r) {
            if (!r)
                return fail(r.problem());
            if (r->head.status >= 400)
                return fail(httpError(*r));
            MultiplexDecoder decoder;
            QList<StreamFrame> frames;
            if (!decoder.feed(r->body, &frames))
                return fail(Error::make(ErrorKind::Internal, decoder.error()));
            ExecOutput output;
            for (const StreamFrame &frame : std::as_const(frames)) {
                if (frame.kind == StreamKind::Stderr)
                    output.stdErr += frame.data;
                else
                    output.stdOut += frame.data;
            }
            finishExec(id, std::move(output), promise, 50);
        });
    });
    return future;
}

void DockerClient::finishExec(const QString &execId, ExecOutput output, ExecPromise promise,
                              int attemptsLeft)
{
    // The streams close when the process does; the engine records the exit
    // code a moment later, so a still-running exec is asked again shortly.
    send(get("/exec/" + encode(execId) + "/json"))
        .then(this, [this, execId, output, promise, attemptsLeft](const Result<RawResponse> &r) {
            Result<ExecStatus> status =
                !r                      ? Result<ExecStatus>::failure(r.problem())
                : r->head.status >= 400 ? Result<ExecStatus>::failure(DockerClient::httpError(*r))
                                        : json::parseExecInspect(r->body);
            if (status && status->running && attemptsLeft > 0) {
                QTimer::singleShot(
                    10, this, [=, this] { finishExec(execId, output, promise, attemptsLeft - 1); });
                return;
            }
            if (!status) {
                promise->addResult(Result<ExecOutput>::failure(status.problem()));
            } else if (status->running) {
                promise->addResult(Result<ExecOutput>::failure(
                    QCoreApplication::translate("Engine", "The command in the container closed "
                                                          "its output but did not end.")));
            } else {
                ExecOutput done = output;
                done.exitCode = status->exitCode;
                promise->addResult(done);
            }
            promise->finish();
        });
}

QFuture<VoidResult> DockerClient::putArchive(const QString &id, const QString &path,
                                             const QByteArray &tar)
{
    HttpRequest r;
    r.method = "PUT";
    r.path = "/containers/" + encode(id) + "/archive?path=" + encode(path);
    r.body = tar;
    r.contentType = "application/x-tar";
    return ask<VoidResult>(r, toVoid);
}

QFuture<Result<QString>> DockerClient::commitContainer(const QString &id, const QString &repo,
                                                       const QString &tag, const QString &comment)
{
    QByteArray path = "/commit?container=" + encode(id) + "&repo=" + encode(repo) +
                      "&tag=" + encode(tag) + "&pause=1";
    if (!comment.isEmpty())
        path += "&comment=" + encode(comment);
    // A big container takes a while to write out as a layer.
    return ask<Result<QString>>(post(path, "{}", 30 * 60 * 1000),
                                parsedBy<QString>(json::parseCreatedId));
}

QFuture<Result<QList<ImageSummary>>> DockerClient::listImages()
{
    return ask<Result<QList<ImageSummary>>>(get("/images/json"),
                                            parsedBy<QList<ImageSummary>>(json::parseImageList));
}

QFuture<VoidResult> DockerClient::removeImage(const QString &id, bool force)
{
    return ask<VoidResult>(del("/images/" + encode(id) + "?force=" + (force ? "1" : "0")), toVoid);
}

QFuture<VoidResult> DockerClient::tagImage(const QString &image, const QString &repo,
                                           const QString &tag)
{
    return ask<VoidResult>(
        post("/images/" + encode(image) + "/tag?repo=" + encode(repo) + "&tag=" + encode(tag), {}),
        toVoid);
}

QFuture<Result<qint64>> DockerClient::pruneImages()
{
    return ask<Result<qint64>>(
        post("/images/prune", {}, 300000),
        parsedBy<qint64>([](QByteArrayView body) -> Result<qint64> {
            const QString text = QString::fromUtf8(body.toByteArray());
            const auto key = QLatin1String("\"SpaceReclaimed\":");
            const qsizetype at = text.indexOf(key);
            if (at < 0)
                return qint64(0);
            qsizetype end = at + key.size();
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            return text.mid(at + key.size(), end - at - key.size()).toLongLong();
        }));
}

QFuture<Result<QList<VolumeSummary>>> DockerClient::listVolumes()
{
    return ask<Result<QList<VolumeSummary>>>(get("/volumes"),
                                             parsedBy<QList<VolumeSummary>>(json::parseVolumeList));
}

QFuture<VoidResult> DockerClient::createVolume(const QString &name)
{
    return ask<VoidResult>(post("/volumes/create", json::volumeCreateBody(name)), toVoid);
}

QFuture<VoidResult> DockerClient::removeVolume(const QString &name, bool force)
{
    return ask<VoidResult>(del("/volumes/" + encode(name) + "?force=" + (force ? "1" : "0")),
                           toVoid);
}

QFuture<Result<QList<NetworkSummary>>> DockerClient::listNetworks()
{
    return ask<Result<QList<NetworkSummary>>>(
        get("/networks"), parsedBy<QList<NetworkSummary>>(json::parseNetworkList));
}

QFuture<VoidResult> DockerClient::createNetwork(const QString &name, const QString &driver)
{
    return ask<VoidResult>(post("/networks/create", json::networkCreateBody(name, driver)), toVoid);
}

QFuture<VoidResult> DockerClient::removeNetwork(const QString &idOrName)
{
    return ask<VoidResult>(del("/networks/" + encode(idOrName)), toVoid);
}

EngineStream *DockerClient::openStream(HttpRequest request, QObject *parent)
{
    const quint64 id = m_nextStreamId++;
    auto *stream = new EngineStream(this, id, parent);
    // Made here and wired while `stream` is known alive; queued connections
    // drop late deliveries if the stream is deleted first.
    auto *ex = new HttpExchange(m_transport.get(), request);
    connect(ex, &HttpExchange::headReceived, stream, &EngineStream::onHead);
    connect(ex, &HttpExchange::bodyData, stream, &EngineStream::onData);
    connect(ex, &HttpExchange::finished, stream, &EngineStream::onFinished);
    ex->moveToThread(m_thread);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, ex] { w->startStream(id, ex, true); });
    return stream;
}

EngineStream *DockerClient::containerLogs(const QString &id, const LogOptions &o, QObject *parent)
{
    HttpRequest r = get("/containers/" + encode(id) + "/logs?follow=" + (o.follow ? "1" : "0") +
                        "&timestamps=" + (o.timestamps ? "1" : "0") + "&stdout=" +
                        (o.stdoutStream ? "1" : "0") + "&stderr=" + (o.stderrStream ? "1" : "0") +
                        "&tail=" + (o.tail < 0 ? QByteArray("all") : QByteArray::number(o.tail)));
    r.timeoutMs = o.follow ? 0 : 60000;
    return openStream(r, parent);
}

EngineStream *DockerClient::events(QObject *parent, const QMap<QString, QStringList> &filters)
{
    QByteArray path = "/events";
    if (!filters.isEmpty())
        path +=
            "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(json::filtersParam(filters)));
    HttpRequest r = get(path);
    r.timeoutMs = 0;
    return openStream(r, parent);
}

EngineStream *DockerClient::pullImage(const QString &reference, QObject *parent,
                                      const QByteArray &registryAuth)
{
    // Split "name:tag" but not a registry's "host:port/name".
    QString image = reference;
    QString tag = QStringLiteral("latest");
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon > reference.lastIndexOf(QLatin1Char('/'))) {
        image = reference.left(colon);
        tag = reference.mid(colon + 1);
    }
    HttpRequest r = post("/images/create?fromImage=" + encode(image) + "&tag=" + encode(tag));
    r.timeoutMs = 0;
    if (!registryAuth.isEmpty())
        r.headers.append({"X-Registry-Auth", registryAuth});
    return openStream(r, parent);
}

EngineStream *DockerClient::pushImage(const QString &name, const QString &tag,
                                      const QByteArray &registryAuth, QObject *parent)
{
    // The engine wants the header even for a registry that needs no sign-in.
    HttpRequest r = post("/images/" + encode(name) + "/push?tag=" + encode(tag));
    r.timeoutMs = 0;
    r.headers.append(
        {"X-Registry-Auth", registryAuth.isEmpty() ? QByteArray("e30=") : registryAuth});
    return openStream(r, parent);
}

EngineStream *DockerClient::attachContainer(const QString &id, QObject *parent)
{
    HttpRequest r = post("/containers/" + encode(id) + "/attach?stream=1&stdin=1&stdout=1&stderr=1",
                         QByteArray());
    r.upgrade = true;
    r.timeoutMs = 0;
    return openStream(r, parent);
}

EngineStream *DockerClient::startExec(const QString &execId, bool tty, QObject *parent)
{
    HttpRequest r =
        post("/exec/" + encode(execId) + "/start",
             tty ? "{\"Detach\":false,\"Tty\":true}" : "{\"Detach\":false,\"Tty\":false}");
    r.upgrade = true;
    r.timeoutMs = 0;
    return openStream(r, parent);
}

void DockerClient::closeStream(quint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->closeStream(id); });
}

void DockerClient::writeStream(quint64 id, const QByteArray &data)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, data] { w->writeStream(id, data); });
}

EngineStream::EngineStream(DockerClient *client, quint64 id, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(id)
{
}

EngineStream::~EngineStream()
{
    close();
}

void EngineStream::close()
{
    if (!m_finished && m_client)
        m_client->closeStream(m_id);
    m_finished = true;
}

void EngineStream::write(const QByteArray &bytes)
{
    if (!m_finished && m_client)
        m_client->writeStream(m_id, bytes);
}

void EngineStream::onHead(const HttpHead &head)
{
    m_status = head.status;
    m_contentType = head.header("content-type");
    Q_EMIT opened(m_status);
}

void EngineStream::onData(const QByteArray &bytes)
{
    if (m_finished)
        return;
    if (m_status >= 400) { // the body of a failed request is its error message
        m_errorBody += bytes;
        return;
    }
    Q_EMIT data(bytes);
}

void EngineStream::onFinished(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    QString message = error;
    if (message.isEmpty() && m_status >= 400) {
        message = json::errorMessage(m_errorBody);
        if (message.isEmpty())
            message =
                QCoreApplication::translate("Engine", "The engine answered HTTP %1.").arg(m_status);
    }
    Q_EMIT finished(message);
}

} // namespace sloop::engine
