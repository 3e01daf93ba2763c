#include "containerstab.h"
#include "common/tones.h"

#include "common/noticebanner.h"
#include "containerdetailpane.h"
#include "containers/containerfilterproxy.h"
#include "containers/containerlauncher.h"
#include "containers/containerlistmodel.h"
#include "containers/statssampler.h"
#include "engine/dockerclient.h"
#include "runcontainerdialog.h"
#include "terminal/dockerexecbackend.h"
#include "terminal/terminaltabs.h"
#include "util/futures.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace sloop::widgets {

using models::ContainerListModel;

ContainersTab::ContainersTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerListModel(this))
    , m_proxy(new models::ContainerFilterProxy(this))
    , m_view(new QTreeView)
    , m_detail(new ContainerDetailPane)
    , m_banner(new NoticeBanner)
    , m_message(new QLabel)
    , m_empty(new QLabel)
    , m_filter(new QLineEdit)
    , m_showStopped(new QCheckBox(tr("Show stopped")))
    , m_terminals(new TerminalTabs)
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("containersView"));
    m_view->setAccessibleName(tr("Containers"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContainerListModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(ContainerListModel::Name, QHeaderView::Interactive);
    header->resizeSection(ContainerListModel::Name, 135);
    header->resizeSection(ContainerListModel::Image, 130);
    header->resizeSection(ContainerListModel::State, 68);
    header->resizeSection(ContainerListModel::Status, 100);
    header->resizeSection(ContainerListModel::Ports, 95);
    header->resizeSection(ContainerListModel::Cpu, 60);
    header->resizeSection(ContainerListModel::Memory, 80);
    header->setMinimumSectionSize(50);
    // A little air between rows: the default is cramped for a dashboard.
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));

    QStyle *s = style();
    makeAction(QStringLiteral("run"), tr("&Run…"), tr("Create and start a new container"),
               s->standardIcon(QStyle::SP_FileDialogNewFolder), QKeySequence::New);
    makeAction(QStringLiteral("start"), tr("&Start"), tr("Start the selected containers"),
               s->standardIcon(QStyle::SP_MediaPlay));
    makeAction(QStringLiteral("stop"), tr("S&top"), tr("Stop the selected containers"),
               s->standardIcon(QStyle::SP_MediaStop));
    makeAction(QStringLiteral("restart"), tr("R&estart"), tr("Restart the selected containers"),
               s->standardIcon(QStyle::SP_BrowserReload));
    makeAction(QStringLiteral("pause"), tr("&Pause"), tr("Pause or resume the selected containers"),
               s->standardIcon(QStyle::SP_MediaPause));
    makeAction(QStringLiteral("remove"), tr("Re&move…"), tr("Remove the selected containers"),
               s->standardIcon(QStyle::SP_TrashIcon), QKeySequence::Delete);
    makeAction(QStringLiteral("browse"), tr("&Open in browser"),
               tr("Open the first published port in the web browser"),
               s->standardIcon(QStyle::SP_DirLinkIcon));
    makeAction(QStringLiteral("terminal"), tr("&Terminal"),
               tr("Open a shell inside the selected running container"),
               QIcon::fromTheme(QStringLiteral("utilities-terminal"),
                                s->standardIcon(QStyle::SP_ComputerIcon)));
    connect(action(QStringLiteral("run")), &QAction::triggered, this, &ContainersTab::runContainer);
    connect(action(QStringLiteral("start")), &QAction::triggered, this,
            &ContainersTab::startSelected);
    connect(action(QStringLiteral("stop")), &QAction::triggered, this,
            &ContainersTab::stopSelected);
    connect(action(QStringLiteral("restart")), &QAction::triggered, this,
            &ContainersTab::restartSelected);
    connect(action(QStringLiteral("pause")), &QAction::triggered, this,
            &ContainersTab::togglePauseSelected);
    connect(action(QStringLiteral("remove")), &QAction::triggered, this,
            &ContainersTab::removeSelected);
    connect(action(QStringLiteral("browse")), &QAction::triggered, this,
            &ContainersTab::openInBrowser);
    connect(action(QStringLiteral("terminal")), &QAction::triggered, this,
            &ContainersTab::openTerminal);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setAccessibleName(tr("Container actions"));
    toolbar->addActions(m_actions);
    m_filter->setPlaceholderText(tr("Filter by name, image, state, port or project"));
    m_filter->setAccessibleName(tr("Filter containers"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    m_filter->setMinimumWidth(160);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &models::ContainerFilterProxy::setFilterText);
    m_showStopped->setChecked(true);
    m_showStopped->setAccessibleName(tr("Show stopped containers"));
    connect(m_showStopped, &QCheckBox::toggled, m_proxy,
            &models::ContainerFilterProxy::setShowStopped);
    auto *bar = new QHBoxLayout;
    bar->addWidget(toolbar, 1);
    bar->addWidget(m_showStopped);
    bar->addWidget(m_filter);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Result of the last action"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    updateEmptyText();
    m_banner->setObjectName(QStringLiteral("engineBanner"));
    m_banner->setDismissible(false); // it goes when the engine answers
    connect(m_banner, &NoticeBanner::actionTriggered, this, [this] {
        if (m_inventory) {
            showConnecting();
            m_inventory->stop();
            m_inventory->start();
        }
    });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_empty, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({690, 400});
    splitter->setChildrenCollapsible(false);
    // Terminals open in a panel under the table and the details, like an
    // IDE's terminal: the container list stays in sight while you type.
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(splitter);
    vertical->addWidget(m_terminals);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    m_terminals->setVisible(false);
    connect(m_terminals, &TerminalTabs::countChanged, this, [this, vertical](int count) {
        const bool wasVisible = m_terminals->isVisible();
        m_terminals->setVisible(count > 0);
        if (count > 0 && !wasVisible) {
            const int total = vertical->height();
            vertical->setSizes({total * 11 / 20, total * 9 / 20});
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(vertical, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QStringList ids = selectedIds();
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.size() == 1 && rows.first().data(ContainerListModel::IsGroupRole).toBool()) {
            m_detail->showSummary(rows.first().data().toString(),
                                  tr("Compose project with %n container(s). The actions above "
                                     "apply to all of them; select one to see its logs and stats.",
                                     nullptr, int(ids.size())));
        } else if (ids.size() > 1) {
            m_detail->showSummary(tr("%n containers selected", nullptr, int(ids.size())),
                                  tr("The actions above apply to all of them."));
        } else {
            m_detail->showContainer(ids.value(0));
        }
    });
    connect(m_view, &QTreeView::doubleClicked, this,
            [this] { m_detail->tabs()->setCurrentIndex(1); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(m_actions);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            m_empty->setVisible(m_model->rowCount() == 0);
            m_view->setVisible(m_model->rowCount() > 0);
            m_view->expandAll();
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainersTab::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContainersTab::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContainersTab::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_view->setVisible(m_model->rowCount() > 0);
    });
    updateActions();
}

QAction *ContainersTab::makeAction(const QString &name, const QString &text, const QString &tip,
                                   const QIcon &icon, const QKeySequence &key)
{
    auto *a = new QAction(icon, text, this);
    a->setObjectName(name);
    a->setToolTip(tip);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    m_actions.append(a);
    return a;
}

QAction *ContainersTab::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void ContainersTab::setControlPlane(ControlPlane *plane)
{
    m_detail->setControlPlane(plane);
}

void ContainersTab::setEngine(const QString &name, containers::ContainerInventory *inventory,
                              containers::StatsSampler *sampler)
{
    if (m_inventory)
        m_inventory->disconnect(this);
    if (m_sampler)
        m_sampler->setActive(false);
    m_engine = name;
    m_inventory = inventory;
    m_sampler = sampler;
    m_model->setInventory(inventory);
    m_model->setSampler(sampler);
    m_detail->setEngine(inventory ? inventory->client() : nullptr, sampler);
    if (sampler)
        sampler->setActive(isVisible());
    if (inventory)
        connect(inventory, &containers::ContainerInventory::stateChanged, this,
                &ContainersTab::onStateChanged);
    m_view->expandAll();
    onStateChanged();
}

// Says why the engine cannot be reached and what to do about it, with a
// "Try again" button; the page behind it keeps working.
void ContainersTab::showEngineProblem(const QString &problem)
{
    m_banner->setAction(tr("Try again"), tr("Try to reach the engine again"));
    m_banner->showMessage(NoticeBanner::Kind::Warning,
                          problem + QLatin1Char('\n') +
                              tr("Sloop keeps trying and updates this page by itself when the "
                                 "engine answers."),
                          tr("The engine \"%1\" cannot be reached").arg(m_engine));
}

void ContainersTab::showConnecting()
{
    m_banner->setAction({});
    m_banner->showMessage(NoticeBanner::Kind::Info, {}, tr("Connecting to \"%1\"…").arg(m_engine));
}

void ContainersTab::onStateChanged()
{
    if (!m_inventory) {
        showEngineProblem(tr("No engine is selected."));
        return;
    }
    switch (m_inventory->state()) {
    case containers::ContainerInventory::State::Ready:
        m_banner->setVisible(false);
        updateStatus();
        if (m_sampler)
            m_sampler->setActive(true);
        break;
    case containers::ContainerInventory::State::Connecting:
        showConnecting();
        Q_EMIT statusChanged(tr("%1: connecting…").arg(m_engine));
        break;
    case containers::ContainerInventory::State::Unavailable:
        showEngineProblem(m_inventory->problem());
        Q_EMIT statusChanged(tr("%1: unavailable").arg(m_engine));
        break;
    }
    updateEmptyText();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
    updateActions();
}

// An engine that does not answer has not said it has no containers.
void ContainersTab::updateEmptyText()
{
    const bool ready =
        m_inventory && m_inventory->state() == containers::ContainerInventory::State::Ready;
    m_empty->setText(ready ? tr("No containers on this engine yet.\nClick \"Run…\" to start one "
                                "from an image, or run \"docker run\" in a terminal: it appears "
                                "here at once.")
                           : tr("The containers show here once the engine answers."));
}

void ContainersTab::updateStatus()
{
    if (!m_inventory || m_inventory->state() != containers::ContainerInventory::State::Ready)
        return;
    int running = 0;
    for (const engine::ContainerSummary &c : m_inventory->containers())
        running += c.state == QLatin1String("running");
    const engine::EngineInfo &info = m_inventory->info();
    Q_EMIT statusChanged(
        tr("%1: %2 %3 (API %4) · %5 running of %n container(s)", nullptr, m_inventory->count())
            .arg(m_engine, info.product, info.version, info.negotiated)
            .arg(running));
}

QStringList ContainersTab::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString id = row.data(ContainerListModel::IdRole).toString();
        if (!id.isEmpty()) {
            ids.append(id);
        } else { // a compose project row stands for all its containers
            const QModelIndex source = m_proxy->mapToSource(row);
            for (int i = 0; i < m_model->rowCount(source); ++i)
                ids.append(m_model->containerId(m_model->index(i, 0, source)));
        }
    }
    ids.removeDuplicates();
    return ids;
}

