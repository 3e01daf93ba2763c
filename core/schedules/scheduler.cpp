#include "scheduler.h"

#include "controlplane/adminapi.h"
#include "controlplane/ownerlease.h"
#include "functions/functionservice.h"
#include "scheduleexpression.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace sloop::schedules {

Q_LOGGING_CATEGORY(lcScheduler, "sloop.schedules")

namespace {

struct SchedulerText
{
    Q_DECLARE_TR_FUNCTIONS(Schedules)
};

} // namespace

Scheduler::Scheduler(ScheduleRepository &repository, functions::FunctionService &functions,
                     QObject *parent)
    : QObject(parent)
    , m_repo(repository)
    , m_functions(functions)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::wake);
}

Scheduler::~Scheduler() = default;

void Scheduler::start()
{
    m_running = true;
    wake();
}

void Scheduler::stop()
{
    // Each handled fire was stored before it was invoked; outcomes of
    // invocations still running are stored when they end.
    m_running = false;
    m_timer.stop();
}

void Scheduler::reload()
{
    if (m_running)
        wake();
}

void Scheduler::tellOwner()
{
    const auto owner = OwnerLease::holder();
    if (owner && owner->pid != QCoreApplication::applicationPid() && !owner->adminSocket.isEmpty())
        adminRequest(owner->adminSocket, "POST", "/v1/schedules/reload", 2000);
}

void Scheduler::wake()
{
    if (!m_running)
        return;
    const auto schedules = m_repo.all();
    if (!schedules) {
        qCWarning(lcScheduler) << "schedules unreadable:" << schedules.error();
        Q_EMIT problem(schedules.error());
        m_timer.start(kPollMs);
        return;
    }
    settleFinishedJobs();
    const QDateTime now = m_clock();
    qint64 sleepMs = kPollMs;
    for (const Schedule &s : *schedules) {
        if (!s.enabled)
            continue;
        handle(s, now);
        // What handle() stored: the fires up to now are handled.
        const auto expression = ScheduleExpression::parse(s.expression);
        const auto zone = ScheduleExpression::zone(s.timeZone);
        if (!expression || !zone)
            continue;
        const QDateTime next =
            expression->next(now, *zone, QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC));
        if (next.isValid())
            sleepMs = std::min(sleepMs, std::max<qint64>(0, now.msecsTo(next)));
    }
    m_timer.start(int(sleepMs));
}

void Scheduler::handle(const Schedule &s, const QDateTime &now)
{
    const auto expression = ScheduleExpression::parse(s.expression);
    const auto zone = ScheduleExpression::zone(s.timeZone);
    if (!expression || !zone)
        return; // validated when stored; a zone this machine lost is skipped
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC);
    // A new schedule's first rate fire is at its creation itself.
    QDateTime after = QDateTime::fromMSecsSinceEpoch(
        s.lastHandledMs > 0 ? s.lastHandledMs : s.createdMs - 1, Qt::UTC);
    QDateTime first;
    QDateTime previous;
    QDateTime latest;
    int due = 0;
    for (QDateTime at = expression->next(after, *zone, start); at.isValid() && at <= now;
         at = expression->next(at, *zone, start)) {
        if (!first.isValid())
            first = at;
        previous = latest;
        latest = at;
        if (++due >= kMaxCounted) {
            // Counting stops here; a rate skips the rest of the gap to its
            // latest fire before now.
            if (expression->kind() == ScheduleExpression::Kind::Rate)
                latest = now.addMSecs(-(start.msecsTo(now) % expression->periodMs()));
            break;
        }
    }
    if (due == 0)
        return;
    const bool onTime = latest.msecsTo(now) <= kGraceMs;
    const int missed = onTime ? due - 1 : due;
    // Stored before the invocation starts: another owner taking over
    // never fires it again.
    if (auto stored = m_repo.setLastHandled(s.name, latest.toMSecsSinceEpoch()); !stored) {
        Q_EMIT problem(stored.error());
        return;
    }
    if (missed > 0) {
        ScheduleRun run;
        run.schedule = s.name;
        run.outcome = ScheduleRun::Outcome::Missed;
        run.scheduledMs = first.toMSecsSinceEpoch();
        run.missed = missed;
        run.lastMissedMs = (onTime ? previous : latest).toMSecsSinceEpoch();
        run.message = SchedulerText::tr("No Sloop control plane was running.");
        qCInfo(lcScheduler) << s.name << "missed" << missed << "fires from" << first;
        keep(run);
    }
    if (onTime)
        fire(s, latest, false);
    else if (s.catchUp)
        fire(s, latest, true);
}

