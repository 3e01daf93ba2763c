#include "asyncdispatcher.h"

#include "functionservice.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

namespace sloop::functions {

Q_LOGGING_CATEGORY(lcAsync, "sloop.functions.async")

AsyncDispatcher::AsyncDispatcher(FunctionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AsyncDispatcher::wake);
    connect(&m_service, &FunctionService::eventQueued, this, &AsyncDispatcher::wake);
}

AsyncDispatcher::~AsyncDispatcher() = default;

void AsyncDispatcher::start()
{
    m_running = true;
    wake();
}

void AsyncDispatcher::stop()
{
    // Every event still queued or running is in the store: the next owner
    // runs it (again, for one that was running: at least once).
    m_running = false;
    m_timer.stop();
}

void AsyncDispatcher::wake()
{
    if (!m_running)
        return;
    const auto due = m_service.asyncEvents().due(QDateTime::currentMSecsSinceEpoch(), kBatch);
    if (!due) {
        qCWarning(lcAsync) << "the event queue is unreadable:" << due.error();
        m_timer.start(kPollMs);
        return;
    }
    for (const QueuedEvent &event : *due)
        if (!m_inFlight.contains(event.id))
            dispatch(event);
    arm();
}

void AsyncDispatcher::arm()
{
    qint64 sleepMs = kPollMs;
    if (const auto next = m_service.asyncEvents().earliestAttemptMs(); next && next->has_value())
        sleepMs = std::clamp<qint64>(**next - QDateTime::currentMSecsSinceEpoch(), 0, kPollMs);
    // Events in flight are not due again until they end; a full batch wants
    // the next one at once.
    m_timer.start(int(sleepMs));
}

void AsyncDispatcher::dispatch(const QueuedEvent &event)
{
    auto config = m_service.asyncEvents().config(event.function);
    const EventInvokeConfig c = config ? *config : EventInvokeConfig{};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - event.receivedMs > qint64(c.maxAgeSeconds) * 1000) {
        giveUp(event, QStringLiteral("EventAgeExceeded"), event.attempts, {}, {}, {});
        return;
    }
    m_inFlight.insert(event.id);
    qCDebug(lcAsync) << "attempt" << event.attempts + 1 << "of" << event.requestId;
    m_service.invoke(event.function, event.payload, event.qualifier, event.requestId)
        .then(this, [this, event, c](const Result<Invocation> &done) {
            AsyncEvents &queue = m_service.asyncEvents();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (done && done->result.ok) {
                queue.remove(event.id);
                Q_EMIT finished(event.requestId, event.function, {}, {});
            } else if (done) {
                // The function failed: an attempt that counts.
                const int attempts = event.attempts + 1;
                if (attempts > c.maxRetries) {
                    giveUp(event, QStringLiteral("RetriesExhausted"), attempts, done->result.body,
                           QStringLiteral("Unhandled"), done->record.version);
                } else {
                    const qint64 wait =
                        m_retryDelays.value(attempts - 1, m_retryDelays.value(0, 60'000));
                    queue.retryAt(event.id, attempts, now + wait, done->result.errorType);
                }
            } else if (done.kind() == ErrorKind::NotFound) {
                // The function (or its alias) went: nothing will run it.
                qCInfo(lcAsync) << event.requestId << "dropped:" << done.error();
                giveUp(event, QStringLiteral("RetriesExhausted"), event.attempts, {}, {}, {});
            } else {
                // Throttled, or the engine did not answer: soon again, and
                // not counted (Lambda retries these until the event is too old).
                queue.retryAt(event.id, event.attempts, now + kThrottledRetryMs, done.error());
            }
            // In flight until its outcome is stored: delivering a failure
            // record may spin an event loop, and a wake there must not see
            // the event's row, still due, as a new event (it ran twice).
            m_inFlight.remove(event.id);
            arm();
        });
}

void AsyncDispatcher::giveUp(const QueuedEvent &event, const QString &condition, int invokeCount,
                             const QByteArray &responseBody, const QString &functionError,
                             const QString &version)
{
    AsyncEvents &queue = m_service.asyncEvents();
    const auto config = queue.config(event.function);
    const QString destination = config ? config->onFailure : QString();
    const QByteArray record =
        failureRecord(event, condition, invokeCount, responseBody, functionError, version);
    qCInfo(lcAsync) << event.requestId << "of" << event.function << condition << "→"
                    << (destination.isEmpty() ? QStringLiteral("no destination") : destination);
    if (const QString target = config ? failureFunction(*config) : QString(); !target.isEmpty()) {
        if (auto sent = m_service.enqueue(target, record); !sent)
            Q_EMIT deliveryFailed(event.requestId, event.function, sent.error());
    } else if (!destination.isEmpty()) {
        QDir().mkpath(destination);
        QSaveFile file(QDir(destination).filePath(event.requestId + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(record) != record.size() ||
            !file.commit())
            Q_EMIT deliveryFailed(
                event.requestId, event.function,
                tr("%1 could not be written: %2").arg(file.fileName(), file.errorString()));
    }
    queue.remove(event.id);
    const QJsonObject error = QJsonDocument::fromJson(responseBody).object();
    const QString type = error.value(QLatin1String("errorType")).toString(functionError);
    const QString message = error.value(QLatin1String("errorMessage")).toString();
    Q_EMIT finished(event.requestId, event.function, condition,
                    message.isEmpty() ? type : type + QStringLiteral(": ") + message);
}

QByteArray AsyncDispatcher::failureRecord(const QueuedEvent &event, const QString &condition,
                                          int invokeCount, const QByteArray &responseBody,
                                          const QString &functionError, const QString &version)
{
    const QString executed = version.isEmpty() ? QStringLiteral("$LATEST") : version;
    QJsonObject response{{QStringLiteral("statusCode"), 200},
                         {QStringLiteral("executedVersion"), executed}};
    if (!functionError.isEmpty())
        response.insert(QStringLiteral("functionError"), functionError);
    QJsonObject record{
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("requestContext"),
         QJsonObject{{QStringLiteral("requestId"), event.requestId},
                     {QStringLiteral("functionArn"),
                      QString(functionArn(event.function) + QLatin1Char(':') + executed)},
                     {QStringLiteral("condition"), condition},
                     {QStringLiteral("approximateInvokeCount"), invokeCount}}},
        {QStringLiteral("requestPayload"), QJsonDocument::fromJson(event.payload).object()},
        {QStringLiteral("responseContext"), response}};
    if (!responseBody.isEmpty())
        record.insert(QStringLiteral("responsePayload"),
                      QJsonDocument::fromJson(responseBody).object());
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace sloop::functions
