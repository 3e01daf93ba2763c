#include "containerservicespage.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "containerservices/containerservicerepository.h"
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "pricing/containerpowers.h"
#include "util/futures.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sloop::widgets {

using namespace containerservices;

namespace {

enum StackPage
{
    NoService,
    Browser
};

enum ServiceColumn
{
    NameColumn,
    StateColumn,
    PowerColumn,
    RunningColumn,
    PriceColumn,
    DeploymentColumn,
    UrlColumn,
    EngineColumn,
    ServiceColumns
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

ContainerServicesPage::ContainerServicesPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_problem(new NoticeBanner)
    , m_stack(new QStackedWidget)
    , m_services(listTable({tr("Name"), tr("State"), tr("Power × scale"), tr("Running"),
                            tr("Per month"), tr("Deployment"), tr("Public URL"), tr("Engine")},
                           QStringLiteral("containerServiceList"), tr("Container services")))
    , m_deploymentsTitle(new QLabel)
    , m_deployments(listTable({tr("Version"), tr("State"), tr("Created"), tr("Containers"),
                               tr("Public endpoint"), tr("Why it failed")},
                              QStringLiteral("deploymentList"), tr("Deployments")))
    , m_progress(new QLabel)
    , m_deploy(namedButton(tr("&Deploy…"), QStringLiteral("deployContainerService"),
                           tr("Deploy to this container service")))
    , m_capacity(namedButton(tr("&Power and scale…"), QStringLiteral("capacityContainerService"),
                             tr("Change power and scale")))
    , m_disable(namedButton(tr("D&isable"), QStringLiteral("disableContainerService"),
                            tr("Disable or enable this container service")))
    , m_remove(namedButton(tr("De&lete"), QStringLiteral("deleteContainerService"),
                           tr("Delete this container service")))
{
    setObjectName(QStringLiteral("containerServicesPage"));
    // Read once: reload() runs every 3 s on this thread.
    if (const auto loaded = pricing::loadContainerPowers())
        m_powers = *loaded;
    m_problem->setObjectName(QStringLiteral("containerServicesProblem"));
    m_progress->setObjectName(QStringLiteral("deployProgress"));
    m_progress->setWordWrap(true);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(buildBrowser());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);
    m_refresh.setInterval(3000);
    connect(&m_refresh, &QTimer::timeout, this, &ContainerServicesPage::reload);
    reload();
}

ContainerServicesPage::~ContainerServicesPage() = default;

void ContainerServicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_refresh.start();
}

void ContainerServicesPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

QWidget *ContainerServicesPage::buildEmptyState()
{
    auto *create = namedButton(tr("Create a container service…"),
                               QStringLiteral("createContainerServiceEmpty"),
                               tr("Create a container service"));
    auto *learn = namedButton(tr("Learn about container services"),
                              QStringLiteral("learnLightsailContainers"),
                              tr("Learn about container services"));
    learn->setFlat(true);
    connect(create, &QPushButton::clicked, this, &ContainerServicesPage::askCreate);
    connect(learn, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(QStringLiteral("lightsail-containers")); });
    return emptyStatePage(
        QStringLiteral("containerServicesEmpty"), tr("Run an image behind a URL"),
        tr("A container service is Lightsail's simplest way to run containers: pick a power "
           "(how much CPU and memory each copy gets, at a flat monthly price) and a scale (how "
           "many copies), then deploy an image. Sloop runs the copies as Swarm services on the "
           "active engine, checks each one the way a load balancer does, and serves them at "
           "one public URL. A new deployment goes live only when it is healthy."),
        560, {create, learn});
}

QWidget *ContainerServicesPage::buildBrowser()
{
    auto *create = namedButton(tr("&Create…"), QStringLiteral("createContainerService"),
                               tr("Create a container service"));
    auto *refresh = namedButton(tr("&Refresh"), QStringLiteral("refreshContainerServices"),
                                tr("Refresh container services"));
    connect(create, &QPushButton::clicked, this, &ContainerServicesPage::askCreate);
    connect(refresh, &QPushButton::clicked, this, &ContainerServicesPage::reload);
    connect(m_deploy, &QPushButton::clicked, this, &ContainerServicesPage::askDeploy);
    connect(m_capacity, &QPushButton::clicked, this, &ContainerServicesPage::askCapacity);
    connect(m_remove, &QPushButton::clicked, this, &ContainerServicesPage::askRemove);
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QString name = selectedService();
        if (const ContainerService *s = find(name)) {
            CapacityChange change;
            change.disabled = !s->disabled;
            changeService(name, change);
        }
    });
    auto *top = new QHBoxLayout;
    top->addWidget(create);
    top->addWidget(m_deploy);
    top->addWidget(m_capacity);
    top->addWidget(m_disable);
    top->addWidget(m_remove);
    top->addStretch(1);
    top->addWidget(refresh);

    m_services->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_services->horizontalHeader()->setStretchLastSection(false);
    connect(m_services, &QTableWidget::itemSelectionChanged, this, [this] {
        showDeployments();
        updateButtons();
    });
    connect(m_services, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem *url = m_services->item(row, UrlColumn);
        if (column == UrlColumn && url && url->text().startsWith(QLatin1String("http")))
            QDesktopServices::openUrl(QUrl(url->text()));
    });
    m_deploymentsTitle->setObjectName(QStringLiteral("deploymentsTitle"));
    QFont bold = m_deploymentsTitle->font();
    bold.setBold(true);
    m_deploymentsTitle->setFont(bold);
    m_deployments->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_services, 3);
    layout->addWidget(m_progress);
    layout->addWidget(m_deploymentsTitle);
    layout->addWidget(m_deployments, 2);
    return page;
}

