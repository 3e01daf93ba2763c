// The Container services page's dialogs: create, deploy, power and scale.
#include "containerservicespage.h"

#include "common/listpage.h"
#include "pricing/containerpowers.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>

namespace sloop::widgets {

using namespace containerservices;

namespace {

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

} // namespace

void ContainerServicesPage::askCreate()
{
    const pricing::ContainerPowers &all = m_powers;
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
    const pricing::ContainerPowers &all = m_powers;
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

} // namespace sloop::widgets
