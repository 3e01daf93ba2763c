#include "functionspage.h"
#include "common/listpage.h"
#include "common/noticebanner.h"

#include "createfunctiondialog.h"
#include "functioncodepane.h"
#include "functionconfigpane.h"
#include "functionlogspane.h"
#include "functiontestpane.h"
#include "functiontriggerspane.h"
#include "monitoring/targetmonitor.h"

#include "awsapi/awsendpoint.h"
#include "common/tones.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "functions/functioncost.h"
#include "functions/functionlistmodel.h"
#include "functions/functionservice.h"
#include "functions/functiontemplates.h"
#include "pricing/costestimator.h"
#include "pricing/costrepository.h"
#include "store/database.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace sloop::widgets {

using models::FunctionListModel;

namespace {

enum StackPage
{
    EmptyPage,
    ListPage
};

constexpr int kCardsPerRow = 3;

qint64 startOfToday()
{
    return QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

FunctionsPage::FunctionsPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_service(plane->functions())
    , m_model(new FunctionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_problem(new NoticeBanner)
    , m_create(new QPushButton(tr("&Create function…")))
    , m_remove(new QPushButton(tr("&Delete")))
    , m_tabs(new QTabWidget)
    , m_test(nullptr)
    , m_triggers(nullptr)
    , m_monitor(nullptr)
    , m_config(nullptr)
    , m_code(nullptr)
    , m_cost(new QLabel)
    , m_logs(nullptr)
{
    setObjectName(QStringLiteral("functionsPage"));
    m_problem->setObjectName(QStringLiteral("functionsProblem"));
    auto *learn = new QPushButton(tr("Learn about functions"));
    learn->setObjectName(QStringLiteral("learnFunctions"));
    learn->setAccessibleName(tr("Learn how functions work"));
    learn->setFlat(true);
    connect(learn, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(QStringLiteral("lambda")); });
    // Where AWS's CLI and SDKs reach these functions (the owner serves it).
    auto *endpoint = new QLabel;
    endpoint->setObjectName(QStringLiteral("functionsEndpoint"));
    endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    endpoint->setToolTip(tr("Lambda's API for AWS's CLI and SDKs (--endpoint-url). Sign requests "
                            "with an access key from \"sloop credentials create\"."));
    endpoint->setStyleSheet(models::toneStyleSheet(models::Tone::Muted, palette()));
    if (awsapi::AwsEndpoint *aws = plane->awsEndpoint()) {
        const auto show = [endpoint, aws] {
            endpoint->setVisible(aws->port() != 0);
            endpoint->setText(
                tr("AWS-compatible endpoint: %1").arg(awsapi::AwsEndpoint::url(aws->port())));
        };
        connect(aws, &awsapi::AwsEndpoint::servingChanged, endpoint, show);
        show();
    } else {
        endpoint->hide();
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(endpoint);
    buttons->addWidget(learn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);
    if (!m_service) {
        m_create->hide();
        m_remove->hide();
        m_problem->showError(tr("Functions need Sloop's store, which could not be opened: %1")
                                 .arg(plane->storeProblem()));
        m_stack->addWidget(new QWidget);
        return;
    }
    m_test = new FunctionTestPane(m_service);
    m_triggers = new FunctionTriggersPane(plane);
    m_monitor = new TargetMonitor(plane);
    m_config = new FunctionConfigPane(m_service);
    m_code = new FunctionCodePane(m_service);
    m_logs = new FunctionLogsPane(m_service);

    m_create->setObjectName(QStringLiteral("createFunction"));
    m_create->setAccessibleName(tr("Create a function"));
    m_remove->setObjectName(QStringLiteral("deleteFunction"));
    m_remove->setAccessibleName(tr("Delete the selected function"));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("functionList"));
    m_view->setAccessibleName(tr("Functions"));
    setUpListView(m_view, m_proxy, FunctionListModel::SortRole, FunctionListModel::Name,
                  FunctionListModel::Name);

    connect(
        m_config, &FunctionConfigPane::problem, this,
        [this](const Error &error, const QString &title) { m_problem->showProblem(error, title); });
    auto *configScroll = new QScrollArea;
    configScroll->setWidgetResizable(true);
    configScroll->setFrameShape(QFrame::NoFrame);
    configScroll->setWidget(m_config);

    m_tabs->setObjectName(QStringLiteral("functionTabs"));
    m_tabs->addTab(m_code, tr("Code"));
    m_tabs->addTab(m_test, tr("Test"));
    m_tabs->addTab(configScroll, tr("Configuration"));
    // Schedules, their runs and folder triggers need more height than the
    // other tabs: scrolled, so the list above keeps its room.
    auto *triggersScroll = new QScrollArea;
    triggersScroll->setWidgetResizable(true);
    triggersScroll->setFrameShape(QFrame::NoFrame);
    triggersScroll->setWidget(m_triggers);
    m_tabs->addTab(triggersScroll, tr("Triggers"));
    m_tabs->addTab(m_monitor, tr("Monitoring"));
    m_cost->setObjectName(QStringLiteral("functionCost"));
    m_cost->setTextFormat(Qt::RichText);
    m_cost->setWordWrap(true);
    m_cost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cost->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_cost->setContentsMargins(12, 12, 12, 12);
    m_tabs->addTab(m_cost, tr("Cost"));
    if (pricing::CostEstimator *costs = m_plane->costEstimator())
        connect(costs, &pricing::CostEstimator::memoryKnown, this,
                [this] { m_reloadSoon.start(); });
    if (auto prices = pricing::loadLambdaPrices())
        m_prices = *prices;
    else
        m_pricesProblem = prices.error();
    m_tabs->addTab(m_logs, tr("Logs"));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(split, 1);

    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(list);

    // Invocations and environments come in bursts: one reload per burst.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(150);
    connect(&m_reloadSoon, &QTimer::timeout, this, &FunctionsPage::reload);
    const auto soon = [this] {
        m_reloadSoon.start();
    };
    connect(m_service, &functions::FunctionService::functionsChanged, this, soon);
    connect(m_service, &functions::FunctionService::invoked, this, soon);
    connect(m_service->pool(), &functions::FunctionPool::environmentsChanged, this, soon);
    connect(m_create, &QPushButton::clicked, this, [this] { createFunction(); });
    connect(m_remove, &QPushButton::clicked, this, &FunctionsPage::removeFunction);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FunctionsPage::showCurrent);
    connect(m_test, &FunctionTestPane::invoked, m_logs, &FunctionLogsPane::refresh);
    reload();
}

QWidget *FunctionsPage::buildEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("functionsEmpty"));
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto *title = emptyStateTitle(tr("Run code without keeping a server running"));
    auto *text = emptyStateText(
        tr("A function is a handler, written as for AWS Lambda, that runs in a container only "
           "when it is called. Sloop keeps it warm while it is used, limits its memory and "
           "time, and logs every invocation."),
        620);
    auto *start = new QLabel(tr("Create your first function from a template:"));
    start->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    outer->addWidget(text, 0, Qt::AlignHCenter);
    outer->addSpacing(16);
    outer->addWidget(start);
    // Three to a row, so the page (and with it the window) stays narrow
    // enough for a 1280-pixel screen whatever the number of templates.
    auto *cards = new QGridLayout;
    cards->setColumnStretch(0, 1);
    cards->setColumnStretch(kCardsPerRow + 1, 1);
    int placed = 0;
    for (const functions::FunctionTemplate &t : functions::functionTemplates()) {
        auto *card = new QToolButton;
        card->setObjectName(QStringLiteral("template-") + t.id);
        card->setAccessibleName(tr("Create a function from the template %1").arg(t.title));
        card->setToolButtonStyle(Qt::ToolButtonTextOnly);
        card->setText(t.title + QLatin1Char('\n') + t.description);
        card->setToolTip(t.description);
        card->setFixedWidth(220);
        card->setMinimumHeight(96);
        card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        card->setStyleSheet(QStringLiteral("QToolButton { text-align: left; padding: 10px; }"));
        // QToolButton does not wrap; a label inside it does.
        card->setText({});
        auto *label = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                     .arg(t.title.toHtmlEscaped(), t.description.toHtmlEscaped()));
        label->setWordWrap(true);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(10, 8, 10, 8);
        cardLayout->addWidget(label);
        cardLayout->addStretch(); // titles line up along the top
        connect(card, &QToolButton::clicked, this, [this, id = t.id] { createFunction(id); });
        cards->addWidget(card, placed / kCardsPerRow, placed % kCardsPerRow + 1);
        ++placed;
    }
    outer->addLayout(cards);
    auto *own = new QPushButton(tr("Or start from your own code…"));
    own->setObjectName(QStringLiteral("createFromFolder"));
    own->setFlat(true);
    connect(own, &QPushButton::clicked, this, [this] { createFunction(QStringLiteral("folder")); });
    outer->addWidget(own, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    return page;
}