void ContainerServicesPage::reload()
{
    ContainerServiceRepository *repo = m_plane ? m_plane->containerServices() : nullptr;
    if (!repo) {
        m_problem->showError(tr("Container services need Sloop's data folder, which could not "
                                "be opened."));
        return;
    }
    const auto all = repo->all();
    if (!all) {
        m_problem->showProblem(all.problem(), tr("Read container services"));
        return;
    }
    const QString keep = selectedService();
    m_list = *all;
    m_stack->setCurrentIndex(m_list.isEmpty() ? NoService : Browser);
    const pricing::ContainerPowers &prices = m_powers;
    m_services->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const ContainerService &s = m_list.at(row);
        const pricing::ContainerPower *p = prices.find(s.power);
        const Deployment *d = s.active();
        const auto copies =
            d ? m_copies.constFind(networkName(s.name, d->version)) : m_copies.cend();
        const QStringList cells{
            s.name,
            serviceStateName(s.state()),
            tr("%1 × %2").arg(p ? p->name : s.power).arg(s.scale),
            copies == m_copies.cend() ? tr("—")
                                      : tr("%1 of %2").arg(copies->running).arg(copies->desired),
            p ? tr("$%1").arg(p->priceUsd * s.scale, 0, 'f', 2) : tr("—"),
            d ? tr("Version %1").arg(d->version)
              : (s.activating() ? tr("Version %1 activating").arg(s.activating()->version)
                                : tr("None yet")),
            s.url().isEmpty() ? tr("—") : s.url(),
            s.engine};
        for (int column = 0; column < ServiceColumns; ++column) {
            QTableWidgetItem *item = m_services->item(row, column);
            if (!item)
                m_services->setItem(row, column, cell(cells.at(column)));
            else if (item->text() != cells.at(column)) {
                item->setText(cells.at(column));
                item->setToolTip(cells.at(column));
            }
        }
    }
    if (!keep.isEmpty())
        selectService(keep);
    if (selectedService().isEmpty() && !m_list.isEmpty())
        m_services->selectRow(0);
    showDeployments();
    updateButtons();
    readCopies();
    Q_EMIT reloaded();
}

void ContainerServicesPage::readCopies()
{
    if (!m_plane || m_busy)
        return;
    QSet<QString> engines;
    for (const ContainerService &s : std::as_const(m_list))
        engines.insert(s.engine);
    for (const QString &engineName : engines) {
        engine::DockerClient *client = m_plane->engines()->client(engineName);
        if (!client)
            continue;
        whenFinished(
            runningCopies(client), this, [this](const Result<QHash<QString, Copies>> &copies) {
                if (!copies)
                    return;
                bool changed = false;
                for (auto it = copies->cbegin(); it != copies->cend(); ++it) {
                    const Copies before = m_copies.value(it.key());
                    changed =
                        changed || before.running != it->running || before.desired != it->desired;
                    m_copies.insert(it.key(), *it);
                }
                if (!changed)
                    return;
                for (int row = 0; row < m_list.size(); ++row) {
                    const Deployment *d = m_list.at(row).active();
                    const Copies c =
                        d ? m_copies.value(networkName(m_list.at(row).name, d->version)) : Copies();
                    if (QTableWidgetItem *item = m_services->item(row, RunningColumn))
                        item->setText(d ? tr("%1 of %2").arg(c.running).arg(c.desired) : tr("—"));
                }
            });
    }
}

const ContainerService *ContainerServicesPage::find(const QString &name) const
{
    for (const ContainerService &s : m_list)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString ContainerServicesPage::selectedService() const
{
    const auto rows = m_services->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_services->item(rows.first().row(), NameColumn);
    return item ? item->text() : QString();
}

void ContainerServicesPage::selectService(const QString &name)
{
    for (int row = 0; row < m_services->rowCount(); ++row)
        if (m_services->item(row, NameColumn) &&
            m_services->item(row, NameColumn)->text() == name) {
            if (selectedService() != name)
                m_services->selectRow(row);
            return;
        }
}

void ContainerServicesPage::showDeployments()
{
    const QString name = selectedService();
    const ContainerService *service = find(name);
    m_deploymentsTitle->setText(
        !service ? tr("Deployments")
        : service->deployments.isEmpty()
            ? tr("Deployments of %1: none yet. Deploy… runs an image on it.").arg(service->name)
            : tr("Deployments of %1").arg(service->name));
    const QList<Deployment> deployments = service ? service->deployments : QList<Deployment>();
    m_deployments->setRowCount(int(deployments.size()));
    for (int row = 0; row < deployments.size(); ++row) {
        const Deployment &d = deployments.at(deployments.size() - 1 - row); // newest first
        QStringList containers;
        for (const Container &c : d.spec.containers)
            containers.append(tr("%1 (%2)").arg(c.name, c.image));
        const QString endpoint = d.spec.publicEndpoint
                                     ? tr("%1:%2, checks %3")
                                           .arg(d.spec.publicEndpoint->containerName)
                                           .arg(d.spec.publicEndpoint->containerPort)
                                           .arg(d.spec.publicEndpoint->healthCheck.path)
                                     : tr("none");
        const QStringList cells{
            QString::number(d.version),
            deploymentStateName(d.state),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.createdMs), QLocale::ShortFormat),
            containers.join(QStringLiteral(", ")),
            endpoint,
            d.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_deployments->setItem(row, column, cell(cells.at(column)));
    }
}

