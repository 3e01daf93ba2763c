#include "apiroutespane.h"

#include "addroutedialog.h"
#include "corsdialog.h"

#include "common/tones.h"
#include "controlplane/controlplane.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "gateway/apiediting.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

enum Column
{
    PathColumn,
    TargetColumn,
    KeyColumn
};

constexpr int kKeyRole = Qt::UserRole;

} // namespace

QString integrationSummary(const gateway::Integration &i)
{
    switch (i.kind) {
    case gateway::Integration::Kind::Function:
        return ApiRoutesPane::tr("Function %1 (payload %2)")
            .arg(i.target, i.payloadFormat == 1 ? QStringLiteral("1.0") : QStringLiteral("2.0"));
    case gateway::Integration::Kind::Http:
        return ApiRoutesPane::tr("HTTP %1").arg(i.target);
    case gateway::Integration::Kind::Mock:
        break;
    }
    return ApiRoutesPane::tr("Fixed reply %1").arg(i.mockStatus);
}

ApiRoutesPane::ApiRoutesPane(ControlPlane *plane, QWidget *parent)
    : ApiPane(plane, parent)
    , m_tree(new QTreeWidget)
    , m_status(new QLabel)
    , m_add(new QPushButton(tr("&Add route…")))
    , m_change(new QPushButton(tr("C&hange…")))
    , m_remove(new QPushButton(tr("&Remove route")))
    , m_deploy(new QPushButton(tr("De&ploy…")))
    , m_cors(new QPushButton(tr("CO&RS…")))
{
    m_cors->setObjectName(QStringLiteral("editCors"));
    m_cors->setAccessibleName(tr("Which web pages may call the API from a browser"));
    m_tree->setObjectName(QStringLiteral("apiRoutes"));
    m_tree->setAccessibleName(tr("Routes"));
    m_tree->setHeaderLabels({tr("Path and method"), tr("Sends to"), tr("Access")});
    m_tree->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    m_add->setObjectName(QStringLiteral("addRoute"));
    m_change->setObjectName(QStringLiteral("changeRoute"));
    m_remove->setObjectName(QStringLiteral("removeRoute"));
    m_deploy->setObjectName(QStringLiteral("deployApi"));
    m_deploy->setAccessibleName(tr("Deploy the routes to a stage"));
    m_status->setObjectName(QStringLiteral("routesStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_cors);
    buttons->addWidget(m_deploy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_add, &QPushButton::clicked, this, &ApiRoutesPane::addRoute);
    connect(m_change, &QPushButton::clicked, this, &ApiRoutesPane::changeRoute);
    connect(m_remove, &QPushButton::clicked, this, &ApiRoutesPane::removeRoute);
    connect(m_deploy, &QPushButton::clicked, this, &ApiRoutesPane::deploy);
    connect(m_cors, &QPushButton::clicked, this, &ApiRoutesPane::editCors);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(PathColumn, kKeyRole).toString().isEmpty())
            changeRoute();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const bool route = !currentKey().isEmpty();
        m_change->setEnabled(route);
        m_remove->setEnabled(route);
    });
}

