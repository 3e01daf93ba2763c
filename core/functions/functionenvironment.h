#pragma once

#include "functionimage.h"
#include "util/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QStringList>

#include <memory>
#include <optional>

namespace sloop::engine {
class DockerClient;
class EngineStream;
class MultiplexDecoder;
class LineSplitter;
} // namespace sloop::engine

namespace sloop::functions {

// How a function runs: what its environments are made from and limited to.
struct EnvironmentConfig
{
    QString functionName;
    QString version = QStringLiteral("$LATEST");
    QString image; // "sloop-fn/hello:1" (buildImage)
    Runtime runtime = Runtime::Python3;
    QString handler = QStringLiteral("app.handler");
    int memoryMiB = 128;
    int ephemeralMiB = 512;  // /tmp
    QStringList environment; // KEY=VALUE, the function's own
    bool network = true;
    QString dockerNetwork; // joined; empty: the engine's default bridge
    QString functionArn;
    // Labels that say whose environment it is (FunctionPool's owner labels).
    QMap<QString, QString> labels;
};

// One invocation's outcome, as the agent measured it in the environment.
struct InvocationResult
{
    bool ok = false;       // false: the function failed (errorType says how)
    QByteArray body;       // the result, or Lambda's error object
    QString errorType;     // "Unhandled", "Sandbox.Timedout", "Runtime.ExitError"…
    QStringList log;       // the handler's lines
    double durationMs = 0; // to 0.01 ms
    qint64 maxMemoryKb = 0;
    std::optional<qint64> initMs;  // set on a cold start: this environment's first
    bool environmentEnded = false; // it must be replaced (a timeout, a crash)
};

// One execution environment, as Lambda has them: a sandboxed container of
// the function's image (read-only root, /tmp of the configured size, no
// capabilities, no new privileges, user nobody, a pids limit, the memory
// limit) that serves one invocation at a time. The agent is the
// container's process: it runs the runtime and is spoken to over the
// container's attached stdin and stdout (the engine's attach stream), so a
// host's engine works the same over SSH and nothing listens outside.
//
// Thread-safety: use on the thread that made it.
class FunctionEnvironment : public QObject
{
    Q_OBJECT
public:
    FunctionEnvironment(engine::DockerClient *client, EnvironmentConfig config,
                        QObject *parent = nullptr);
    ~FunctionEnvironment() override; // the container is removed

    // Creates and starts the container and the agent; finishes when the
    // runtime asked for its first invocation (or failed to start: the
    // function's init error, as Lambda reports it).
    QFuture<VoidResult> start();
    bool isBusy() const { return m_pending != nullptr; }
    bool isEnded() const { return m_ended; }
    QString containerId() const { return m_containerId; }
    QString image() const { return m_config.image; }
    // After start() failed because the function's code did not load: the
    // error as Lambda returns it from the invocation that met it
    // (Runtime.ImportModuleError, Runtime.HandlerNotFound…), with the log.
    std::optional<InvocationResult> initFailure() const { return m_initFailure; }
    // The container's removal, once the environment ended (none when no
    // container was made).
    std::optional<QFuture<VoidResult>> removal() const { return m_removal; }

    // payload: the event as JSON text. Failures here are the environment's
    // (not started, ended, busy); a function's error is a result with ok false.
    QFuture<Result<InvocationResult>> invoke(const QString &requestId, const QByteArray &payload,
                                             int timeoutMs);
    static constexpr int kPidsLimit = 256;
    // Ends it: a pending invocation fails, the container is removed.
    void close();

Q_SIGNALS:
    void ended(const QString &why);

private:
    struct Pending;
    void onFrame(const QJsonObject &frame);
    void onStreamData(const QByteArray &bytes);
    void end(const QString &why, const QString &errorType);
    void finishStart(const VoidResult &outcome);

    QPointer<engine::DockerClient> m_client;
    EnvironmentConfig m_config;
    QString m_containerId;
    QPointer<engine::EngineStream> m_stream;
    std::unique_ptr<engine::MultiplexDecoder> m_demux;
    std::unique_ptr<engine::LineSplitter> m_lines;
    std::shared_ptr<QPromise<VoidResult>> m_starting;
    std::unique_ptr<Pending> m_pending;
    QByteArray m_unsent; // written once the attach stream is open
    bool m_attached = false;
    bool m_ended = false;
    std::optional<qint64> m_initMs; // until the first invocation reports it
    QJsonObject m_initError;
    QStringList m_initLog;
    std::optional<InvocationResult> m_initFailure;
    std::optional<QFuture<VoidResult>> m_removal;
};

} // namespace sloop::functions
