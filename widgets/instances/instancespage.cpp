#include "instancespage.h"

#include "blueprints/blueprintcatalog.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "createinstancewizard.h"
#include "deleteinstancedialog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "historypane.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "hosts/hostterminalpane.h"
#include "instanceoverview.h"
#include "instances/instancelistmodel.h"
#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"
#include "networkingpane.h"
#include "pricing/costestimator.h"
#include "pricing/costmodel.h"
#include "pricing/costrepository.h"
#include "pricing/price.h"
#include "pricing/pricecatalog.h"
#include "snapshotspane.h"
#include "util/futures.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace sloop::widgets {

using instances::InstanceKind;
using instances::InstanceRecord;
using instances::InstanceState;
using models::InstanceListModel;
using models::InstanceRow;

namespace {

constexpr int kEmptyIndex = 0;
constexpr int kPickIndex = 1;
constexpr int kTabsIndex = 2;
constexpr int kProblemIndex = 3;

QWidget *emptyState(QWidget *owner, const std::function<void()> &create,
                    const std::function<void()> &learn)
{
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("instancesEmptyState"));
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto *title = new QLabel(InstancesPage::tr("<h2>No instances yet</h2>"));
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(InstancesPage::tr(
        "An instance is a server of your own, like a Lightsail instance: a system container "
        "on a Docker engine (with its own SSH, plan limits and stable ports) or a whole server "
        "you reach over SSH. Pick a blueprint (an OS, or an app such as WordPress or Nginx), "
        "a plan with its monthly price, and Sloop builds it step by step and shows you how to "
        "log in."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width: a wrapped label under an alignment flag gets its
    // height from the wrong width and clips.
    text->setFixedWidth(480);
    text->setMinimumHeight(text->heightForWidth(480));
    auto *button = new QPushButton(InstancesPage::tr("Create instance…"));
    button->setObjectName(QStringLiteral("emptyCreateInstanceButton"));
    QObject::connect(button, &QPushButton::clicked, owner, create);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    auto *learnButton = new QPushButton(InstancesPage::tr("Learn about instances"));
    learnButton->setObjectName(QStringLiteral("emptyLearnButton"));
    learnButton->setFlat(true);
    QObject::connect(learnButton, &QPushButton::clicked, owner, learn);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(button);
    buttons->addWidget(learnButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    return empty;
}

QString tabName(QTabWidget *tabs)
{
    QWidget *w = tabs->currentWidget();
    return w ? w->objectName() : QString();
}

} // namespace

InstancesPage::InstancesPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_service(plane->instances())
    , m_model(new InstanceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_cards(new QListView)
    , m_views(new QStackedWidget)
    , m_filter(new QLineEdit)
    , m_right(new QStackedWidget)
    , m_tabs(new QTabWidget)
    , m_overview(new InstanceOverview)
    , m_connect(new QWidget)
    , m_networking(new NetworkingPane(m_service))
    , m_snapshots(new SnapshotsPane(m_service))
    , m_history(new HistoryPane(m_service))
    , m_message(new NoticeBanner)
    , m_problem(new QLabel)
    , m_footer(new QLabel)
{
    setObjectName(QStringLiteral("instancesPage"));

    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("instancesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this, bar](const QString &name, QStyle::StandardPixmap icon, const QString &text,
                           const QString &tip, void (InstancesPage::*slot)(),
                           const QKeySequence &key = {}) {
        QAction *a = bar->addAction(style()->standardIcon(icon), text, this, slot);
        a->setObjectName(name);
        a->setToolTip(tip);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        return a;
    };
    m_create = add(QStringLiteral("createInstanceAction"), QStyle::SP_FileDialogNewFolder,
                   tr("Create instance"), tr("Pick a blueprint and a plan (Ctrl+N)"),
                   &InstancesPage::createInstance, QKeySequence::New);
    bar->addSeparator();
    m_connectAction =
        add(QStringLiteral("connectInstanceAction"), QStyle::SP_ComputerIcon, tr("Connect"),
            tr("Open a terminal on the instance"), &InstancesPage::connectToInstance);
    m_start = add(QStringLiteral("startInstanceAction"), QStyle::SP_MediaPlay, tr("Start"),
                  tr("Start the stopped instance"), &InstancesPage::startInstance);
    m_stop =
        add(QStringLiteral("stopInstanceAction"), QStyle::SP_MediaStop, tr("Stop"),
            tr("Stop the instance; its disk and ports are kept"), &InstancesPage::stopInstance);
    m_reboot = add(QStringLiteral("rebootInstanceAction"), QStyle::SP_BrowserReload, tr("Reboot"),
                   tr("Restart the instance"), &InstancesPage::rebootInstance);
    m_delete = add(QStringLiteral("deleteInstanceAction"), QStyle::SP_TrashIcon, tr("Delete"),
                   tr("Delete the instance (Delete); you type its name to confirm"),
                   &InstancesPage::deleteInstance, QKeySequence::Delete);
    m_tags =
        add(QStringLiteral("editTagsAction"), QStyle::SP_FileDialogDetailedView, tr("Edit tags"),
            tr("Tags group instances and their hosts"), &InstancesPage::editTags);
    bar->addSeparator();
    m_cardsAction =
        bar->addAction(style()->standardIcon(QStyle::SP_FileDialogListView), tr("Cards"));
    m_cardsAction->setObjectName(QStringLiteral("cardsViewAction"));
    m_cardsAction->setCheckable(true);
    m_cardsAction->setToolTip(tr("Show instances as cards instead of a list"));
    connect(m_cardsAction, &QAction::toggled, this, &InstancesPage::setCardsShown);
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &InstancesPage::reload);
    addAction(refresh);

    m_filter->setObjectName(QStringLiteral("instanceFilter"));
    m_filter->setPlaceholderText(tr("Filter instances"));
    m_filter->setAccessibleName(tr("Filter instances"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("instancesView"));
    m_view->setAccessibleName(tr("Instances"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setIconSize(QSize(20, 20));
    m_view->sortByColumn(InstanceListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setColumnHidden(InstanceListModel::Card, true);
    // Where it runs and the estimate are in the overview and the footer; the
    // header's menu shows them in the list too.
    m_view->setColumnHidden(InstanceListModel::Location, true);
    m_view->setColumnHidden(InstanceListModel::Estimate, true);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) {
                QMenu menu;
                for (int c = 0; c < InstanceListModel::Card; ++c) {
                    QAction *a = menu.addAction(
                        m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                    a->setCheckable(true);
                    a->setChecked(!m_view->isColumnHidden(c));
                    a->setEnabled(c != InstanceListModel::Name);
                    connect(a, &QAction::toggled, this,
                            [this, c](bool on) { m_view->setColumnHidden(c, !on); });
                }
                menu.exec(m_view->header()->mapToGlobal(at));
            });
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_connectAction, m_start, m_stop, m_reboot, m_delete, m_tags});

    // Cards: the same rows, the several-line Card column under a big icon.
    m_cards->setObjectName(QStringLiteral("instanceCards"));
    m_cards->setAccessibleName(tr("Instances as cards"));
    m_cards->setModel(m_proxy);
    m_cards->setModelColumn(InstanceListModel::Card);
    m_cards->setSelectionModel(m_view->selectionModel());
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setMovement(QListView::Static);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setWrapping(true);
    m_cards->setWordWrap(true);
    m_cards->setUniformItemSizes(true);
    m_cards->setIconSize(QSize(40, 40));
    m_cards->setGridSize(QSize(200, 150));
    m_cards->setSpacing(6);
    m_cards->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_cards->addActions({m_connectAction, m_start, m_stop, m_reboot, m_delete, m_tags});
    m_views->addWidget(m_view);
    m_views->addWidget(m_cards);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InstancesPage::showSelected);
    connect(m_view, &QTreeView::activated, this,
            [this] { showTab(QStringLiteral("overviewTab")); });

    m_left = new QWidget;
    auto *leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(8, 8, 4, 4);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_views, 1);

    auto *pick = new QLabel(tr("Select an instance to see its overview."));
    pick->setAlignment(Qt::AlignCenter);
    pick->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("instancesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);

    m_overview->setObjectName(QStringLiteral("overviewTab"));
    setUpDiskMeasuring();
    m_connect->setObjectName(QStringLiteral("connectTab"));
    new QVBoxLayout(m_connect);
    m_connect->layout()->setContentsMargins(0, 0, 0, 0);
    m_networking->setObjectName(QStringLiteral("networkingTab"));
    m_snapshots->setObjectName(QStringLiteral("snapshotsTab"));
    m_history->setObjectName(QStringLiteral("historyTab"));
    m_tabs->setObjectName(QStringLiteral("instanceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_connect, tr("Connect"));
    m_tabs->addTab(m_networking, tr("Networking"));
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_tabs->addTab(m_history, tr("History"));
    // Charts are built when the tab is first opened.
    m_monitoringTab = new QWidget;
    m_monitoringTab->setObjectName(QStringLiteral("monitoringTab"));
    new QVBoxLayout(m_monitoringTab);
    m_monitoringTab->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_monitoringTab, tr("Monitoring"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &InstancesPage::refreshCurrentTab);

    m_right->addWidget(emptyState(
        this, [this] { createInstance(); },
        [this] { Q_EMIT learnRequested(QStringLiteral("lightsail")); })); // kEmptyIndex
    m_right->addWidget(pick);                                             // kPickIndex
    m_right->addWidget(m_tabs);                                           // kTabsIndex
    m_right->addWidget(m_problem);                                        // kProblemIndex

    auto *splitter = new QSplitter;
    splitter->addWidget(m_left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({660, 620});

    m_footer->setObjectName(QStringLiteral("instancesFooter"));
    m_footer->setWordWrap(true);
    m_footer->setTextFormat(Qt::RichText);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);
    connect(m_footer, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("cost:")))
            editMachineCost(QUrl::fromPercentEncoding(link.mid(5).toUtf8()));
    });
    m_footer->setContentsMargins(12, 6, 12, 8);
    m_footer->setAccessibleName(tr("Monthly cost"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_footer);
    m_message->hide();

    connect(m_overview, &InstanceOverview::retryRequested, this, &InstancesPage::retryInstance);
    connect(m_overview, &InstanceOverview::costRequested, this, &InstancesPage::editMachineCost);
    connect(m_overview, &InstanceOverview::deleteRequested, this, &InstancesPage::deleteInstance);
    connect(m_networking, &NetworkingPane::operationStarted, this, &InstancesPage::watchJob);
    connect(m_snapshots, &SnapshotsPane::operationStarted, this, &InstancesPage::watchJob);

    if (m_service) {
        connect(m_service, &instances::InstanceService::instancesChanged, this,
                &InstancesPage::reload);
        connect(m_service, &instances::InstanceService::instanceChanged, this,
                &InstancesPage::refreshInstance);
        connect(
            m_service, &instances::InstanceService::operationStarted, this,
            [this](instances::InstanceOperation *job) { refreshInstance(job->instanceName()); });
    }
    // A machine's memory, which the estimate divides by, came in.
    if (m_plane->costEstimator())
        connect(m_plane->costEstimator(), &pricing::CostEstimator::memoryKnown, this,
                &InstancesPage::updateCosts);
    reload();
}

void InstancesPage::setPrompter(Prompter *prompter)
{
    m_prompter = prompter;
    m_snapshots->setPrompter(prompter);
}

InstanceRow InstancesPage::rowFor(const InstanceRecord &record) const
{
    InstanceRow row = models::makeInstanceRow(
        record, m_service->blueprints().find(record.blueprintId),
        m_service->plans().plan(record.planId), m_service->plans().currency);
    if (instances::InstanceOperation *job = m_service->operation(record.name))
        row.activity = job->action();
    // Estimates are the page's: carried over until updateCosts recomputes them.
    if (const int at = m_model->rowOfName(record.name); at >= 0) {
        row.estimateCents = m_model->item(at).estimateCents;
        row.estimateCurrency = m_model->item(at).estimateCurrency;
    }
    return row;
}

void InstancesPage::reload()
{
    if (!m_service) {
        m_problem->setText(tr("Instances cannot be shown: %1").arg(m_plane->storeProblem()));
        m_right->setCurrentIndex(kProblemIndex);
        m_left->hide();
        m_footer->hide();
        for (QAction *a : {m_create, m_connectAction, m_start, m_stop, m_reboot, m_delete, m_tags})
            a->setEnabled(false);
        return;
    }
    const auto all = m_service->instances();
    if (!all) {
        m_message->showError(tr("The instances cannot be read: %1").arg(all.error()));
        return;
    }
    QList<InstanceRow> rows;
    for (const InstanceRecord &record : *all)
        rows.append(rowFor(record));
    m_model->setItems(rows);
    updateCosts();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showSelected();
}

void InstancesPage::refreshInstance(const QString &name)
{
    if (!m_service)
        return;
    const auto found = m_service->find(name);
    if (!found)
        return;
    if (!found->has_value()) {
        if (m_model->removeName(name))
            updateCosts();
    } else {
        const bool added = m_model->rowOfName(name) < 0;
        m_model->upsert(rowFor(found->value()));
        if (added)
            updateCosts();
    }
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    const QString current = currentName();
    if (current.isEmpty() || current.compare(name, Qt::CaseInsensitive) == 0)
        showSelected();
    else
        updateActions();
}

QString InstancesPage::currentName() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(models::IdRole).toString() : QString();
}

std::optional<InstanceRecord> InstancesPage::currentInstance() const
{
    const int row = m_model->rowOfName(currentName());
    if (currentName().isEmpty() || row < 0)
        return std::nullopt;
    return m_model->item(row).record;
}

bool InstancesPage::selectInstance(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void InstancesPage::showTab(const QString &objectName)
{
    if (QWidget *w = m_tabs->findChild<QWidget *>(objectName))
        m_tabs->setCurrentWidget(w);
}

void InstancesPage::showSelected()
{
    updateActions();
    if (!m_service)
        return;
    const bool any = m_model->rowCount() > 0;
    // With no instances the page is the invitation alone, as in Lightsail.
    m_left->setVisible(any);
    m_footer->setVisible(any);
    if (!any) {
        m_right->setCurrentIndex(kEmptyIndex);
        return;
    }
    const auto record = currentInstance();
    if (!record) {
        m_right->setCurrentIndex(kPickIndex);
        return;
    }
    m_right->setCurrentIndex(kTabsIndex);
    refreshCurrentTab();
}

// Only the tab on screen is filled: opening an instance reads its history
// or snapshots only when asked, and the terminal connects only on demand.
void InstancesPage::refreshCurrentTab()
{
    const auto record = currentInstance();
    if (!record)
        return;
    const int row = m_model->rowOfName(record->name);
    const QString tab = tabName(m_tabs);
    if (tab == QLatin1String("overviewTab")) {
        m_overview->showInstance(m_model->item(row),
                                 m_service->blueprints().find(record->blueprintId));
        measureDisk(*record);
    } else if (tab == QLatin1String("connectTab")) {
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(record->name, record->hostName, record->address)
                                .arg(record->sshPort);
        if (key == m_connectFor)
            return;
        m_connectFor = key;
        QLayout *layout = m_connect->layout();
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *w = item->widget())
                w->deleteLater();
            delete item;
        }
        const auto host = record->hostName.isEmpty() || !m_plane->hostRepository()
                              ? Result<std::optional<hosts::HostRecord>>(std::nullopt)
                              : m_plane->hostRepository()->find(record->hostName);
        if (!host || !host->has_value()) {
            auto *none = new QLabel(tr("%1 has no SSH login yet: it gets one once its "
                                       "container or server answers SSH.")
                                        .arg(record->name));
            none->setObjectName(QStringLiteral("noLoginLabel"));
            none->setAlignment(Qt::AlignCenter);
            none->setWordWrap(true);
            layout->addWidget(none);
            m_connectFor.clear();
            return;
        }
        auto *command = new QLabel(tr("Or from your own terminal: <code>%1</code>")
                                       .arg(sshCommandLine(*record).toHtmlEscaped()));
        command->setObjectName(QStringLiteral("connectSshCommand"));
        command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        command->setWordWrap(true);
        command->setContentsMargins(12, 8, 12, 4);
        layout->addWidget(command);
        layout->addWidget(
            new HostTerminalPane(m_plane->hostConnections()->session(**host), record->name));
    } else if (tab == QLatin1String("networkingTab")) {
        // Rules being edited for the same instance survive the refresh.
        m_networking->showInstance(*record);
    } else if (tab == QLatin1String("snapshotsTab")) {
        m_snapshots->showInstance(*record);
    } else if (tab == QLatin1String("historyTab")) {
        m_history->showInstance(record->name);
    } else if (tab == QLatin1String("monitoringTab")) {
        showMonitoring(*record);
    }
}

