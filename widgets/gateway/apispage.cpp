#include "apispage.h"

#include "apiauthorizerspane.h"
#include "apikeyspane.h"
#include "apilogspane.h"
#include "apiroutespane.h"
#include "apistagespane.h"
#include "apitrypane.h"
#include "common/listpage.h"
#include "common/noticebanner.h"
#include "monitoring/targetmonitor.h"

#include "common/tones.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "functions/functionservice.h"
#include "gateway/accesslog.h"
#include "gateway/apicost.h"
#include "gateway/apiediting.h"
#include "gateway/apilistmodel.h"
#include "gateway/apiquickstart.h"
#include "gateway/apirepository.h"
#include "gateway/apitry.h"
#include "gateway/gateway.h"
#include "pricing/apigatewayprice.h"
#include "pricing/lambdaprice.h"
#include "util/futures.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace sloop::widgets {

using models::ApiListModel;

namespace {

enum StackPage
{
    EmptyPage,
    ListPage
};

// Asks for a new API's name and type; false when cancelled.
bool askNewApi(QWidget *parent, QString *name, gateway::ApiType *chosen)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ApisPage::tr("Create API"));
    auto *nameEdit = new QLineEdit;
    nameEdit->setPlaceholderText(ApisPage::tr("shop"));
    nameEdit->setAccessibleName(ApisPage::tr("API name"));
    auto *type = new QComboBox;
    type->addItem(ApisPage::tr("HTTP API: simple and fast, payload 2.0, a $default stage"));
    type->addItem(ApisPage::tr("REST API: payload 1.0, named stages such as dev and prod"));
    type->addItem(ApisPage::tr("WebSocket API: two-way connections, messages routed by action"));
    type->setAccessibleName(ApisPage::tr("API type"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(ApisPage::tr("Create API"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QObject::connect(nameEdit, &QLineEdit::textChanged, buttons, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(ApisPage::tr("&Name:"), nameEdit);
    form->addRow(ApisPage::tr("&Type:"), type);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *name = nameEdit->text().trimmed();
    *chosen = type->currentIndex() == 1   ? gateway::ApiType::Rest
              : type->currentIndex() == 2 ? gateway::ApiType::WebSocket
                                          : gateway::ApiType::Http;
    return true;
}

} // namespace

ApisPage::ApisPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_model(new ApiListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_problem(new NoticeBanner)
    , m_exposed(new NoticeBanner)
    , m_create(new QPushButton(tr("&Create API…")))
    , m_remove(new QPushButton(tr("&Delete")))
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("apisPage"));
    m_problem->setObjectName(QStringLiteral("apisProblem"));
    m_create->setObjectName(QStringLiteral("createApi"));
    m_create->setAccessibleName(tr("Create an API"));
    m_remove->setObjectName(QStringLiteral("deleteApi"));
    m_remove->setAccessibleName(tr("Delete the selected API"));
    auto *learn = new QPushButton(tr("Learn about API gateways"));
    learn->setObjectName(QStringLiteral("learnApis"));
    learn->setFlat(true);
    connect(learn, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(QStringLiteral("api-gateway")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(learn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_exposed);
    layout->addWidget(m_stack, 1);
    if (!plane->database()) {
        m_create->hide();
        m_remove->hide();
        m_problem->showError(tr("APIs need Sloop's store, which could not be opened: %1")
                                 .arg(plane->storeProblem()));
        m_stack->addWidget(new QWidget);
        return;
    }
    m_exposed->setObjectName(QStringLiteral("apiExposed"));
    m_exposed->setDismissible(false);
    m_exposed->setAction(tr("Serve on this machine only"), tr("Serve the API on 127.0.0.1 only"));
    m_exposed->hide();
    connect(m_exposed, &NoticeBanner::actionTriggered, this, [this] {
        const int row = m_model->rowOfKey(currentApi());
        store::Database *db = m_plane->database();
        if (row < 0 || !db)
            return;
        const auto local = gateway::withBindAddress(m_model->item(row).api, QString());
        if (const VoidResult saved = gateway::ApiRepository(*db).save(*local); !saved) {
            m_problem->showProblem(saved.problem(), tr("The API's address cannot be changed"));
            return;
        }
        if (gateway::Gateway *g = m_plane->gateway())
            g->changed();
        reload();
    });
    m_routes = new ApiRoutesPane(plane);
    m_stages = new ApiStagesPane(plane);
    m_authorizers = new ApiAuthorizersPane(plane);
    m_keys = new ApiKeysPane(plane);
    m_try = new ApiTryPane(plane);
    m_logs = new ApiLogsPane(plane);
    m_monitor = new TargetMonitor(plane);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("apiList"));
    m_view->setAccessibleName(tr("APIs"));
    setUpListView(m_view, m_proxy, ApiListModel::SortRole, ApiListModel::Name, ApiListModel::Url);

    m_tabs->setObjectName(QStringLiteral("apiTabs"));
    m_tabs->addTab(m_routes, tr("Routes"));
    m_tabs->addTab(m_stages, tr("Stages"));
    m_tabs->addTab(m_authorizers, tr("Authorizers"));
    m_tabs->addTab(m_keys, tr("Keys and usage plans"));
    m_tabs->addTab(m_try, tr("Try it"));
    // The charts, and above them what the month's traffic would cost on
    // API Gateway (the "cost": from the dated price file).
    auto *monitoring = new QWidget;
    auto *monitoringLayout = new QVBoxLayout(monitoring);
    monitoringLayout->setContentsMargins(0, 0, 0, 0);
    m_cost = new QLabel;
    m_cost->setObjectName(QStringLiteral("apiCost"));
    m_cost->setWordWrap(true);
    m_cost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cost->setContentsMargins(6, 6, 6, 0);
    monitoringLayout->addWidget(m_cost);
    monitoringLayout->addWidget(m_monitor, 1);
    m_tabs->addTab(monitoring, tr("Monitoring"));
    m_tabs->addTab(m_logs, tr("Logs"));
    for (ApiPane *pane : std::initializer_list<ApiPane *>{m_routes, m_stages, m_authorizers, m_keys,
                                                          m_try, m_logs}) {
        connect(pane, &ApiPane::edited, this, [this](const QString &id) {
            m_problem->clear();
            reload();
            selectApi(id);
        });
        connect(pane, &ApiPane::problem, this, [this](const Error &error, const QString &title) {
            m_problem->showProblem(error, title);
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_logs)
            m_logs->refresh();
        else if (m_tabs->currentWidget() == m_keys)
            m_keys->refresh();
    });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(split);

    // Requests come in bursts: the counts are read again once a burst.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(gateway::Gateway::kFlushMs + 1000);
    connect(&m_reloadSoon, &QTimer::timeout, this, &ApisPage::showStored);
    if (gateway::Gateway *g = plane->gateway()) {
        connect(g, &gateway::Gateway::served, this, [this] {
            if (isVisible() && !m_reloadSoon.isActive())
                m_reloadSoon.start();
        });
        connect(g, &gateway::Gateway::servingChanged, this, &ApisPage::reload);
    }
    connect(m_create, &QPushButton::clicked, this, &ApisPage::createApi);
    connect(m_remove, &QPushButton::clicked, this, &ApisPage::removeApi);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApisPage::showCurrent);
    reload();
}

void ApisPage::setPrompter(Prompter *prompter)
{
    m_prompter = prompter;
    if (m_routes) {
        m_routes->setPrompter(prompter);
        m_stages->setPrompter(prompter);
        m_authorizers->setPrompter(prompter);
    }
}

QWidget *ApisPage::buildEmptyState()
{
    auto *create = new QPushButton(tr("Create your first API…"));
    create->setObjectName(QStringLiteral("createFirstApi"));
    connect(create, &QPushButton::clicked, this, &ApisPage::createApi);
    auto *sample = new QPushButton(tr("Make a sample API with a key"));
    sample->setObjectName(QStringLiteral("sampleApi"));
    sample->setToolTip(tr("A function behind GET /hello, a key and a usage plan, ready to send "
                          "a request to"));
    connect(sample, &QPushButton::clicked, this, &ApisPage::quickStart);
    return emptyStatePage(
        QStringLiteral("apisEmpty"), tr("Give your code a web address"),
        tr("An API maps web requests, such as GET /hello/{name}, to a function, to a service "
           "at a URL, or to a fixed reply, as Amazon API Gateway does. Deploy it to a stage and "
           "it answers at http://127.0.0.1:PORT/STAGE; API keys and usage plans decide who may "
           "call it and how often."),
        620, {create, sample});
}

void ApisPage::reload()
{
    if (gateway::Gateway *g = m_plane->gateway())
        g->flush();
    showStored();
}

void ApisPage::showStored()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    const auto all = gateway::ApiRepository(*db).all();
    if (!all) {
        m_problem->showProblem(all.problem(), tr("The APIs cannot be read"));
        return;
    }
    gateway::Gateway *g = m_plane->gateway();
    gateway::AccessLog log(*db);
    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    QList<models::ApiRow> rows;
    for (const gateway::Api &api : *all) {
        models::ApiRow row;
        row.api = api;
        if (const auto today = log.summary(api.id, midnight))
            row.today = *today;
        row.serving = g && g->servingPort(api.id) == api.port;
        rows.append(row);
    }
    m_model->setItems(rows);
    m_stack->setCurrentIndex(rows.isEmpty() ? EmptyPage : ListPage);
    m_remove->setVisible(!rows.isEmpty());
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    showCurrent();
}

QString ApisPage::currentApi() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ApiListModel::IdRole).toString() : QString();
}