bool ContainersTab::selectContainer(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfContainer(id));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ContainersTab::updateActions()
{
    const bool ready =
        m_inventory && m_inventory->state() == containers::ContainerInventory::State::Ready;
    int running = 0, paused = 0, stopped = 0;
    bool hasUrl = false;
    const QStringList ids = selectedIds();
    for (const QString &id : ids) {
        const QString state =
            m_model->indexOfContainer(id).data(ContainerListModel::StateRole).toString();
        if (state == QLatin1String("running"))
            ++running;
        else if (state == QLatin1String("paused"))
            ++paused;
        else
            ++stopped;
        hasUrl |= !m_model->indexOfContainer(id)
                       .data(ContainerListModel::HttpUrlRole)
                       .toString()
                       .isEmpty();
    }
    action(QStringLiteral("run"))->setEnabled(ready);
    action(QStringLiteral("start"))->setEnabled(ready && stopped > 0);
    action(QStringLiteral("stop"))->setEnabled(ready && running + paused > 0);
    action(QStringLiteral("restart"))->setEnabled(ready && !ids.isEmpty());
    action(QStringLiteral("pause"))->setEnabled(ready && running + paused > 0);
    action(QStringLiteral("pause"))
        ->setText(paused > 0 && running == 0 ? tr("Res&ume") : tr("&Pause"));
    action(QStringLiteral("remove"))->setEnabled(ready && !ids.isEmpty());
    action(QStringLiteral("browse"))->setEnabled(hasUrl);
    action(QStringLiteral("terminal"))->setEnabled(ready && ids.size() == 1 && running == 1);
}

