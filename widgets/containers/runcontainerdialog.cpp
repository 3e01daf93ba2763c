#include "runcontainerdialog.h"
#include "common/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

RunContainerDialog::RunContainerDialog(QWidget *parent)
    : QDialog(parent)
    , m_image(new QComboBox)
    , m_name(new QLineEdit)
    , m_command(new QLineEdit)
    , m_ports(new QLineEdit)
    , m_env(new QPlainTextEdit)
    , m_volumes(new QPlainTextEdit)
    , m_restart(new QComboBox)
    , m_cpus(new QLineEdit)
    , m_memory(new QLineEdit)
    , m_start(new QCheckBox(tr("Start the container after creating it")))
{
    setWindowTitle(tr("Run a container"));
    setObjectName(QStringLiteral("runContainerDialog"));
    m_image->setEditable(true);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->lineEdit()->setPlaceholderText(tr("debian:bookworm"));
    m_image->setAccessibleName(tr("Image"));
    m_image->setToolTip(tr("The image to run: name[:tag], from this engine or a registry it "
                           "can reach"));
    m_name->setPlaceholderText(tr("optional: the engine picks one"));
    m_name->setAccessibleName(tr("Container name"));
    m_command->setPlaceholderText(tr("optional: sh -c \"echo hello; sleep 60\""));
    m_command->setAccessibleName(tr("Command"));
    m_command->setToolTip(tr("Words are split like a shell does, but no shell runs them"));
    m_ports->setPlaceholderText(tr("8080:80, 127.0.0.1:5432:5432"));
    m_ports->setAccessibleName(tr("Published ports"));
    m_ports->setToolTip(tr("HOST:CONTAINER pairs, separated by commas; add /udp for UDP"));
    m_env->setPlaceholderText(tr("KEY=value, one a line"));
    m_env->setAccessibleName(tr("Environment variables"));
    m_volumes->setPlaceholderText(tr("/host/path:/path/in/container[:ro], or volume:/path"));
    m_volumes->setAccessibleName(tr("Volumes"));
    for (QPlainTextEdit *edit : {m_env, m_volumes}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_restart->addItem(tr("Never restart"), QStringLiteral("no"));
    m_restart->addItem(tr("Always"), QStringLiteral("always"));
    m_restart->addItem(tr("Unless stopped by hand"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("When it fails"), QStringLiteral("on-failure"));
    m_restart->setAccessibleName(tr("Restart policy"));
    m_cpus->setPlaceholderText(tr("no limit (e.g. 0.5)"));
    m_cpus->setAccessibleName(tr("CPU limit"));
    m_memory->setPlaceholderText(tr("no limit (e.g. 512m)"));
    m_memory->setAccessibleName(tr("Memory limit"));
    m_start->setChecked(true);
    m_start->setAccessibleName(tr("Start after creating"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Image:"), withError(m_image, errorLabel(QStringLiteral("image"))));
    form->addRow(tr("&Name:"), withError(m_name, errorLabel(QStringLiteral("name"))));
    form->addRow(tr("&Command:"), withError(m_command, errorLabel(QStringLiteral("command"))));
    form->addRow(tr("&Ports:"), withError(m_ports, errorLabel(QStringLiteral("ports"))));
    form->addRow(tr("&Environment:"), withError(m_env, errorLabel(QStringLiteral("env"))));
    form->addRow(tr("&Volumes:"), withError(m_volumes, errorLabel(QStringLiteral("volumes"))));
    form->addRow(tr("&Restart:"), withError(m_restart, errorLabel(QStringLiteral("restart"))));
    auto *limits = new QHBoxLayout;
    limits->addWidget(withError(m_cpus, errorLabel(QStringLiteral("cpus"))));
    limits->addWidget(new QLabel(tr("Memory:")));
    limits->addWidget(withError(m_memory, errorLabel(QStringLiteral("memory"))));
    form->addRow(tr("CP&Us:"), limits);
    form->addRow(QString(), m_start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Run"));
    m_ok->setAccessibleName(tr("Run the container"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_result.ok())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_image, &QComboBox::currentTextChanged, this, &RunContainerDialog::validate);
    for (QLineEdit *edit : {m_name, m_command, m_ports, m_cpus, m_memory})
        connect(edit, &QLineEdit::textChanged, this, &RunContainerDialog::validate);
    for (QPlainTextEdit *edit : {m_env, m_volumes})
        connect(edit, &QPlainTextEdit::textChanged, this, &RunContainerDialog::validate);
    connect(m_restart, &QComboBox::currentIndexChanged, this, &RunContainerDialog::validate);
    validate();
}

QLabel *RunContainerDialog::errorLabel(const QString &field)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, models::toneColor(models::Tone::Error));
    label->setPalette(p);
    label->setAccessibleName(tr("Problem with %1").arg(field));
    m_errors.insert(field, label);
    return label;
}

void RunContainerDialog::setImages(const QStringList &images)
{
    const QString current = m_image->currentText();
    m_image->clear();
    m_image->addItems(images);
    m_image->setCurrentText(current);
}

containers::RunForm RunContainerDialog::form() const
{
    containers::RunForm f;
    f.image = m_image->currentText();
    f.name = m_name->text();
    f.command = m_command->text();
    f.ports = m_ports->text();
    f.env = m_env->toPlainText();
    f.volumes = m_volumes->toPlainText();
    f.restart = m_restart->currentData().toString();
    f.cpus = m_cpus->text();
    f.memory = m_memory->text();
    return f;
}

void RunContainerDialog::setForm(const containers::RunForm &f)
{
    m_image->setCurrentText(f.image);
    m_name->setText(f.name);
    m_command->setText(f.command);
    m_ports->setText(f.ports);
    m_env->setPlainText(f.env);
    m_volumes->setPlainText(f.volumes);
    m_restart->setCurrentIndex(qMax(0, m_restart->findData(f.restart)));
    m_cpus->setText(f.cpus);
    m_memory->setText(f.memory);
    validate();
}

bool RunContainerDialog::startAfterCreate() const
{
    return m_start->isChecked();
}

QString RunContainerDialog::errorText(const QString &field) const
{
    QLabel *label = m_errors.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void RunContainerDialog::validate()
{
    m_result = containers::parseRunForm(form());
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
    const bool imageEmpty = m_image->currentText().trimmed().isEmpty();
    for (const containers::FieldError &e : std::as_const(m_result.errors)) {
        // An empty image is the starting state, not a mistake to shout about.
        if (e.field == QLatin1String("image") && imageEmpty)
            continue;
        if (QLabel *label = m_errors.value(e.field)) {
            label->setText(label->text().isEmpty() ? e.message
                                                   : label->text() + QLatin1Char('\n') + e.message);
            label->setVisible(true);
        }
    }
    m_ok->setEnabled(m_result.ok());
}

} // namespace sloop::widgets
