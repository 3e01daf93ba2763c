#include "apilogspane.h"

#include "common/tones.h"
#include "controlplane/controlplane.h"
#include "gateway/accesslog.h"
#include "gateway/gateway.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

ApiLogsPane::ApiLogsPane(ControlPlane *plane, QWidget *parent)
    : ApiPane(plane, parent)
    , m_table(new QTableWidget(0, 9))
    , m_status(new QLabel)
{
    m_status->setObjectName(QStringLiteral("apiLogStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("apiAccessLog"));
    m_table->setAccessibleName(tr("Access log"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Stage"), tr("Request"), tr("Route"),
                                        tr("Status"), tr("Latency"), tr("Key"), tr("Source"),
                                        tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_soon.setSingleShot(true);
    // Longer than the gateway's writes take to land (Gateway::kFlushMs), so
    // a burst's requests are there without waiting on the store.
    m_soon.setInterval(gateway::Gateway::kFlushMs + 500);
    connect(&m_soon, &QTimer::timeout, this, &ApiLogsPane::showStored);
    if (gateway::Gateway *g = plane->gateway())
        connect(g, &gateway::Gateway::served, this, [this](const gateway::AccessLogEntry &e) {
            if (e.apiId == m_api.id && isVisible() && !m_soon.isActive())
                m_soon.start();
        });
}

void ApiLogsPane::setApi(const gateway::Api &api)
{
    m_api = api;
    refresh();
}

void ApiLogsPane::refresh()
{
    if (gateway::Gateway *g = m_plane->gateway())
        g->flush();
    showStored();
}

void ApiLogsPane::showStored()
{
    store::Database *db = m_plane->database();
    if (!db)
        return;
    const auto entries = gateway::AccessLog(*db).recent(m_api.id, {}, kShown);
    if (!entries)
        return;
    m_table->setRowCount(int(entries->size()));
    m_status->setText(entries->isEmpty()
                          ? tr("No requests yet. Send one from the Try it tab, or with curl to the "
                               "stage's URL.")
                          : tr("The latest %n request(s), newest first; kept 30 days.", nullptr,
                               int(entries->size())));
    for (int row = 0; row < entries->size(); ++row) {
        const gateway::AccessLogEntry &e = entries->at(row);
        const QStringList cells = {
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs).time(),
                               QStringLiteral("HH:mm:ss.zzz")),
            e.stage,
            e.method + QLatin1Char(' ') + e.path,
            e.routeKey,
            QString::number(e.status),
            tr("%1 ms").arg(QLocale().toString(e.latencyMs, 'f', 1)),
            e.apiKeyId,
            e.sourceIp,
            e.error};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, 0)->setToolTip(e.requestId);
        if (e.status >= 400)
            m_table->item(row, 4)->setForeground(models::toneColor(
                e.status >= 500 ? models::Tone::Error : models::Tone::Warning, palette()));
    }
}

} // namespace sloop::widgets