void ApisPage::selectApi(const QString &idOrName)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ApiListModel::Name);
        if (index.data(ApiListModel::IdRole).toString() == idOrName ||
            index.data(Qt::DisplayRole).toString() == idOrName) {
            m_view->selectRow(row);
            return;
        }
    }
}

void ApisPage::showCost(const gateway::Api &api)
{
    // The month's sums scan the access log: on this (the GUI's) thread, not
    // at every refresh of a busy API, at most once a minute for each.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const auto shown = m_costShown.constFind(api.id);
        shown != m_costShown.cend() && now - shown->first < 60'000) {
        m_cost->setText(shown->second);
        return;
    }
    static const auto prices = pricing::loadApiGatewayPrices();
    store::Database *db = m_plane->database();
    const auto cost =
        prices && db
            ? gateway::apiCostThisMonth(*db, api, *prices, QDateTime::currentMSecsSinceEpoch())
            : Result<gateway::ApiCost>::failure(prices ? tr("The store is not open.")
                                                       : prices.error());
    if (!cost) {
        m_cost->setText(tr("No cost estimate: %1").arg(cost.error()));
        return;
    }
    const QString what = api.type == gateway::ApiType::WebSocket
                             ? tr("%1 messages and %2 connection minutes")
                                   .arg(QLocale().toString(cost->use.requests))
                                   .arg(QLocale().toString(cost->use.connectionMinutes, 'f', 1))
                             : tr("%1 requests").arg(QLocale().toString(cost->use.requests));
    QString text = tr("This month on API Gateway: %1 (%2 after the free tier) for %3")
                       .arg(pricing::dollars(cost->bill.total),
                            pricing::dollars(cost->bill.afterFreeTier), what);
    if (cost->use.cacheHours >= 0.1) // a cache just turned on is not worth a word yet
        text += tr(", and %1 cache hours").arg(QLocale().toString(cost->use.cacheHours, 'f', 1));
    text += tr(". Prices of %1 (%2).").arg(prices->takenOn, prices->source);
    m_costShown.insert(api.id, {now, text});
    m_cost->setText(text);
}

