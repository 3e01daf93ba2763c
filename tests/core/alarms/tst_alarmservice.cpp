// AlarmService on a real MetricStore (temporary Database): points written
// with chosen timestamps, evaluateNow(now) at chosen times. OK → ALARM → OK
// with history; the newest period only once complete; commands with their
// environment, failures and time limit recorded; missing data; defaults once.
#include "alarms/alarmrepository.h"
#include "alarms/alarmservice.h"
#include "metrics/metricstore.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::alarms;

namespace {
constexpr qint64 kMinute = 60000;
const QString kTarget = QStringLiteral("host/web1");
} // namespace

class TestAlarmService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void okAlarmOkWithHistory();
    void newestPeriodOnlyWhenComplete();
    void commandGetsTheAlarmInItsEnvironment();
    void failingCommandRecorded();
    void slowCommandKilledWithoutBlocking();
    void missingDataGoesInsufficient();
    void disabledAlarmsRest();
    void defaultsOnce();

private:
    void put(qint64 minute, double value, const QString &metric = QStringLiteral("cpu"));
    AlarmDefinition cpuAlarm(const QString &name, int n, int m);
    qint64 at(qint64 minute) const { return m_t0 + minute * kMinute; }
    QList<AlarmHistoryEntry> historyOf(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<metrics::MetricStore> m_store;
    std::unique_ptr<AlarmRepository> m_repo;
    std::unique_ptr<AlarmService> m_service;
    qint64 m_t0 = 0; // a whole minute, 30 minutes ago: the store keeps raw points of the last hour
};

void TestAlarmService::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<store::Database>();
    const VoidResult opened =
        m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<metrics::MetricStore>(m_db.get());
    m_repo = std::make_unique<AlarmRepository>(m_db.get());
    m_service = std::make_unique<AlarmService>(m_repo.get(), m_store.get());
    m_service->setSettleMs(0);
    m_t0 = (QDateTime::currentMSecsSinceEpoch() / kMinute - 30) * kMinute;
}

void TestAlarmService::cleanup()
{
    m_service.reset();
    m_repo.reset();
    m_store.reset();
    m_db.reset();
}

void TestAlarmService::put(qint64 minute, double value, const QString &metric)
{
    // Two samples in the minute, so a period's statistic is over several points.
    metrics::MetricBatch batch;
    batch.append({kTarget, metric, at(minute) + 5000, value});
    batch.append({kTarget, metric, at(minute) + 35000, value});
    const VoidResult appended = m_store->append(batch);
    QVERIFY2(appended.ok(), qPrintable(appended.error()));
}

AlarmDefinition TestAlarmService::cpuAlarm(const QString &name, int n, int m)
{
    AlarmDefinition a;
    a.name = name;
    a.target = kTarget;
    a.metric = QStringLiteral("cpu");
    a.comparison = Comparison::Greater;
    a.threshold = 80;
    a.periodSeconds = 60;
    a.evaluationPeriods = n;
    a.datapointsToAlarm = m;
    const auto added = m_service->addAlarm(a);
    if (!added)
        qWarning("addAlarm: %s", qPrintable(added.error()));
    return added ? added.value() : a;
}

QList<AlarmHistoryEntry> TestAlarmService::historyOf(const QString &name)
{
    const auto h = m_service->history(name);
    return h ? h.value() : QList<AlarmHistoryEntry>{};
}

void TestAlarmService::okAlarmOkWithHistory()
{
    const AlarmDefinition a = cpuAlarm(QStringLiteral("cpu"), 2, 2);
    QSignalSpy changed(m_service.get(), &AlarmService::stateChanged);

    put(0, 10);
    put(1, 12);
    m_service->evaluateNow(at(2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));

    put(2, 95);
    m_service->evaluateNow(at(3)); // 1 of the last 2 breaching: still OK
    QCOMPARE(changed.size(), 1);
    put(3, 97);
    m_service->evaluateNow(at(4));
    QCOMPARE(changed.size(), 2);
    const AlarmDefinition inAlarm = m_service->find(a.name)->value();
    QCOMPARE(toString(inAlarm.state), toString(AlarmState::Alarm));
    QCOMPARE(inAlarm.stateSinceMs, at(4));
    QVERIFY2(inAlarm.stateReason.contains(QLatin1String("[95, 97]")),
             qPrintable(inAlarm.stateReason));
    QCOMPARE(m_service->targetState(kTarget), 2);

    m_service->evaluateNow(at(4)); // the same periods again: no new entry
    QCOMPARE(changed.size(), 2);

    put(4, 20);
    put(5, 30);
    m_service->evaluateNow(at(6));
    QCOMPARE(changed.size(), 3);
    const auto signalArgs = changed.last();
    QCOMPARE(toString(signalArgs.at(1).value<AlarmState>()), toString(AlarmState::Alarm));
    QCOMPARE(toString(signalArgs.at(0).value<AlarmDefinition>().state), toString(AlarmState::Ok));
    QCOMPARE(m_service->targetState(kTarget), 0);

    const QList<AlarmHistoryEntry> h = historyOf(a.name);
    QCOMPARE(h.size(), 3);
    QCOMPARE(toString(h.at(0).from) + toString(h.at(0).to), QStringLiteral("ALARMOK"));
    QCOMPARE(toString(h.at(1).from) + toString(h.at(1).to), QStringLiteral("OKALARM"));
    QCOMPARE(toString(h.at(2).from) + toString(h.at(2).to), QStringLiteral("INSUFFICIENT_DATAOK"));
    QCOMPARE(h.at(1).timeMs, at(4));

    // Kept 30 days: the two older entries go, the newest stays.
    QCOMPARE(m_service->pruneHistory(at(4) + AlarmService::kHistoryKeptMs + 1), 2);
    QCOMPARE(historyOf(a.name).size(), 1);
    QCOMPARE(historyOf(a.name).at(0).timeMs, at(6));
}

