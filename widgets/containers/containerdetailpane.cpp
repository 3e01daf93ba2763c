#include "containerdetailpane.h"

#include "engine/dockerclient.h"
#include "logview.h"
#include "metrics/metricpoint.h"
#include "monitoring/targetmonitor.h"
#include "statscharts.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setAccessibleName(name);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        t->setItem(row, c, item);
    }
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ContainerDetailPane::ContainerDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_message(new QLabel)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_message, 1);
    showContainer({});
}

QTabWidget *ContainerDetailPane::tabs()
{
    buildTabs();
    return m_tabs;
}

LogView *ContainerDetailPane::logView()
{
    buildTabs();
    return m_logs;
}

StatsCharts *ContainerDetailPane::statsCharts()
{
    buildTabs();
    return m_stats;
}

void ContainerDetailPane::setControlPlane(ControlPlane *plane)
{
    m_plane = plane;
}

TargetMonitor *ContainerDetailPane::history()
{
    buildTabs();
    return m_history;
}

void ContainerDetailPane::buildTabs()
{
    // Built when the first container is shown, not at start-up.
    if (m_tabs)
        return;
    m_tabs = new QTabWidget;
    m_overview = new QFormLayout;
    m_logs = new LogView;
    m_stats = new StatsCharts;
    m_env = makeTable({tr("Variable"), tr("Value")}, tr("Environment variables"));
    m_mounts = makeTable({tr("Type"), tr("Source"), tr("Destination"), tr("Mode")}, tr("Mounts"));
    m_ports = makeTable({tr("Container port"), tr("Host address"), tr("Host port")}, tr("Ports"));
    auto *overview = new QWidget;
    overview->setLayout(m_overview);
    m_overview->setLabelAlignment(Qt::AlignRight);
    auto *scroll = new QScrollArea;
    scroll->setWidget(overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Container details"));
    m_tabs->addTab(scroll, tr("Overview"));
    m_tabs->addTab(m_logs, tr("Logs"));
    m_tabs->addTab(m_stats, tr("Stats"));
    if (m_plane) {
        m_history = new TargetMonitor(m_plane);
        m_history->setObjectName(QStringLiteral("containerHistory"));
        m_tabs->addTab(m_history, tr("History"));
        m_tabs->setTabToolTip(
            m_tabs->indexOf(m_history),
            tr("The numbers Sloop has kept for this container: 1 hour to 2 weeks"));
    }
    m_tabs->addTab(m_env, tr("Environment"));
    m_tabs->addTab(m_mounts, tr("Mounts"));
    auto *portsPage = new QWidget;
    auto *portsLayout = new QVBoxLayout(portsPage);
    portsLayout->setContentsMargins(0, 6, 0, 0);
    portsLayout->addWidget(m_ports);
    auto *open = new QPushButton(tr("Open in browser"));
    open->setAccessibleName(tr("Open the selected port in the browser"));
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_ports->currentRow() < 0 ? 0 : m_ports->currentRow();
        const QTableWidgetItem *port = m_ports->item(row, 2);
        if (port && !port->text().isEmpty())
            QDesktopServices::openUrl(
                QUrl(QStringLiteral("http://localhost:%1/").arg(port->text())));
    });
    portsLayout->addWidget(open, 0, Qt::AlignRight);
    m_tabs->addTab(portsPage, tr("Ports"));

    m_tabs->setVisible(false);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_tabs, 1);
}

void ContainerDetailPane::setEngine(engine::DockerClient *client, containers::StatsSampler *sampler)
{
    m_client = client;
    m_sampler = sampler;
    showContainer({});
}

void ContainerDetailPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
    if (m_tabs)
        m_tabs->setVisible(false);
}

void ContainerDetailPane::showContainer(const QString &id)
{
    if (id == m_id && !id.isEmpty())
        return;
    m_id = id;
    ++m_request;
    if (m_tabs) {
        m_logs->detach();
        m_stats->detach();
    }
    m_logsAttached = false;
    if (id.isEmpty() || !m_client) {
        m_title->clear();
        showMessage(tr("Select a container to see its details, logs and live stats."));
        return;
    }
    m_title->setText(tr("Loading…"));
    refresh();
}

