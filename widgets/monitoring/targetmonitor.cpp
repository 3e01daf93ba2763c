#include "targetmonitor.h"

#include "controlplane/controlplane.h"
#include "metrics/metricscollector.h"
#include "metricsdashboard.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

TargetMonitor::TargetMonitor(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_stack(new QStackedWidget)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("targetMonitor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    if (plane->metricStore()) {
        m_dashboard = new MetricsDashboard(plane->metricStore());
        m_stack->addWidget(m_dashboard);
        if (metrics::MetricsCollector *collector = plane->metrics()) {
            m_dashboard->setCollectIntervalSeconds(collector->intervalSeconds());
            connect(collector, &metrics::MetricsCollector::sampled, m_dashboard,
                    &MetricsDashboard::addLive);
        }
        connect(plane, &ControlPlane::collectingChanged, this, &TargetMonitor::updatePolling);
    } else {
        m_problem->setText(tr("Charts need Sloop's database, which could not be opened: %1")
                               .arg(plane->storeProblem()));
        m_stack->addWidget(m_problem);
    }
    // While another process collects, this window hears of no samples:
    // what it shows is re-read from the store. Only a live view moves, and
    // a range longer than an hour shows minutes, so it is re-read once a
    // minute rather than on every tick (two weeks is ~20,000 points a line).
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_dashboard || m_target.name.isEmpty() || !m_dashboard->isLive())
            return;
        const bool rawRange = m_dashboard->range() == MetricsDashboard::Range::Hour;
        if (rawRange || ++m_pollTicks % 12 == 0)
            m_dashboard->reload();
    });
}

void TargetMonitor::setTarget(const metrics::Target &target)
{
    m_target = target;
    if (m_dashboard)
        m_dashboard->setTarget(target);
}

void TargetMonitor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePolling();
}

void TargetMonitor::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
}

void TargetMonitor::updatePolling()
{
    if (m_dashboard && isVisible() && !m_plane->collecting())
        m_poll.start();
    else
        m_poll.stop();
}

} // namespace sloop::widgets
