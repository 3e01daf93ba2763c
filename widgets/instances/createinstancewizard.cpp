#include "createinstancewizard.h"

#include "blueprintpicker.h"
#include "cardgrid.h"
#include "choicecard.h"
#include "common/noticebanner.h"
#include "creationprogress.h"
#include "instancedetailsform.h"
#include "keypairpicker.h"
#include "launchscripteditor.h"
#include "locationpicker.h"
#include "planpicker.h"
#include "reviewsummary.h"

#include "blueprints/blueprintcatalog.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "hosts/hostrecord.h"
#include "hosts/hostrepository.h"
#include "pricing/pricecatalog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sloop {

using widgets::ChoiceCard;

CreateInstanceWizard::CreateInstanceWizard(ControlPlane *plane, QWidget *parent)
    : QDialog(parent)
    , m_plane(plane)
    , m_service(plane->instances())
    , m_steps(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_message(new widgets::NoticeBanner)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_back(new QPushButton(tr("&Back")))
    , m_next(new QPushButton(tr("&Next")))
    , m_create(new QPushButton(tr("&Create instance")))
    , m_close(new QPushButton(tr("C&lose")))
{
    setObjectName(QStringLiteral("createInstanceWizard"));
    setWindowTitle(tr("Create an instance"));
    setAccessibleName(tr("Create an instance"));
    resize(1060, 720);

    const QStringList titles = {tr("Where"),         tr("Platform"),         tr("Blueprint"),
                                tr("Launch script"), tr("SSH key"),          tr("Plan"),
                                tr("Name and tags"), tr("Review and create")};
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setAccessibleName(tr("Steps of creating an instance"));
    m_steps->setFixedWidth(200);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setSpacing(2);
    for (int i = 0; i < titles.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1.  %2").arg(i + 1).arg(titles.at(i)), m_steps);
        item->setSizeHint(QSize(0, 32));
    }
    auto *progressItem = new QListWidgetItem(tr("%1.  Progress").arg(titles.size() + 1), m_steps);
    progressItem->setSizeHint(QSize(0, 32));
    m_steps->setBackgroundRole(QPalette::Window);

    m_message->setObjectName(QStringLiteral("wizardMessage"));

    if (!m_service) {
        m_stack->addWidget(
            makePage(tr("Instances are not available"),
                     tr("Sloop could not open its data folder, so it cannot keep instances: %1")
                         .arg(plane->storeProblem()),
                     new QWidget));
    } else {
        m_where = new widgets::LocationPicker(plane);
        m_blueprints = new widgets::BlueprintPicker(&m_service->blueprints());
        m_script = new widgets::LaunchScriptEditor(&m_service->blueprints());
        m_key = new widgets::KeyPairPicker;
        m_plans = new widgets::PlanPicker(m_service->plans());
        m_details = new widgets::InstanceDetailsForm;
        m_review = new widgets::ReviewSummary(plane);
        m_progress = new widgets::CreationProgress(m_service);

        m_stack->addWidget(makePage(
            tr("Where should the instance run?"),
            tr("On one of your Docker engines as a system container, or as a whole server you "
               "reach over SSH."),
            m_where));
        m_stack->addWidget(
            makePage(tr("Pick your instance's platform"), QString(), makePlatformPage()));
        m_stack->addWidget(makePage(
            tr("Pick a blueprint"),
            tr("An operating system alone, or one with an application installed and set up."),
            m_blueprints));
        m_stack->addWidget(makePage(tr("Add a launch script (optional)"), QString(), m_script));
        m_stack->addWidget(makePage(tr("Choose how to log in"), QString(), m_key));
        m_stack->addWidget(makePage(tr("Choose your instance plan"), QString(), m_plans));
        m_stack->addWidget(makePage(tr("Name your instance"), QString(), m_details));
        QWidget *review = makePage(
            tr("Review"), tr("Nothing is made until you press Create instance."), m_review);
        // Lightsail offers its alarms after the fact; here they come with the
        // instance unless the person says no (the window adds them once the
        // instance is made).
        m_defaultAlarms = new QCheckBox(tr("Create the default &alarms (CPU, status check, disk)"));
        m_defaultAlarms->setObjectName(QStringLiteral("createDefaultAlarms"));
        m_defaultAlarms->setAccessibleName(tr("Create the default alarms"));
        m_defaultAlarms->setToolTip(tr("CPU over 80% for 15 minutes, a failed status check, and "
                                       "the disk over 90% full. Change or delete them on the "
                                       "Alarms page."));
        m_defaultAlarms->setChecked(true);
        review->layout()->addWidget(m_defaultAlarms);
        m_stack->addWidget(review);
        m_stack->addWidget(makePage(tr("Creating"),
                                    tr("Each instance's steps and their logs, live. You can "
                                       "close this window: the work goes on and the Instances "
                                       "page shows it."),
                                    m_progress));

        connect(m_where, &widgets::LocationPicker::changed, this,
                &CreateInstanceWizard::locationChanged);
        connect(m_blueprints, &widgets::BlueprintPicker::changed, this,
                &CreateInstanceWizard::blueprintChanged);
        connect(m_script, &widgets::LaunchScriptEditor::validityChanged, this,
                &CreateInstanceWizard::updateNavigation);
        connect(m_script, &widgets::LaunchScriptEditor::blueprintSaved, this,
                [this] { m_blueprints->reload(); });
        connect(m_key, &widgets::KeyPairPicker::changed, this,
                &CreateInstanceWizard::updateNavigation);
        connect(m_plans, &widgets::PlanPicker::changed, this,
                &CreateInstanceWizard::updateNavigation);
        connect(m_details, &widgets::InstanceDetailsForm::changed, this,
                &CreateInstanceWizard::updateNavigation);
        connect(m_progress, &widgets::CreationProgress::stateChanged, this,
                &CreateInstanceWizard::updateNavigation);
    }

    m_cancel->setAccessibleName(tr("Cancel and close"));
    m_back->setObjectName(QStringLiteral("wizardBack"));
    m_back->setAccessibleName(tr("Back to the previous step"));
    m_next->setObjectName(QStringLiteral("wizardNext"));
    m_next->setAccessibleName(tr("Next step"));
    m_next->setDefault(true);
    m_create->setObjectName(QStringLiteral("wizardCreate"));
    m_create->setAccessibleName(tr("Create the instance"));
    m_close->setObjectName(QStringLiteral("wizardClose"));
    m_close->setAccessibleName(tr("Close the window; creation goes on"));
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, &CreateInstanceWizard::back);
    connect(m_next, &QPushButton::clicked, this, &CreateInstanceWizard::next);
    connect(m_create, &QPushButton::clicked, this, &CreateInstanceWizard::create);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex())
            showPage(Page(row));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_create);
    buttons->addWidget(m_close);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(20, 16, 20, 16);
    right->addWidget(m_message);
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);

    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(8, 16, 8, 16);
    auto *sideTitle = new QLabel(tr("<b>Create an instance</b>"));
    sideTitle->setContentsMargins(6, 0, 0, 8);
    side->addWidget(sideTitle);
    side->addWidget(m_steps, 1);
    layout->addLayout(side);
    layout->addWidget(line);
    layout->addLayout(right, 1);

    if (m_service) {
        const QString preferred = m_plane->engines()->defaultEngine();
        if (!m_where->setLocation(preferred) && !m_plane->engines()->engines().isEmpty())
            m_where->setLocation(m_plane->engines()->engines().constFirst().name);
        m_blueprints->setBlueprint(QStringLiteral("debian-12"));
        locationChanged();
        blueprintChanged();
    }
    showPage(WherePage);
}

