#include "apikeyspane.h"

#include "usageplandialog.h"

#include "controlplane/controlplane.h"
#include "gateway/apikeys.h"
#include "gateway/gateway.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, const QString &accessible)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QString &id)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    t->item(row, 0)->setData(Qt::UserRole, id);
}

} // namespace

ApiKeysPane::ApiKeysPane(ControlPlane *plane, QWidget *parent)
    : ApiPane(plane, parent)
    , m_keys(makeTable({tr("Key"), tr("ID"), tr("Created"), tr("Requests today")},
                       QStringLiteral("apiKeys"), tr("API keys")))
    , m_plans(makeTable({tr("Usage plan"), tr("Rate"), tr("Burst"), tr("Quota"), tr("Keys")},
                        QStringLiteral("usagePlans"), tr("Usage plans")))
    , m_status(new QLabel)
    , m_addToPlan(new QPushButton(tr("Add key to &plan")))
{
    auto *createKey = new QPushButton(tr("Create &key…"));
    createKey->setObjectName(QStringLiteral("createApiKey"));
    auto *createPlan = new QPushButton(tr("Create usage p&lan…"));
    createPlan->setObjectName(QStringLiteral("createUsagePlan"));
    auto *exportUsage = new QPushButton(tr("E&xport usage…"));
    exportUsage->setObjectName(QStringLiteral("exportUsage"));
    exportUsage->setAccessibleName(tr("Export requests per key per day as CSV"));
    m_addToPlan->setObjectName(QStringLiteral("addKeyToPlan"));
    m_addToPlan->setAccessibleName(tr("Let the selected key use the selected plan"));
    m_status->setWordWrap(true);
    auto *keysBox = new QGroupBox(tr("API keys"));
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys);
    auto *plansBox = new QGroupBox(tr("Usage plans for this API"));
    auto *plansLayout = new QVBoxLayout(plansBox);
    plansLayout->addWidget(m_plans);
    auto *tables = new QHBoxLayout;
    tables->addWidget(keysBox, 1);
    tables->addWidget(plansBox, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(createKey);
    buttons->addWidget(createPlan);
    buttons->addWidget(m_addToPlan);
    buttons->addStretch();
    buttons->addWidget(exportUsage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(tables, 1);
    layout->addWidget(m_status);
    connect(createKey, &QPushButton::clicked, this, &ApiKeysPane::createKey);
    connect(createPlan, &QPushButton::clicked, this, &ApiKeysPane::createPlan);
    connect(m_addToPlan, &QPushButton::clicked, this, &ApiKeysPane::addKeyToPlan);
    connect(exportUsage, &QPushButton::clicked, this, &ApiKeysPane::exportUsage);
    for (QTableWidget *t : {m_keys, m_plans})
        connect(t, &QTableWidget::currentCellChanged, this, [this] {
            m_addToPlan->setEnabled(!selectedKeyId().isEmpty() && !selectedPlanId().isEmpty());
        });
}

void ApiKeysPane::setApi(const gateway::Api &api)
{
    m_api = api;
    refresh();
}

void ApiKeysPane::refresh()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    gateway::ApiKeyRepository repo(*db);
    const QString keepKey = selectedKeyId();
    const QString keepPlan = selectedPlanId();
    const auto keys = repo.keys();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto usage = repo.usage({}, today, today);
    m_keys->setRowCount(keys ? int(keys->size()) : 0);
    for (int row = 0; keys && row < keys->size(); ++row) {
        const gateway::ApiKey &k = keys->at(row);
        qint64 requests = 0;
        for (const gateway::UsageRow &u : usage ? *usage : QList<gateway::UsageRow>())
            requests += u.keyId == k.id ? u.requests : 0;
        setRow(
            m_keys, row,
            {k.name, k.id,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(k.createdMs), QLocale::ShortFormat),
             QLocale().toString(requests)},
            k.id);
        if (k.id == keepKey)
            m_keys->selectRow(row);
    }
    QList<gateway::UsagePlan> ours;
    if (const auto plans = repo.plans()) {
        for (const gateway::UsagePlan &p : *plans) {
            for (const QString &s : p.stages) {
                if (s.startsWith(m_api.id + QLatin1Char(':'))) {
                    ours.append(p);
                    break;
                }
            }
        }
    }
    m_plans->setRowCount(int(ours.size()));
    for (int row = 0; row < ours.size(); ++row) {
        const gateway::UsagePlan &p = ours.at(row);
        const QString limit = QLocale().toString(p.quotaLimit);
        const QString quota =
            p.quotaLimit == 0                             ? tr("none")
            : p.quotaPeriod == gateway::QuotaPeriod::Day  ? tr("%1 a day").arg(limit)
            : p.quotaPeriod == gateway::QuotaPeriod::Week ? tr("%1 a week").arg(limit)
                                                          : tr("%1 a month").arg(limit);
        setRow(m_plans, row,
               {p.name, tr("%1/s").arg(QLocale().toString(p.rateLimit)),
                QLocale().toString(p.burstLimit), quota,
                QLocale().toString(qlonglong(p.keyIds.size()))},
               p.id);
        if (p.id == keepPlan)
            m_plans->selectRow(row);
    }
    m_addToPlan->setEnabled(!selectedKeyId().isEmpty() && !selectedPlanId().isEmpty());
    if (keys && keys->isEmpty())
        m_status->setText(tr("Routes that need an API key take one from a usage plan for their "
                             "stage. Create a key, then a plan, then add the key to the plan."));
    else if (ours.isEmpty())
        m_status->setText(tr("No usage plan covers this API's stages yet."));
    else
        m_status->setText(tr("Clients send the key as the x-api-key header. Past the rate they get "
                             "429 Too Many Requests; past the quota 429 Limit Exceeded."));
}

