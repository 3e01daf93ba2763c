#include "batchdialogs.h"

#include "batch/exitrules.h"
#include "util/shellwords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using namespace batch;

namespace {

struct DialogText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDialogs)
};

// OK labelled `accept`, enabled while `ready` says so.
QDialogButtonBox *buttonsFor(QDialog *dialog, const QString &accept)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDoubleSpinBox *vcpuBox(double value, double maximum)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0.25, maximum);
    box->setSingleStep(0.25);
    box->setDecimals(2);
    box->setValue(value);
    box->setSuffix(DialogText::tr(" vCPU"));
    return box;
}

QSpinBox *numberBox(int minimum, int maximum, int value, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

// Runs the dialog until what it makes passes `check`, or it is cancelled.
template <typename T, typename Make> std::optional<T> runChecked(QDialog &dialog, Make make)
{
    while (dialog.exec() == QDialog::Accepted) {
        QString problem;
        std::optional<T> made = make(&problem);
        if (made)
            return made;
        QMessageBox::warning(&dialog, dialog.windowTitle(), problem);
    }
    return std::nullopt;
}

} // namespace

std::optional<ComputeEnvironment> askEnvironment(QWidget *parent, const QStringList &engines,
                                                 double suggestedVcpus)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("environmentDialog"));
    dialog.setWindowTitle(DialogText::tr("Create compute environment"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("environmentName"));
    name->setAccessibleName(DialogText::tr("Compute environment name"));
    name->setPlaceholderText(DialogText::tr("local"));
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("environmentEngines"));
    list->setAccessibleName(DialogText::tr("Engines jobs may run on"));
    for (const QString &engine : engines) {
        auto *item = new QListWidgetItem(engine, list);
        item->setCheckState(list->count() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(110);
    auto *onSwarm = new QCheckBox(DialogText::tr("Run jobs as Swarm services on the swarm the "
                                                 "checked engine manages"));
    onSwarm->setObjectName(QStringLiteral("environmentSwarm"));
    onSwarm->setAccessibleName(DialogText::tr("Let Swarm place the jobs"));
    onSwarm->setToolTip(DialogText::tr("Swarm picks a node with room for each job, across "
                                       "every machine in the swarm."));
    auto *vcpus = vcpuBox(qMax(1.0, suggestedVcpus), 10'000);
    vcpus->setObjectName(QStringLiteral("environmentVcpus"));
    vcpus->setAccessibleName(DialogText::tr("Maximum vCPUs"));
    auto *memory = numberBox(0, 64 * 1024 * 1024, 0, DialogText::tr(" MiB"));
    memory->setSpecialValueText(DialogText::tr("what the engines have"));
    memory->setAccessibleName(DialogText::tr("Maximum memory"));
    auto *form = new QFormLayout;
    form->addRow(DialogText::tr("&Name:"), name);
    form->addRow(DialogText::tr("&Engines:"), list);
    form->addRow(QString(), onSwarm);
    form->addRow(DialogText::tr("Maximum &vCPUs:"), vcpus);
    form->addRow(DialogText::tr("Maximum &memory:"), memory);
    auto *hint = new QLabel(DialogText::tr(
        "Jobs start only where they fit: never more vCPUs or memory at once than this, nor more "
        "than an engine has."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttonsFor(&dialog, DialogText::tr("Create")));
    return runChecked<ComputeEnvironment>(
        dialog, [&](QString *problem) -> std::optional<ComputeEnvironment> {
            ComputeEnvironment e;
            e.name = name->text().trimmed();
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    e.engines << list->item(i)->text();
            if (onSwarm->isChecked()) {
                if (e.engines.size() != 1) {
                    *problem = DialogText::tr("Check one engine: the swarm's manager.");
                    return std::nullopt;
                }
                e.engines = {swarmTarget(e.engines.first())};
            }
            e.maxVcpus = vcpus->value();
            e.maxMemoryMb = memory->value();
            if (const VoidResult ok = validate(e); !ok) {
                *problem = ok.error();
                return std::nullopt;
            }
            return e;
        });
}

std::optional<JobQueue> askQueue(QWidget *parent, const QStringList &environments,
                                 const QStringList &policies)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("queueDialog"));
    dialog.setWindowTitle(DialogText::tr("Create job queue"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("queueName"));
    name->setAccessibleName(DialogText::tr("Job queue name"));
    name->setPlaceholderText(DialogText::tr("nightly"));
    auto *priority = numberBox(0, 1000, 1);
    priority->setAccessibleName(DialogText::tr("Priority"));
    auto *first = new QComboBox;
    first->setAccessibleName(DialogText::tr("Compute environment"));
    first->addItems(environments);
    auto *second = new QComboBox;
    second->setAccessibleName(DialogText::tr("Second compute environment"));
    second->addItem(DialogText::tr("none"));
    second->addItems(environments);
    auto *scheduling = new QComboBox;
    scheduling->setObjectName(QStringLiteral("queuePolicy"));
    scheduling->setAccessibleName(DialogText::tr("Scheduling"));
    scheduling->addItem(DialogText::tr("First in, first out"), QString());
    for (const QString &policy : policies)
        scheduling->addItem(DialogText::tr("Fair share by %1").arg(policy), policy);
    scheduling->setEnabled(!policies.isEmpty());
    scheduling->setToolTip(policies.isEmpty()
                               ? DialogText::tr("Create a scheduling policy on the Scheduling "
                                                "policies tab to share a queue by team or "
                                                "workload.")
                               : QString());
    auto *form = new QFormLayout;
    form->addRow(DialogText::tr("&Name:"), name);
    form->addRow(DialogText::tr("&Priority:"), priority);
    form->addRow(DialogText::tr("&Runs on:"), first);
    form->addRow(DialogText::tr("&Then on:"), second);
    form->addRow(DialogText::tr("&Scheduling:"), scheduling);
    auto *hint = new QLabel(DialogText::tr("Jobs in a queue start in the order they came, or, "
                                           "with a scheduling policy, by share: the share that "
                                           "has used least for its weight goes next. Where "
                                           "queues share an environment, the higher priority "
                                           "goes first."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttonsFor(&dialog, DialogText::tr("Create")));
    return runChecked<JobQueue>(dialog, [&](QString *problem) -> std::optional<JobQueue> {
        JobQueue q;
        q.name = name->text().trimmed();
        q.priority = priority->value();
        if (!first->currentText().isEmpty())
            q.environments << first->currentText();
        if (second->currentIndex() > 0 && second->currentText() != first->currentText())
            q.environments << second->currentText();
        q.schedulingPolicy = scheduling->currentData().toString();
        if (const VoidResult ok = validate(q); !ok) {
            *problem = ok.error();
            return std::nullopt;
        }
        return q;
    });
}

std::optional<SchedulingPolicy> askPolicy(QWidget *parent,
                                          const std::optional<SchedulingPolicy> &existing)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("policyDialog"));
    dialog.setWindowTitle(existing ? DialogText::tr("Edit scheduling policy %1").arg(existing->name)
                                   : DialogText::tr("Create scheduling policy"));
    auto *name = new QLineEdit(existing ? existing->name : QString());
    name->setObjectName(QStringLiteral("policyName"));
    name->setAccessibleName(DialogText::tr("Scheduling policy name"));
    name->setPlaceholderText(DialogText::tr("teams"));
    name->setReadOnly(existing.has_value());
    auto *shares = new QTableWidget(0, 2);
    shares->setObjectName(QStringLiteral("policyShares"));
    shares->setAccessibleName(DialogText::tr("Share identifiers and their weights"));
    shares->setHorizontalHeaderLabels(
        {DialogText::tr("Share identifier"), DialogText::tr("Weight")});
    shares->verticalHeader()->hide();
    shares->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    shares->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    shares->setMinimumHeight(150);
    auto addShare = [shares](const QString &identifier, double weight) {
        const int row = shares->rowCount();
        shares->insertRow(row);
        shares->setItem(row, 0, new QTableWidgetItem(identifier));
        auto *w = new QTableWidgetItem(QLocale().toString(weight, 'g', 7)); // 999.9999 whole
        w->setTextAlignment(Qt::AlignVCenter | Qt::AlignRight);
        shares->setItem(row, 1, w);
    };
    if (existing)
        for (const ShareWeight &s : existing->shares)
            addShare(s.identifier, s.weight);
    auto *add = new QPushButton(DialogText::tr("&Add share"));
    add->setObjectName(QStringLiteral("policyAddShare"));
    auto *remove = new QPushButton(DialogText::tr("Re&move share"));
    remove->setObjectName(QStringLiteral("policyRemoveShare"));
    QObject::connect(add, &QPushButton::clicked, shares, [shares, addShare] {
        addShare(QString(), 1);
        shares->setCurrentCell(shares->rowCount() - 1, 0);
        shares->editItem(shares->item(shares->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, shares, [shares] {
        if (shares->currentRow() >= 0)
            shares->removeRow(shares->currentRow());
    });
    auto *shareButtons = new QHBoxLayout;
    shareButtons->addWidget(add);
    shareButtons->addWidget(remove);
    shareButtons->addStretch();
    auto *decay = numberBox(0, kMaxShareDecaySeconds, existing ? existing->shareDecaySeconds : 0,
                            DialogText::tr(" s"));
    decay->setObjectName(QStringLiteral("policyDecay"));
    decay->setSpecialValueText(DialogText::tr("only what runs now"));
    decay->setAccessibleName(DialogText::tr("Share decay"));
    auto *reservation = numberBox(0, kMaxComputeReservation,
                                  existing ? existing->computeReservation : 0, QStringLiteral("%"));
    reservation->setObjectName(QStringLiteral("policyReservation"));
    reservation->setAccessibleName(DialogText::tr("Compute reservation"));
    auto *form = new QFormLayout;
    form->addRow(DialogText::tr("&Name:"), name);
    form->addRow(DialogText::tr("Shares:"), shares);
    form->addRow(QString(), shareButtons);
    form->addRow(DialogText::tr("Share &decay:"), decay);
    form->addRow(DialogText::tr("Compute &reservation:"), reservation);
    auto *hint = new QLabel(DialogText::tr(
        "Jobs name their share when they are submitted. The share that has used least, for its "
        "weight, goes next: a weight of 0.25 gets four times the vCPUs of a weight of 1. A share "
        "identifier ending in * weighs every share it begins; shares not listed weigh 1. Share "
        "decay counts the jobs that finished in that many seconds as well as what runs. The "
        "reservation keeps that percentage of the vCPUs (squared for two active shares, and so "
        "on) for shares that run nothing yet."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(
        buttonsFor(&dialog, existing ? DialogText::tr("Save") : DialogText::tr("Create")));
    dialog.resize(520, dialog.sizeHint().height());
    return runChecked<SchedulingPolicy>(
        dialog, [&](QString *problem) -> std::optional<SchedulingPolicy> {
            SchedulingPolicy p;
            p.name = name->text().trimmed();
            p.shareDecaySeconds = decay->value();
            p.computeReservation = reservation->value();
            for (int row = 0; row < shares->rowCount(); ++row) {
                const QString identifier =
                    shares->item(row, 0) ? shares->item(row, 0)->text().trimmed() : QString();
                const QString weightText =
                    shares->item(row, 1) ? shares->item(row, 1)->text().trimmed() : QString();
                if (identifier.isEmpty())
                    continue;
                bool ok = false;
                double weight = QLocale().toDouble(weightText, &ok);
                if (!ok)
                    weight = weightText.toDouble(&ok);
                if (!ok) {
                    *problem = DialogText::tr("The weight of %1 is not a number.").arg(identifier);
                    return std::nullopt;
                }
                p.shares << ShareWeight{identifier, weight};
            }
            if (const VoidResult ok = validate(p); !ok) {
                *problem = ok.error();
                return std::nullopt;
            }
            return p;
        });
}

std::optional<JobDefinition> askDefinition(QWidget *parent, const QStringList &images)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("definitionDialog"));
    dialog.setWindowTitle(DialogText::tr("Register job definition"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("definitionName"));
    name->setAccessibleName(DialogText::tr("Job definition name"));
    name->setPlaceholderText(DialogText::tr("resize-photos"));
    auto *image = new QComboBox;
    image->setEditable(true);
    image->addItems(images);
    image->setAccessibleName(DialogText::tr("Image"));
    auto *command = new QLineEdit;
    command->setAccessibleName(DialogText::tr("Command"));
    command->setPlaceholderText(DialogText::tr("sh -c 'echo hello from $AWS_BATCH_JOB_ID'"));
    auto *vcpus = vcpuBox(1, 256);
    vcpus->setAccessibleName(DialogText::tr("vCPUs"));
    auto *memory = numberBox(4, 1024 * 1024, 2048, DialogText::tr(" MiB"));
    memory->setAccessibleName(DialogText::tr("Memory"));
    auto *attempts = numberBox(1, kMaxAttempts, 1);
    attempts->setAccessibleName(DialogText::tr("Attempts"));
    auto *rules = new QLineEdit;
    rules->setAccessibleName(DialogText::tr("Retry rules"));
    rules->setPlaceholderText(DialogText::tr("137:RETRY 1:EXIT"));
    rules->setToolTip(DialogText::tr("evaluateOnExit: exit codes (or reason=… status=… patterns "
                                     "ending in *) with RETRY or EXIT; the first match decides"));
    auto *timeout = numberBox(0, 14 * 24 * 3600, 0, DialogText::tr(" s"));
    timeout->setSpecialValueText(DialogText::tr("none"));
    timeout->setAccessibleName(DialogText::tr("Attempt timeout"));
    auto *form = new QFormLayout;
    form->addRow(DialogText::tr("&Name:"), name);
    form->addRow(DialogText::tr("&Image:"), image);
    form->addRow(DialogText::tr("&Command:"), command);
    form->addRow(DialogText::tr("&vCPUs:"), vcpus);
    form->addRow(DialogText::tr("&Memory:"), memory);
    form->addRow(DialogText::tr("&Attempts:"), attempts);
    form->addRow(DialogText::tr("&Retry rules:"), rules);
    form->addRow(DialogText::tr("&Timeout per attempt:"), timeout);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttonsFor(&dialog, DialogText::tr("Register")));
    dialog.resize(520, dialog.sizeHint().height());
    return runChecked<JobDefinition>(dialog, [&](QString *problem) -> std::optional<JobDefinition> {
        JobDefinition d;
        d.name = name->text().trimmed();
        d.container.image = image->currentText().trimmed();
        const auto words = splitShellWords(command->text());
        if (!words) {
            *problem = words.error();
            return std::nullopt;
        }
        d.container.command = *words;
        d.container.vcpus = vcpus->value();
        d.container.memoryMb = memory->value();
        d.container.attempts = attempts->value();
        d.container.timeoutSeconds = timeout->value();
        for (const QString &text : rules->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto rule = parseRule(text);
            if (!rule) {
                *problem = rule.error();
                return std::nullopt;
            }
            d.container.evaluateOnExit << *rule;
        }
        if (const VoidResult ok = validate(d); !ok) {
            *problem = ok.error();
            return std::nullopt;
        }
        return d;
    });
}

SubmitJobDialog::SubmitJobDialog(QList<JobQueue> queues, QList<JobDefinition> definitions,
                                 QWidget *parent)
    : QDialog(parent)
    , m_queues(std::move(queues))
    , m_definitions(std::move(definitions))
    , m_queue(new QComboBox)
    , m_definition(new QComboBox)
    , m_name(new QLineEdit)
    , m_array(new QCheckBox(tr("&Array job with")))
    , m_size(numberBox(kMinArraySize, kMaxArraySize, 10, tr(" children")))
    , m_command(new QLineEdit)
    , m_vcpus(vcpuBox(1, 256))
    , m_memory(numberBox(4, 1024 * 1024, 2048, tr(" MiB")))
    , m_attempts(numberBox(1, kMaxAttempts, 1))
    , m_timeout(numberBox(0, 14 * 24 * 3600, 0, tr(" s")))
    , m_dependsOn(new QLineEdit)
    , m_sequential(new QCheckBox(tr("Children one after another (SEQUENTIAL)")))
    , m_share(new QLineEdit)
    , m_schedulingPriority(numberBox(0, kMaxSchedulingPriority, 0))
    , m_shareHint(new QLabel)
{
    setObjectName(QStringLiteral("submitJobDialog"));
    setWindowTitle(tr("Submit job"));
    for (const JobQueue &q : std::as_const(m_queues))
        m_queue->addItem(q.enabled ? q.name : tr("%1 (disabled)").arg(q.name), q.name);
    for (const JobDefinition &d : std::as_const(m_definitions))
        m_definition->addItem(d.reference(), d.reference());
    m_definition->setCurrentIndex(int(m_definitions.size()) - 1);
    m_queue->setObjectName(QStringLiteral("submitQueue"));
    m_queue->setAccessibleName(tr("Job queue"));
    m_definition->setObjectName(QStringLiteral("submitDefinition"));
    m_definition->setAccessibleName(tr("Job definition"));
    m_name->setObjectName(QStringLiteral("submitName"));
    m_name->setAccessibleName(tr("Job name"));
    m_array->setObjectName(QStringLiteral("submitArray"));
    m_size->setObjectName(QStringLiteral("submitArraySize"));
    m_size->setAccessibleName(tr("Array size"));
    m_size->setEnabled(false);
    m_sequential->setEnabled(false);
    connect(m_array, &QCheckBox::toggled, m_size, &QWidget::setEnabled);
    connect(m_array, &QCheckBox::toggled, m_sequential, &QWidget::setEnabled);
    m_command->setAccessibleName(tr("Command override"));
    m_vcpus->setAccessibleName(tr("vCPUs"));
    m_memory->setAccessibleName(tr("Memory"));
    m_attempts->setAccessibleName(tr("Attempts"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setAccessibleName(tr("Attempt timeout"));
    m_dependsOn->setAccessibleName(tr("Depends on"));
    m_dependsOn->setPlaceholderText(tr("job IDs, comma-separated; ID:N_TO_N for arrays"));
    m_share->setObjectName(QStringLiteral("submitShare"));
    m_share->setAccessibleName(tr("Share identifier"));
    m_schedulingPriority->setObjectName(QStringLiteral("submitSchedulingPriority"));
    m_schedulingPriority->setAccessibleName(tr("Scheduling priority"));
    m_schedulingPriority->setToolTip(tr("Within its share, a higher number starts first."));
    m_shareHint->setObjectName(QStringLiteral("submitShareHint"));
    m_shareHint->setWordWrap(true);
    auto *arrayRow = new QHBoxLayout;
    arrayRow->addWidget(m_array);
    arrayRow->addWidget(m_size);
    arrayRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Queue:"), m_queue);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), arrayRow);
    form->addRow(QString(), m_sequential);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&vCPUs:"), m_vcpus);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("A&ttempts:"), m_attempts);
    form->addRow(tr("&Timeout per attempt:"), m_timeout);
    form->addRow(tr("&Depends on:"), m_dependsOn);
    form->addRow(tr("&Share:"), m_share);
    form->addRow(tr("Scheduling &priority:"), m_schedulingPriority);
    form->addRow(QString(), m_shareHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *buttons = buttonsFor(this, tr("Submit"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("submitJob"));
    buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_queue->count() > 0 && m_definition->count() > 0);
    layout->addWidget(buttons);
    connect(m_definition, &QComboBox::currentIndexChanged, this, &SubmitJobDialog::showDefaults);
    connect(m_queue, &QComboBox::currentIndexChanged, this, &SubmitJobDialog::showQueueKind);
    showDefaults();
    showQueueKind();
    resize(540, sizeHint().height());
}

void SubmitJobDialog::showDefaults()
{
    const int index = m_definition->currentIndex();
    if (index < 0 || index >= m_definitions.size())
        return;
    const JobDefinition &d = m_definitions.at(index);
    m_name->setPlaceholderText(d.name);
    m_command->clear();
    m_command->setPlaceholderText(d.container.command.isEmpty()
                                      ? tr("the image's own command")
                                      : joinShellWords(d.container.command));
    m_vcpus->setValue(d.container.vcpus);
    m_memory->setValue(int(qMin<qint64>(d.container.memoryMb, m_memory->maximum())));
    m_attempts->setValue(d.container.attempts);
    m_timeout->setValue(d.container.timeoutSeconds);
    m_schedulingPriority->setValue(d.schedulingPriority);
}

void SubmitJobDialog::showQueueKind()
{
    const int index = m_queue->currentIndex();
    const QString policy =
        index >= 0 && index < m_queues.size() ? m_queues.at(index).schedulingPolicy : QString();
    m_share->setEnabled(!policy.isEmpty());
    m_schedulingPriority->setEnabled(!policy.isEmpty());
    m_share->setPlaceholderText(policy.isEmpty() ? tr("for fair-share queues only")
                                                 : tr("required: a team or workload, e.g. ml"));
    m_shareHint->setText(
        policy.isEmpty()
            ? tr("This queue starts its jobs in the order they came.")
            : tr("This queue shares its capacity by the scheduling policy %1.").arg(policy));
}

std::optional<SubmitRequest> SubmitJobDialog::request(QString *error) const
{
    SubmitRequest r;
    r.queue = m_queue->currentData().toString();
    r.definition = m_definition->currentData().toString();
    r.name = m_name->text().trimmed();
    const JobDefinition &d = m_definitions.at(qMax(0, m_definition->currentIndex()));
    if (!m_command->text().trimmed().isEmpty()) {
        const auto words = splitShellWords(m_command->text());
        if (!words) {
            *error = words.error();
            return std::nullopt;
        }
        r.command = *words;
    }
    // Only what differs from the definition is an override.
    if (m_vcpus->value() != d.container.vcpus)
        r.vcpus = m_vcpus->value();
    if (m_memory->value() != d.container.memoryMb)
        r.memoryMb = m_memory->value();
    if (m_attempts->value() != d.container.attempts)
        r.attempts = m_attempts->value();
    if (m_timeout->value() != d.container.timeoutSeconds)
        r.timeoutSeconds = m_timeout->value();
    if (m_array->isChecked())
        r.arraySize = m_size->value();
    for (const QString &text : m_dependsOn->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = text.trimmed();
        if (t.endsWith(QLatin1String(":N_TO_N"), Qt::CaseInsensitive))
            r.dependsOn.append({t.chopped(7), DependencyType::NToN});
        else
            r.dependsOn.append({t, DependencyType::Plain});
    }
    if (m_array->isChecked() && m_sequential->isChecked())
        r.dependsOn.append({{}, DependencyType::Sequential});
    if (m_share->isEnabled()) {
        r.shareIdentifier = m_share->text().trimmed();
        if (r.shareIdentifier.isEmpty()) {
            *error = tr("This queue shares its capacity by share: name the job's share.");
            return std::nullopt;
        }
        if (m_schedulingPriority->value() != d.schedulingPriority)
            r.schedulingPriority = m_schedulingPriority->value();
    }
    return r;
}

} // namespace sloop::widgets
