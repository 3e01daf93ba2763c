#include "functionconfigdialog.h"

#include "common/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

// The network box's data: a Docker network's name, or one of these.
const QString kOff = QStringLiteral("\x01off");
const QString kDefault; // empty: the engine's default bridge

} // namespace

FunctionConfigDialog::FunctionConfigDialog(const functions::FunctionRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_description(new QLineEdit(record.description))
    , m_handler(new QLineEdit(record.handler))
    , m_memory(new QSpinBox)
    , m_timeout(new QSpinBox)
    , m_ephemeral(new QSpinBox)
    , m_reserve(new QCheckBox(tr("Reserve: at most")))
    , m_concurrency(new QSpinBox)
    , m_network(new QComboBox)
    , m_environment(new QTableWidget(0, 2))
    , m_addVariable(new QPushButton(tr("&Add variable")))
    , m_removeVariable(new QPushButton(tr("Re&move")))
    , m_problem(new QLabel)
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("functionConfigDialog"));
    setWindowTitle(tr("Configuration of %1").arg(record.name));

    m_description->setObjectName(QStringLiteral("configDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What it does (optional)"));
    m_handler->setObjectName(QStringLiteral("configHandler"));
    m_handler->setAccessibleName(tr("Handler"));
    m_handler->setEnabled(record.runtime != functions::Runtime::Provided);

    m_memory->setObjectName(QStringLiteral("configMemory"));
    m_memory->setAccessibleName(tr("Memory"));
    m_memory->setRange(128, 10240);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setValue(record.memoryMiB);
    m_timeout->setObjectName(QStringLiteral("configTimeout"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setRange(1, 900);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(record.timeoutSeconds);
    m_ephemeral->setObjectName(QStringLiteral("configEphemeral"));
    m_ephemeral->setAccessibleName(tr("Ephemeral storage (/tmp)"));
    m_ephemeral->setRange(512, 10240);
    m_ephemeral->setSingleStep(512);
    m_ephemeral->setSuffix(tr(" MB"));
    m_ephemeral->setValue(record.ephemeralMiB);

    m_reserve->setObjectName(QStringLiteral("configReserve"));
    m_reserve->setAccessibleName(tr("Reserve concurrency"));
    m_reserve->setChecked(record.reservedConcurrency.has_value());
    m_concurrency->setObjectName(QStringLiteral("configConcurrency"));
    m_concurrency->setAccessibleName(tr("Reserved concurrency"));
    m_concurrency->setRange(0, 1000);
    m_concurrency->setSuffix(tr(" at once"));
    m_concurrency->setToolTip(
        tr("0 throttles every invocation: Lambda's way to pause a function."));
    m_concurrency->setValue(record.reservedConcurrency.value_or(10));
    // In a widget, so the row's label has a buddy for its shortcut.
    auto *concurrency = new QWidget;
    auto *concurrencyRow = new QHBoxLayout(concurrency);
    concurrencyRow->setContentsMargins(0, 0, 0, 0);
    concurrencyRow->addWidget(m_reserve);
    concurrencyRow->addWidget(m_concurrency);
    concurrencyRow->addStretch();

    m_network->setObjectName(QStringLiteral("configNetwork"));
    m_network->setAccessibleName(tr("Network"));
    m_network->addItem(tr("Off: no network inside"), kOff);
    m_network->addItem(tr("On: the engine's default network"), kDefault);
    setNetworks(record.dockerNetwork.isEmpty() ? QStringList() : QStringList{record.dockerNetwork});
    m_network->setCurrentIndex(!record.network ? 0 : m_network->findData(record.dockerNetwork));

    m_environment->setObjectName(QStringLiteral("configEnvironment"));
    m_environment->setAccessibleName(tr("Environment variables"));
    m_environment->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_environment->verticalHeader()->hide();
    m_environment->setMinimumHeight(120);
    for (auto it = record.environment.cbegin(); it != record.environment.cend(); ++it) {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_environment->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_addVariable->setObjectName(QStringLiteral("configAddVariable"));
    m_removeVariable->setObjectName(QStringLiteral("configRemoveVariable"));
    m_removeVariable->setAccessibleName(tr("Remove the selected variable"));
    connect(m_addVariable, &QPushButton::clicked, this, [this] {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, 0, new QTableWidgetItem);
        m_environment->setItem(row, 1, new QTableWidgetItem);
        m_environment->setCurrentCell(row, 0);
        m_environment->editItem(m_environment->item(row, 0));
    });
    connect(m_removeVariable, &QPushButton::clicked, this, [this] {
        if (m_environment->currentRow() >= 0)
            m_environment->removeRow(m_environment->currentRow());
        update();
    });
    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(m_addVariable);
    variableButtons->addWidget(m_removeVariable);
    variableButtons->addStretch();

    m_problem->setObjectName(QStringLiteral("configProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Handler:"), m_handler);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Ephemeral storage (/tmp):"), m_ephemeral);
    form->addRow(tr("&Concurrency:"), concurrency);
    form->addRow(tr("&Network:"), m_network);
    auto *note = new QLabel(tr("Saving retires the warm environments: the next invocation starts "
                               "one with the new configuration."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("configSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Environment variables:")));
    layout->addWidget(m_environment, 1);
    layout->addLayout(variableButtons);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QSpinBox *box : {m_memory, m_timeout, m_ephemeral, m_concurrency})
        connect(box, &QSpinBox::valueChanged, this, &FunctionConfigDialog::update);
    connect(m_handler, &QLineEdit::textChanged, this, &FunctionConfigDialog::update);
    connect(m_reserve, &QCheckBox::toggled, this, &FunctionConfigDialog::update);
    connect(m_network, &QComboBox::currentIndexChanged, this, &FunctionConfigDialog::update);
    connect(m_environment, &QTableWidget::itemChanged, this, &FunctionConfigDialog::update);
    update();
}

