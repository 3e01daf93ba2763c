#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::functions {

// What happens to a function's Event invocations (Lambda's
// PutFunctionEventInvokeConfig): how often a failed one is tried again, how
// old an event may get, and where one goes that never succeeded.
struct EventInvokeConfig
{
    QString function;
    int maxRetries = 2;         // 0–2
    int maxAgeSeconds = 21'600; // 60–21,600 (6 hours)
    // Empty: nowhere (it stays in the logs). "function:NAME": that function
    // gets Lambda's invocation record as an Event. Else a folder on this
    // machine (absolute) that gets the record as REQUESTID.json.
    QString onFailure;
    qint64 updatedMs = 0;

    bool operator==(const EventInvokeConfig &) const = default;
};
// The limits and the destination's form; the message names the field.
VoidResult validate(const EventInvokeConfig &config);
// "function:NAME" → NAME; else empty.
QString failureFunction(const EventInvokeConfig &config);

// One accepted Event invocation waiting for its next attempt.
struct QueuedEvent
{
    qint64 id = 0;
    QString requestId;
    QString function;
    QString qualifier;
    QByteArray payload;
    qint64 receivedMs = 0;
    int attempts = 0; // made so far (throttled ones do not count)
    qint64 nextAttemptMs = 0;
    QString lastError;
};

// Lambda's limit for an Event payload.
inline constexpr qint64 kMaxAsyncPayloadBytes = 256 * 1024;

// The async_events and function_event_configs tables (schema step 13): the
// durable queue of Event invocations (a row is written before the 202 and
// removed when its invocation is done with), and each function's config.
class AsyncEvents
{
public:
    explicit AsyncEvents(store::Database &db)
        : m_db(db)
    {
    }

    // Queues an event due now; sets its request id.
    Result<QueuedEvent> add(const QString &function, const QString &qualifier,
                            const QByteArray &payload);
    // Due by nowMs, oldest first.
    Result<QList<QueuedEvent>> due(qint64 nowMs, int limit);
    // Waiting, oldest first; empty function: every function's.
    Result<QList<QueuedEvent>> waiting(const QString &function = {});
    // The earliest next attempt, none when the queue is empty.
    Result<std::optional<qint64>> earliestAttemptMs();
    VoidResult retryAt(qint64 id, int attempts, qint64 atMs, const QString &error);
    VoidResult remove(qint64 id);
    // A deleted function's events and config.
    VoidResult removeFunction(const QString &function);

    // The function's config; Lambda's defaults when none was set.
    Result<EventInvokeConfig> config(const QString &function);
    VoidResult setConfig(EventInvokeConfig config);

private:
    store::Database &m_db;
};

} // namespace sloop::functions
