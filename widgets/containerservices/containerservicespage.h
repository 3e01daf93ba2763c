#pragma once

#include "common/prompter.h"
#include "containerservices/containerdeployer.h"
#include "containerservices/containerservice.h"
#include "pricing/containerpowers.h"
#include "util/result.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

class NoticeBanner;

// Container services (Lightsail's): each with its state, power × scale,
// monthly price, copies running and public URL; its deployments below with
// their states and why one failed. Create one on the active engine, deploy
// an image (a new deployment goes live only when healthy, step by step in
// the progress line), change power or scale, disable, delete.
class ContainerServicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerServicesPage(ControlPlane *plane, QWidget *parent = nullptr);
    ~ContainerServicesPage() override;
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setEngine(const QString &engineName) { m_engine = engineName; }

    // What the dialogs end in (and what tests call).
    void createService(const QString &name, const QString &power, int scale);
    void deployService(const QString &name, const containerservices::DeploymentSpec &spec);
    void changeService(const QString &name, const containerservices::CapacityChange &change);
    void removeService(const QString &name);
    void reload();
    QString selectedService() const;
    void selectService(const QString &name);

Q_SIGNALS:
    void learnRequested(const QString &card);
    void deployFinished(const sloop::Result<sloop::containerservices::Deployment> &deployment);
    void changeFinished(const sloop::VoidResult &result);
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildEmptyState();
    QWidget *buildBrowser();
    void showDeployments();
    void updateButtons();
    void askCreate(); // these three: containerservicedialogs.cpp
    void askDeploy();
    void askCapacity();
    void askRemove();
    void readCopies();
    const containerservices::ContainerService *find(const QString &name) const;

    ControlPlane *m_plane;
    Prompter *m_prompter = nullptr;
    QString m_engine;
    NoticeBanner *m_problem;
    QStackedWidget *m_stack;
    QTableWidget *m_services;
    QLabel *m_deploymentsTitle;
    QTableWidget *m_deployments;
    QLabel *m_progress;
    QPushButton *m_deploy;
    QPushButton *m_capacity;
    QPushButton *m_disable;
    QPushButton *m_remove;
    QList<containerservices::ContainerService> m_list;
    QHash<QString, containerservices::Copies> m_copies; // "name_vN" on every engine
    pricing::ContainerPowers m_powers;
    QTimer m_refresh;
    bool m_busy = false;
};

} // namespace sloop::widgets