void ApiRoutesPane::setApi(const gateway::Api &api)
{
    const QString keep = currentKey();
    m_api = api;
    m_tree->clear();
    // The routes a stage serves now, to mark what is not deployed yet.
    QList<gateway::Route> live;
    for (const gateway::Stage &s : api.stages) {
        if (const gateway::Deployment *d = api.deployment(s.deploymentId))
            live += d->routes;
    }
    QHash<QString, QTreeWidgetItem *> paths;
    QTreeWidgetItem *select = nullptr;
    for (const gateway::Route &r : api.routes) {
        const bool isDefault = r.key == QLatin1String("$default");
        const bool webSocket = api.type == gateway::ApiType::WebSocket;
        const QString path = isDefault || webSocket ? r.key : r.path();
        const QString when = r.key == QLatin1String("$connect")      ? tr("on connect")
                             : r.key == QLatin1String("$disconnect") ? tr("on disconnect")
                             : r.twoWay                              ? tr("message, answered")
                                                                     : tr("message");
        QTreeWidgetItem *&parent = paths[path];
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {path});
            parent->setFirstColumnSpanned(false);
            QFont bold = parent->font(PathColumn);
            bold.setBold(true);
            parent->setFont(PathColumn, bold);
        }
        auto *item = new QTreeWidgetItem(parent, {webSocket   ? when
                                                  : isDefault ? tr("any method")
                                                              : r.method(),
                                                  integrationSummary(r.integration),
                                                  r.authorizer.isEmpty() && !r.apiKeyRequired
                                                      ? QString()
                                                      : gateway::routeAccessSummary(r)});
        item->setData(PathColumn, kKeyRole, r.key);
        item->setToolTip(TargetColumn, integrationSummary(r.integration));
        if (!live.contains(r)) {
            item->setText(TargetColumn, item->text(TargetColumn) + tr("  (not deployed)"));
            item->setForeground(TargetColumn, models::toneColor(models::Tone::Warning, palette()));
        }
        if (r.key == keep)
            select = item;
    }
    m_tree->expandAll();
    if (select)
        m_tree->setCurrentItem(select);
    m_change->setEnabled(select);
    m_remove->setEnabled(select);
    m_deploy->setEnabled(!api.routes.isEmpty());
    m_cors->setText(api.cors.enabled() ? tr("CO&RS: on…") : tr("CO&RS…"));
    // A WebSocket API's routes are keys, and browsers need no CORS for it.
    const bool webSocket = api.type == gateway::ApiType::WebSocket;
    m_tree->headerItem()->setText(PathColumn,
                                  webSocket ? tr("Route and when") : tr("Path and method"));
    m_cors->setVisible(!webSocket);
    if (api.routes.isEmpty())
        m_status->setText(tr("No routes yet. Add one: a method and a path, and the function, URL "
                             "or fixed reply it goes to."));
    else if (api.stages.isEmpty())
        m_status->setText(tr("Deploy the routes to a stage to serve them."));
    else
        m_status->setText(tr("Changes to routes are served once deployed."));
}

QString ApiRoutesPane::currentKey() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(PathColumn, kKeyRole).toString() : QString();
}

void ApiRoutesPane::addRoute()
{
    auto *dialog = new AddRouteDialog(functionNames(), m_api.type, this);
    dialog->setAuthorizers(m_api.authorizers);
    runDialog(dialog, {});
}

void ApiRoutesPane::changeRoute()
{
    const gateway::Route *r = m_api.route(currentKey());
    if (!r)
        return;
    auto *dialog = new AddRouteDialog(functionNames(), m_api.type, this);
    dialog->setAuthorizers(m_api.authorizers);
    dialog->setRoute(*r);
    runDialog(dialog, r->key);
}

void ApiRoutesPane::runDialog(AddRouteDialog *dialog, const QString &replacing)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, replacing] {
        const gateway::Route route = dialog->route();
        Result<gateway::Api> edited = m_api;
        const auto key = gateway::normalizeRouteKey(route.key);
        if (!replacing.isEmpty() && (!key || *key != replacing))
            edited = gateway::withoutRoute(m_api, replacing);
        if (edited)
            edited = gateway::withRoute(*edited, route);
        save(edited, tr("The route cannot be saved"));
    });
    if (m_hook)
        m_hook(dialog);
    else
        dialog->open();
}

void ApiRoutesPane::removeRoute()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Remove route?");
    question.text = tr("Remove the route %1 from %2?").arg(key, m_api.name);
    question.details = tr("Stages keep serving it until the routes are deployed again.");
    question.acceptLabel = tr("Remove");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    save(gateway::withoutRoute(m_api, key), tr("The route cannot be removed"));
}

void ApiRoutesPane::editCors()
{
    auto *dialog = new CorsDialog(m_api.cors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        save(gateway::withCors(m_api, dialog->cors()), tr("CORS cannot be set"));
    });
    if (m_corsHook)
        m_corsHook(dialog);
    else
        dialog->open();
}

void ApiRoutesPane::deploy()
{
    QStringList stages;
    for (const gateway::Stage &s : m_api.stages)
        stages.append(s.name);
    if (stages.isEmpty())
        stages.append(m_api.type == gateway::ApiType::Rest        ? QStringLiteral("dev")
                      : m_api.type == gateway::ApiType::WebSocket ? QStringLiteral("production")
                                                                  : QStringLiteral("$default"));
    QString stage;
    if (m_askStage) {
        stage = m_askStage(stages);
    } else {
        bool ok = false;
        stage = QInputDialog::getItem(this, tr("Deploy"),
                                      tr("Deploy the routes to the stage (a new name makes a new "
                                         "stage):"),
                                      stages, 0, true, &ok);
        if (!ok)
            return;
    }
    if (stage.trimmed().isEmpty())
        return;
    save(gateway::deployed(m_api, stage.trimmed(), {}, QDateTime::currentMSecsSinceEpoch()),
         tr("The routes cannot be deployed"));
}

} // namespace sloop::widgets
