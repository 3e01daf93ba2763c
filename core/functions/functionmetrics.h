#pragma once

#include "controlplane/ownerservice.h"
#include "metrics/metricpoint.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sloop::functions {

class FunctionService;
struct InvocationRecord;

// Lambda's CloudWatch metrics for each function, one point a minute while
// it is used (as CloudWatch has none for a minute without invocations),
// under the target function/NAME: invocations, errors, throttles, duration
// (average, p50, p95, p99, in ms), concurrent executions (the most at once),
// cold starts, the age of the oldest queued Event (s) and dead-letter errors.
// They go to the metric store with the host and container metrics, so they
// chart and alarm the same way. The owner runs it (it runs the functions).
//
// Thread-safety: use on the thread that made it.
class FunctionMetrics : public QObject, public OwnerService
{
    Q_OBJECT
public:
    explicit FunctionMetrics(FunctionService &service, QObject *parent = nullptr);

    void start() override;
    void stop() override; // what was gathered is flushed first

    // Counted by the caller (the dispatcher's failed deliveries).
    void countDeadLetterError(const QString &function);
    void countThrottle(const QString &function);

    // Closes every minute that has ended by nowMs (tests pass a time).
    void flush(qint64 nowMs);

Q_SIGNALS:
    // Points of the minutes that ended, for the metric store.
    void collected(const sloop::metrics::MetricBatch &batch);

private:
    struct Minute
    {
        int invocations = 0;
        int errors = 0;
        int throttles = 0;
        int coldStarts = 0;
        int deadLetterErrors = 0;
        int concurrent = 0;
        QList<double> durations;
    };
    Minute &minuteOf(const QString &function, qint64 timeMs);
    void record(const InvocationRecord &record);

    FunctionService &m_service;
    // function (as named) → minute start → what happened in it
    QHash<QString, QHash<qint64, Minute>> m_minutes;
    QTimer m_timer;
};

} // namespace sloop::functions