QWidget *CreateInstanceWizard::makePage(const QString &title, const QString &subtitle,
                                        QWidget *content)
{
    auto *page = new QWidget;
    page->setAccessibleName(title);
    auto *heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    if (!subtitle.isEmpty()) {
        auto *sub = new QLabel(subtitle);
        sub->setWordWrap(true);
        sub->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(sub);
    }
    layout->addSpacing(10);
    // Pages that grow taller than the window scroll; the editor and the job
    // views have their own scrolling.
    const bool scrolls = qobject_cast<widgets::LocationPicker *>(content) ||
                         qobject_cast<widgets::PlanPicker *>(content) ||
                         qobject_cast<widgets::ReviewSummary *>(content) ||
                         qobject_cast<widgets::InstanceDetailsForm *>(content) ||
                         qobject_cast<widgets::KeyPairPicker *>(content);
    if (scrolls) {
        auto *area = new QScrollArea;
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        layout->addWidget(area, 1);
    } else {
        layout->addWidget(content, 1);
    }
    return page;
}

QWidget *CreateInstanceWizard::makePlatformPage()
{
    auto *page = new QWidget;
    auto *grid = new widgets::CardGrid(2, nullptr, page);
    grid->setAccessibleName(tr("Platforms"));
    ChoiceCard *linuxCard = grid->addCard(QStringLiteral("linux"));
    linuxCard->setObjectName(QStringLiteral("platform-linux"));
    linuxCard->setTitle(tr("Linux/Unix"));
    linuxCard->setBody(tr("Debian or Ubuntu, with sshd; what every blueprint here is made for."));
    linuxCard->setIcon(QIcon(QStringLiteral(":/sloop/blueprints/icons/debian.svg")), 40);
    ChoiceCard *windows = grid->addCard(QStringLiteral("windows"));
    windows->setObjectName(QStringLiteral("platform-windows"));
    windows->setTitle(tr("Microsoft Windows"));
    windows->setBody(tr("Windows Server instances."));
    windows->setEnabled(false);
    windows->setNote(tr("Not offered: Sloop's instances are Linux system containers or Linux "
                        "servers reached over SSH."));
    grid->setCheckedKey(QStringLiteral("linux"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(grid);
    layout->addStretch();
    return page;
}

void CreateInstanceWizard::openFromEnvironment(ControlPlane *plane, QWidget *parent)
{
    const QString open = qEnvironmentVariable("SLOOP_OPEN");
    if (open.section(QLatin1Char(':'), 0, 0) != QLatin1String("create-instance"))
        return;
    const QString where = open.section(QLatin1Char(':'), 1);
    auto *wizard = new CreateInstanceWizard(plane, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    const QStringList pages = {QStringLiteral("where"),     QStringLiteral("platform"),
                               QStringLiteral("blueprint"), QStringLiteral("script"),
                               QStringLiteral("key"),       QStringLiteral("plan"),
                               QStringLiteral("details"),   QStringLiteral("review")};
    if (where == QLatin1String("apps")) {
        wizard->showPage(BlueprintPage);
        if (auto *tabs = wizard->findChild<QTabWidget *>(QStringLiteral("blueprintTabs")))
            tabs->setCurrentIndex(1);
    } else if (where == QLatin1String("create")) {
        wizard->showPage(ReviewPage);
        wizard->create();
    } else if (pages.contains(where)) {
        wizard->showPage(Page(pages.indexOf(where)));
    }
}

void CreateInstanceWizard::setLocation(const QString &location)
{
    if (m_where && m_where->setLocation(location))
        locationChanged();
}

CreateInstanceWizard::Page CreateInstanceWizard::page() const
{
    return Page(m_stack->currentIndex());
}

bool CreateInstanceWizard::isPageComplete(Page page) const
{
    if (!m_service)
        return false;
    switch (page) {
    case WherePage:
        return !m_where->location().isEmpty();
    case PlatformPage:
        return true;
    case BlueprintPage:
        return m_blueprints->isComplete();
    case LaunchScriptPage:
        return m_script->isValid();
    case KeyPage:
        return m_key->isComplete();
    case PlanPage:
        return m_plans->plan().has_value();
    case DetailsPage:
        return m_details->isComplete();
    case ReviewPage:
    case ProgressPage:
        return true;
    }
    return false;
}

void CreateInstanceWizard::showPage(Page target)
{
    if (!m_service) {
        updateNavigation();
        return;
    }
    // Only as far as every earlier page is complete; never back from progress.
    const bool created = m_stack->currentIndex() == ProgressPage;
    if (created && target != ProgressPage)
        target = ProgressPage;
    for (int p = WherePage; p < target && target != ProgressPage; ++p) {
        if (!isPageComplete(Page(p))) {
            target = Page(p);
            break;
        }
    }
    if (target == DetailsPage) {
        refreshTakenNames();
        suggestName();
    }
    if (target == ReviewPage)
        updateReview();
    m_message->clear();
    m_stack->setCurrentIndex(target);
    updateNavigation();
    // Keyboard users land in the page, not on the button they pressed.
    if (QWidget *page = m_stack->currentWidget()) {
        QWidget *w = page->nextInFocusChain();
        while (w != page && !(page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() &&
                              (w->focusPolicy() & Qt::TabFocus)))
            w = w->nextInFocusChain();
        if (w != page)
            w->setFocus(Qt::TabFocusReason);
    }
}

void CreateInstanceWizard::next()
{
    const Page current = page();
    if (current < ReviewPage && isPageComplete(current))
        showPage(Page(current + 1));
}

void CreateInstanceWizard::back()
{
    if (page() > WherePage && page() < ProgressPage)
        showPage(Page(page() - 1));
}

instances::CreateRequest CreateInstanceWizard::request() const
{
    instances::CreateRequest r;
    if (!m_service)
        return r;
    r.kind = m_where->kind();
    r.location = m_where->location();
    if (const auto bp = m_blueprints->blueprint())
        r.blueprintId = bp->id;
    r.image = r.kind == instances::InstanceKind::Container ? m_blueprints->image() : QString();
    r.launchScript = m_script->script().trimmed().isEmpty() ? QByteArray() : m_script->script();
    r.keyFile = m_key->keyFile();
    if (const auto plan = m_plans->plan())
        r.planId = plan->id;
    r.name = m_details->name();
    r.count = m_details->count();
    r.tags = m_details->tags();
    return r;
}

void CreateInstanceWizard::create()
{
    if (!m_service || page() != ReviewPage)
        return;
    for (int p = WherePage; p < ReviewPage; ++p) {
        if (!isPageComplete(Page(p))) {
            showPage(Page(p));
            return;
        }
    }
    const Result<QList<instances::InstanceOperation *>> jobs = m_service->create(request());
    if (!jobs) {
        // Nothing was made: the person fixes the choice and tries again.
        m_message->showProblem(jobs.problem());
        return;
    }
    m_progress->setJobs(*jobs);
    QStringList names;
    for (const instances::InstanceOperation *job : *jobs)
        names << job->instanceName();
    m_stack->setCurrentIndex(ProgressPage);
    updateNavigation();
    Q_EMIT instancesCreated(names);
}

void CreateInstanceWizard::locationChanged()
{
    const bool server = m_where->kind() == instances::InstanceKind::Server;
    m_blueprints->setKind(m_where->kind());
    m_plans->setServer(server);
    QString login;
    if (server && m_plane->hostRepository()) {
        if (const auto host = m_plane->hostRepository()->find(m_where->location());
            host && host->has_value()) {
            const hosts::HostRecord &h = host->value();
            login = tr("%1@%2").arg(h.user.isEmpty() ? qEnvironmentVariable("USER") : h.user,
                                    h.address);
            login += h.identityFiles.isEmpty()
                         ? tr(" (ssh-agent and default keys)")
                         : tr(" with %1").arg(h.identityFiles.join(QStringLiteral(", ")));
        }
    }
    m_key->setServer(server, login);
    QString reach;
    if (!server)
        if (const engine::EngineEndpoint *engine = m_plane->engines()->find(m_where->location()))
            reach = engine->sshHost.isEmpty()
                        ? tr("SSH is published on 127.0.0.1 only: you and Sloop log in from this "
                             "machine, nobody else can try. To let others in, open port 22 on "
                             "the instance's Networking tab.")
                        : tr("SSH is published on every address of %1, where the engine runs, "
                             "so Sloop can reach it there. Limit who may connect on the "
                             "instance's Networking tab.")
                              .arg(engine->sshHost);
    m_key->setReachNote(reach);
    m_details->setServer(server);
    refreshTakenNames();
    updateNavigation();
}

void CreateInstanceWizard::blueprintChanged()
{
    const auto bp = m_blueprints->blueprint();
    m_plans->setMinimum(bp ? bp->minimumPlan : QString(), bp ? bp->name : QString());
    suggestName();
    updateNavigation();
}

void CreateInstanceWizard::refreshTakenNames()
{
    QSet<QString> taken;
    if (const auto all = m_service->instances(); all)
        for (const instances::InstanceRecord &r : *all)
            taken.insert(r.name.toLower());
    // A container instance logs in through a host record named like it.
    if (m_where->kind() == instances::InstanceKind::Container && m_plane->hostRepository())
        if (const auto hosts = m_plane->hostRepository()->all(); hosts)
            for (const hosts::HostRecord &h : *hosts)
                taken.insert(h.name.toLower());
    m_details->setTakenNames(taken);
}

void CreateInstanceWizard::suggestName()
{
    // Lightsail's habit: the blueprint's name and a number, until the
    // person types their own.
    if (!m_details->name().isEmpty() && m_details->name() != m_suggestedName)
        return;
    const auto bp = m_blueprints->blueprint();
    if (!bp)
        return;
    QSet<QString> taken;
    if (const auto all = m_service->instances(); all)
        for (const instances::InstanceRecord &r : *all)
            taken.insert(r.name.toLower());
    for (int i = 1; i < 1000; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(bp->id).arg(i);
        if (!taken.contains(name)) {
            m_suggestedName = name;
            m_details->setName(name);
            return;
        }
    }
}

void CreateInstanceWizard::updateReview()
{
    widgets::ReviewSummary::Choices c;
    c.request = request();
    c.names = m_details->names();
    c.where = m_where->describe();
    if (const auto bp = m_blueprints->blueprint())
        c.blueprint = bp->name;
    c.key = m_key->describe();
    c.plan = m_plans->plan();
    c.currency = m_service->plans().currency;
    m_review->setChoices(c);
}

void CreateInstanceWizard::updateNavigation()
{
    const int current = m_stack->currentIndex();
    const bool created = m_service && current == ProgressPage;
    // Steps past the first incomplete page cannot be reached yet.
    bool reachable = !created;
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        const bool enabled = created ? row == ProgressPage : reachable && row != ProgressPage;
        item->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        QFont font = m_steps->font();
        font.setBold(row == current);
        item->setFont(font);
        if (m_service && row < ProgressPage && !isPageComplete(Page(row)))
            reachable = false;
    }
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(current);
    }
    const bool onReview = current == ReviewPage;
    m_back->setVisible(!created);
    m_back->setEnabled(m_service && current > WherePage);
    m_next->setVisible(!created && !onReview);
    m_next->setEnabled(m_service && current < ReviewPage && isPageComplete(Page(current)));
    m_create->setVisible(onReview);
    m_create->setDefault(onReview);
    m_next->setDefault(!onReview && !created);
    m_cancel->setVisible(!created);
    m_close->setVisible(created);
    m_close->setDefault(created);
}

QString CreateInstanceWizard::messageText() const
{
    return m_message->text();
}

bool CreateInstanceWizard::createDefaultAlarms() const
{
    return m_defaultAlarms && m_defaultAlarms->isChecked();
}

} // namespace sloop
