#include "servicedialog.h"

#include "common/tones.h"
#include "util/shellwords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

ServiceDialog::ServiceDialog(const QStringList &images, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_image(new QComboBox)
    , m_command(new QLineEdit)
    , m_replicas(new QSpinBox)
    , m_global(new QCheckBox(tr("One task on every node (global)")))
    , m_publish(new QLineEdit)
    , m_env(new QPlainTextEdit)
    , m_constraints(new QLineEdit)
    , m_cpus(new QLineEdit)
    , m_memory(new QLineEdit)
    , m_health(new QLineEdit)
    , m_failureAction(new QComboBox)
    , m_parallelism(new QSpinBox)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Create service"));
    setObjectName(QStringLiteral("serviceDialog"));
    m_name->setObjectName(QStringLiteral("serviceName"));
    m_name->setPlaceholderText(tr("web"));
    m_image->setObjectName(QStringLiteral("serviceImage"));
    m_image->setEditable(true);
    m_image->addItems(images);
    m_image->setCurrentText(QString());
    m_image->lineEdit()->setPlaceholderText(tr("nginx:1.25 — every node needs it or a registry"));
    m_command->setPlaceholderText(tr("the image's own command when empty"));
    m_replicas->setRange(0, 1000);
    m_replicas->setValue(2);
    m_replicas->setObjectName(QStringLiteral("serviceReplicas"));
    connect(m_global, &QCheckBox::toggled, m_replicas, &QWidget::setDisabled);
    m_publish->setPlaceholderText(tr("8080:80, 53/udp, 9000:9000,mode=host"));
    m_env->setPlaceholderText(tr("NAME=value, one a line"));
    m_env->setFixedHeight(m_env->fontMetrics().lineSpacing() * 4);
    m_constraints->setPlaceholderText(tr("node.role==worker, node.labels.zone==a"));
    m_cpus->setPlaceholderText(tr("no limit"));
    m_memory->setPlaceholderText(tr("no limit (256m, 1g)"));
    m_health->setPlaceholderText(tr("healthy when this shell command exits 0"));
    m_failureAction->addItem(tr("Roll back to the previous version"), QStringLiteral("rollback"));
    m_failureAction->addItem(tr("Pause the update"), QStringLiteral("pause"));
    m_failureAction->addItem(tr("Continue"), QStringLiteral("continue"));
    m_parallelism->setRange(0, 1000);
    m_parallelism->setValue(1);
    m_parallelism->setToolTip(tr("Tasks replaced at once; 0 replaces all at once"));
    m_error->setObjectName(QStringLiteral("serviceError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
    m_error->hide();

    auto *replicas = new QHBoxLayout;
    replicas->addWidget(m_replicas);
    replicas->addWidget(m_global);
    replicas->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Replicas:"), replicas);
    form->addRow(tr("&Publish ports:"), m_publish);
    form->addRow(tr("&Environment:"), m_env);
    form->addRow(tr("Placement co&nstraints:"), m_constraints);
    form->addRow(tr("CPU &limit (vCPUs):"), m_cpus);
    form->addRow(tr("&Memory limit:"), m_memory);
    form->addRow(tr("&Health check:"), m_health);
    form->addRow(tr("When an update &fails:"), m_failureAction);
    form->addRow(tr("Update &parallelism:"), m_parallelism);
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_image),
          static_cast<QWidget *>(m_command), static_cast<QWidget *>(m_replicas),
          static_cast<QWidget *>(m_publish), static_cast<QWidget *>(m_env),
          static_cast<QWidget *>(m_constraints), static_cast<QWidget *>(m_cpus),
          static_cast<QWidget *>(m_memory), static_cast<QWidget *>(m_health),
          static_cast<QWidget *>(m_failureAction), static_cast<QWidget *>(m_parallelism)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            w->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Swarm keeps this many copies of the container running across "
                                "the swarm's nodes and replaces any that stop."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

swarm::ServiceForm ServiceDialog::form() const
{
    swarm::ServiceForm f;
    f.name = m_name->text().trimmed();
    f.image = m_image->currentText().trimmed();
    if (const auto words = splitShellWords(m_command->text()))
        f.command = *words;
    f.global = m_global->isChecked();
    if (!f.global)
        f.replicas = QString::number(m_replicas->value());
    f.publish = listOf(m_publish->text());
    // "9000:9000,mode=host" holds a comma: join a mode back to its port.
    for (qsizetype i = f.publish.size() - 1; i > 0; --i)
        if (f.publish[i].startsWith(QLatin1String("mode="))) {
            f.publish[i - 1] += QLatin1Char(',') + f.publish[i];
            f.publish.removeAt(i);
        }
    for (const QString &line : m_env->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            f.env.append(line.trimmed());
    f.constraints = listOf(m_constraints->text());
    f.cpuLimit = m_cpus->text().trimmed();
    f.memoryLimit = m_memory->text().trimmed();
    f.healthCommand = m_health->text().trimmed();
    if (!f.healthCommand.isEmpty()) {
        f.healthInterval = QStringLiteral("5s");
        f.healthRetries = QStringLiteral("3");
    }
    f.updateFailureAction = m_failureAction->currentData().toString();
    f.updateParallelism = QString::number(m_parallelism->value());
    return f;
}

void ServiceDialog::setForm(const swarm::ServiceForm &f)
{
    m_name->setText(f.name);
    m_image->setCurrentText(f.image);
    m_command->setText(joinShellWords(f.command));
    m_global->setChecked(f.global);
    if (!f.replicas.isEmpty())
        m_replicas->setValue(f.replicas.toInt());
    m_publish->setText(f.publish.join(QStringLiteral(", ")));
    m_env->setPlainText(f.env.join(QLatin1Char('\n')));
    m_constraints->setText(f.constraints.join(QStringLiteral(", ")));
    m_cpus->setText(f.cpuLimit);
    m_memory->setText(f.memoryLimit);
    m_health->setText(f.healthCommand);
}

void ServiceDialog::accept()
{
    if (!splitShellWords(m_command->text())) {
        m_error->setText(tr("The command has an unclosed quote."));
        m_error->show();
        return;
    }
    const swarm::ParsedServiceForm parsed = swarm::parseServiceForm(form());
    if (!parsed.ok()) {
        m_error->setText(parsed.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace sloop::widgets