void ContainerServicesPage::updateButtons()
{
    const QString name = selectedService();
    const ContainerService *service = find(name);
    const bool idle = service && !m_busy && !service->activating();
    m_deploy->setEnabled(idle && !service->disabled);
    m_capacity->setEnabled(idle);
    m_disable->setEnabled(idle);
    m_remove->setEnabled(service && !m_busy);
    m_disable->setText(service && service->disabled ? tr("En&able") : tr("D&isable"));
}

void ContainerServicesPage::createService(const QString &name, const QString &power, int scale)
{
    ContainerServiceRepository *repo = m_plane ? m_plane->containerServices() : nullptr;
    if (!repo)
        return;
    engine::DockerClient *client = m_plane->engines()->client(m_engine);
    if (!client) {
        m_problem->showError(tr("Choose an engine on the Containers page first."));
        return;
    }
    ContainerService s;
    s.name = name.trimmed();
    s.power = power;
    s.scale = scale;
    s.engine = client->name();
    const auto made = repo->create(s);
    if (!made) {
        m_problem->showProblem(made.problem(), tr("Create %1").arg(s.name));
        return;
    }
    m_problem->clear();
    reload();
    selectService(made->name);
}

void ContainerServicesPage::deployService(const QString &name, const DeploymentSpec &spec)
{
    ContainerServiceRepository *repo = m_plane ? m_plane->containerServices() : nullptr;
    const ContainerService *service = find(name);
    if (!repo || !service)
        return;
    engine::DockerClient *client = m_plane->engines()->client(service->engine);
    DeployOptions options;
    options.progress = [label = QPointer<QLabel>(m_progress)](const QString &line) {
        if (label)
            label->setText(line);
    };
    m_busy = true;
    updateButtons();
    m_problem->clear();
    whenFinished(deploy(client, *repo, name, spec, options), this,
                 [this, name](const Result<Deployment> &done) {
                     m_busy = false;
                     if (!done)
                         m_problem->showProblem(done.problem(), tr("Deploy to %1").arg(name));
                     else if (done->state == DeploymentState::Failed)
                         m_problem->showMessage(
                             NoticeBanner::Kind::Warning,
                             tr("Deployment %1 failed: %2. The deployment before it keeps "
                                "serving.")
                                 .arg(done->version)
                                 .arg(done->reason),
                             tr("Not deployed"));
                     else
                         m_progress->setText(
                             tr("Deployment %1 of %2 is active.").arg(done->version).arg(name));
                     reload();
                     Q_EMIT deployFinished(done);
                 });
}

void ContainerServicesPage::changeService(const QString &name, const CapacityChange &change)
{
    ContainerServiceRepository *repo = m_plane ? m_plane->containerServices() : nullptr;
    const ContainerService *service = find(name);
    if (!repo || !service)
        return;
    m_busy = true;
    updateButtons();
    whenFinished(changeCapacity(m_plane->engines()->client(service->engine), *repo, name, change),
                 this, [this, name](const VoidResult &done) {
                     m_busy = false;
                     if (!done)
                         m_problem->showProblem(done.problem(), tr("Change %1").arg(name));
                     else
                         m_problem->clear();
                     reload();
                     Q_EMIT changeFinished(done);
                 });
}

void ContainerServicesPage::removeService(const QString &name)
{
    ContainerServiceRepository *repo = m_plane ? m_plane->containerServices() : nullptr;
    const ContainerService *service = find(name);
    if (!repo || !service)
        return;
    m_busy = true;
    updateButtons();
    whenFinished(removeContainerService(m_plane->engines()->client(service->engine), *repo, name),
                 this, [this, name](const VoidResult &done) {
                     m_busy = false;
                     if (!done)
                         m_problem->showProblem(done.problem(), tr("Delete %1").arg(name));
                     reload();
                     Q_EMIT changeFinished(done);
                 });
}

void ContainerServicesPage::askRemove()
{
    const QString name = selectedService();
    if (name.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Delete %1?").arg(name);
    question.text = tr("Every copy of every deployment stops and its public URL goes away. The "
                       "images stay on the engine.");
    question.acceptLabel = tr("Delete");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    removeService(name);
}

} // namespace sloop::widgets
