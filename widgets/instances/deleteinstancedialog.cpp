#include "deleteinstancedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

DeleteInstanceDialog::DeleteInstanceDialog(QString instanceName, bool container, QWidget *parent)
    : QDialog(parent)
    , m_name(std::move(instanceName))
    , m_typed(new QLineEdit)
    , m_delete(new QPushButton(tr("Delete instance")))
{
    setObjectName(QStringLiteral("deleteInstanceDialog"));
    setWindowTitle(tr("Delete %1").arg(m_name));
    auto *text = new QLabel(
        container ? tr("<p>Delete <b>%1</b>? Its container and everything in it are removed, with "
                       "its login host record and its known_hosts entry. Its snapshots stay, so it "
                       "can be restored as a new instance.</p><p>Type the instance name to "
                       "confirm.</p>")
                        .arg(m_name.toHtmlEscaped())
                  : tr("<p>Delete <b>%1</b> from Sloop? The server itself keeps running and keeps "
                       "what the blueprint installed; Sloop forgets the instance and its "
                       "history.</p><p>Type the instance name to confirm.</p>")
                        .arg(m_name.toHtmlEscaped()));
    text->setWordWrap(true);
    text->setMinimumWidth(380);
    m_typed->setObjectName(QStringLiteral("confirmNameEdit"));
    m_typed->setAccessibleName(tr("Instance name, to confirm"));
    m_typed->setPlaceholderText(m_name);
    m_delete->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_delete->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (confirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, [this] { m_delete->setEnabled(confirmed()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    m_typed->setFocus();
}

void DeleteInstanceDialog::setTypedName(const QString &text)
{
    m_typed->setText(text);
}

bool DeleteInstanceDialog::confirmed() const
{
    // Exactly, case included: a deliberate act, not a near miss.
    return m_typed->text().trimmed() == m_name;
}

} // namespace sloop::widgets
