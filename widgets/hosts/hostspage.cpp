#include "hostspage.h"
#include "instances/instanceservice.h"

#include "monitoring/targetmonitor.h"

#include "controlplane/controlplane.h"
#include "filebrowser.h"
#include "hostdialog.h"
#include "hostkeyprompts.h"
#include "hostoverview.h"
#include "hosts/hostconnections.h"
#include "hosts/hostlistmodel.h"
#include "hosts/hostrepository.h"
#include "hostterminalpane.h"
#include "secretprompt.h"
#include "sshconfigimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sloop::widgets {

using hosts::HostRecord;
using hosts::HostStatus;

namespace {

// Text filter over every column plus the group (tag) chosen in the combo.
class HostFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setTag(const QString &tag)
    {
        m_tag = tag;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_tag.isEmpty()) {
            const auto *hosts = static_cast<const models::HostListModel *>(sourceModel());
            if (!hosts->item(row).record.tags.contains(m_tag, Qt::CaseInsensitive))
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_tag;
};

} // namespace

HostsPage::HostsPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_model(new models::HostListModel(this))
    , m_proxy(new HostFilterProxy(this))
    , m_view(new QTreeView)
    , m_filter(new QLineEdit)
    , m_tagFilter(new QComboBox)
    , m_right(new QStackedWidget)
    , m_tabs(new QTabWidget)
    , m_overview(new HostOverview)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("hostsPage"));
    hosts::HostConnections *connections = m_plane->hostConnections();
    if (!connections->hasSecretPrompt())
        connections->setSecretPrompt(askHostSecret);

    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("hostsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add host"),
                           this, &HostsPage::addHost);
    m_add->setObjectName(QStringLiteral("addHostAction"));
    m_add->setToolTip(tr("Add a server Sloop reaches over SSH"));
    m_edit = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Edit"),
                            this, &HostsPage::editHost);
    m_edit->setObjectName(QStringLiteral("editHostAction"));
    m_remove = bar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove"), this,
                              &HostsPage::removeHost);
    m_remove->setObjectName(QStringLiteral("removeHostAction"));
    m_import = bar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                              tr("Import from SSH config…"), this, [this] { importSshConfig(); });
    m_import->setObjectName(QStringLiteral("importSshConfigAction"));
    m_import->setToolTip(tr("Add the hosts of ~/.ssh/config, read with libssh's own parser"));
    bar->addSeparator();
    m_check = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Check now"), this,
                             &HostsPage::checkHost);
    m_check->setObjectName(QStringLiteral("checkHostAction"));
    m_check->setToolTip(tr("Connect again and read the host's facts"));

    m_filter->setObjectName(QStringLiteral("hostFilter"));
    m_filter->setPlaceholderText(tr("Filter hosts"));
    m_filter->setAccessibleName(tr("Filter hosts"));
    m_filter->setClearButtonEnabled(true);
    m_tagFilter->setObjectName(QStringLiteral("hostTagFilter"));
    m_tagFilter->setAccessibleName(tr("Group"));
    m_tagFilter->setToolTip(tr("Show the hosts with this tag"));
    m_tagFilter->setMinimumWidth(140);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<HostFilterProxy *>(m_proxy)->setTag(m_tagFilter->currentData().toString());
    });

    m_view->setObjectName(QStringLiteral("hostsView"));
    m_view->setAccessibleName(tr("Hosts"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::HostListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(models::HostListModel::Name,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(models::HostListModel::Status,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(models::HostListModel::Address,
                                           QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HostsPage::showSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &HostsPage::editHost);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_tagFilter);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);

    // Right: an empty state, a "pick one" hint, or the selected host.
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("hostsEmptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *emptyTitle = new QLabel(tr("<h2>No hosts yet</h2>"));
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText =
        new QLabel(tr("Add a server you can reach over SSH: a VPS, a machine at home, a "
                      "Raspberry Pi. Sloop checks its host key, signs in with your agent, a key "
                      "or a password, and shows its facts, files, a terminal and its Docker "
                      "engine."));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    // A fixed width: a wrapped label under an alignment flag gets its
    // height from the wrong width and clips.
    emptyText->setFixedWidth(460);
    emptyText->setMinimumHeight(emptyText->heightForWidth(460));
    auto *emptyAdd = new QPushButton(tr("Add host…"));
    emptyAdd->setObjectName(QStringLiteral("emptyAddHostButton"));
    connect(emptyAdd, &QPushButton::clicked, this, &HostsPage::addHost);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    auto *emptyImport = new QPushButton(tr("Import from SSH config…"));
    emptyImport->setObjectName(QStringLiteral("emptyImportButton"));
    connect(emptyImport, &QPushButton::clicked, this, [this] { importSshConfig(); });
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(emptyAdd);
    emptyButtons->addWidget(emptyImport);
    emptyButtons->addStretch();
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();

    auto *pick = new QLabel(tr("Select a host to see its overview."));
    pick->setAlignment(Qt::AlignCenter);
    pick->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);

    m_tabs->setObjectName(QStringLiteral("hostTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &HostsPage::buildCurrentTab);
    m_right->addWidget(empty);     // 0
    m_right->addWidget(pick);      // 1
    m_right->addWidget(m_tabs);    // 2
    m_right->addWidget(m_problem); // 3

    auto *splitter = new QSplitter;
    m_left = left;
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    connect(connections, &hosts::HostConnections::statusChanged, this, [this](const QString &name) {
        m_model->setStatus(name, m_plane->hostConnections()->status(name));
        const auto current = currentHost();
        if (current && current->name.compare(name, Qt::CaseInsensitive) == 0)
            m_overview->showHost(*current, m_plane->hostConnections()->status(name));
        updateActions();
    });
    connect(m_overview, &HostOverview::checkRequested, this, &HostsPage::checkHost);
    connect(m_overview, &HostOverview::trustRequested, this, &HostsPage::trustCurrent);
    connect(m_overview, &HostOverview::forgetRequested, this, &HostsPage::forgetCurrent);
    connect(m_overview, &HostOverview::costRequested, this, [this] {
        const auto host = currentHost();
        instances::InstanceService *service = m_plane->instances();
        if (!host || !service)
            return;
        const auto saved = editMachineCost(this, service->costs(), host->name, m_costPrompt);
        if (!saved)
            QMessageBox::warning(this, tr("Monthly cost"), saved.error());
        else if (*saved)
            m_overview->showCost(*saved);
    });

    addDetailTab(tr("Files"), [this](const HostRecord &host) -> QWidget * {
        return new FileBrowser(m_plane->hostConnections()->session(host));
    });
    addDetailTab(tr("Terminal"), [this](const HostRecord &host) -> QWidget * {
        return new HostTerminalPane(m_plane->hostConnections()->session(host), host.name);
    });
    addDetailTab(tr("Monitoring"), [this](const HostRecord &host) -> QWidget * {
        auto *monitor = new TargetMonitor(m_plane);
        monitor->setTarget(metrics::Target::host(host.name));
        return monitor;
    });
    reload();
}

void HostsPage::addDetailTab(const QString &title, TabFactory factory)
{
    m_tabFactories.append({title, std::move(factory)});
    m_tabsHost.clear();
}

void HostsPage::reload()
{
    hosts::HostRepository *repo = m_plane->hostRepository();
    if (!repo) {
        m_problem->setText(tr("The hosts list cannot be shown: %1").arg(m_plane->storeProblem()));
        m_right->setCurrentIndex(3);
        m_add->setEnabled(false);
        return;
    }
    const Result<QList<HostRecord>> all = repo->all();
    if (!all) {
        m_problem->setText(tr("The hosts list cannot be read: %1").arg(all.error()));
        m_right->setCurrentIndex(3);
        return;
    }
    QList<models::HostRow> rows;
    for (const HostRecord &h : *all)
        rows.append({h, m_plane->hostConnections()->status(h.name)});
    m_model->setItems(rows);
    rebuildTagFilter();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    if (!m_checkedAll) {
        // The list shows reachability at once; nothing is trusted blindly.
        m_checkedAll = true;
        for (const HostRecord &h : *all)
            if (m_plane->hostConnections()->status(h.name).state == HostStatus::Unknown)
                startCheck(h, false);
    }
    showSelected();
}

void HostsPage::rebuildTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    QSignalBlocker block(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All groups"), QString());
    for (const QString &tag : m_model->allTags())
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
    static_cast<HostFilterProxy *>(m_proxy)->setTag(m_tagFilter->currentData().toString());
}

std::optional<HostRecord> HostsPage::currentHost() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(index).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->item(row).record;
}

bool HostsPage::selectHost(const QString &name)
{
    const int row = m_model->rowOfKey(name.toLower());
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void HostsPage::showSelected()
{
    updateActions();
    // With no hosts the page is the invitation alone, as in Lightsail.
    m_left->setVisible(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0) {
        m_right->setCurrentIndex(0);
        return;
    }
    const auto host = currentHost();
    if (!host) {
        m_right->setCurrentIndex(1);
        return;
    }
    m_right->setCurrentIndex(2);
    m_overview->showHost(*host, m_plane->hostConnections()->status(host->name));
    if (instances::InstanceService *service = m_plane->instances()) {
        const auto cost = service->costs().find(host->name);
        m_overview->showCost(cost ? *cost : std::nullopt);
    }
    if (m_tabsHost.compare(host->name, Qt::CaseInsensitive) != 0) {
        // Files and terminal belong to one host: rebuilt when another is shown.
        while (m_tabs->count() > 1) {
            QWidget *w = m_tabs->widget(1);
            m_tabs->removeTab(1);
            w->deleteLater();
        }
        // Each tab is built when it is first shown: opening a host's
        // overview does not start SFTP or a shell.
        for (const DetailTab &tab : std::as_const(m_tabFactories)) {
            auto *holder = new QWidget;
            holder->setProperty("sloopHost", host->name);
            auto *holderLayout = new QVBoxLayout(holder);
            holderLayout->setContentsMargins(0, 0, 0, 0);
            m_tabs->addTab(holder, tab.title);
        }
        m_tabsHost = host->name;
    }
    buildCurrentTab();
}

void HostsPage::buildCurrentTab()
{
    const int index = m_tabs->currentIndex();
    if (index < 1 || index - 1 >= m_tabFactories.size())
        return;
    QWidget *holder = m_tabs->widget(index);
    const auto host = currentHost();
    if (!holder || !host || !holder->findChildren<QWidget *>().isEmpty())
        return;
    if (QWidget *w = m_tabFactories.at(index - 1).factory(*host))
        holder->layout()->addWidget(w);
}

void HostsPage::updateActions()
{
    const bool has = currentHost().has_value();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_check->setEnabled(has && m_plane->hostConnections()->status(currentHost()->name).state !=
                                   HostStatus::Checking);
}

void HostsPage::addHost()
{
    openHostDialog(std::nullopt);
}

void HostsPage::editHost()
{
    if (const auto host = currentHost())
        openHostDialog(*host);
}

void HostsPage::openHostDialog(const std::optional<HostRecord> &existing)
{
    hosts::HostRepository *repo = m_plane->hostRepository();
    if (!repo)
        return;
    auto save = [repo, adding = !existing](const HostRecord &h) {
        return adding ? repo->add(h) : repo->update(h);
    };
    auto *dialog = new HostDialog(existing, save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto all = repo->all()) {
        QStringList names;
        for (const HostRecord &h : *all)
            names << h.name;
        dialog->setJumpCandidates(names);
    }
    const QString oldName = existing ? existing->name : QString();
    connect(dialog, &QDialog::accepted, this, [this, dialog, oldName] {
        const HostRecord saved = dialog->saved();
        // A renamed host is a new one to the sessions (and remote engines).
        if (!oldName.isEmpty() && oldName.compare(saved.name, Qt::CaseInsensitive) != 0)
            m_plane->hostConnections()->drop(oldName);
        m_tabsHost.clear();
        reload();
        selectHost(saved.name);
        startCheck(saved, true);
    });
    if (m_dialogHook)
        m_dialogHook(dialog);
    else
        dialog->open();
}

void HostsPage::removeHost()
{
    hosts::HostRepository *repo = m_plane->hostRepository();
    const auto host = currentHost();
    if (!repo || !host)
        return;
    if (!promptWith(m_prompter)
             .confirm(this, {tr("Remove host"), tr("Remove %1 from Sloop?").arg(host->name),
                             tr("The server itself is not touched, and its key stays in "
                                "known_hosts."),
                             tr("Remove")}))
        return;
    const VoidResult removed = repo->remove(host->name);
    if (!removed) {
        QMessageBox::warning(this, tr("Remove host"), removed.error());
        return;
    }
    m_plane->hostConnections()->drop(host->name);
    m_tabsHost.clear();
    reload();
}

void HostsPage::importSshConfig(const QString &file)
{
    hosts::HostRepository *repo = m_plane->hostRepository();
    if (!repo)
        return;
    QStringList existing;
    for (const models::HostRow &row : m_model->items())
        existing.append(row.record.name);
    auto *dialog = new SshConfigImportDialog(
        existing, [repo](const HostRecord &h) { return repo->add(h); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->load(file.isEmpty() ? hosts::defaultSshConfigFile() : file);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        // New hosts are checked in the background; keys are asked about
        // when one is opened (nothing is trusted blindly).
        for (const QString &name : dialog->added()) {
            if (const auto found = m_plane->hostRepository()->find(name);
                found && found->has_value())
                startCheck(**found, false);
        }
        if (!dialog->added().isEmpty())
            selectHost(dialog->added().first());
    });
    if (m_importHook)
        m_importHook(dialog);
    else
        dialog->open();
}

void HostsPage::checkHost()
{
    if (const auto host = currentHost())
        startCheck(*host, true);
}

void HostsPage::startCheck(const HostRecord &host, bool interactive, ssh::HostKeyPolicy policy)
{
    m_plane->hostConnections()
        ->check(host, policy)
        .then(this, [this, host, interactive](const HostStatus &status) {
            afterCheck(host, status, interactive);
        });
}

void HostsPage::afterCheck(const HostRecord &host, const HostStatus &status, bool interactive)
{
    // Only a check the person started asks about keys; background checks
    // just show the state and its button.
    if (!interactive)
        return;
    const QString approved = std::exchange(m_approvedFingerprint, QString());
    if (status.state != HostStatus::Unreachable || !status.error)
        return;
    const auto current = currentHost();
    if (!current || current->name.compare(host.name, Qt::CaseInsensitive) != 0)
        return;
    if (status.error->kind == ssh::SshError::HostKeyUnknown)
        trustCurrent();
    else if (status.error->kind == ssh::SshError::HostKeyChanged &&
             !(!approved.isEmpty() && status.error->expectedFingerprint == approved))
        forgetCurrent(); // a key on record changed; else the overview says what was swapped
}

void HostsPage::trustCurrent()
{
    const auto host = currentHost();
    if (!host)
        return;
    const HostStatus status = m_plane->hostConnections()->status(host->name);
    if (!status.error || status.error->kind != ssh::SshError::HostKeyUnknown)
        return;
    const bool trusted = m_trustHook ? m_trustHook(host->name, *status.error)
                                     : askToTrustHostKey(this, host->name, *status.error);
    if (trusted) {
        m_approvedFingerprint = status.error->fingerprint;
        // For the host whose key was shown: a jump host's, or this one's.
        const QString shownFor = status.error->hop.isEmpty() ? host->name : status.error->hop;
        startCheck(*host, true, ssh::HostKeyPolicy::acceptOnly(m_approvedFingerprint, shownFor));
    }
}

void HostsPage::forgetCurrent()
{
    const auto host = currentHost();
    if (!host)
        return;
    const HostStatus status = m_plane->hostConnections()->status(host->name);
    if (!status.error || status.error->kind != ssh::SshError::HostKeyChanged)
        return;
    const bool forget = m_forgetHook ? m_forgetHook(host->name, *status.error)
                                     : askToForgetChangedHostKey(this, host->name, *status.error);
    if (!forget)
        return;
    HostRecord keyOwner = *host;
    if (!status.error->hop.isEmpty()) {
        // The jump host's key changed: forget it at the address and port
        // this host's route dials (a hop may name another port).
        const ssh::SshTarget route = m_plane->hostConnections()->targetOf(*host);
        const auto hop =
            std::find_if(route.jumps.cbegin(), route.jumps.cend(),
                         [&](const ssh::SshHop &h) { return h.name == status.error->hop; });
        if (hop == route.jumps.cend())
            return; // the route changed since the check; the next one says
        keyOwner = HostRecord{};
        keyOwner.name = hop->name;
        keyOwner.address = hop->address;
        keyOwner.port = hop->port;
        keyOwner.user = hop->user;
        keyOwner.identityFiles = hop->identityFiles;
    }
    const HostRecord record = *host;
    m_plane->hostConnections()->forgetHostKey(keyOwner).then(
        this, [this, record](const ssh::SshResult<void> &r) {
            if (!r) {
                QMessageBox::warning(this, tr("Forget the old key"), r.message());
                return;
            }
            // The next connection sees an unknown key and asks again.
            startCheck(record, true);
        });
}

} // namespace sloop::widgets