void TestAlarmService::newestPeriodOnlyWhenComplete()
{
    const AlarmDefinition a = cpuAlarm(QStringLiteral("cpu"), 1, 1);
    put(0, 10);
    m_service->evaluateNow(at(1));
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));
    // Minute 1 is breaching but not over yet at 1:40: it does not count.
    put(1, 99);
    m_service->evaluateNow(at(1) + 40000);
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));
    m_service->evaluateNow(at(2));
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Alarm));

    // With a settling time, a period counts only that long after its end.
    put(2, 10);
    m_service->setSettleMs(5000);
    m_service->evaluateNow(at(3) + 1000);
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Alarm));
    m_service->evaluateNow(at(3) + 6000);
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));
}

void TestAlarmService::commandGetsTheAlarmInItsEnvironment()
{
    const QString out = m_dir.filePath(QStringLiteral("env.txt"));
    AlarmDefinition a = cpuAlarm(QStringLiteral("web1 CPU over 80% \"quoted\" $(nope)"), 1, 1);
    a.command =
        QStringLiteral("env | grep -E '^(SLOOP_|SSH_AUTH)' | sort > '%1'; echo done").arg(out);
    QVERIFY(m_service->updateAlarm(a).ok());
    // What signs in for Sloop stays out of the command's environment.
    qputenv("SLOOP_SSH_PASSWORD", "hunter2");
    qputenv("SSH_AUTH_SOCK", "/tmp/agent.sock");
    const auto restore = qScopeGuard([] {
        qunsetenv("SLOOP_SSH_PASSWORD");
        qunsetenv("SSH_AUTH_SOCK");
    });
    QSignalSpy finished(m_service.get(), &AlarmService::commandFinished);

    put(0, 91.5);
    m_service->evaluateNow(at(1));
    QVERIFY(finished.wait(10000));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString env = QString::fromUtf8(f.readAll());
    for (const QString &line :
         {QStringLiteral("SLOOP_ALARM_NAME=web1 CPU over 80% \"quoted\" $(nope)"),
          QStringLiteral("SLOOP_ALARM_STATE=ALARM"),
          QStringLiteral("SLOOP_ALARM_PREVIOUS_STATE=INSUFFICIENT_DATA"),
          QStringLiteral("SLOOP_ALARM_TARGET=host/web1"), QStringLiteral("SLOOP_ALARM_METRIC=cpu"),
          QStringLiteral("SLOOP_ALARM_THRESHOLD=80"), QStringLiteral("SLOOP_ALARM_VALUE=91.5")})
        QVERIFY2(env.contains(line + QLatin1Char('\n')), qPrintable(env));
    QVERIFY2(env.contains(QLatin1String("SLOOP_ALARM_REASON=Threshold crossed")), qPrintable(env));
    QVERIFY2(!env.contains(QLatin1String("hunter2")) && !env.contains(QLatin1String("SSH_AUTH")),
             qPrintable(env));

    const AlarmHistoryEntry done = finished.first().at(0).value<AlarmHistoryEntry>();
    QVERIFY2(done.note.contains(QLatin1String("status 0")) &&
                 done.note.contains(QLatin1String("done")),
             qPrintable(done.note));
    QCOMPARE(historyOf(a.name).first().note, done.note);
}

void TestAlarmService::failingCommandRecorded()
{
    AlarmDefinition a = cpuAlarm(QStringLiteral("cpu"), 1, 1);
    a.command = QStringLiteral("echo boom >&2; exit 3");
    QVERIFY(m_service->updateAlarm(a).ok());
    AlarmDefinition b = cpuAlarm(QStringLiteral("missing program"), 1, 1);
    b.command = QStringLiteral("/nonexistent/notify-me");
    QVERIFY(m_service->updateAlarm(b).ok());
    QSignalSpy finished(m_service.get(), &AlarmService::commandFinished);
    put(0, 99);
    m_service->evaluateNow(at(1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    const QString failed = historyOf(a.name).first().note;
    QVERIFY2(failed.contains(QLatin1String("status 3")) && failed.contains(QLatin1String("boom")),
             qPrintable(failed));
    const QString missing = historyOf(b.name).first().note;
    QVERIFY2(missing.contains(QLatin1String("status 127")), qPrintable(missing));
    // The state changed all the same.
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Alarm));
}