void FunctionsPage::reload()
{
    if (!m_service)
        return;
    const auto all = m_service->repository().all();
    if (!all) {
        m_problem->showProblem(all.problem(), tr("The functions cannot be read"));
        return;
    }
    const auto today = m_service->invocationLog().summaries(startOfToday());
    const auto month = m_service->invocationLog().usage(functions::startOfMonthMs());
    // The machines' stated costs, read once for every row.
    m_statedCosts.clear();
    if (store::Database *db = m_plane->database())
        if (const auto stated = pricing::CostRepository(*db).all())
            for (const pricing::HostCost &c : *stated)
                m_statedCosts.insert(c.location.toLower(), double(c.monthlyCents) / 100.0);
    QList<models::FunctionRow> rows;
    for (const functions::FunctionRecord &record : *all) {
        models::FunctionRow row;
        row.record = record;
        if (today)
            row.today = today->value(record.name.toLower());
        if (month)
            row.month = month->value(record.name.toLower());
        if (month && m_prices) {
            const functions::FunctionCost cost = costOf(record, row.month);
            row.lambdaMonth = cost.lambda.totalX86;
            row.hereMonth = cost.here;
        }
        const functions::PoolCounts counts = m_service->pool()->counts(record.name);
        row.warm = counts.idle + counts.busy;
        rows.append(row);
    }
    m_model->setItems(rows);
    m_stack->setCurrentIndex(rows.isEmpty() ? EmptyPage : ListPage);
    m_remove->setVisible(!rows.isEmpty());
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    showCurrent();
}

