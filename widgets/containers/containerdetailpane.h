#pragma once

#include "engine/dockertypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace sloop {
class ControlPlane;
}
namespace sloop::engine {
class DockerClient;
}
namespace sloop::containers {
class StatsSampler;
}

namespace sloop::widgets {

class LogView;
class StatsCharts;
class TargetMonitor;

// What one container is and does: overview (from inspect), logs, live
// stats, its history (the Monitoring page's dashboard, with a control
// plane), environment, mounts and ports.
class ContainerDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerDetailPane(QWidget *parent = nullptr);
    void setEngine(engine::DockerClient *client, containers::StatsSampler *sampler);
    // Adds the History tab: the container's stored numbers, 1 h to 2 w.
    void setControlPlane(ControlPlane *plane);
    void showContainer(const QString &id); // empty: nothing selected
    // A compose project or several containers are selected: say so.
    void showSummary(const QString &title, const QString &text);
    // Re-read inspect after the container changed state (keeps the log).
    void refresh();
    QString containerId() const { return m_id; }
    LogView *logView();
    StatsCharts *statsCharts();
    TargetMonitor *history(); // null without a control plane
    QTabWidget *tabs();

private:
    void fill(const engine::ContainerDetails &d);
    void showMessage(const QString &text);
    void buildTabs();

    engine::DockerClient *m_client = nullptr;
    containers::StatsSampler *m_sampler = nullptr;
    QString m_id;
    bool m_logsAttached = false;
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs = nullptr; // the rest is built with the tabs
    QFormLayout *m_overview = nullptr;
    LogView *m_logs = nullptr;
    StatsCharts *m_stats = nullptr;
    ControlPlane *m_plane = nullptr;
    TargetMonitor *m_history = nullptr;
    QTableWidget *m_env = nullptr;
    QTableWidget *m_mounts = nullptr;
    QTableWidget *m_ports = nullptr;
    quint64 m_request = 0;
};

} // namespace sloop::widgets
