// The scheduler firing a real function on the test dockerd: on time, after
// fires were missed (reported, and caught up once when asked), with the
// function's error kept, and with the schedules of a deleted function gone.
// Its clock is set by the test, so "an hour later" takes no hour.
#include "../functions/functionservicefixture.h"
#include "functions/asyncdispatcher.h"
#include "schedules/scheduler.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::schedules;

namespace {

// Prints the event it got, so the test reads it back from the log.
const QByteArray kCode = R"(import json
def handler(event, context):
    print("EVENT " + json.dumps(event))
    if event.get("fail"):
        raise RuntimeError("asked to fail")
    return {"ok": True}
)";

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firesOnTimeWithTheScheduledEvent();
    void missedFiresAreReported();
    void catchUpInvokesOnceForTheLatest();
    void functionErrorIsKept();
    void disabledSchedulesWait();
    void removingTheFunctionRemovesItsSchedules();

private:
    Schedule schedule(const QString &expression, qint64 createdMs);
    // The runs stored by the time `count` runs were reported.
    QList<ScheduleRun> waitForRuns(QSignalSpy &spy, int count);

    test::FunctionServiceFixture m_fixture;
    std::unique_ptr<ScheduleRepository> m_repo;
    std::unique_ptr<Scheduler> m_scheduler;
    // Fires are Event invocations: the dispatcher runs them and settles
    // their runs.
    std::unique_ptr<functions::AsyncDispatcher> m_dispatcher;
    QDateTime m_now;
    QString m_function;
};

void TestScheduler::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_function = test::uniqueName(QStringLiteral("sched"));
    functions::FunctionRecord record;
    record.name = m_function;
    const auto created =
        test::await(m_fixture.service->create(record, {{QStringLiteral("app.py"), kCode}}), 120000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_repo = std::make_unique<ScheduleRepository>(m_fixture.db);
}

void TestScheduler::cleanupTestCase()
{
    m_scheduler.reset();
    m_fixture.tearDown({m_function});
}

void TestScheduler::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_scheduler = std::make_unique<Scheduler>(*m_repo, *m_fixture.service);
    m_scheduler->setClock([this] { return m_now; });
    m_dispatcher = std::make_unique<functions::AsyncDispatcher>(*m_fixture.service);
    connect(m_dispatcher.get(), &functions::AsyncDispatcher::finished, m_scheduler.get(),
            &Scheduler::eventFinished);
    m_dispatcher->start();
}

void TestScheduler::cleanup()
{
    m_scheduler->stop();
    m_dispatcher->stop();
    m_dispatcher.reset();
    m_scheduler.reset();
    if (const auto all = m_repo->all())
        for (const Schedule &s : *all)
            m_repo->remove(s.name);
}

Schedule TestScheduler::schedule(const QString &expression, qint64 createdMs)
{
    Schedule s;
    s.name = test::uniqueName(QStringLiteral("every"));
    s.expression = expression;
    s.function = m_function;
    s.createdMs = createdMs;
    return s;
}

QList<ScheduleRun> TestScheduler::waitForRuns(QSignalSpy &spy, int count)
{
    // A fire is reported twice: queued, then settled; the settled ones count.
    const auto settled = [&spy] {
        QList<ScheduleRun> runs;
        for (const auto &args : spy)
            if (const auto run = args.first().value<ScheduleRun>();
                run.outcome != ScheduleRun::Outcome::Queued)
                runs << run;
        return runs;
    };
    if (!QTest::qWaitFor([&] { return settled().size() >= count; }, 60000))
        return {};
    return settled();
}

