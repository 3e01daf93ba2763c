#include "mainwindow.h"

#include "batch/batchpage.h"
#include "commandlog/commandlogdock.h"
#include "containers/containerspage.h"
#include "containerservices/containerservicespage.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "functions/functionspage.h"
#include "gateway/apispage.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "hosts/hostspage.h"
#include "hosts/secretprompt.h"
#include "images/buildspage.h"
#include "instances/createinstancewizard.h"
#include "instances/instancespage.h"
#include "learn/learnpage.h"
#include "monitoring/alarmnotifier.h"
#include "monitoring/monitoringpage.h"
#include "placeholderpage.h"
#include "registry/registriespage.h"
#include "settings/settings.h"
#include "sloopresources.h"
#include "swarm/swarmpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sloop::widgets {

MainWindow::MainWindow(ControlPlane *plane, QWidget *parent)
    : QMainWindow(parent)
    , m_plane(plane)
    , m_settings(std::make_unique<Settings>())
    , m_nav(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_engineBox(new QComboBox)
    , m_status(new QLabel)
    , m_log(new CommandLogDock(plane))
    , m_containers(new ContainersPage(plane))
{
    initSloopResources();
    setWindowTitle(tr("Sloop"));
    setWindowIcon(QIcon(QStringLiteral(":/sloop/icons/sloop.png")));
    setObjectName(QStringLiteral("mainWindow"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(190);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.08);
    m_nav->setFont(navFont);

    // Pages in Lightsail's order; the ones still to come explain themselves.
    auto placeholder = [this](const QString &id) {
        return [this, id]() -> QWidget * {
            for (const PlaceholderInfo &info : plannedPages()) {
                if (info.pageId != id)
                    continue;
                PlaceholderPage *page = createPlaceholderPage(info);
                connect(page, &PlaceholderPage::learnRequested, this, [this](const QString &card) {
                    showPage(QStringLiteral("learn"));
                    learnPage()->showCard(card);
                });
                return page;
            }
            return new QWidget;
        };
    };
    addPage(QStringLiteral("instances"), tr("Instances"), QStringLiteral("instances"), [this] {
        m_instances = new InstancesPage(m_plane);
        connect(m_instances, &InstancesPage::learnRequested, this, [this](const QString &card) {
            showPage(QStringLiteral("learn"));
            learnPage()->showCard(card);
        });
        return m_instances;
    });
    addPage(QStringLiteral("hosts"), tr("Hosts"), QStringLiteral("hosts"), [this] {
        m_hosts = new HostsPage(m_plane);
        return m_hosts;
    });
    addPage(QStringLiteral("containers"), tr("Containers"), QStringLiteral("containers"),
            [this] { return m_containers; });
    addPage(QStringLiteral("swarm"), tr("Swarm"), QStringLiteral("swarm"), [this] {
        m_swarm = new SwarmPage(m_plane);
        m_swarm->setEngine(m_containers->engine());
        connect(m_swarm, &SwarmPage::learnRequested, this, [this](const QString &card) {
            showPage(QStringLiteral("learn"));
            learnPage()->showCard(card);
        });
        return m_swarm;
    });
    addPage(QStringLiteral("registries"), tr("Registries"), QStringLiteral("registries"), [this] {
        m_registries = new RegistriesPage(m_plane);
        m_registries->setEngine(m_containers->engine());
        connect(m_registries, &RegistriesPage::learnRequested, this, [this](const QString &card) {
            showPage(QStringLiteral("learn"));
            learnPage()->showCard(card);
        });
        return m_registries;
    });
    addPage(QStringLiteral("builds"), tr("Builds"), QStringLiteral("builds"), [this] {
        m_builds = new BuildsPage(m_plane);
        m_builds->setEngine(m_containers->engine());
        return m_builds;
    });
    addPage(QStringLiteral("container-services"), tr("Container services"),
            QStringLiteral("container-services"), [this] {
                auto *page = new ContainerServicesPage(m_plane);
                m_containerServices = page;
                page->setEngine(m_containers->engine());
                connect(page, &ContainerServicesPage::learnRequested, this,
                        [this](const QString &card) {
                            showPage(QStringLiteral("learn"));
                            learnPage()->showCard(card);
                        });
                return page;
            });
    addPage(QStringLiteral("functions"), tr("Functions"), QStringLiteral("functions"), [this] {
        auto *page = new FunctionsPage(m_plane);
        m_functions = page;
        connect(page, &FunctionsPage::learnRequested, this, [this](const QString &card) {
            showPage(QStringLiteral("learn"));
            learnPage()->showCard(card);
        });
        return page;
    });
    addPage(QStringLiteral("apis"), tr("APIs"), QStringLiteral("apis"), [this] {
        auto *page = new ApisPage(m_plane);
        m_apis = page;
        connect(page, &ApisPage::learnRequested, this, [this](const QString &card) {
            showPage(QStringLiteral("learn"));
            learnPage()->showCard(card);
        });
        return page;
    });
    addPage(QStringLiteral("batch"), tr("Batch"), QStringLiteral("batch"), [this] {
        auto *page = new BatchPage(m_plane);
        m_batch = page;
        connect(page, &BatchPage::learnRequested, this, [this](const QString &card) {
            showPage(QStringLiteral("learn"));
            learnPage()->showCard(card);
        });
        return page;
    });
    addPage(QStringLiteral("monitoring"), tr("Monitoring"), QStringLiteral("monitoring"), [this] {
        m_monitoring = new MonitoringPage(m_plane);
        return m_monitoring;
    });
    addPage(QStringLiteral("pricing"), tr("Pricing"), QStringLiteral("pricing"),
            placeholder(QStringLiteral("pricing")));
    addPage(QStringLiteral("learn"), tr("Learn"), QStringLiteral("learn"), [this] {
        m_learn = new LearnPage;
        connect(m_learn, &LearnPage::tryItRequested, this, &MainWindow::showPage);
        connect(m_learn, &LearnPage::createFunctionRequested, this,
                [this](const QString &templateId) {
                    showPage(QStringLiteral("functions")); // made on first show
                    if (m_functions)
                        m_functions->createFunction(templateId);
                });
        connect(m_learn, &LearnPage::sampleApiRequested, this, [this] {
            showPage(QStringLiteral("apis")); // made on first show
            if (m_apis)
                m_apis->quickStart();
        });
        connect(m_learn, &LearnPage::batchSampleRequested, this, [this] {
            showPage(QStringLiteral("batch")); // made on first show
            if (m_batch)
                m_batch->startSample();
        });
        return m_learn;
    });
    // Hosts are checked soon after start, so their state and the Docker
    // engines they have (in the engine selector) are there without a visit
    // to the Hosts page. Secrets come from the keychain, else a dialog.
    if (!m_plane->hostConnections()->hasSecretPrompt())
        m_plane->hostConnections()->setSecretPrompt(askHostSecret);
    QTimer::singleShot(1500, this, [this] {
        hosts::HostRepository *repo = m_plane->hostRepository();
        const auto all = repo ? repo->all() : Result<QList<hosts::HostRecord>>::failure(QString());
        if (!all)
            return;
        for (const hosts::HostRecord &host : *all)
            if (m_plane->hostConnections()->status(host.name).state == hosts::HostStatus::Unknown)
                m_plane->hostConnections()->check(host);
    });
    // The containers page reports the engine's state to the status line even
    // while another page is showing, so it is always built.
    ensurePage(int(m_ids.indexOf(QStringLiteral("containers"))));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(row);
        m_stack->setCurrentIndex(row);
    });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Top bar: which engine the pages talk to.
    auto *top = addToolBar(tr("Engine"));
    top->setObjectName(QStringLiteral("engineToolBar"));
    top->setMovable(false);
    auto *brand = new QLabel(tr("<b>Sloop</b>"));
    brand->setContentsMargins(8, 0, 16, 0);
    top->addWidget(brand);
    top->addWidget(new QLabel(tr("Engine: ")));
    m_engineBox->setAccessibleName(tr("Active engine"));
    m_engineBox->setToolTip(tr("The container engine the pages show and act on"));
    m_engineBox->setMinimumWidth(280);
    for (const engine::EngineEndpoint &e : plane->engines()->engines())
        m_engineBox->addItem(QStringLiteral("%1 — %2").arg(e.name, e.address), e.name);
    top->addWidget(m_engineBox);
    connect(
        m_plane->engines(), &engine::EngineManager::engineAdded, this, [this](const QString &name) {
            if (const engine::EngineEndpoint *e = m_plane->engines()->find(name))
                m_engineBox->addItem(QStringLiteral("%1 — %2").arg(e->name, e->address), e->name);
        });
    connect(m_plane->engines(), &engine::EngineManager::engineRemoved, this,
            [this](const QString &name) {
                const int index = m_engineBox->findData(name);
                if (index < 0)
                    return;
                // Showing a gone engine: fall back to the first one.
                if (index == m_engineBox->currentIndex())
                    m_engineBox->setCurrentIndex(0);
                m_engineBox->removeItem(index);
            });
    connect(m_engineBox, &QComboBox::currentIndexChanged, this,
            [this](int) { setEngine(m_engineBox->currentData().toString()); });

    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    m_log->hide();

    m_status->setAccessibleName(tr("Engine status"));
    statusBar()->addWidget(m_status, 1);
    if (!plane->storeProblem().isEmpty())
        statusBar()->addPermanentWidget(
            new QLabel(tr("History not saved: %1").arg(plane->storeProblem())));
    connect(m_containers, &ContainersPage::statusChanged, m_status, &QLabel::setText);
    // The store worker tried again for about 40 s and gave up (a full disk).
    connect(plane, &ControlPlane::writeFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 60000); });
    // Said while it waits, long before it would give up.
    connect(plane, &ControlPlane::writeDelayed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    // When a `sloop serve` collects for this data folder the window does not
    // (every point would be written twice): say so, and why.
    auto *collection = new QLabel(this);
    collection->setObjectName(QStringLiteral("metricsCollectionNote"));
    collection->setAccessibleName(tr("Metrics collection"));
    collection->setWordWrap(false);
    const auto showCollection = [collection](bool collecting, const QString &reason) {
        collection->setText(collecting ? QString() : reason);
        collection->setVisible(!collecting && !reason.isEmpty());
    };
    connect(plane, &ControlPlane::collectingChanged, collection, showCollection);
    showCollection(plane->collecting(), plane->notCollectingReason());
    statusBar()->addPermanentWidget(collection);
    // Alarm changes reach the person even while another page is showing: a
    // desktop notification (tray) and a message in the status bar.
    if (m_plane->alarms()) {
        m_notifier = new AlarmNotifier(m_plane->alarms(), this);
        connect(m_notifier, &AlarmNotifier::notified, this,
                [this](const QString &title, const QString &text) {
                    statusBar()->showMessage(QStringLiteral("%1 — %2").arg(title, text), 30000);
                });
        connect(m_notifier, &AlarmNotifier::activated, this, [this] {
            showPage(QStringLiteral("monitoring"));
            monitoringPage()->showAlarms();
            raise();
            activateWindow();
        });
    }

    buildMenus();
    if (!restoreGeometry(m_settings->get(Settings::WindowGeometry)))
        resize(1280, 800);
    restoreState(m_settings->get(Settings::WindowState));

    const QString engine = m_settings->get(Settings::ActiveEngine);
    const int engineIndex = m_engineBox->findData(engine);
    m_engineBox->setCurrentIndex(engineIndex >= 0 ? engineIndex : 0);
    setEngine(m_engineBox->currentData().toString());
    showPage(m_settings->get(Settings::NavigationPage));
    QTimer::singleShot(0, this,
                       [this] { CreateInstanceWizard::openFromEnvironment(m_plane, this); });
}

