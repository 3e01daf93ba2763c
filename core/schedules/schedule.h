#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sloop::schedules {

// A schedule (EventBridge Scheduler's): an expression read in a time zone,
// and the function it invokes, with the Scheduled Event as EventBridge sends
// it or an input of its own.
struct Schedule
{
    QString name;                             // [A-Za-z0-9._-]{1,64}, unique whatever the case
    QString expression;                       // rate(…), cron(…) or at(…)
    QString timeZone = QStringLiteral("UTC"); // IANA
    QString function;                         // empty for a Batch target
    QString qualifier;                        // empty: $LATEST
    QString input;                            // JSON text; empty: the Scheduled Event
    QString description;
    bool enabled = true;
    // After fires were missed (no control plane ran): invoke once for the
    // latest of them when it runs again. Missed fires are reported either way.
    bool catchUp = false;
    qint64 createdMs = 0;     // a rate's fires are createdMs + k·period
    qint64 lastHandledMs = 0; // the scheduled time of the last fire handled
    // Or a Batch job submitted to this queue, of this definition (NAME or
    // NAME:REVISION), named after the schedule.
    QString batchQueue;
    QString batchDefinition;
    bool isBatch() const { return !batchQueue.isEmpty(); }

    bool operator==(const Schedule &other) const = default;
};

// What became of one scheduled fire (or of a run of missed ones).
struct ScheduleRun
{
    enum class Outcome
    {
        Succeeded,     // the function returned
        FunctionError, // the function raised or timed out
        Failed,        // it could not be invoked (throttled, gone, no engine)
        Missed,        // no control plane ran then; `missed` fires from scheduledMs
        Queued         // sent as an Event invocation; settled when it is done with
    };
    qint64 id = 0;
    QString schedule;
    qint64 scheduledMs = 0;
    qint64 handledMs = 0;
    Outcome outcome = Outcome::Succeeded;
    int missed = 0;          // for Missed: how many (at most kMaxCounted)
    qint64 lastMissedMs = 0; // for Missed: the latest of them
    bool caughtUp = false;   // a catch-up invocation for missed fires
    QString requestId;
    QString message;
};
QString outcomeName(ScheduleRun::Outcome outcome); // "succeeded", "missed"…
ScheduleRun::Outcome outcomeFromName(const QString &name);
// For people: "succeeded", "caught up", "function error", "not invoked",
// "missed 3 fires".
QString describeOutcome(const ScheduleRun &run);

// Checks a schedule as CreateSchedule would: the name, the expression, the
// time zone and the input (JSON). The message names the field.
VoidResult validate(const Schedule &schedule);

// "arn:sloop:scheduler:local:000000000000:schedule/default/NAME".
QString scheduleArn(const QString &name);
// The event EventBridge sends a scheduled target: detail-type "Scheduled
// Event", source "aws.events", time the scheduled time (UTC, seconds).
QByteArray scheduledEvent(const Schedule &schedule, const QDateTime &scheduledTime);

} // namespace sloop::schedules