void ContainerDetailPane::showSummary(const QString &title, const QString &text)
{
    showContainer({});
    m_title->setText(title);
    showMessage(text);
}

void ContainerDetailPane::refresh()
{
    if (m_id.isEmpty() || !m_client)
        return;
    const quint64 request = ++m_request;
    m_client->inspectContainer(m_id).then(
        this, [this, request](const Result<engine::ContainerDetails> &details) {
            if (request != m_request)
                return; // another container was selected meanwhile
            if (!details) {
                m_title->setText(tr("Container unavailable"));
                showMessage(details.error());
                return;
            }
            fill(*details);
        });
}

void ContainerDetailPane::fill(const engine::ContainerDetails &d)
{
    buildTabs();
    m_message->setVisible(false);
    m_tabs->setVisible(true);
    m_title->setText(d.summary.name);
    m_title->setToolTip(d.summary.id);
    while (m_overview->rowCount() > 0)
        m_overview->removeRow(0);
    auto add = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        m_overview->addRow(label, v);
    };
    add(tr("State:"), d.summary.state == QLatin1String("exited")
                          ? tr("exited with code %1").arg(d.exitCode)
                          : d.summary.state);
    add(tr("Id:"), d.summary.id.left(12));
    add(tr("Image:"), d.summary.image);
    add(tr("Command:"), d.summary.command);
    add(tr("Created:"), when(d.summary.created));
    add(tr("Started:"), when(d.startedAt));
    add(tr("Finished:"),
        d.summary.state == QLatin1String("running") ? QString() : when(d.finishedAt));
    add(tr("Restart policy:"), d.restartPolicy.isEmpty() ? tr("never") : d.restartPolicy);
    add(tr("Restarts:"), d.restartCount ? QString::number(d.restartCount) : QString());
    add(tr("CPU limit:"), d.nanoCpus ? tr("%1 CPUs").arg(double(d.nanoCpus) / 1e9) : tr("none"));
    add(tr("Memory limit:"),
        d.memoryLimit ? QLocale().formattedDataSize(d.memoryLimit) : tr("none"));
    QStringList nets;
    for (auto it = d.networks.begin(); it != d.networks.end(); ++it)
        nets << (it.value().isEmpty()
                     ? it.key()
                     : it.key() + QStringLiteral(" (") + it.value() + QLatin1Char(')'));
    add(tr("Networks:"), nets.join(QStringLiteral(", ")));
    add(tr("Error:"), d.error);
    add(tr("TTY:"), d.tty ? tr("yes") : QString());

    m_env->setRowCount(int(d.env.size()));
    for (int i = 0; i < d.env.size(); ++i) {
        const QString &e = d.env.at(i);
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        setRow(m_env, i, {e.left(eq), eq < 0 ? QString() : e.mid(eq + 1)});
    }
    m_env->resizeColumnToContents(0);
    m_mounts->setRowCount(int(d.mounts.size()));
    for (int i = 0; i < d.mounts.size(); ++i) {
        const engine::MountInfo &m = d.mounts.at(i);
        setRow(m_mounts, i,
               {m.type, m.source, m.destination, m.readWrite ? tr("read-write") : tr("read-only")});
    }
    m_ports->setRowCount(int(d.summary.ports.size()));
    for (int i = 0; i < d.summary.ports.size(); ++i) {
        const engine::PortBinding &p = d.summary.ports.at(i);
        setRow(m_ports, i,
               {QStringLiteral("%1/%2").arg(p.privatePort).arg(p.protocol), p.ip,
                p.publicPort ? QString::number(p.publicPort) : tr("not published")});
    }
    if (!m_logsAttached) {
        m_logsAttached = true;
        m_logs->attach(m_client, d.summary.id, d.tty);
        m_stats->attach(m_sampler, d.summary.id);
        if (m_history && m_client)
            m_history->setTarget(metrics::Target::container(m_client->name(), d.summary.name));
    }
}

} // namespace sloop::widgets
