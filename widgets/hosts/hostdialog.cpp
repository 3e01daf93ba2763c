#include "hostdialog.h"
#include "common/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

HostDialog::HostDialog(std::optional<hosts::HostRecord> existing, SaveFunction save,
                       QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
    , m_save(std::move(save))
    , m_name(new QLineEdit)
    , m_address(new QLineEdit)
    , m_port(new QSpinBox)
    , m_user(new QLineEdit)
    , m_identities(new QPlainTextEdit)
    , m_identitiesOnly(new QCheckBox(tr("Only these keys, not every key ssh-agent holds")))
    , m_jump(new QComboBox)
    , m_tags(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("hostDialog"));
    setWindowTitle(m_existing ? tr("Edit host %1").arg(m_existing->name) : tr("Add a host"));
    setMinimumWidth(480);

    auto *intro = new QLabel(
        tr("A server Sloop reaches over SSH. Passwords and key passphrases are asked for when "
           "Sloop connects and are never written to Sloop's files."));
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("hostName"));
    m_name->setAccessibleName(tr("Host name"));
    m_name->setPlaceholderText(tr("web-1"));
    m_address->setObjectName(QStringLiteral("hostAddress"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("server.example.com or 192.0.2.10"));
    m_port->setObjectName(QStringLiteral("hostPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user->setObjectName(QStringLiteral("hostUser"));
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(qEnvironmentVariable("USER", QStringLiteral("root")));
    m_identities->setObjectName(QStringLiteral("hostIdentity"));
    m_identities->setAccessibleName(tr("Key files"));
    m_identities->setPlaceholderText(
        tr("ssh-agent and ~/.ssh/id_* keys\n(or key files, one per line, tried in order)"));
    m_identities->setTabChangesFocus(true);
    m_identities->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_identities->setFixedHeight(m_identities->fontMetrics().lineSpacing() * 3 + 14);
    m_identitiesOnly->setObjectName(QStringLiteral("hostIdentitiesOnly"));
    m_identitiesOnly->setToolTip(tr("OpenSSH's IdentitiesOnly: a server that counts failed "
                                    "keys may refuse a login after the agent's other keys."));
    m_jump->setObjectName(QStringLiteral("hostJump"));
    m_jump->setAccessibleName(tr("Jump host"));
    m_jump->setEditable(true);
    m_jump->lineEdit()->setPlaceholderText(tr("none: Sloop dials the address itself"));
    m_jump->setToolTip(tr("OpenSSH's ProxyJump: a host Sloop logs in to first, which then "
                          "connects to this one. [user@]host[:port], several separated by "
                          "commas; a Sloop host's name brings its address, user and keys."));
    m_tags->setObjectName(QStringLiteral("hostTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("prod, eu (comma separated)"));

    auto *browse = new QPushButton(tr("Browse…"));
    browse->setAccessibleName(tr("Choose a key file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (file.isEmpty())
            return;
        QString text = m_identities->toPlainText().trimmed();
        m_identities->setPlainText(text.isEmpty() ? file : text + QLatin1Char('\n') + file);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_identities, 1);
    keyRow->addWidget(browse, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    // A row of a layout gets no buddy by itself: the mnemonic needs one.
    auto *keysLabel = new QLabel(tr("&Key files:"));
    keysLabel->setBuddy(m_identities);
    form->addRow(keysLabel, keyRow);
    form->addRow(QString(), m_identitiesOnly);
    form->addRow(tr("&Jump host:"), m_jump);
    form->addRow(tr("&Tags:"), m_tags);

    m_error->setObjectName(QStringLiteral("hostDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(models::toneStyleSheet(models::Tone::Error, QGuiApplication::palette()));
    m_error->setAccessibleName(tr("Problem with the host"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Save") : tr("Add host"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HostDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_address, m_user, m_tags, m_jump->lineEdit()})
        connect(edit, &QLineEdit::textChanged, this, &HostDialog::revalidate);
    connect(m_identities, &QPlainTextEdit::textChanged, this, &HostDialog::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &HostDialog::revalidate);

    if (m_existing)
        setFields(*m_existing);
    revalidate();
}

void HostDialog::setFields(const hosts::HostRecord &host)
{
    m_name->setText(host.name);
    m_address->setText(host.address);
    m_port->setValue(host.port);
    m_user->setText(host.user);
    m_identities->setPlainText(host.identityFiles.join(QLatin1Char('\n')));
    m_identitiesOnly->setChecked(host.identitiesOnly);
    m_jump->setEditText(host.proxyJump);
    m_tags->setText(host.tags.join(QStringLiteral(", ")));
}

hosts::HostRecord HostDialog::record() const
{
    hosts::HostRecord host;
    if (m_existing)
        host.id = m_existing->id;
    host.name = m_name->text().trimmed();
    host.address = m_address->text().trimmed();
    host.port = m_port->value();
    host.user = m_user->text().trimmed();
    if (host.user.isEmpty())
        host.user = m_user->placeholderText();
    for (QString file : m_identities->toPlainText().split(QLatin1Char('\n'))) {
        file = file.trimmed();
        if (file.startsWith(QStringLiteral("~/")))
            file = QDir::homePath() + file.mid(1);
        if (!file.isEmpty() && !host.identityFiles.contains(file))
            host.identityFiles.append(file);
    }
    host.identitiesOnly = m_identitiesOnly->isChecked();
    host.proxyJump = m_jump->currentText().trimmed();
    QStringList tags;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    host.tags = hosts::normalizedTags(tags);
    return host;
}

void HostDialog::setJumpCandidates(const QStringList &names)
{
    const QString typed = m_jump->currentText();
    m_jump->clear();
    for (const QString &name : names) {
        if (!m_existing || name.compare(m_existing->name, Qt::CaseInsensitive) != 0)
            m_jump->addItem(name);
    }
    m_jump->setEditText(typed);
}

QString HostDialog::errorText() const
{
    return m_error->text();
}

void HostDialog::revalidate()
{
    const hosts::HostRecord host = record();
    // Empty fields are not errors until something was typed: a new dialog
    // opens clean, with OK disabled.
    const bool untouched = host.name.isEmpty() && host.address.isEmpty();
    const VoidResult valid = hosts::validate(host);
    m_error->setText(untouched || valid ? QString() : valid.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!untouched && bool(valid));
}

void HostDialog::accept()
{
    const hosts::HostRecord host = record();
    if (const VoidResult valid = hosts::validate(host); !valid) {
        m_error->setText(valid.error());
        return;
    }
    const Result<hosts::HostRecord> stored = m_save(host);
    if (!stored) {
        m_error->setText(stored.error());
        return;
    }
    m_saved = *stored;
    QDialog::accept();
}

} // namespace sloop::widgets