void TestScheduler::firesOnTimeWithTheScheduledEvent()
{
    const auto added =
        m_repo->add(schedule(QStringLiteral("rate(1 minute)"), m_now.toMSecsSinceEpoch()));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QSignalSpy ran(m_scheduler.get(), &Scheduler::ran);
    m_scheduler->start(); // a rate's first fire is its start: now
    auto runs = waitForRuns(ran, 1);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].outcome, ScheduleRun::Outcome::Succeeded);
    QCOMPARE(runs[0].scheduledMs, m_now.toMSecsSinceEpoch());
    QVERIFY(!runs[0].requestId.isEmpty());

    // The function got EventBridge's Scheduled Event for that time.
    const auto logs = m_fixture.service->invocationLog().recent(m_function, 1);
    QVERIFY2(logs.ok(), qPrintable(logs.error()));
    QCOMPARE(logs->size(), 1);
    QCOMPARE(logs->first().requestId, runs[0].requestId);
    const QString log = logs->first().log;
    const int at = log.indexOf(QLatin1String("EVENT "));
    QVERIFY2(at >= 0, qPrintable(log));
    const QJsonObject event =
        QJsonDocument::fromJson(
            log.mid(at + 6, log.indexOf(QLatin1Char('\n'), at) - at - 6).toUtf8())
            .object();
    QCOMPARE(event.value(QLatin1String("detail-type")).toString(),
             QStringLiteral("Scheduled Event"));
    QCOMPARE(event.value(QLatin1String("source")).toString(), QStringLiteral("aws.events"));
    QCOMPARE(event.value(QLatin1String("time")).toString(), m_now.toString(Qt::ISODate));

    // A minute later, the next one; nothing is missed.
    m_now = m_now.addSecs(61);
    m_scheduler->reload();
    runs = waitForRuns(ran, 2);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[1].outcome, ScheduleRun::Outcome::Succeeded);
    QCOMPARE(runs[1].scheduledMs, m_now.toMSecsSinceEpoch() - 1000);
    const auto stored = m_repo->runs(added->name);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
}