QString FunctionsPage::currentFunction() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FunctionListModel::NameRole).toString() : QString();
}

void FunctionsPage::selectFunction(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(FunctionListModel::NameRole).toString().compare(name, Qt::CaseInsensitive) ==
            0) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            return;
        }
    }
}

void FunctionsPage::showCurrent()
{
    const QString name = currentFunction();
    m_remove->setEnabled(!name.isEmpty());
    m_tabs->setEnabled(!name.isEmpty());
    m_test->setFunction(name);
    m_triggers->setFunction(name);
    if (!name.isEmpty() && m_monitor->targetKey() != metrics::Target::functionTarget(name).key())
        m_monitor->setTarget(metrics::Target::functionTarget(name));
    const int row = m_model->rowOfKey(name.toLower());
    if (row < 0) {
        m_config->setFunction(std::nullopt, {});
        m_code->setFunction(std::nullopt);
        m_logs->setFunction({});
        return;
    }
    const functions::FunctionRecord &r = m_model->item(row).record;
    QStringList names;
    for (int i = 0; i < m_model->rowCount(); ++i)
        names << m_model->item(i).record.name;
    m_config->setFunction(r, names);
    m_code->setFunction(r);
    showCost(r, m_model->item(row).month);
    m_logs->setFunction(name);
}

