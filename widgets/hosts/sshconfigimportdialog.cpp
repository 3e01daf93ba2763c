#include "sshconfigimportdialog.h"

#include "hosts/hostlistmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

SshConfigImportDialog::SshConfigImportDialog(QStringList existingNames, AddFunction add,
                                             QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existingNames))
    , m_add(std::move(add))
    , m_file(new QLineEdit)
    , m_summary(new QLabel)
    , m_hosts(new QTreeWidget)
    , m_skipped(new QTreeWidget)
{
    setObjectName(QStringLiteral("sshConfigImportDialog"));
    setWindowTitle(tr("Import hosts from SSH config"));
    resize(760, 520);

    m_file->setAccessibleName(tr("SSH config file"));
    m_file->setReadOnly(true);
    auto *browse = new QPushButton(tr("Choose another file…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("SSH client config"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            load(file);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_summary->setWordWrap(true);
    m_hosts->setObjectName(QStringLiteral("importHosts"));
    m_hosts->setAccessibleName(tr("Hosts to import"));
    m_hosts->setRootIsDecorated(false);
    m_hosts->setHeaderLabels({tr("Name"), tr("Address"), tr("Key file"), tr("From")});
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_skipped->setObjectName(QStringLiteral("importSkipped"));
    m_skipped->setAccessibleName(tr("Skipped entries"));
    m_skipped->setRootIsDecorated(false);
    m_skipped->setHeaderLabels({tr("Entry"), tr("Why it was skipped"), tr("From")});
    m_skipped->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_skipped->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_skipped->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import checked hosts"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SshConfigImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SshConfigImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Hosts found</b> (uncheck what you do not want)")));
    layout->addWidget(m_hosts, 3);
    layout->addWidget(new QLabel(tr("<b>Skipped</b>")));
    layout->addWidget(m_skipped, 2);
    layout->addWidget(buttons);
}

void SshConfigImportDialog::load(const QString &file)
{
    m_file->setText(file);
    m_hosts->clear();
    m_skipped->clear();
    m_found.clear();
    hosts::SshConfigImportOptions options;
    options.existingNames = m_existing;
    const Result<hosts::SshConfigImport> result = hosts::importSshConfig(file, options);
    if (!result) {
        m_summary->setText(result.error());
        return;
    }
    m_found = result->hosts;
    for (const hosts::ImportedHost &h : std::as_const(m_found)) {
        auto *item =
            new QTreeWidgetItem({h.host.name, models::hostEndpointText(h.host),
                                 h.host.identityFiles.join(QStringLiteral(", ")), h.origin});
        item->setCheckState(0, Qt::Checked);
        m_hosts->addTopLevelItem(item);
    }
    for (const hosts::SkippedEntry &s : result->skipped + result->ignored) {
        auto *item = new QTreeWidgetItem({s.name, s.reason, s.origin});
        item->setToolTip(1, s.reason);
        m_skipped->addTopLevelItem(item);
    }
    m_summary->setText(
        tr("Read %n file(s) with libssh's own parser: ", nullptr, int(result->read.size())) +
        tr("%n host(s) can be imported, ", nullptr, int(m_found.size())) +
        tr("%n entr(y/ies) skipped.", nullptr,
           int(result->skipped.size() + result->ignored.size())));
}

void SshConfigImportDialog::accept()
{
    m_added.clear();
    QStringList problems;
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i) {
        if (m_hosts->topLevelItem(i)->checkState(0) != Qt::Checked || i >= m_found.size())
            continue;
        const Result<hosts::HostRecord> added = m_add(m_found.at(i).host);
        if (added)
            m_added.append(added->name);
        else
            problems.append(m_found.at(i).host.name + QStringLiteral(": ") + added.error());
    }
    if (!problems.isEmpty())
        QMessageBox::warning(
            this, tr("Import hosts"),
            tr("Some hosts were not added:\n%1").arg(problems.join(QLatin1Char('\n'))));
    QDialog::accept();
}

} // namespace sloop::widgets