QString ContainersTab::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ContainersTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? models::toneColor(models::Tone::Error)
                                           : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

void ContainersTab::act(const QString &verb, const QStringList &ids, const Call &call)
{
    if (ids.isEmpty() || !m_inventory)
        return;
    showMessage(tr("%1 %n container(s)…", nullptr, int(ids.size())).arg(verb), false);
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto failures = std::make_shared<QStringList>();
    for (const QString &id : ids) {
        const QString name =
            m_inventory->container(id) ? m_inventory->container(id)->name : id.left(12);
        call(id).then(this, [this, verb, name, remaining, failures](const VoidResult &r) {
            if (!r)
                failures->append(tr("%1: %2").arg(name, r.error()));
            if (--*remaining > 0)
                return;
            if (failures->isEmpty())
                showMessage({}, false);
            else
                showMessage(tr("%1 failed for %2").arg(verb, failures->join(QStringLiteral("; "))),
                            true);
            m_detail->refresh();
        });
    }
}

void ContainersTab::runContainer()
{
    if (!m_inventory)
        return;
    RunContainerDialog dialog(this);
    // Offer the engine's images as suggestions.
    m_inventory->client()->listImages().then(
        &dialog, [&dialog](const Result<QList<engine::ImageSummary>> &images) {
            if (!images)
                return;
            QStringList tags;
            for (const engine::ImageSummary &i : *images)
                tags += i.repoTags;
            tags.sort();
            dialog.setImages(tags);
        });
    if (m_runDialogHook)
        QMetaObject::invokeMethod(
            this, [this, &dialog] { m_runDialogHook(&dialog); }, Qt::QueuedConnection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const engine::ContainerSpec spec = dialog.spec();
    containers::ContainerLauncher::Options options;
    options.start = dialog.startAfterCreate();
    // The same launcher as `sloop containers run`: a missing image is pulled
    // first, with its progress in the message line.
    auto *launcher = new containers::ContainerLauncher(m_inventory->client(), this);
    connect(launcher, &containers::ContainerLauncher::step, this,
            [this](containers::ContainerLauncher::Step, const QString &text) {
                showMessage(text, false);
            });
    connect(launcher, &containers::ContainerLauncher::pullProgress, this,
            [this](const QString &text) { showMessage(text, false); });
    // Made, then started or not: either way it is selected, so a start that
    // failed (a port in use) shows its container and logs.
    connect(launcher, &containers::ContainerLauncher::created, this,
            [this](const QString &newId) { selectWhenListed(newId); });
    whenFinished(
        launcher->launch(spec, options), this,
        [this, launcher, spec](const Result<containers::ContainerLauncher::Launched> &launched) {
            launcher->deleteLater();
            if (!launched) {
                showMessage(tr("Could not run the container: %1").arg(launched.error()), true);
                return;
            }
            showMessage(launched->started
                            ? QString()
                            : tr("Created %1.")
                                  .arg(spec.name.isEmpty() ? launched->id.left(12) : spec.name),
                        false);
        });
}

void ContainersTab::selectWhenListed(const QString &id)
{
    // The inventory learns of it from the engine's events.
    if (selectContainer(id))
        return;
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, id, conn] {
        if (selectContainer(id))
            disconnect(*conn);
    });
}

