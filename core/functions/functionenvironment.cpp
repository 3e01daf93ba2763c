#include "functionenvironment.h"

#include "engine/dockerclient.h"
#include "engine/streamdecoders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace sloop::functions {

namespace {

struct FunctionsText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

const QString kUser = QStringLiteral("65534:65534"); // nobody

} // namespace

struct FunctionEnvironment::Pending
{
    QString requestId;
    QPromise<Result<InvocationResult>> promise;
    InvocationResult result;
};

FunctionEnvironment::FunctionEnvironment(engine::DockerClient *client, EnvironmentConfig config,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(std::move(config))
    , m_demux(std::make_unique<engine::MultiplexDecoder>())
    , m_lines(std::make_unique<engine::LineSplitter>(8 * 1024 * 1024))
{
}

FunctionEnvironment::~FunctionEnvironment()
{
    end(QStringLiteral("the environment was removed"), QStringLiteral("Runtime.Removed"));
}

QFuture<VoidResult> FunctionEnvironment::start()
{
    m_starting = std::make_shared<QPromise<VoidResult>>();
    m_starting->start();
    const QFuture<VoidResult> future = m_starting->future();
    if (!m_client) {
        finishStart(
            VoidResult::failure(ErrorKind::Unreachable, FunctionsText::tr("The engine is gone.")));
        return future;
    }
    engine::ContainerSpec spec;
    spec.image = m_config.image;
    // The agent is the container's process (under the engine's init), spoken
    // to over the container's attached stdin and stdout: one stream, opened
    // before the start, so nothing it says is missed.
    spec.entrypoint = {QStringLiteral("/opt/sloop/agent")};
    spec.command = QStringList{QStringLiteral("--port"), QStringLiteral("9001")} +
                   bootstrapCommand(m_config.runtime);
    spec.interactive = true;
    spec.stdinOnce = true;
    spec.env = m_config.environment;
    spec.env << QStringLiteral("LAMBDA_TASK_ROOT=/var/task")
             << QStringLiteral("_HANDLER=") + m_config.handler
             << QStringLiteral("AWS_LAMBDA_FUNCTION_NAME=") + m_config.functionName
             << QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION=") + m_config.version
             << QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE=%1").arg(m_config.memoryMiB)
             << QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/") + m_config.functionName
             << QStringLiteral("TZ=:UTC") << QStringLiteral("HOME=/tmp")
             << QStringLiteral("PYTHONDONTWRITEBYTECODE=1");
    spec.labels = m_config.labels;
    spec.labels.insert(QStringLiteral("sloop.function"), m_config.functionName);
    spec.workingDir = QStringLiteral("/var/task");
    spec.user = kUser;
    spec.readOnlyRootfs = true;
    spec.tmpfs.insert(QStringLiteral("/tmp"),
                      QStringLiteral("size=%1m,uid=65534,gid=65534").arg(m_config.ephemeralMiB));
    spec.capDrop = {QStringLiteral("ALL")};
    spec.noNewPrivileges = true;
    spec.networkDisabled = !m_config.network;
    if (m_config.network)
        spec.networkMode = m_config.dockerNetwork;
    spec.memoryBytes = qint64(m_config.memoryMiB) * 1024 * 1024;
    spec.pidsLimit = kPidsLimit;
    spec.init = true;
    engine::DockerClient *client = m_client;
    client->createContainer(spec).then(this, [this, client](const Result<QString> &created) {
        if (!created)
            return finishStart(VoidResult::failure(created.problem()));
        m_containerId = *created;
        m_stream = client->attachContainer(m_containerId, this);
        connect(m_stream, &engine::EngineStream::opened, this, [this, client](int status) {
            m_attached = status == 101 || status == 200;
            if (!m_attached)
                return end(FunctionsText::tr("The engine did not attach to the environment (HTTP "
                                             "%1).")
                               .arg(status),
                           QStringLiteral("Runtime.ExitError"));
            if (!m_unsent.isEmpty())
                m_stream->write(std::exchange(m_unsent, {}));
            client->startContainer(m_containerId).then(this, [this](const VoidResult &up) {
                if (!up)
                    finishStart(up);
            });
        });
        connect(m_stream, &engine::EngineStream::data, this, &FunctionEnvironment::onStreamData);
        connect(m_stream, &engine::EngineStream::finished, this, [this](const QString &error) {
            end(error.isEmpty() ? FunctionsText::tr("The agent ended.") : error,
                QStringLiteral("Runtime.ExitError"));
        });
    });
    return future;
}

void FunctionEnvironment::finishStart(const VoidResult &outcome)
{
    if (!m_starting)
        return;
    m_starting->addResult(outcome);
    m_starting->finish();
    m_starting.reset();
}

void FunctionEnvironment::onStreamData(const QByteArray &bytes)
{
    QList<engine::StreamFrame> frames;
    if (!m_demux->feed(bytes, &frames)) {
        end(FunctionsText::tr("The agent's stream cannot be read: %1").arg(m_demux->error()),
            QStringLiteral("Runtime.ExitError"));
        return;
    }
    for (const engine::StreamFrame &frame : std::as_const(frames)) {
        if (frame.kind != engine::StreamKind::Stdout)
            continue; // the agent's own complaints; its frames carry what matters
        QList<QByteArray> lines;
        m_lines->feed(frame.data, &lines);
        for (const QByteArray &line : std::as_const(lines)) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                onFrame(doc.object());
        }
    }
}

