#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

class AlarmsPage;
class MonitoringOverview;
class NoticeBanner;
class TargetMonitor;

// The Monitoring page, CloudWatch's place in the console: an overview of
// every host, engine and container (small cards, sortable by CPU, memory or
// alarm state), a dashboard for the one picked, and the alarms with their
// history. Says whether this window collects, or `sloop serve` does.
class MonitoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitoringPage(ControlPlane *plane, QWidget *parent = nullptr);

    void showTarget(const QString &targetKey);
    void showOverview();
    void showAlarms();

    MonitoringOverview *overview() const { return m_overview; }
    TargetMonitor *monitor() const { return m_monitor; }
    AlarmsPage *alarmsPage() const { return m_alarms; }
    QComboBox *intervalBox() const { return m_interval; }
    QString statusText() const;
    static QString intervalText(int seconds); // "5 seconds"

private:
    void updateStatus();
    void setInterval(int seconds);

    ControlPlane *m_plane;
    NoticeBanner *m_status;
    QComboBox *m_interval;
    QTabWidget *m_tabs;
    QStackedWidget *m_views;
    MonitoringOverview *m_overview = nullptr;
    TargetMonitor *m_monitor = nullptr;
    AlarmsPage *m_alarms = nullptr;
    QTimer m_poll;
};

} // namespace sloop::widgets