void InstancesPage::updateActions()
{
    const auto record = currentInstance();
    const bool has = record.has_value() && m_service;
    const bool busy = has && m_service->operation(record->name) != nullptr;
    const bool container = has && record->kind == InstanceKind::Container;
    const InstanceState state = has ? record->state : InstanceState::Pending;
    m_connectAction->setEnabled(has && state == InstanceState::Running);
    m_start->setEnabled(has && container && !busy && state == InstanceState::Stopped);
    m_stop->setEnabled(has && container && !busy && state == InstanceState::Running);
    m_reboot->setEnabled(has && !busy && state == InstanceState::Running);
    m_delete->setEnabled(has && state != InstanceState::Deleting);
    // A running job saves its copy of the record at the end, tags included.
    m_tags->setEnabled(has && !busy);
    m_create->setEnabled(m_service != nullptr);
}

void InstancesPage::createInstance()
{
    if (!m_service)
        return;
    auto *wizard = new CreateInstanceWizard(m_plane, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateInstanceWizard::instancesCreated, this,
            [this, wizard](const QStringList &names) {
                if (wizard->createDefaultAlarms())
                    addDefaultAlarms(names);
                reload();
                if (!names.isEmpty())
                    selectInstance(names.first());
            });
    wizard->open();
}

void InstancesPage::setCardsShown(bool cards)
{
    m_views->setCurrentWidget(cards ? static_cast<QWidget *>(m_cards) : m_view);
    if (m_cardsAction->isChecked() != cards)
        m_cardsAction->setChecked(cards);
}

// The overview shows the instance's estimate: redraw it when figures change.
void InstancesPage::refreshOverviewIfShown()
{
    if (m_right->currentIndex() == kTabsIndex && tabName(m_tabs) == QLatin1String("overviewTab")) {
        if (const auto record = currentInstance())
            m_overview->showInstance(m_model->item(m_model->rowOfName(record->name)),
                                     m_service->blueprints().find(record->blueprintId));
    }
}

} // namespace sloop::widgets