void FunctionEnvironment::onFrame(const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ready")) {
        m_initMs = frame.value(QLatin1String("initMs")).toInteger();
        finishStart({});
        return;
    }
    if (type == QLatin1String("log")) {
        const QString text = frame.value(QLatin1String("text")).toString();
        if (m_pending)
            m_pending->result.log.append(text);
        else
            m_initLog.append(text);
        return;
    }
    if (type == QLatin1String("initError")) {
        m_initError = frame;
        return;
    }
    if (type == QLatin1String("result") || type == QLatin1String("error")) {
        if (!m_pending ||
            frame.value(QLatin1String("requestId")).toString() != m_pending->requestId)
            return;
        InvocationResult &r = m_pending->result;
        r.ok = type == QLatin1String("result");
        r.body = frame.value(QLatin1String("body")).toString().toUtf8();
        r.errorType = frame.value(QLatin1String("errorType")).toString();
        r.durationMs = frame.value(QLatin1String("durationMs")).toDouble();
        r.maxMemoryKb = frame.value(QLatin1String("maxMemoryKb")).toInteger();
        r.initMs = std::exchange(m_initMs, std::nullopt);
        std::unique_ptr<Pending> done = std::move(m_pending);
        done->promise.addResult(done->result);
        done->promise.finish();
        return;
    }
    if (type == QLatin1String("exit")) {
        const QString why = frame.value(QLatin1String("message")).toString();
        end(why, frame.value(QLatin1String("errorType")).toString());
    }
}

QFuture<Result<InvocationResult>>
FunctionEnvironment::invoke(const QString &requestId, const QByteArray &payload, int timeoutMs)
{
    QPromise<Result<InvocationResult>> refused;
    refused.start();
    const auto refuse = [&refused](ErrorKind kind, const QString &why) {
        refused.addResult(Result<InvocationResult>::failure(kind, why));
        refused.finish();
        return refused.future();
    };
    if (m_ended)
        return refuse(ErrorKind::Unreachable, FunctionsText::tr("The environment has ended."));
    if (m_pending)
        return refuse(ErrorKind::Conflict,
                      FunctionsText::tr("The environment is serving another invocation."));
    m_pending = std::make_unique<Pending>();
    m_pending->requestId = requestId;
    m_pending->promise.start();
    const QFuture<Result<InvocationResult>> future = m_pending->promise.future();
    const QJsonObject frame{
        {QStringLiteral("type"), QStringLiteral("invoke")},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("deadlineMs"), QDateTime::currentMSecsSinceEpoch() + timeoutMs},
        {QStringLiteral("functionArn"), m_config.functionArn},
        {QStringLiteral("payload"), QString::fromUtf8(payload)}};
    const QByteArray line = QJsonDocument(frame).toJson(QJsonDocument::Compact) + '\n';
    if (m_attached && m_stream)
        m_stream->write(line);
    else
        m_unsent += line;
    return future;
}

void FunctionEnvironment::close()
{
    end(FunctionsText::tr("The environment was stopped."), QStringLiteral("Runtime.Removed"));
}

void FunctionEnvironment::end(const QString &why, const QString &errorType)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_starting) {
        // Init failed: say it as Lambda does, with what the runtime reported.
        const QJsonObject body =
            QJsonDocument::fromJson(m_initError.value(QLatin1String("body")).toString().toUtf8())
                .object();
        const QString type = m_initError.value(QLatin1String("errorType")).toString();
        const QString message = body.value(QLatin1String("errorMessage")).toString();
        if (!type.isEmpty()) {
            InvocationResult failed;
            failed.errorType = type;
            failed.body = m_initError.value(QLatin1String("body")).toString().toUtf8();
            failed.log = m_initLog;
            failed.environmentEnded = true;
            m_initFailure = failed;
        }
        finishStart(VoidResult::failure(
            ErrorKind::InvalidInput,
            type.isEmpty() ? FunctionsText::tr("The function's runtime did not start: %1").arg(why)
                           : QStringLiteral("%1: %2").arg(type, message)));
    }
    if (m_pending) {
        std::unique_ptr<Pending> done = std::move(m_pending);
        done->result.ok = false;
        if (done->result.errorType.isEmpty()) {
            done->result.errorType = errorType;
            done->result.body = QJsonDocument(QJsonObject{{QStringLiteral("errorMessage"), why},
                                                          {QStringLiteral("errorType"), errorType}})
                                    .toJson(QJsonDocument::Compact);
        }
        done->result.environmentEnded = true;
        done->promise.addResult(done->result);
        done->promise.finish();
    }
    if (m_stream)
        m_stream->close();
    if (m_client && !m_containerId.isEmpty())
        m_removal = m_client->removeContainer(m_containerId, true);
    Q_EMIT ended(why);
}

} // namespace sloop::functions
