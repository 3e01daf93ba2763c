// The Monitoring page as the window builds it, on a real control plane with
// its own store: overview and alarms tabs, a card per target that opens the
// target's dashboard, the sampling interval reaching the collector and the
// settings, and an alarm change reaching the person through the notifier.
#include "alarms/alarmservice.h"
#include "controlplane/controlplane.h"
#include "metrics/metricnames.h"
#include "metrics/metricscollector.h"
#include "metrics/metricstore.h"
#include "monitoring/alarmnotifier.h"
#include "monitoring/alarmspage.h"
#include "monitoring/monitoringoverview.h"
#include "monitoring/monitoringpage.h"
#include "monitoring/targetmonitor.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestMonitoringPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overviewAndAlarmsTabs();
    void cardOpensTheDashboard();
    void intervalReachesCollectorAndSettings();
    void alarmChangeNotifies();

private:
    void appendCpu(ControlPlane &plane, const QString &target, qint64 fromMs, int seconds,
                   double value);
    std::unique_ptr<test::IsolatedXdg> m_xdg;
};

void TestMonitoringPage::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
}

void TestMonitoringPage::appendCpu(ControlPlane &plane, const QString &target, qint64 fromMs,
                                   int seconds, double value)
{
    metrics::MetricBatch batch;
    for (int s = 0; s < seconds; s += 5) {
        batch.append({target, QString(metrics::names::kCpu), fromMs + s * 1000, value});
        batch.append({target, QString(metrics::names::kMemory), fromMs + s * 1000, 40});
    }
    const VoidResult appended = plane.metricStore()->append(batch);
    QVERIFY2(appended.ok(), qPrintable(appended.error()));
}

void TestMonitoringPage::overviewAndAlarmsTabs()
{
    ControlPlane plane;
    QVERIFY(plane.openStore().ok());
    MonitoringPage page(&plane);
    QVERIFY(page.overview());
    QVERIFY(page.alarmsPage());
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("monitoringTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    // Not collecting (nothing started it): the page says so and why.
    QVERIFY(!plane.collecting());
    QVERIFY(!page.statusText().isEmpty());
    QVERIFY(!page.intervalBox()->isEnabled());
    page.showAlarms();
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(page.alarmsPage()));
}

void TestMonitoringPage::cardOpensTheDashboard()
{
    ControlPlane plane;
    QVERIFY(plane.openStore().ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    appendCpu(plane, QStringLiteral("host/web-1"), now - 120000, 120, 12);
    appendCpu(plane, QStringLiteral("host/db-1"), now - 120000, 120, 85);
    MonitoringPage page(&plane);
    page.resize(1100, 700);
    page.show();
    page.overview()->refresh();
    QTRY_VERIFY(page.overview()->shownKeys().contains(QStringLiteral("host/web-1")));
    page.overview()->setSortKey(MonitoringOverview::SortByCpu);
    QCOMPARE(page.overview()->shownKeys().first(), QStringLiteral("host/db-1"));

    Q_EMIT page.overview()->targetActivated(QStringLiteral("host/web-1"));
    QCOMPARE(page.monitor()->targetKey(), QStringLiteral("host/web-1"));
    QVERIFY(page.monitor()->isVisible());
    page.showOverview();
    QVERIFY(page.overview()->isVisible());
}

void TestMonitoringPage::intervalReachesCollectorAndSettings()
{
    ControlPlane plane;
    QVERIFY(plane.openStore().ok());
    plane.startCollecting(ControlPlane::CollectAs::Window, 5);
    QVERIFY2(plane.collecting(), qPrintable(plane.notCollectingReason()));
    MonitoringPage page(&plane);
    QVERIFY(page.intervalBox()->isEnabled());
    QVERIFY(page.statusText().contains(QStringLiteral("5 seconds")));
    const int one = page.intervalBox()->findData(1);
    QVERIFY(one >= 0);
    page.intervalBox()->setCurrentIndex(one);
    Q_EMIT page.intervalBox()->activated(one);
    QCOMPARE(plane.metrics()->intervalSeconds(), 1);
    QCOMPARE(Settings().get(Settings::MetricsIntervalSeconds), 1);
    QVERIFY(page.statusText().contains(QStringLiteral("1 second")));
    plane.stopCollecting();
    Settings().set(Settings::MetricsIntervalSeconds, 5);
}

void TestMonitoringPage::alarmChangeNotifies()
{
    ControlPlane plane;
    QVERIFY(plane.openStore().ok());
    alarms::AlarmService *service = plane.alarms();
    QVERIFY(service);
    AlarmNotifier notifier(service);
    QVERIFY(!notifier.hasTray()); // offscreen: the status bar carries it
    QSignalSpy notified(&notifier, &AlarmNotifier::notified);

    alarms::AlarmDefinition alarm;
    alarm.name = QStringLiteral("busy-box");
    alarm.target = QStringLiteral("host/busy");
    alarm.metric = QString(metrics::names::kCpu);
    alarm.threshold = 80;
    alarm.periodSeconds = 60;
    QVERIFY(service->addAlarm(alarm).ok());

    // Two whole minutes of 95% CPU, evaluated once the second has ended.
    const qint64 minute = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000 - 3 * 60000;
    appendCpu(plane, alarm.target, minute, 120, 95);
    service->evaluateNow(minute + 2 * 60000 + 5000);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Alarm: busy-box"));
    QVERIFY2(notifier.lastText().contains(QStringLiteral("busy")), qPrintable(notifier.lastText()));

    // Back under the threshold: "OK again".
    appendCpu(plane, alarm.target, minute + 2 * 60000, 60, 10);
    service->evaluateNow(minute + 3 * 60000 + 5000);
    QTRY_COMPARE(notified.size(), 2);
    QCOMPARE(notifier.lastTitle(), QStringLiteral("OK again: busy-box"));
}

QTEST_MAIN(TestMonitoringPage)
#include "tst_monitoringpage.moc"