void ContainersTab::startSelected()
{
    engine::DockerClient *c = m_inventory ? m_inventory->client() : nullptr;
    act(tr("Starting"), selectedIds(), [c](const QString &id) { return c->startContainer(id); });
}

void ContainersTab::stopSelected()
{
    engine::DockerClient *c = m_inventory ? m_inventory->client() : nullptr;
    act(tr("Stopping"), selectedIds(), [c](const QString &id) { return c->stopContainer(id); });
}

void ContainersTab::restartSelected()
{
    engine::DockerClient *c = m_inventory ? m_inventory->client() : nullptr;
    act(tr("Restarting"), selectedIds(),
        [c](const QString &id) { return c->restartContainer(id); });
}

void ContainersTab::togglePauseSelected()
{
    engine::DockerClient *c = m_inventory ? m_inventory->client() : nullptr;
    const QStringList ids = selectedIds();
    QStringList toPause, toResume;
    for (const QString &id : ids) {
        const auto container = m_inventory->container(id);
        if (container && container->state == QLatin1String("paused"))
            toResume.append(id);
        else if (container && container->state == QLatin1String("running"))
            toPause.append(id);
    }
    act(tr("Pausing"), toPause, [c](const QString &id) { return c->pauseContainer(id); });
    act(tr("Resuming"), toResume, [c](const QString &id) { return c->unpauseContainer(id); });
}

void ContainersTab::removeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_inventory)
        return;
    QStringList names;
    int running = 0;
    for (const QString &id : ids) {
        const auto c = m_inventory->container(id);
        names.append(c ? c->name : id.left(12));
        running += c && c->state != QLatin1String("exited") && c->state != QLatin1String("created");
    }
    Confirmation question{tr("Remove containers"),
                          tr("Remove %n container(s)?", nullptr, int(ids.size())),
                          names.mid(0, 10).join(QLatin1Char('\n')), tr("Remove")};
    if (names.size() > 10)
        question.details += tr("\n… and %n more", nullptr, int(names.size() - 10));
    if (running > 0)
        question.details +=
            tr("\n\n%n of them still run(s) and will be stopped first.", nullptr, running);
    question.details += tr("\n\nTheir files are lost; named volumes are kept.");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    engine::DockerClient *c = m_inventory->client();
    act(tr("Removing"), ids, [c](const QString &id) { return c->removeContainer(id, true); });
}

void ContainersTab::openInBrowser()
{
    for (const QString &id : selectedIds()) {
        const QString url =
            m_model->indexOfContainer(id).data(ContainerListModel::HttpUrlRole).toString();
        if (!url.isEmpty()) {
            QDesktopServices::openUrl(QUrl(url));
            return;
        }
    }
}

void ContainersTab::openTerminal()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_inventory)
        return;
    const auto container = m_inventory->container(ids.first());
    const QString name = container ? container->name : ids.first().left(12);
    m_terminals->openTerminal(
        new terminal::DockerExecBackend(m_inventory->client(), ids.first(), name));
}

} // namespace sloop::widgets