void TestAlarmService::slowCommandKilledWithoutBlocking()
{
    m_service->setCommandTimeoutMs(700);
    AlarmDefinition a = cpuAlarm(QStringLiteral("slow"), 1, 1);
    // A child of the shell too: the time limit stops the whole group.
    const QString pidFile = m_dir.filePath(QStringLiteral("child.pid"));
    a.command = QStringLiteral("sleep 30 & echo $! > '%1'; wait").arg(pidFile);
    QVERIFY(m_service->updateAlarm(a).ok());
    QSignalSpy finished(m_service.get(), &AlarmService::commandFinished);
    put(0, 99);
    m_service->evaluateNow(at(1));
    // Had the evaluation waited for the command, it would have ended (the
    // time limit kills it) before evaluateNow returned.
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_service->runningCommands(), 1);
    put(1, 10);
    m_service->evaluateNow(at(2)); // evaluation goes on while the command runs
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));
    // The command sleeps 30 s: ending within the wait is the time limit's work.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const QList<AlarmHistoryEntry> h = historyOf(a.name);
    QVERIFY2(h.last().note.contains(QLatin1String("time limit")), qPrintable(h.last().note));
    QCOMPARE(m_service->runningCommands(), 0);
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QByteArray child = pid.readAll().trimmed();
    QVERIFY(!child.isEmpty());
    // Killed: no /proc entry, or a zombie ('Z') waiting for whoever reaps orphans here.
    const auto alive = [&child] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(child)));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && line.mid(close + 2, 1) != "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(!alive(), 5000);
}

void TestAlarmService::missingDataGoesInsufficient()
{
    const AlarmDefinition a = cpuAlarm(QStringLiteral("cpu"), 2, 2);
    put(0, 10);
    put(1, 10);
    m_service->evaluateNow(at(2));
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));
    // Still OK while the range (4 periods) holds the old datapoints.
    m_service->evaluateNow(at(4));
    QCOMPARE(toString(m_service->find(a.name)->value().state), toString(AlarmState::Ok));
    m_service->evaluateNow(at(6));
    const AlarmDefinition now = m_service->find(a.name)->value();
    QCOMPARE(toString(now.state), toString(AlarmState::InsufficientData));
    QVERIFY2(now.stateReason.contains(QLatin1String("No datapoints")), qPrintable(now.stateReason));

    // Breaching treatment: silence is an alarm.
    AlarmDefinition b = cpuAlarm(QStringLiteral("silence"), 1, 1);
    b.missingData = MissingData::Breaching;
    QVERIFY(m_service->updateAlarm(b).ok());
    m_service->evaluateNow(at(10));
    QCOMPARE(toString(m_service->find(b.name)->value().state), toString(AlarmState::Alarm));
}

void TestAlarmService::disabledAlarmsRest()
{
    AlarmDefinition a = cpuAlarm(QStringLiteral("off"), 1, 1);
    a.enabled = false;
    QVERIFY(m_service->updateAlarm(a).ok());
    put(0, 99);
    m_service->evaluateNow(at(1));
    QCOMPARE(toString(m_service->find(a.name)->value().state),
             toString(AlarmState::InsufficientData));
    QCOMPARE(historyOf(a.name).size(), 0);
}

void TestAlarmService::defaultsOnce()
{
    QSignalSpy changed(m_service.get(), &AlarmService::alarmsChanged);
    const auto first = m_service->addDefaultsFor(metrics::Target::host(QStringLiteral("web1")));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).name, QStringLiteral("web1 CPU over 80%"));
    QCOMPARE(first->at(0).evaluationPeriods, 3);
    QCOMPARE(first->at(0).datapointsToAlarm, 3);
    QCOMPARE(first->at(0).periodSeconds, 300);
    QCOMPARE(first->at(1).name, QStringLiteral("web1 status check failed"));
    QCOMPARE(first->at(1).metric, QStringLiteral("status_check_failed"));
    QCOMPARE(toString(first->at(1).comparison), QStringLiteral(">="));
    QCOMPARE(toString(first->at(1).missingData), QStringLiteral("breaching"));
    QCOMPARE(first->at(1).periodSeconds, 60);
    QCOMPARE(first->at(2).name, QStringLiteral("web1 disk over 90%"));
    QCOMPARE(changed.size(), 1);

    const auto second = m_service->addDefaultsFor(metrics::Target::host(QStringLiteral("web1")));
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_service->alarms()->size(), 3);

    const auto container = m_service->addDefaultsFor(
        metrics::Target::container(QStringLiteral("local"), QStringLiteral("app")));
    QCOMPARE(container->size(), 2);
    QCOMPARE(container->at(0).target, QStringLiteral("container/local/app"));
    QCOMPARE(
        m_service->addDefaultsFor(metrics::Target::engineTarget(QStringLiteral("local")))->size(),
        0);
    QVERIFY(m_service->knownTargets().contains(QStringLiteral("container/local/app")));
}

QTEST_GUILESS_MAIN(TestAlarmService)
#include "tst_alarmservice.moc"
