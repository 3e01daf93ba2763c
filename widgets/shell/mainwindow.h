#pragma once

#include <QMainWindow>

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
class LearnPage;

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
    LearnPage *learnPage() const { return m_learn; }
    CommandLogDock *commandLog() const { return m_log; }
    QListWidget *navigation() const { return m_nav; }
    QComboBox *engineSelector() const { return m_engineBox; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, const QString &icon, QWidget *page);
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
    LearnPage *m_learn;
    QStringList m_ids;
};

} // namespace sloop::widgets