void TestScheduler::missedFiresAreReported()
{
    // Made ten and a half minutes ago; no scheduler ran since: fires at
    // -10.5 … -0.5 minutes, of which the last is on time.
    const qint64 created = m_now.toMSecsSinceEpoch() - 630'000;
    const auto added = m_repo->add(schedule(QStringLiteral("rate(1 minute)"), created));
    QVERIFY(added.ok());
    QSignalSpy ran(m_scheduler.get(), &Scheduler::ran);
    m_scheduler->start();
    const auto runs = waitForRuns(ran, 2);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].outcome, ScheduleRun::Outcome::Missed);
    QCOMPARE(runs[0].missed, 10);
    QCOMPARE(runs[0].scheduledMs, created);
    QCOMPARE(runs[0].lastMissedMs, created + 9 * 60'000);
    QCOMPARE(runs[1].outcome, ScheduleRun::Outcome::Succeeded);
    QCOMPARE(runs[1].scheduledMs, created + 10 * 60'000);
    QVERIFY(!runs[1].caughtUp);
}

void TestScheduler::catchUpInvokesOnceForTheLatest()
{
    // Hourly, last fire half an hour ago: all four are late.
    const qint64 created = m_now.toMSecsSinceEpoch() - (3 * 3600 + 1800) * 1000LL;
    Schedule s = schedule(QStringLiteral("rate(1 hour)"), created);
    s.catchUp = true;
    QVERIFY(m_repo->add(s).ok());
    Schedule quiet = schedule(QStringLiteral("rate(1 hour)"), created);
    QVERIFY(m_repo->add(quiet).ok());
    QSignalSpy ran(m_scheduler.get(), &Scheduler::ran);
    m_scheduler->start();
    const auto runs = waitForRuns(ran, 3);
    QCOMPARE(runs.size(), 3);
    int missed = 0;
    for (const ScheduleRun &r : runs) {
        if (r.outcome == ScheduleRun::Outcome::Missed) {
            QCOMPARE(r.missed, 4);
            QCOMPARE(r.lastMissedMs, created + 3 * 3600'000LL);
            ++missed;
        } else {
            QCOMPARE(r.schedule, s.name); // only the one that asked catches up
            QVERIFY(r.caughtUp);
            QCOMPARE(r.outcome, ScheduleRun::Outcome::Succeeded);
            QCOMPARE(r.scheduledMs, created + 3 * 3600'000LL);
        }
    }
    QCOMPARE(missed, 2);
    // Handled: starting again handles nothing (handling is done by the
    // time start() returns; only invocations finish later).
    const auto before = m_repo->find(s.name);
    m_scheduler->stop();
    m_scheduler->start();
    QCOMPARE(ran.count(), 4); // two missed, the catch-up queued and settled
    QCOMPARE(m_repo->find(s.name)->value().lastHandledMs, before->value().lastHandledMs);
}

void TestScheduler::functionErrorIsKept()
{
    // As on AWS, a fire is an Event invocation: a failure is retried as the
    // function's asynchronous settings say (none here, so the test is
    // quick) and its event goes to the on-failure folder.
    QTemporaryDir deadLetters;
    functions::EventInvokeConfig config;
    config.function = m_function;
    config.maxRetries = 0;
    config.onFailure = deadLetters.path();
    QVERIFY(m_fixture.service->asyncEvents().setConfig(config).ok());
    Schedule s = schedule(QStringLiteral("rate(5 minutes)"), m_now.toMSecsSinceEpoch());
    s.input = QStringLiteral("{\"fail\": true}");
    QVERIFY(m_repo->add(s).ok());
    QSignalSpy ran(m_scheduler.get(), &Scheduler::ran);
    m_scheduler->start();
    const auto runs = waitForRuns(ran, 1);
    config = {};
    config.function = m_function;
    QVERIFY(m_fixture.service->asyncEvents().setConfig(config).ok());
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].outcome, ScheduleRun::Outcome::FunctionError);
    QVERIFY2(runs[0].message.contains(QLatin1String("RetriesExhausted")) &&
                 runs[0].message.contains(QLatin1String("asked to fail")),
             qPrintable(runs[0].message));
    QVERIFY(QFile::exists(deadLetters.filePath(runs[0].requestId + QStringLiteral(".json"))));
}

void TestScheduler::disabledSchedulesWait()
{
    Schedule s = schedule(QStringLiteral("rate(1 minute)"), m_now.toMSecsSinceEpoch() - 600'000);
    s.enabled = false;
    QVERIFY(m_repo->add(s).ok());
    QSignalSpy ran(m_scheduler.get(), &Scheduler::ran);
    m_scheduler->start();
    QCOMPARE(ran.count(), 0);
    QCOMPARE(m_repo->find(s.name)->value().lastHandledMs, 0);
    // Turned on, it starts from now: what passed while it was off was not
    // wanted, so it is not missed.
    QVERIFY(m_repo->setEnabled(s.name, true).ok());
    const auto found = m_repo->find(s.name);
    QVERIFY(found.ok() && found->has_value());
    QVERIFY((*found)->lastHandledMs >= m_now.toMSecsSinceEpoch() - 1000);
    m_scheduler->reload();
    QCOMPARE(ran.count(), 0);
    QCOMPARE(m_repo->find(s.name)->value().lastHandledMs, (*found)->lastHandledMs);
}

void TestScheduler::removingTheFunctionRemovesItsSchedules()
{
    const QString doomed = test::uniqueName(QStringLiteral("doomed"));
    functions::FunctionRecord record;
    record.name = doomed;
    const auto created =
        test::await(m_fixture.service->create(record, {{QStringLiteral("app.py"), kCode}}), 120000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    Schedule s = schedule(QStringLiteral("cron(0 3 * * ? *)"), m_now.toMSecsSinceEpoch());
    s.function = doomed;
    QVERIFY(m_repo->add(s).ok());
    QVERIFY(test::await(m_fixture.service->remove(doomed)).ok());
    const auto left = m_repo->forFunction(doomed);
    QVERIFY(left.ok());
    QVERIFY(left->isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