void Scheduler::fire(const Schedule &s, const QDateTime &scheduled, bool caughtUp)
{
    const QByteArray payload = s.input.isEmpty() ? scheduledEvent(s, scheduled) : s.input.toUtf8();
    qCDebug(lcScheduler) << "firing" << s.name << "for" << scheduled;
    ScheduleRun run;
    run.schedule = s.name;
    run.scheduledMs = scheduled.toMSecsSinceEpoch();
    run.caughtUp = caughtUp;
    if (s.isBatch()) {
        // As EventBridge Scheduler's SubmitJob target: the job is queued; its
        // run settles when it finishes.
        const auto job = m_submitBatch
                             ? m_submitBatch(s, scheduled)
                             : Result<QString>::failure(SchedulerText::tr("Batch is not running."));
        if (!job) {
            run.outcome = ScheduleRun::Outcome::Failed;
            run.message = job.error();
        } else {
            run.outcome = ScheduleRun::Outcome::Queued;
            run.requestId = *job;
        }
        keep(run);
        return;
    }
    // As EventBridge invokes Lambda: asynchronously, so a failure is tried
    // again and goes to the function's on-failure destination
    // (its asynchronous invocation settings).
    const auto queued = m_functions.enqueue(s.function, payload, s.qualifier);
    if (!queued) {
        run.outcome = ScheduleRun::Outcome::Failed;
        run.message = queued.error();
    } else {
        run.outcome = ScheduleRun::Outcome::Queued;
        run.requestId = queued->requestId;
    }
    keep(run);
}

void Scheduler::eventFinished(const QString &requestId, const QString &, const QString &condition,
                              const QString &lastError)
{
    const auto outcome =
        condition.isEmpty() ? ScheduleRun::Outcome::Succeeded : ScheduleRun::Outcome::FunctionError;
    const QString message = condition.isEmpty()   ? QString()
                            : lastError.isEmpty() ? condition
                                                  : condition + QStringLiteral(" — ") + lastError;
    const auto settled = m_repo.settleRun(requestId, outcome, message);
    if (!settled) {
        Q_EMIT problem(settled.error());
        return;
    }
    if (settled->has_value())
        Q_EMIT ran(**settled);
}

void Scheduler::jobFinished(const QString &jobId, bool succeeded, const QString &reason)
{
    const auto settled = m_repo.settleRun(
        jobId, succeeded ? ScheduleRun::Outcome::Succeeded : ScheduleRun::Outcome::FunctionError,
        succeeded ? QString() : QStringLiteral("FAILED: ") + reason);
    if (!settled) {
        Q_EMIT problem(settled.error());
        return;
    }
    if (settled->has_value())
        Q_EMIT ran(**settled);
}

void Scheduler::settleFinishedJobs()
{
    if (!m_running || !m_batchOutcome)
        return;
    const auto queued = m_repo.queuedBatchJobs(kSettleBatch);
    if (!queued)
        return;
    for (const QString &jobId : *queued)
        if (const auto ended = m_batchOutcome(jobId))
            jobFinished(jobId, ended->first, ended->second);
}

void Scheduler::keep(ScheduleRun run)
{
    auto stored = m_repo.addRun(std::move(run));
    if (!stored) {
        Q_EMIT problem(stored.error());
        return;
    }
    Q_EMIT ran(*stored);
}

} // namespace sloop::schedules
