// The issue's fault in full: a host's link is cut and the default "status
// check failed" alarm fires, then recovers when the link comes back. Real
// parts only: sloop-ns4's sshd behind its veth link, StatusChecker writing
// into a real MetricStore, AlarmService evaluating the defaults Sloop gives a
// new instance. Periods are CloudWatch's one minute, so this takes ~2-3 min.
// Needs root (ip link / ip route), like the other netns suites.
#include "../ssh/netnstestenv.h"
#include "alarms/alarmrepository.h"
#include "alarms/alarmservice.h"
#include "metrics/metricnames.h"
#include "metrics/metricstore.h"
#include "metrics/statuschecker.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::alarms;

class TestStatusCheckAlarm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void linkCutFiresAndRecovers();

private:
    QList<test::NetnsHost> m_hosts;
    QTemporaryDir m_dir;
};

void TestStatusCheckAlarm::initTestCase()
{
    const auto hosts = test::loadNetnsTestEnv({4});
    QVERIFY2(hosts.ok(), qPrintable(hosts.error()));
    m_hosts = *hosts;
}

void TestStatusCheckAlarm::cleanup()
{
    test::restoreHost(m_hosts.at(3)); // always, whatever the test did
}

void TestStatusCheckAlarm::linkCutFiresAndRecovers()
{
    const test::NetnsHost &host = m_hosts.at(3); // sloop-ns4
    store::Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("sloop.db"))).ok());
    metrics::MetricStore store(&db);
    AlarmRepository repo(&db);
    AlarmService service(&repo, &store);
    service.setIntervalSeconds(1);

    const metrics::Target target = metrics::Target::host(QStringLiteral("ns4"));
    const auto defaults = service.addDefaultsFor(target);
    QVERIFY2(defaults.ok(), qPrintable(defaults.error()));
    QString statusAlarm;
    for (const AlarmDefinition &a : *defaults)
        if (a.metric == metrics::names::kStatusCheckFailed)
            statusAlarm = a.name;
    QVERIFY(!statusAlarm.isEmpty());

    metrics::StatusChecker checker(target.key(), host.address, 22);
    checker.setIntervalSeconds(1);
    checker.setTimeoutMs(800);
    int appendFailures = 0;
    connect(
        &checker, &metrics::StatusChecker::checked, this,
        [&](const metrics::MetricBatch &batch) { appendFailures += !store.append(batch).ok(); });
    QList<AlarmState> states;
    connect(&service, &AlarmService::stateChanged, this,
            [&](const AlarmDefinition &alarm, AlarmState, const AlarmHistoryEntry &entry) {
                if (alarm.name == statusAlarm)
                    states.append(entry.to);
            });
    checker.start();
    service.start();

    // Healthy first: a whole minute of passing checks makes the alarm OK.
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(AlarmState::Ok), 130000);

    QVERIFY(test::cutHost(host));
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last() == AlarmState::Alarm, 130000);
    const auto history = service.history(statusAlarm);
    QVERIFY(history.ok());
    QVERIFY(!history->isEmpty());
    QVERIFY(history->first().to == AlarmState::Alarm);

    QVERIFY(test::restoreHost(host));
    QTRY_VERIFY_WITH_TIMEOUT(states.last() == AlarmState::Ok, 130000);
    checker.stop();
    service.stop();
    QCOMPARE(appendFailures, 0);
}

QTEST_GUILESS_MAIN(TestStatusCheckAlarm)
#include "tst_statuscheckalarm.moc"
