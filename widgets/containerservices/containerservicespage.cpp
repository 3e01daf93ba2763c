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

pricing::ContainerPowers powers()
{
    const auto loaded = pricing::loadContainerPowers();
    return loaded ? *loaded : pricing::ContainerPowers();
}

QString powerLabel(const pricing::ContainerPower &p)
{
    const QString memory = p.memoryMiB >= 1024
                               ? ContainerServicesPage::tr("%1 GB").arg(p.memoryMiB / 1024.0)
                               : ContainerServicesPage::tr("%1 MB").arg(p.memoryMiB);
    return ContainerServicesPage::tr("%1 — %2 vCPU, %3 — $%4/month per node")
        .arg(p.name)
        .arg(p.vcpus)
        .arg(memory)
        .arg(p.priceUsd, 0, 'f', 2);
}

QComboBox *powerChoice(const pricing::ContainerPowers &all, const QString &current)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("powerChoice"));
    box->setAccessibleName(ContainerServicesPage::tr("Power"));
    for (const pricing::ContainerPower &p : all.powers)
        box->addItem(powerLabel(p), p.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

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
    const pricing::ContainerPowers prices = powers();
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

void ContainerServicesPage::askCreate()
{
    const pricing::ContainerPowers all = powers();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Create a container service"));
    auto *name = new QLineEdit(QStringLiteral("container-service-1"));
    name->setObjectName(QStringLiteral("serviceName"));
    name->setAccessibleName(tr("Name"));
    auto *power = powerChoice(all, QStringLiteral("nano"));
    auto *scale = new QSpinBox;
    scale->setObjectName(QStringLiteral("serviceScale"));
    scale->setAccessibleName(tr("Scale"));
    scale->setRange(1, kMaxScale);
    auto *total = new QLabel;
    const auto updateTotal = [&] {
        const pricing::ContainerPower *p = all.find(power->currentData().toString());
        total->setText(p ? tr("$%1 a month (%2 × %3 nodes), on engine %4")
                               .arg(p->priceUsd * scale->value(), 0, 'f', 2)
                               .arg(p->name)
                               .arg(scale->value())
                               .arg(m_engine)
                         : QString());
    };
    connect(power, &QComboBox::currentIndexChanged, &dialog, updateTotal);
    connect(scale, &QSpinBox::valueChanged, &dialog, updateTotal);
    updateTotal();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Power:"), power);
    form->addRow(tr("Scale:"), scale);
    form->addRow(tr("Price:"), total);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        createService(name->text(), power->currentData().toString(), scale->value());
}

void ContainerServicesPage::askDeploy()
{
    const QString name = selectedService();
    if (name.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Deploy to %1").arg(name));
    auto *image = new QLineEdit;
    image->setObjectName(QStringLiteral("deployImage"));
    image->setAccessibleName(tr("Image"));
    image->setPlaceholderText(tr("nginx:stable, or an image on the engine"));
    auto *container = new QLineEdit(QStringLiteral("app"));
    container->setAccessibleName(tr("Container name"));
    auto *command = new QLineEdit;
    command->setAccessibleName(tr("Command"));
    command->setPlaceholderText(tr("the image's own unless given"));
    auto *env = new QPlainTextEdit;
    env->setAccessibleName(tr("Environment"));
    env->setPlaceholderText(tr("NAME=value, one a line"));
    env->setMaximumHeight(70);
    auto *port = new QSpinBox;
    port->setAccessibleName(tr("Public port"));
    port->setRange(0, 65535);
    port->setValue(80);
    port->setSpecialValueText(tr("none (no public endpoint)"));
    HealthCheck defaults;
    auto *path = new QLineEdit(defaults.path);
    path->setAccessibleName(tr("Health check path"));
    auto *codes = new QLineEdit(defaults.successCodes);
    codes->setAccessibleName(tr("Success codes"));
    auto *interval = new QSpinBox;
    interval->setAccessibleName(tr("Interval"));
    interval->setRange(5, 300);
    interval->setSuffix(tr(" s"));
    interval->setValue(defaults.intervalSeconds);
    auto *timeout = new QSpinBox;
    timeout->setAccessibleName(tr("Timeout"));
    timeout->setRange(2, 60);
    timeout->setSuffix(tr(" s"));
    timeout->setValue(defaults.timeoutSeconds);
    auto *healthy = new QSpinBox;
    healthy->setAccessibleName(tr("Healthy threshold"));
    healthy->setRange(2, 10);
    healthy->setValue(defaults.healthyThreshold);
    auto *unhealthy = new QSpinBox;
    unhealthy->setAccessibleName(tr("Unhealthy threshold"));
    unhealthy->setRange(2, 10);
    unhealthy->setValue(defaults.unhealthyThreshold);
    auto *thresholds = new QHBoxLayout;
    thresholds->addWidget(new QLabel(tr("healthy after")));
    thresholds->addWidget(healthy);
    thresholds->addWidget(new QLabel(tr("unhealthy after")));
    thresholds->addWidget(unhealthy);
    thresholds->addStretch(1);
    auto *problem = new QLabel;
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Deploy"));
    DeploymentSpec spec;
    const auto read = [&]() -> VoidResult {
        Container c;
        c.name = container->text().trimmed();
        c.image = image->text().trimmed();
        c.command = QProcess::splitCommand(command->text());
        for (const QString &line :
             env->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq < 1)
                return VoidResult::failure(ErrorKind::InvalidInput,
                                           tr("\"%1\" is not NAME=value.").arg(line));
            c.environment.insert(line.left(eq).trimmed(), line.mid(eq + 1));
        }
        spec = DeploymentSpec();
        if (port->value() > 0) {
            c.ports.insert(port->value(), QStringLiteral("HTTP"));
            PublicEndpoint e;
            e.containerName = c.name;
            e.containerPort = port->value();
            e.healthCheck.path = path->text().trimmed();
            e.healthCheck.successCodes = codes->text().trimmed();
            e.healthCheck.intervalSeconds = interval->value();
            e.healthCheck.timeoutSeconds = timeout->value();
            e.healthCheck.healthyThreshold = healthy->value();
            e.healthCheck.unhealthyThreshold = unhealthy->value();
            spec.publicEndpoint = e;
        }
        spec.containers.append(c);
        return validate(spec);
    };
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (const auto ok = read(); !ok)
            problem->setText(ok.error());
        else
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Image:"), image);
    form->addRow(tr("Container name:"), container);
    form->addRow(tr("Command:"), command);
    form->addRow(tr("Environment:"), env);
    form->addRow(tr("Public port:"), port);
    form->addRow(tr("Health check path:"), path);
    form->addRow(tr("Success codes:"), codes);
    form->addRow(tr("Every:"), interval);
    form->addRow(tr("Timeout:"), timeout);
    form->addRow(tr("Thresholds:"), thresholds);
    form->addRow(problem);
    form->addRow(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        deployService(name, spec);
}

void ContainerServicesPage::askCapacity()
{
    const QString name = selectedService();
    const ContainerService *service = find(name);
    if (!service)
        return;
    const pricing::ContainerPowers all = powers();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Power and scale of %1").arg(name));
    auto *power = powerChoice(all, service->power);
    auto *scale = new QSpinBox;
    scale->setObjectName(QStringLiteral("serviceScale"));
    scale->setAccessibleName(tr("Scale"));
    scale->setRange(1, kMaxScale);
    scale->setValue(service->scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Power:"), power);
    form->addRow(tr("Scale:"), scale);
    form->addRow(emptyStateText(tr("A new power replaces the copies one at a time, each new one "
                                   "started before an old one stops."),
                                360));
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CapacityChange change;
    change.power = power->currentData().toString();
    change.scale = scale->value();
    changeService(name, change);
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