void ApisPage::showCurrent()
{
    if (!m_routes)
        return;
    const QString id = currentApi();
    const int row = m_model->rowOfKey(id);
    m_tabs->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_exposed->setVisible(row >= 0 && m_model->item(row).api.servesOtherMachines());
    if (row < 0)
        return;
    const models::ApiRow &api = m_model->item(row);
    if (api.api.servesOtherMachines())
        m_exposed->showMessage(
            NoticeBanner::Kind::Warning,
            tr("%1 answers on %2:%3, so other machines on your network can call it. Routes "
               "without an API key or an authorizer are open to them.")
                .arg(api.api.name, api.api.listenAddress())
                .arg(api.api.port),
            tr("Reachable from other machines"));
    for (ApiPane *pane :
         std::initializer_list<ApiPane *>{m_routes, m_stages, m_authorizers, m_keys, m_try, m_logs})
        pane->setApi(api.api);
    showCost(api.api);
    const QString stage = gateway::defaultStage(api.api);
    const metrics::Target target = metrics::Target::apiTarget(
        api.api.name, stage.isEmpty() ? QStringLiteral("$default") : stage);
    if (m_monitor->targetKey() != target.key())
        m_monitor->setTarget(target);
    gateway::Gateway *g = m_plane->gateway();
    if (g && !g->problem(id).isEmpty())
        m_problem->showMessage(NoticeBanner::Kind::Warning, g->problem(id));
}

