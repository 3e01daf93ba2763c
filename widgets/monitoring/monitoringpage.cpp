#include "monitoringpage.h"

#include "alarms/alarmservice.h"
#include "alarmspage.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "instances/instanceservice.h"
#include "metrics/instancetarget.h"
#include "metrics/metricscollector.h"
#include "metrics/metricstore.h"
#include "metricsdashboard.h"
#include "monitoringoverview.h"
#include "settings/settings.h"
#include "targetmonitor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {
const int kIntervals[] = {1, 5, 10, 30, 60};
} // namespace

QString MonitoringPage::intervalText(int seconds)
{
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

MonitoringPage::MonitoringPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_status(new NoticeBanner)
    , m_interval(new QComboBox)
    , m_tabs(new QTabWidget)
    , m_views(new QStackedWidget)
{
    setObjectName(QStringLiteral("monitoringPage"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Monitoring"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    header->addWidget(title);
    header->addStretch(1);
    auto *intervalLabel = new QLabel(tr("Sample every"));
    header->addWidget(intervalLabel);
    for (int seconds : kIntervals)
        m_interval->addItem(intervalText(seconds), seconds);
    m_interval->setObjectName(QStringLiteral("sampleInterval"));
    m_interval->setAccessibleName(tr("Sampling interval"));
    intervalLabel->setBuddy(m_interval);
    header->addWidget(m_interval);
    layout->addLayout(header);
    layout->addWidget(m_status);

    Settings settings;
    const int current = settings.get(Settings::MetricsIntervalSeconds);
    const int index = m_interval->findData(current);
    m_interval->setCurrentIndex(index >= 0 ? index : 1);
    connect(m_interval, &QComboBox::activated, this,
            [this](int row) { setInterval(m_interval->itemData(row).toInt()); });

    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    if (metrics::MetricStore *store = plane->metricStore()) {
        m_overview = new MonitoringOverview(store);
        if (alarms::AlarmService *alarms = plane->alarms()) {
            m_overview->setAlarmStateFunction(
                [alarms](const QString &key) { return alarms->targetState(key); });
            connect(alarms, &alarms::AlarmService::stateChanged, m_overview,
                    &MonitoringOverview::refreshAlarmStates);
            connect(alarms, &alarms::AlarmService::alarmsChanged, m_overview,
                    &MonitoringOverview::refreshAlarmStates);
        }
        if (instances::InstanceService *service = plane->instances()) {
            m_overview->setMergeFunction([service] {
                QHash<QString, QString> merge;
                if (const auto list = service->instances()) {
                    for (const instances::InstanceRecord &r : *list) {
                        if (r.kind != instances::InstanceKind::Container)
                            continue;
                        const QString host = r.hostName.isEmpty() ? r.name : r.hostName;
                        merge.insert(metrics::Target::host(host).key(),
                                     metrics::targetForInstance(r).key());
                    }
                }
                return merge;
            });
            connect(service, &instances::InstanceService::instancesChanged, m_overview,
                    &MonitoringOverview::refresh);
        }
        connect(m_overview, &MonitoringOverview::targetActivated, this,
                &MonitoringPage::showTarget);
        if (metrics::MetricsCollector *collector = plane->metrics()) {
            m_overview->setCollectIntervalSeconds(collector->intervalSeconds());
            connect(collector, &metrics::MetricsCollector::sampled, m_overview,
                    &MonitoringOverview::addLive);
        }

        auto *detail = new QWidget;
        auto *detailLayout = new QVBoxLayout(detail);
        detailLayout->setContentsMargins(0, 0, 0, 0);
        auto *bar = new QHBoxLayout;
        auto *back = new QPushButton(tr("← All targets"));
        back->setObjectName(QStringLiteral("backToOverview"));
        back->setAccessibleName(tr("Back to the overview"));
        back->setFlat(true);
        connect(back, &QPushButton::clicked, this, &MonitoringPage::showOverview);
        bar->addWidget(back);
        bar->addStretch(1);
        detailLayout->addLayout(bar);
        m_monitor = new TargetMonitor(plane);
        detailLayout->addWidget(m_monitor, 1);

        m_views->addWidget(m_overview);
        m_views->addWidget(detail);
        m_tabs->addTab(m_views, tr("Overview"));
    } else {
        auto *problem = new QLabel(tr("Monitoring needs Sloop's database, which could not be "
                                      "opened: %1")
                                       .arg(plane->storeProblem()));
        problem->setWordWrap(true);
        problem->setAlignment(Qt::AlignCenter);
        m_tabs->addTab(problem, tr("Overview"));
    }
    if (alarms::AlarmService *alarms = plane->alarms()) {
        m_alarms = new AlarmsPage(alarms);
        m_tabs->addTab(m_alarms, tr("Alarms"));
    }

    // While `sloop serve` collects, this window hears of no samples: the
    // overview is re-read from the store instead.
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_overview && isVisible())
            m_overview->refresh();
    });
    connect(plane, &ControlPlane::collectingChanged, this, &MonitoringPage::updateStatus);
    updateStatus();
    if (m_overview)
        m_overview->refresh();
}

void MonitoringPage::showTarget(const QString &targetKey)
{
    const auto target = metrics::Target::fromKey(targetKey);
    if (!target || !m_monitor)
        return;
    m_monitor->setTarget(*target);
    m_views->setCurrentIndex(1);
    m_tabs->setCurrentIndex(0);
}

void MonitoringPage::showOverview()
{
    m_views->setCurrentIndex(0);
    m_tabs->setCurrentIndex(0);
    if (m_overview)
        m_overview->refresh();
}

void MonitoringPage::showAlarms()
{
    if (m_alarms)
        m_tabs->setCurrentWidget(m_alarms);
}

QString MonitoringPage::statusText() const
{
    return m_status->text();
}

void MonitoringPage::updateStatus()
{
    const bool collecting = m_plane->collecting();
    m_interval->setEnabled(collecting);
    if (collecting) {
        const int seconds = m_plane->metrics() ? m_plane->metrics()->intervalSeconds() : 0;
        m_status->showInfo(tr("This window collects every %1 while it is open; run "
                              "`sloop serve` to keep collecting without it.")
                               .arg(intervalText(seconds)));
        m_interval->setToolTip({});
        m_poll.stop();
    } else {
        const QString reason = m_plane->notCollectingReason();
        m_status->showInfo(reason.isEmpty() ? tr("Not collecting.") : reason);
        m_interval->setToolTip(tr("Set by whoever collects (sloop serve --interval)."));
        m_poll.start();
    }
}

void MonitoringPage::setInterval(int seconds)
{
    Settings settings;
    settings.set(Settings::MetricsIntervalSeconds, seconds);
    if (metrics::MetricsCollector *collector = m_plane->metrics())
        collector->setIntervalSeconds(seconds);
    if (m_overview)
        m_overview->setCollectIntervalSeconds(seconds);
    if (m_monitor && m_monitor->dashboard())
        m_monitor->dashboard()->setCollectIntervalSeconds(seconds);
    updateStatus();
}

} // namespace sloop::widgets