MainWindow::~MainWindow() = default;

MonitoringPage *MainWindow::monitoringPage()
{
    ensurePage(int(m_ids.indexOf(QStringLiteral("monitoring"))));
    return m_monitoring;
}

void MainWindow::addPage(const QString &id, const QString &title, const QString &icon,
                         std::function<QWidget *()> make)
{
    // PNGs rendered from the SVGs in resources/icons: loading the SVG plugin
    // at start-up costs more than the whole navigation is worth.
    auto *item =
        new QListWidgetItem(QIcon(QStringLiteral(":/sloop/icons/nav-%1.png").arg(icon)), title);
    item->setSizeHint(QSize(0, 38));
    item->setData(Qt::UserRole, id);
    const int index = int(m_ids.size());
    item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(title).arg(index + 1) : title);
    m_nav->addItem(item);
    auto *holder = new QWidget;
    holder->setAccessibleName(title);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(holder);
    m_ids.append(id);
    m_factories.append(std::move(make));
    m_pages.append(nullptr);
    if (index >= 9) // Ctrl+1…9; past them the key after 9 is ':', not a digit
        return;
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
    connect(shortcut, &QShortcut::activated, this, [this, index] { m_nav->setCurrentRow(index); });
}

QWidget *MainWindow::ensurePage(int index)
{
    if (QWidget *page = m_pages.value(index))
        return page;
    QWidget *page = m_factories.at(index)();
    page->setAccessibleName(m_nav->item(index)->text());
    m_stack->widget(index)->layout()->addWidget(page);
    m_pages[index] = page;
    return page;
}

