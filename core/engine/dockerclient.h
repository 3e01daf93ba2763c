#pragma once

#include "dockertypes.h"
#include "http/httpexchange.h"
#include "util/futures.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>

class QThread;

namespace sloop {
class CommandLog;
}

namespace sloop::engine {

// The engine client speaks the shared HTTP layer (core/http) over any stream.
using http::HttpExchange;
using http::HttpHead;
using http::HttpRequest;
using http::StreamTransport;

class DockerWorker;
class EngineStream;

struct RawResponse
{
    HttpHead head;
    QByteArray body;
};

struct LogOptions
{
    bool follow = true;
    bool timestamps = true;
    int tail = 500; // lines from the end; -1 for all
    bool stdoutStream = true;
    bool stderrStream = true;
};

// The Docker Engine API (also spoken by Podman's compatible socket) over any
// byte stream. All I/O and parsing happen on a worker thread of its own;
// the futures calls return finish on the client's thread, the one callers
// attach continuations on (util/futures.h says why that matters).
// The API version is negotiated on first use from /_ping and /version.
//
// Thread-safety: call from the thread that created the client.
class DockerClient : public QObject
{
    Q_OBJECT
public:
    DockerClient(QString name, std::shared_ptr<StreamTransport> transport,
                 CommandLog *log = nullptr, QObject *parent = nullptr);
    ~DockerClient() override;

    const QString &name() const { return m_name; }
    QString endpoint() const;

    static constexpr const char *kMinApi = "1.40";
    static constexpr const char *kMaxApi = "1.43";

    QFuture<Result<EngineInfo>> negotiate();
    QFuture<Result<RawResponse>> send(HttpRequest request, bool versioned = true);
    QFuture<Result<EngineSystemInfo>> systemInfo(); // GET /info

    // containers
    QFuture<Result<QList<ContainerSummary>>>
    listContainers(bool all, const QMap<QString, QStringList> &filters = {});
    // withSize: the engine also measures the container's disk use (sizeRw,
    // sizeRootFs), which costs it a walk of the writable layer.
    QFuture<Result<ContainerDetails>> inspectContainer(const QString &id, bool withSize = false);
    QFuture<Result<QString>> createContainer(const ContainerSpec &spec);
    QFuture<VoidResult> startContainer(const QString &id);
    QFuture<VoidResult> stopContainer(const QString &id, int timeoutSeconds = 10);
    QFuture<VoidResult> restartContainer(const QString &id, int timeoutSeconds = 10);
    QFuture<VoidResult> killContainer(const QString &id, const QString &signal = {});
    QFuture<VoidResult> pauseContainer(const QString &id);
    QFuture<VoidResult> unpauseContainer(const QString &id);
    QFuture<VoidResult> renameContainer(const QString &id, const QString &newName);
    QFuture<VoidResult> removeContainer(const QString &id, bool force = false,
                                        bool volumes = false);
    // One sample without the engine's two-second wait; cpuPercent is -1 (the
    // caller takes deltas between samples, see StatsSampler).
    QFuture<Result<StatsSample>> containerStats(const QString &id);

    // A container's stdin, stdout and stderr, attached before it starts
    // (POST /containers/{id}/attach, hijacked): its output as multiplexed
    // frames (no TTY), what is written goes to its stdin.
    EngineStream *attachContainer(const QString &id, QObject *parent = nullptr);
    // exec (the terminal widget attaches to these)
    // env: extra "NAME=value" entries (a terminal sets TERM).
    QFuture<Result<QString>> createExec(const QString &containerId, const QStringList &cmd,
                                        bool tty, const QStringList &env = {});
    QFuture<VoidResult> resizeExec(const QString &execId, int rows, int columns);
    // Runs `cmd` in the container without a terminal or stdin and collects
    // its output and exit code (reading a file, a quick check). The whole
    // exchange must end within timeoutMs.
    QFuture<Result<ExecOutput>> execCollect(const QString &containerId, const QStringList &cmd,
                                            int timeoutMs = 60000);

    // Unpacks a tar archive into the container's file system at `path` (a
    // directory that exists); works before the container first starts.
    QFuture<VoidResult> putArchive(const QString &id, const QString &path, const QByteArray &tar);

    // docker commit: the container's file system as the image repo:tag
    // (paused meanwhile, so the snapshot is consistent). Returns the image id.
    QFuture<Result<QString>> commitContainer(const QString &id, const QString &repo,
                                             const QString &tag, const QString &comment = {});