QString ApiKeysPane::selectedKeyId() const
{
    const int row = m_keys->currentRow();
    return row < 0 || !m_keys->item(row, 0) ? QString()
                                            : m_keys->item(row, 0)->data(Qt::UserRole).toString();
}

QString ApiKeysPane::selectedPlanId() const
{
    const int row = m_plans->currentRow();
    return row < 0 || !m_plans->item(row, 0) ? QString()
                                             : m_plans->item(row, 0)->data(Qt::UserRole).toString();
}

void ApiKeysPane::createKey()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    QString name;
    if (m_askName) {
        name = m_askName(tr("key"));
    } else {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Create API key"),
                                     tr("Name of the key (who it is for):"), QLineEdit::Normal, {},
                                     &ok);
        if (!ok)
            return;
    }
    const auto made = gateway::ApiKeyRepository(*db).createKey(name.trimmed());
    if (!made) {
        Q_EMIT problem(made.problem(), tr("The key cannot be made"));
        return;
    }
    if (gateway::Gateway *g = m_plane->gateway())
        g->changed();
    refresh();
    showValueOnce(made->first.name, made->second);
}

void ApiKeysPane::showValueOnce(const QString &name, const QString &value)
{
    if (m_showValue) {
        m_showValue(value);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("API key %1").arg(name));
    auto *text = new QLabel(tr("Copy the key's value now. Sloop keeps only its hash and cannot "
                               "show it again."));
    text->setWordWrap(true);
    auto *field = new QLineEdit(value);
    field->setReadOnly(true);
    field->setAccessibleName(tr("The key's value"));
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value) + 24);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog,
            [value] { QApplication::clipboard()->setText(value); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(field);
    layout->addWidget(buttons);
    dialog.exec();
}

void ApiKeysPane::createPlan()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    QList<QPair<QString, QString>> stages;
    for (const gateway::Stage &s : m_api.stages)
        stages.append(
            {m_api.id + QLatin1Char(':') + s.name, m_api.name + QStringLiteral(" – ") + s.name});
    auto *dialog = new UsagePlanDialog(stages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, db] {
        const auto made = gateway::ApiKeyRepository(*db).createPlan(dialog->plan());
        if (!made) {
            Q_EMIT problem(made.problem(), tr("The usage plan cannot be made"));
            return;
        }
        if (gateway::Gateway *g = m_plane->gateway())
            g->changed();
        refresh();
    });
    if (m_planHook)
        m_planHook(dialog);
    else
        dialog->open();
}

void ApiKeysPane::addKeyToPlan()
{
    store::Database *db = m_plane->database();
    const QString key = selectedKeyId();
    const QString plan = selectedPlanId();
    if (!db || key.isEmpty() || plan.isEmpty())
        return;
    if (const VoidResult added = gateway::ApiKeyRepository(*db).addKeyToPlan(plan, key); !added) {
        Q_EMIT problem(added.problem(), tr("The key cannot be added to the plan"));
        return;
    }
    if (gateway::Gateway *g = m_plane->gateway())
        g->changed();
    refresh();
}

void ApiKeysPane::exportUsage()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export usage"), QStringLiteral("api-usage.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    gateway::ApiKeyRepository repo(*db);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto rows = repo.usage({}, today.addDays(-365), today);
    QHash<QString, QString> names;
    if (const auto keys = repo.keys())
        for (const gateway::ApiKey &k : *keys)
            names.insert(k.id, k.name);
    QFile out(file);
    if (!rows || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT problem(rows ? Error::make(ErrorKind::Refused, out.errorString()) : rows.problem(),
                       tr("The usage cannot be exported"));
        return;
    }
    out.write(gateway::usageCsv(*rows, names));
}

} // namespace sloop::widgets