void FunctionConfigDialog::setNetworks(const QStringList &names)
{
    const QString current = m_network->currentData().toString();
    for (const QString &name : names) {
        // The engine's default bridge is the "On" item already; host and
        // none would undo the sandbox.
        if (name == QLatin1String("bridge") || name == QLatin1String("host") ||
            name == QLatin1String("none") || m_network->findData(name) >= 0)
            continue;
        m_network->addItem(tr("On, joining %1").arg(name), name);
    }
    if (const int index = m_network->findData(current); index >= 0)
        m_network->setCurrentIndex(index);
}

functions::FunctionRecord FunctionConfigDialog::record() const
{
    functions::FunctionRecord r = m_original;
    r.description = m_description->text().trimmed();
    r.handler = m_handler->text().trimmed();
    r.memoryMiB = m_memory->value();
    r.timeoutSeconds = m_timeout->value();
    r.ephemeralMiB = m_ephemeral->value();
    r.reservedConcurrency =
        m_reserve->isChecked() ? std::optional<int>(m_concurrency->value()) : std::nullopt;
    const QString network = m_network->currentData().toString();
    r.network = network != kOff;
    r.dockerNetwork = r.network ? network : QString();
    r.environment.clear();
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem *key = m_environment->item(row, 0);
        const QTableWidgetItem *value = m_environment->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            r.environment.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return r;
}

void FunctionConfigDialog::update()
{
    m_concurrency->setEnabled(m_reserve->isChecked());
    QString problem;
    QStringList keys;
    for (int row = 0; row < m_environment->rowCount() && problem.isEmpty(); ++row) {
        const QTableWidgetItem *key = m_environment->item(row, 0);
        const QString text = key ? key->text().trimmed() : QString();
        if (!text.isEmpty() && keys.contains(text))
            problem = tr("%1 is set twice.").arg(text);
        keys << text;
    }
    if (problem.isEmpty())
        if (const VoidResult valid = functions::validate(record()); !valid)
            problem = valid.error();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

} // namespace sloop::widgets