    // images, volumes, networks
    QFuture<Result<QList<ImageSummary>>> listImages();
    QFuture<VoidResult> removeImage(const QString &id, bool force = false);
    // docker tag: another name for an image (`repo:tag`).
    QFuture<VoidResult> tagImage(const QString &image, const QString &repo, const QString &tag);
    QFuture<Result<qint64>> pruneImages(); // bytes reclaimed
    QFuture<Result<QList<VolumeSummary>>> listVolumes();
    QFuture<VoidResult> createVolume(const QString &name);
    QFuture<VoidResult> removeVolume(const QString &name, bool force = false);
    QFuture<Result<QList<NetworkSummary>>> listNetworks();
    QFuture<VoidResult> createNetwork(const QString &name, const QString &driver = {});
    QFuture<VoidResult> removeNetwork(const QString &idOrName);

    // Streams: the returned object belongs to `parent` and reports on the
    // caller's thread. Deleting it (or close()) ends the request.
    EngineStream *openStream(HttpRequest request, QObject *parent);
    EngineStream *containerLogs(const QString &id, const LogOptions &options, QObject *parent);
    EngineStream *events(QObject *parent, const QMap<QString, QStringList> &filters = {});
    // registryAuth: X-Registry-Auth's value (registry/imagetransfer makes it).
    EngineStream *pullImage(const QString &reference, QObject *parent,
                            const QByteArray &registryAuth = {});
    // Pushes `name:tag` to the registry its name starts with.
    EngineStream *pushImage(const QString &name, const QString &tag, const QByteArray &registryAuth,
                            QObject *parent);
    EngineStream *startExec(const QString &execId, bool tty, QObject *parent);

    static QByteArray encode(const QString &pathPart);

    // Any other call of the Engine API (Swarm's, core/swarm): `parse` shapes
    // the body of a success on the worker thread; an HTTP error status
    // becomes the engine's own message with its kind.
    template <typename T, typename Parse> QFuture<Result<T>> call(HttpRequest request, Parse parse)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        auto future = promise->future();
        dispatch(std::move(request), [this, promise, parse](const Result<RawResponse> &raw) {
            Result<T> shaped = !raw                      ? Result<T>::failure(raw.problem())
                               : raw->head.status >= 400 ? Result<T>::failure(httpError(*raw))
                                                         : parse(QByteArrayView(raw->body));
            settleOn(this, promise, std::move(shaped));
        });
        return future;
    }
    static Error httpError(const RawResponse &r);

private:
    void dispatch(HttpRequest request, std::function<void(const Result<RawResponse> &)> onWorker);
    friend class EngineStream;
    // Sends on the worker, applies shape(answer) there, settles here.
    template <typename T, typename Shape>
    QFuture<T> ask(HttpRequest request, Shape shape, bool versioned = true);
    void closeStream(quint64 id);
    void writeStream(quint64 id, const QByteArray &data);
    using ExecPromise = std::shared_ptr<QPromise<Result<ExecOutput>>>;
    void finishExec(const QString &execId, ExecOutput output, ExecPromise promise,
                    int attemptsLeft);

    QString m_name;
    std::shared_ptr<StreamTransport> m_transport;
    QThread *m_thread = nullptr;
    DockerWorker *m_worker = nullptr;
    quint64 m_nextStreamId = 1;
};

// A long-lived response: logs, events, pull progress, an exec session.
class EngineStream : public QObject
{
    Q_OBJECT
public:
    ~EngineStream() override;
    void close();
    void write(const QByteArray &data); // stdin of an exec session
    bool isFinished() const { return m_finished; }
    int status() const { return m_status; }
    QByteArray contentType() const { return m_contentType; }

Q_SIGNALS:
    void opened(int status);
    void data(const QByteArray &bytes);
    // error empty: the engine ended the stream normally.
    void finished(const QString &error);

private:
    friend class DockerClient;
    EngineStream(DockerClient *client, quint64 id, QObject *parent);
    void onHead(const sloop::http::HttpHead &head);
    void onData(const QByteArray &bytes);
    void onFinished(const QString &error);

    QPointer<DockerClient> m_client;
    quint64 m_id;
    int m_status = 0;
    QByteArray m_contentType;
    QByteArray m_errorBody; // body of a failed (>= 400) stream request
    bool m_finished = false;
};

} // namespace sloop::engine