functions::FunctionCost FunctionsPage::costOf(const functions::FunctionRecord &record,
                                              const pricing::FunctionUsage &use) const
{
    const auto stated = m_statedCosts.constFind(record.engine.toLower());
    const std::optional<double> machine =
        stated == m_statedCosts.cend() ? std::nullopt : std::optional<double>(*stated);
    qint64 memory = 0;
    if (pricing::CostEstimator *costs = m_plane->costEstimator()) {
        memory = costs->memoryMiB(record.engine).value_or(0);
        // Asked once; memoryKnown redraws.
        if (machine && memory == 0 && !costs->memoryMiB(record.engine).has_value())
            costs->learnMemory({record.engine});
    }
    return functions::functionCost(*m_prices, use, machine, memory);
}

void FunctionsPage::showCost(const functions::FunctionRecord &r, const pricing::FunctionUsage &use)
{
    if (!m_prices) {
        m_cost->setText(tr("Lambda's prices cannot be read: %1").arg(m_pricesProblem));
        return;
    }
    const functions::FunctionCost c = costOf(r, use);
    const auto field = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QLocale locale;
    QString html = QStringLiteral("<p>") +
                   tr("This month so far, from the kept invocation logs.").toHtmlEscaped() +
                   QStringLiteral("</p><table cellspacing='4'>");
    html += field(tr("Requests"), locale.toString(c.use.requests));
    html += field(tr("Duration"), tr("%1 GB-seconds (billed duration × memory)")
                                      .arg(locale.toString(c.use.gbSeconds, 'f', 3)));
    html += field(tr("On Lambda, x86"),
                  tr("%1 (requests %2, duration %3)")
                      .arg(pricing::dollars(c.lambda.totalX86), pricing::dollars(c.lambda.requests),
                           pricing::dollars(c.lambda.durationX86)));
    html += field(tr("On Lambda, Arm"), pricing::dollars(c.lambda.totalArm));
    html += field(tr("After the free tier"),
                  tr("%1 (x86) — the first %2 requests and %3 GB-seconds a month are free")
                      .arg(pricing::dollars(c.lambda.afterFreeTierX86),
                           locale.toString(m_prices->freeRequests),
                           locale.toString(m_prices->freeGbSeconds, 'f', 0)));
    QString here;
    if (c.here)
        here =
            tr("%1: its share of what %2 costs a month").arg(pricing::dollars(*c.here), r.engine);
    else if (m_statedCosts.contains(r.engine.toLower()))
        here = tr("being worked out: %1's memory is being asked for").arg(r.engine);
    else
        here = tr("unknown: state what %1 costs a month on the Pricing page (or with sloop costs "
                  "set)")
                   .arg(r.engine);
    html += field(tr("Here"), here);
    html += QStringLiteral("</table><p style='color:gray'>") +
            tr("Prices: %1, %2 (%3).")
                .arg(m_prices->title, m_prices->takenOn, m_prices->source)
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    m_cost->setText(html);
}

void FunctionsPage::createFunction(const QString &templateId)
{
    QStringList engines;
    for (const engine::EngineEndpoint &e : m_plane->engines()->engines())
        engines << e.name;
    auto *dialog = new CreateFunctionDialog(m_service, engines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!templateId.isEmpty())
        dialog->chooseTemplate(templateId);
    connect(dialog, &CreateFunctionDialog::created, this,
            [this](const QString &name, const QByteArray &event) {
                reload();
                selectFunction(name);
                m_test->setEvent(name, event);
                m_tabs->setCurrentWidget(m_test);
            });
    if (m_dialogHook)
        m_dialogHook(dialog);
    else
        dialog->open();
}

void FunctionsPage::removeFunction()
{
    const QString name = currentFunction();
    if (name.isEmpty())
        return;
    if (!promptWith(m_prompter)
             .confirm(this,
                      {tr("Delete function"),
                       tr("Delete the function \"%1\", its image, its code, its schedules and its "
                          "logs?")
                           .arg(name),
                       {},
                       tr("Delete")}))
        return;
    m_service->remove(name).then(this, [this](const VoidResult &removed) {
        if (!removed)
            m_problem->showProblem(removed.problem(), tr("Delete function"));
    });
}

} // namespace sloop::widgets
