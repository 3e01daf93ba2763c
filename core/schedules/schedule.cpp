#include "schedule.h"

#include "scheduleexpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace sloop::schedules {

namespace {

struct ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(Schedules)
};

} // namespace

QString outcomeName(ScheduleRun::Outcome outcome)
{
    switch (outcome) {
    case ScheduleRun::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case ScheduleRun::Outcome::FunctionError:
        return QStringLiteral("function-error");
    case ScheduleRun::Outcome::Failed:
        return QStringLiteral("failed");
    case ScheduleRun::Outcome::Missed:
        return QStringLiteral("missed");
    case ScheduleRun::Outcome::Queued:
        return QStringLiteral("queued");
    }
    return {};
}

ScheduleRun::Outcome outcomeFromName(const QString &name)
{
    if (name == QLatin1String("function-error"))
        return ScheduleRun::Outcome::FunctionError;
    if (name == QLatin1String("failed"))
        return ScheduleRun::Outcome::Failed;
    if (name == QLatin1String("missed"))
        return ScheduleRun::Outcome::Missed;
    if (name == QLatin1String("queued"))
        return ScheduleRun::Outcome::Queued;
    return ScheduleRun::Outcome::Succeeded;
}

QString describeOutcome(const ScheduleRun &run)
{
    switch (run.outcome) {
    case ScheduleRun::Outcome::Succeeded:
        return run.caughtUp ? ScheduleText::tr("caught up") : ScheduleText::tr("succeeded");
    case ScheduleRun::Outcome::FunctionError:
        return ScheduleText::tr("function error");
    case ScheduleRun::Outcome::Failed:
        return ScheduleText::tr("not invoked");
    case ScheduleRun::Outcome::Missed:
        return ScheduleText::tr("missed %n fire(s)", nullptr, run.missed);
    case ScheduleRun::Outcome::Queued:
        return ScheduleText::tr("running (retried if it fails)");
    }
    return {};
}

VoidResult validate(const Schedule &schedule)
{
    static const QRegularExpression names(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!names.match(schedule.name).hasMatch())
        return VoidResult::failure(
            ErrorKind::InvalidInput,
            ScheduleText::tr("\"%1\" is not a schedule name: use 1 to 64 letters, digits, "
                             "., - and _.")
                .arg(schedule.name));
    if (schedule.function.isEmpty() == schedule.batchQueue.isEmpty() ||
        schedule.batchQueue.isEmpty() != schedule.batchDefinition.isEmpty())
        return VoidResult::failure(
            ErrorKind::InvalidInput,
            ScheduleText::tr("A schedule needs one target: a function to invoke, or a Batch job "
                             "queue and job definition to submit to."));
    if (auto e = ScheduleExpression::parse(schedule.expression); !e)
        return VoidResult::failure(e.problem());
    if (auto z = ScheduleExpression::zone(schedule.timeZone); !z)
        return VoidResult::failure(z.problem());
    if (!schedule.input.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(schedule.input.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return VoidResult::failure(
                ErrorKind::InvalidInput,
                ScheduleText::tr("The input is not JSON: %1 at character %2.")
                    .arg(error.errorString())
                    .arg(error.offset));
    }
    return {};
}

QString scheduleArn(const QString &name)
{
    return QStringLiteral("arn:sloop:scheduler:local:000000000000:schedule/default/") + name;
}

QByteArray scheduledEvent(const Schedule &schedule, const QDateTime &scheduledTime)
{
    const QJsonObject event{
        {QStringLiteral("version"), QStringLiteral("0")},
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("detail-type"), QStringLiteral("Scheduled Event")},
        {QStringLiteral("source"), QStringLiteral("aws.events")},
        {QStringLiteral("account"), QStringLiteral("000000000000")},
        {QStringLiteral("time"), scheduledTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("region"), QStringLiteral("local")},
        {QStringLiteral("resources"), QJsonArray{scheduleArn(schedule.name)}},
        {QStringLiteral("detail"), QJsonObject{}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace sloop::schedules
