#pragma once

#include "asyncevents.h"
#include "controlplane/ownerservice.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sloop::functions {

class FunctionService;

// Runs the queued Event invocations, as Lambda's async invocation does: the
// owner of the data folder runs one (so an event runs in one process). Each
// due event is invoked; a function error is tried again after kRetryDelays
// (a minute, then two) up to the function's maximum retries; a throttled or
// unreachable attempt is tried again soon without counting, until the
// maximum event age. An event that never succeeded goes to the function's
// on-failure destination as Lambda's invocation record (condition
// RetriesExhausted or EventAgeExceeded): a folder gets REQUESTID.json,
// a function gets it as an Event. The row goes only when the event is done
// with, so an event whose process died is run again: at least once.
//
// Thread-safety: use on the thread that made it.
class AsyncDispatcher : public QObject, public OwnerService
{
    Q_OBJECT
public:
    explicit AsyncDispatcher(FunctionService &service, QObject *parent = nullptr);
    ~AsyncDispatcher() override;

    static constexpr int kPollMs = 5'000; // for events other processes queued
    static constexpr int kBatch = 50;     // started at once at most
    static constexpr qint64 kThrottledRetryMs = 1'000;

    void start() override;
    void stop() override;
    bool running() const { return m_running; }
    // Looks at the queue now (an event was queued).
    void wake();

    // The waits before the second and third attempts (tests shorten them).
    void setRetryDelays(QList<qint64> delaysMs) { m_retryDelays = std::move(delaysMs); }

    // Lambda's record of an event that never succeeded.
    static QByteArray failureRecord(const QueuedEvent &event, const QString &condition,
                                    int invokeCount, const QByteArray &responseBody,
                                    const QString &functionError, const QString &version);

Q_SIGNALS:
    // An event is done with: it succeeded (condition empty), or it was sent
    // to its destination (or dropped without one) with the condition.
    // lastError: the last attempt's "errorType: errorMessage" when it failed.
    void finished(const QString &requestId, const QString &function, const QString &condition,
                  const QString &lastError);
    // A destination could not take an event (a folder not writable).
    void deliveryFailed(const QString &requestId, const QString &function, const QString &message);

private:
    void dispatch(const QueuedEvent &event);
    void giveUp(const QueuedEvent &event, const QString &condition, int invokeCount,
                const QByteArray &responseBody, const QString &functionError,
                const QString &version);
    void arm();

    FunctionService &m_service;
    QTimer m_timer;
    bool m_running = false;
    QSet<qint64> m_inFlight;
    QList<qint64> m_retryDelays{60'000, 120'000};
};

} // namespace sloop::functions
