#pragma once

#include "metrics/metricpoint.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

class MetricsDashboard;

// The dashboard of one host, instance or container as the pages show it:
// live while this window collects, re-read from the store every few
// seconds while `sloop serve` collects instead, and a plain sentence when
// there is no store to read.
class TargetMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit TargetMonitor(ControlPlane *plane, QWidget *parent = nullptr);

    void setTarget(const metrics::Target &target);
    QString targetKey() const { return m_target.key(); }
    MetricsDashboard *dashboard() const { return m_dashboard; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updatePolling();

    ControlPlane *m_plane;
    metrics::Target m_target;
    QStackedWidget *m_stack;
    MetricsDashboard *m_dashboard = nullptr;
    QLabel *m_problem;
    QTimer m_poll;
    int m_pollTicks = 0;
};

} // namespace sloop::widgets
