#include "apistagespane.h"

#include "gateway/apiediting.h"

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
{
    m_table->setObjectName(QStringLiteral("apiStages"));
    m_table->setAccessibleName(tr("Stages"));
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Deployment"), tr("Deployed"), tr("Routes"), tr("Throttle"), tr("URL")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_rollBack->setObjectName(QStringLiteral("rollBackStage"));
    m_rollBack->setAccessibleName(tr("Serve the deployment before the current one"));
    m_remove->setObjectName(QStringLiteral("removeStage"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_rollBack, &QPushButton::clicked, this, &ApiStagesPane::rollBack);
    connect(m_remove, &QPushButton::clicked, this, &ApiStagesPane::removeStage);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_rollBack->setEnabled(!currentStage().isEmpty());
        m_remove->setEnabled(!currentStage().isEmpty());
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
        const QStringList cells = {
            s.name,
            d ? (d->description.isEmpty() ? d->id : d->id + QStringLiteral(" – ") + d->description)
              : QStringLiteral("–"),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.updatedMs), QLocale::ShortFormat),
            d ? QLocale().toString(qlonglong(d->routes.size())) : QStringLiteral("–"),
            throttle,
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

} // namespace sloop::widgets