void ApisPage::createApi()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    QString name;
    gateway::ApiType type = gateway::ApiType::Http;
    const bool asked = m_askCreate ? m_askCreate(&name, &type) : askNewApi(this, &name, &type);
    if (!asked)
        return;
    gateway::Api api;
    api.name = name;
    api.type = type;
    const auto made = gateway::ApiRepository(*db).create(api);
    if (!made) {
        m_problem->showProblem(made.problem(), tr("The API cannot be made"));
        return;
    }
    if (gateway::Gateway *g = m_plane->gateway())
        g->changed();
    m_problem->clear();
    reload();
    selectApi(made->id);
    m_tabs->setCurrentWidget(m_routes);
}

void ApisPage::removeApi()
{
    store::Database *db = m_plane->database();
    const int row = m_model->rowOfKey(currentApi());
    if (!db || row < 0)
        return;
    const gateway::Api api = m_model->item(row).api;
    Confirmation question;
    question.title = tr("Delete API?");
    question.text = tr("Delete the API %1 and stop serving it?").arg(api.name);
    QStringList details;
    for (const gateway::Stage &s : api.stages)
        details.append(api.stageUrl(s.name));
    question.details = details.join(QLatin1Char('\n'));
    question.acceptLabel = tr("Delete");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    if (const VoidResult removed = gateway::ApiRepository(*db).remove(api.id); !removed) {
        m_problem->showProblem(removed.problem(), tr("The API cannot be deleted"));
        return;
    }
    gateway::AccessLog(*db).removeApi(api.id);
    if (gateway::Gateway *g = m_plane->gateway())
        g->changed();
    reload();
}

} // namespace sloop::widgets

namespace sloop::widgets {

void ApisPage::quickStart()
{
    functions::FunctionService *service = m_plane->functions();
    store::Database *db = m_plane->database();
    if (!service || !db || m_plane->engines()->engines().isEmpty()) {
        m_problem->showError(tr("The sample API needs a function, and functions need a Docker "
                                "engine: connect one on the Containers page."));
        return;
    }
    if (m_quickStarting)
        return;
    m_quickStarting = true;
    m_problem->showInfo(tr("Making the function hello-api, an API with GET /hello that takes a "
                           "key, and a key in the usage plan \"learner\"… The first time takes "
                           "a minute or two: the function's image is built."));
    whenFinished(
        gateway::makeApiQuickStart(*service, *db, m_plane->engines()->engines().first().name, this),
        this, [this](const Result<gateway::ApiQuickStart> &made) {
            m_quickStarting = false;
            if (!made) {
                m_problem->showProblem(made.problem(), tr("The sample API could not be made"));
                return;
            }
            if (gateway::Gateway *g = m_plane->gateway())
                g->changed();
            reload();
            selectApi(made->api.id);
            m_try->prefill(QStringLiteral("GET"), made->path, made->keyValue);
            m_tabs->setCurrentWidget(m_try);
            m_problem->showInfo(
                tr("Ready: press Send to call GET /hello with the key %1, or copy the curl "
                   "command. Its value is shown only now; Sloop keeps keys hashed.")
                    .arg(made->keyName));
            Q_EMIT quickStartReady(made->api.id);
        });
}

} // namespace sloop::widgets