LearnPage *MainWindow::learnPage()
{
    ensurePage(int(m_ids.indexOf(QStringLiteral("learn"))));
    return m_learn;
}

InstancesPage *MainWindow::instancesPage()
{
    ensurePage(int(m_ids.indexOf(QStringLiteral("instances"))));
    return m_instances;
}

HostsPage *MainWindow::hostsPage()
{
    ensurePage(int(m_ids.indexOf(QStringLiteral("hosts"))));
    return m_hosts;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *log = m_log->toggleViewAction();
    log->setText(tr("&Command log"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    log->setToolTip(tr("Show every engine call Sloop makes"));
    view->addAction(log);
    view->addSeparator();
    for (int i = 0; i < m_ids.size(); ++i) {
        QAction *go = view->addAction(m_nav->item(i)->icon(), m_nav->item(i)->text());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::WidgetShortcut); // the window's QShortcut does the work
        connect(go, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    auto *toolbar = findChild<QToolBar *>(QStringLiteral("engineToolBar"));
    if (toolbar) {
        auto *spacer = new QWidget;
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        toolbar->addWidget(spacer);
        toolbar->addAction(log);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Learn the concepts"), this, [this] { showPage(QStringLiteral("learn")); });
    help->addAction(tr("&About Sloop"), this, [this] {
        QMessageBox::about(
            this, tr("About Sloop"),
            tr("<h3>Sloop %1</h3><p>A simple cloud console for the servers and "
               "engines you own.</p><p>Qt %2</p>")
                .arg(QStringLiteral(SLOOP_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::showPage(const QString &pageId)
{
    const int index = int(m_ids.indexOf(pageId));
    m_nav->setCurrentRow(index >= 0 ? index : int(m_ids.indexOf(QStringLiteral("containers"))));
}

QString MainWindow::currentPage() const
{
    return m_ids.value(m_nav->currentRow());
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

void MainWindow::setEngine(const QString &engineName)
{
    if (engineName.isEmpty() || engineName == m_containers->engine())
        return;
    m_containers->setEngine(engineName);
    if (m_swarm)
        m_swarm->setEngine(engineName);
    if (m_registries)
        m_registries->setEngine(engineName);
    if (m_containerServices)
        m_containerServices->setEngine(engineName);
    if (m_builds)
        m_builds->setEngine(engineName);
    const int index = m_engineBox->findData(engineName);
    if (index >= 0 && index != m_engineBox->currentIndex())
        m_engineBox->setCurrentIndex(index);
}

void MainWindow::saveState()
{
    m_settings->set(Settings::WindowGeometry, QMainWindow::saveGeometry());
    m_settings->set(Settings::WindowState, QMainWindow::saveState());
    m_settings->set(Settings::ActiveEngine, m_containers->engine());
    m_settings->set(Settings::NavigationPage, currentPage());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace sloop::widgets
