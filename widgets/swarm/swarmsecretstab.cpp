// The Swarm page's Secrets tab: Swarm's secrets and configs, by name only.
#include "swarmpage.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "swarm/swarmapi.h"
#include "util/futures.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using namespace swarm;

QWidget *SwarmPage::buildSecretsTab()
{
    auto *secret = namedButton(tr("New &secret…"), QStringLiteral("newSecret"),
                               tr("Store a new secret in the swarm"));
    auto *config = namedButton(tr("New &config…"), QStringLiteral("newConfig"),
                               tr("Store a new config in the swarm"));
    auto *remove = namedButton(tr("Remove"), QStringLiteral("removeSwarmFile"),
                               tr("Remove the selected secret or config"));
    connect(secret, &QPushButton::clicked, this, [this] { askSwarmFile(true); });
    connect(config, &QPushButton::clicked, this, [this] { askSwarmFile(false); });
    connect(remove, &QPushButton::clicked, this, &SwarmPage::removeSelectedSwarmFile);
    remove->setEnabled(false); // until one is chosen
    m_files = listTable({tr("Name"), tr("Kind"), tr("Created")}, QStringLiteral("swarmFileTable"),
                        tr("Secrets and configs"));
    connect(m_files, &QTableWidget::itemSelectionChanged, remove, [this, remove] {
        remove->setEnabled(!m_files->selectionModel()->selectedRows().isEmpty());
    });
    auto *note = new QLabel(
        tr("Secrets reach a service's tasks as files in /run/secrets, kept in the swarm's "
           "encrypted store and never shown again; configs are plain files (\"--secret\" and "
           "\"--config\" on a service, or a stack's secrets: and configs:). Up to 500 KB each; "
           "one in use cannot be removed."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(secret);
    buttons->addWidget(config);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(m_files, 1);
    return tab;
}

void SwarmPage::refreshSwarmFiles()
{
    if (!m_api)
        return;
    whenFinished(m_api->secrets(), this,
                 [this, api = m_api.get()](const Result<QList<SwarmObject>> &secrets) {
                     if (api != m_api.get())
                         return;
                     whenFinished(
                         m_api->configs(), this,
                         [this, api, secrets](const Result<QList<SwarmObject>> &configs) {
                             if (api != m_api.get())
                                 return;
                             QList<QStringList> rows;
                             for (const SwarmObject &o : secrets ? *secrets : QList<SwarmObject>())
                                 rows.append({o.name, tr("Secret"),
                                              QLocale().toString(o.created.toLocalTime(),
                                                                 QLocale::ShortFormat)});
                             for (const SwarmObject &o : configs ? *configs : QList<SwarmObject>())
                                 rows.append({o.name, tr("Config"),
                                              QLocale().toString(o.created.toLocalTime(),
                                                                 QLocale::ShortFormat)});
                             m_files->setRowCount(int(rows.size()));
                             for (int r = 0; r < rows.size(); ++r)
                                 for (int c = 0; c < 3; ++c) {
                                     QTableWidgetItem *item = m_files->item(r, c);
                                     if (!item)
                                         m_files->setItem(r, c, new QTableWidgetItem(rows[r][c]));
                                     else if (item->text() != rows[r][c])
                                         item->setText(rows[r][c]);
                                 }
                             Q_EMIT swarmFilesShown();
                         });
                 });
}

void SwarmPage::askSwarmFile(bool secret)
{
    QDialog dialog(this);
    dialog.setWindowTitle(secret ? tr("New secret") : tr("New config"));
    auto *name = new QLineEdit;
    name->setAccessibleName(tr("Name"));
    auto *content = new QPlainTextEdit;
    content->setAccessibleName(secret ? tr("Secret") : tr("Content"));
    content->setPlaceholderText(secret ? tr("the secret, or choose a file")
                                       : tr("the file's text"));
    auto *fromFile = new QPushButton(tr("From a file…"));
    QByteArray fileData;
    connect(fromFile, &QPushButton::clicked, &dialog, [&] {
        const QString path = QFileDialog::getOpenFileName(&dialog, tr("Read from"));
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return;
        fileData = f.read(500 * 1024 + 1);
        content->setPlainText(secret ? tr("(%1, %2 bytes)").arg(path).arg(fileData.size())
                                     : QString::fromUtf8(fileData));
        content->setReadOnly(secret);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Store"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(secret ? tr("Secret:") : tr("Content:"), content);
    form->addRow(QString(), fromFile);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A secret read from a file is shown as its name only; a config's text
    // is shown and may have been edited since.
    const QByteArray data =
        secret && !fileData.isEmpty() ? fileData : content->toPlainText().toUtf8();
    createSwarmFile(secret, name->text().trimmed(), data);
}

void SwarmPage::createSwarmFile(bool secret, const QString &name, const QByteArray &data)
{
    if (!m_api)
        return;
    whenFinished(secret ? m_api->createSecret(name, data) : m_api->createConfig(name, data), this,
                 [this, name](const Result<QString> &made) {
                     if (!made)
                         m_problem->showProblem(made.problem(), tr("Store %1").arg(name));
                     else
                         m_problem->clear();
                     refreshSwarmFiles();
                 });
}

void SwarmPage::removeSelectedSwarmFile()
{
    const auto rows = m_files->selectionModel()->selectedRows();
    if (!m_api || rows.isEmpty())
        return;
    const QString name = m_files->item(rows.first().row(), 0)->text();
    const bool secret = m_files->item(rows.first().row(), 1)->text() == tr("Secret");
    Confirmation question;
    question.title = tr("Remove %1?").arg(name);
    question.text = tr("Services that use it keep running with it; new ones cannot name it.");
    question.acceptLabel = tr("Remove");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    whenFinished(secret ? m_api->removeSecret(name) : m_api->removeConfig(name), this,
                 [this, name](const VoidResult &gone) {
                     if (!gone)
                         m_problem->showProblem(gone.problem(), tr("Remove %1").arg(name));
                     refreshSwarmFiles();
                 });
}

} // namespace sloop::widgets
