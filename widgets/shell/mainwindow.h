#pragma once

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sloop {
class ControlPlane;
class Settings;
} // namespace sloop

namespace sloop::widgets {

class CommandLogDock;
class ContainersPage;
class HostsPage;
class InstancesPage;
class ApisPage;
class BatchPage;
class SwarmPage;
class RegistriesPage;
class ContainerServicesPage;
class BuildsPage;
class FunctionsPage;
class LearnPage;
class MonitoringPage;
class AlarmNotifier;

// The Lightsail-style shell: navigation on the left, the active engine in
// the top bar, pages in the middle, the command log docked below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ControlPlane *plane, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString &pageId);
    QString currentPage() const;
    QStringList pageIds() const;
    void setEngine(const QString &engineName);

    ContainersPage *containersPage() const { return m_containers; }
    LearnPage *learnPage();           // made on first use, like every page but Containers
    HostsPage *hostsPage();           // made on first use
    InstancesPage *instancesPage();   // made on first use
    MonitoringPage *monitoringPage(); // made on first use
    AlarmNotifier *alarmNotifier() const { return m_notifier; }
    CommandLogDock *commandLog() const { return m_log; }
    QListWidget *navigation() const { return m_nav; }
    QComboBox *engineSelector() const { return m_engineBox; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Pages other than the first one shown are built when first opened, so
    // start-up pays only for what is on screen.
    void addPage(const QString &id, const QString &title, const QString &icon,
                 std::function<QWidget *()> make);
    QWidget *ensurePage(int index);
    void buildMenus();
    void saveState();

    ControlPlane *m_plane;
    std::unique_ptr<Settings> m_settings;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QComboBox *m_engineBox;
    QLabel *m_status;
    CommandLogDock *m_log;
    ContainersPage *m_containers;
    LearnPage *m_learn = nullptr;
    HostsPage *m_hosts = nullptr;
    InstancesPage *m_instances = nullptr;
    MonitoringPage *m_monitoring = nullptr;
    FunctionsPage *m_functions = nullptr;
    ApisPage *m_apis = nullptr;
    BatchPage *m_batch = nullptr;
    SwarmPage *m_swarm = nullptr;
    RegistriesPage *m_registries = nullptr;
    ContainerServicesPage *m_containerServices = nullptr;
    BuildsPage *m_builds = nullptr;
    AlarmNotifier *m_notifier = nullptr;
    QStringList m_ids;
    QList<std::function<QWidget *()>> m_factories;
    QList<QWidget *> m_pages; // nullptr until built
};

} // namespace sloop::widgets
