#include "apistagespane.h"

#include "stagecachedialog.h"

#include "controlplane/controlplane.h"
#include "gateway/apiediting.h"
#include "gateway/apikeys.h"
#include "gateway/gateway.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

enum Column
{
    StageColumn,
    DeploymentColumn,
    DeployedColumn,
    RoutesColumn,
    ThrottleColumn,
    CacheColumn,
    UrlColumn,
    ColumnCount
};

} // namespace

ApiStagesPane::ApiStagesPane(ControlPlane *plane, QWidget *parent)
    : ApiPane(plane, parent)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_status(new QLabel)
    , m_rollBack(new QPushButton(tr("Roll &back")))
    , m_remove(new QPushButton(tr("Remove s&tage")))
    , m_cache(new QPushButton(tr("Ca&che…")))
    , m_flush(new QPushButton(tr("&Flush cache")))
{
    m_table->setObjectName(QStringLiteral("apiStages"));
    m_table->setAccessibleName(tr("Stages"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Deployment"), tr("Deployed"), tr("Routes"),
                                        tr("Throttle"), tr("Cache"), tr("URL")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_rollBack->setObjectName(QStringLiteral("rollBackStage"));
    m_rollBack->setAccessibleName(tr("Serve the deployment before the current one"));
    m_remove->setObjectName(QStringLiteral("removeStage"));
    m_cache->setObjectName(QStringLiteral("stageCache"));
    m_cache->setAccessibleName(tr("Set the stage's response cache"));
    m_flush->setObjectName(QStringLiteral("flushStageCache"));
    m_flush->setAccessibleName(tr("Forget the stage's cached answers"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_cache);
    buttons->addWidget(m_flush);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_rollBack, &QPushButton::clicked, this, &ApiStagesPane::rollBack);
    connect(m_remove, &QPushButton::clicked, this, &ApiStagesPane::removeStage);
    connect(m_cache, &QPushButton::clicked, this, &ApiStagesPane::editCache);
    connect(m_flush, &QPushButton::clicked, this, &ApiStagesPane::flushCache);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const gateway::Stage *s = m_api.stage(currentStage());
        m_rollBack->setEnabled(s);
        m_remove->setEnabled(s);
        m_cache->setEnabled(s);
        m_flush->setEnabled(s && s->cache.enabled);
    });
}

void ApiStagesPane::setApi(const gateway::Api &api)
{
    const QString keep = currentStage();
    m_api = api;
    m_table->setRowCount(int(api.stages.size()));
    int select = api.stages.isEmpty() ? -1 : 0;
    for (int row = 0; row < api.stages.size(); ++row) {
        const gateway::Stage &s = api.stages.at(row);
        const gateway::Deployment *d = api.deployment(s.deploymentId);
        const QString throttle = s.rateLimit > 0 ? tr("%1 a second, bursts of %2")
                                                       .arg(QLocale().toString(s.rateLimit))
                                                       .arg(s.burstLimit)
                                                 : tr("none");
        QString cache = tr("off");
        if (s.cache.enabled) {
            cache = tr("%1 s").arg(s.cache.ttlSeconds);
            if (gateway::Gateway *g = m_plane->gateway(); g && g->running()) {
                const qint64 held = g->cachedBytes(api.id, s.name);
                cache = held == 0 ? tr("%1 s, nothing cached yet").arg(s.cache.ttlSeconds)
                                  : tr("%1 s, %2 held")
                                        .arg(s.cache.ttlSeconds)
                                        .arg(QLocale().formattedDataSize(held));
            }
        }
        const QStringList cells = {
            s.name,
            d ? (d->description.isEmpty() ? d->id : d->id + QStringLiteral(" – ") + d->description)
              : QStringLiteral("–"),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.updatedMs), QLocale::ShortFormat),
            d ? QLocale().toString(qlonglong(d->routes.size())) : QStringLiteral("–"),
            throttle,
            cache,
            api.stageUrl(s.name)};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, UrlColumn)->setToolTip(tr("Select and copy, or use Try it."));
        if (s.name == keep)
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    m_rollBack->setEnabled(select >= 0);
    m_remove->setEnabled(select >= 0);
    m_cache->setEnabled(select >= 0);
    m_flush->setEnabled(select >= 0 && api.stages.at(select).cache.enabled);
    m_status->setText(api.stages.isEmpty()
                          ? tr("No stages yet: deploy the routes (Routes tab) to make one.")
                          : tr("%n deployment(s) kept; a stage rolls back to the one before its "
                               "current.",
                               nullptr, int(api.deployments.size())));
}

QString ApiStagesPane::currentStage() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, StageColumn) ? QString()
                                                       : m_table->item(row, StageColumn)->text();
}

void ApiStagesPane::rollBack()
{
    const QString stage = currentStage();
    if (stage.isEmpty())
        return;
    save(gateway::rolledBack(m_api, stage, {}, QDateTime::currentMSecsSinceEpoch()),
         tr("The stage cannot be rolled back"));
}

void ApiStagesPane::removeStage()
{
    const QString stage = currentStage();
    if (stage.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Remove stage?");
    question.text = tr("Stop serving the stage %1 of %2?").arg(stage, m_api.name);
    question.details = m_api.stageUrl(stage);
    question.acceptLabel = tr("Remove");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    save(gateway::withoutStage(m_api, stage), tr("The stage cannot be removed"));
}

void ApiStagesPane::editCache()
{
    const gateway::Stage *s = m_api.stage(currentStage());
    if (!s)
        return;
    QList<QPair<QString, QString>> keys;
    if (store::Database *db = m_plane->database())
        if (const auto all = gateway::ApiKeyRepository(*db).keys())
            for (const gateway::ApiKey &k : *all)
                keys.append({k.id, k.name});
    const QString stage = s->name;
    auto *dialog = new StageCacheDialog(stage, s->cache, keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, stage] {
        save(gateway::withStageCache(m_api, stage, dialog->cache()), tr("The cache cannot be set"));
    });
    if (m_cacheHook)
        m_cacheHook(dialog);
    else
        dialog->open();
}

void ApiStagesPane::flushCache()
{
    const QString stage = currentStage();
    if (stage.isEmpty())
        return;
    save(gateway::withCacheFlushed(m_api, stage, QDateTime::currentMSecsSinceEpoch()),
         tr("The cache cannot be flushed"));
}

} // namespace sloop::widgets
