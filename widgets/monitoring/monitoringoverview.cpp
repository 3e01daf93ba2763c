#include "monitoringoverview.h"

#include "monitoringlogging.h"
#include "overviewcarddelegate.h"

#include "metrics/metricnames.h"
#include "metrics/metricstore.h"
#include "metrics/targetoverviewmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace names = metrics::names;
using models::TargetOverview;
using models::TargetOverviewModel;
using models::TargetOverviewSortModel;

namespace {

constexpr qint64 kLatestMaxAgeMs = 5 * 60 * 1000; // older numbers read as "—"
constexpr int kMinRefreshGapMs = 5000;            // full refreshes from live samples

QString kindText(const metrics::Target &t)
{
    switch (t.kind) {
    case metrics::TargetKind::Host:
        return MonitoringOverview::tr("Host");
    case metrics::TargetKind::Container:
        return MonitoringOverview::tr("Container"); // the label says on which engine
    case metrics::TargetKind::Engine:
        return MonitoringOverview::tr("Engine");
    case metrics::TargetKind::Function:
        return MonitoringOverview::tr("Function");
    case metrics::TargetKind::Api:
        return MonitoringOverview::tr("API");
    case metrics::TargetKind::Service:
        return MonitoringOverview::tr("Swarm service");
    }
    return {};
}

} // namespace

MonitoringOverview::MonitoringOverview(metrics::MetricStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TargetOverviewModel(this))
    , m_proxy(new TargetOverviewSortModel(this))
    , m_filter(new QLineEdit)
    , m_sort(new QComboBox)
    , m_stack(new QStackedWidget)
    , m_view(new QListView)
    , m_empty(new QLabel)
{
    setObjectName(QStringLiteral("monitoringOverview"));
    m_filter->setObjectName(QStringLiteral("overviewFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter targets"));
    m_filter->setClearButtonEnabled(true);
    m_sort->setObjectName(QStringLiteral("overviewSort"));
    m_sort->setAccessibleName(tr("Sort targets"));
    m_sort->addItem(tr("Sort by name"), SortByName);
    m_sort->addItem(tr("Sort by CPU"), SortByCpu);
    m_sort->addItem(tr("Sort by memory"), SortByMemory);
    m_sort->addItem(tr("Sort by alarm state"), SortByAlarmState);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_sort);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("overviewCards"));
    m_view->setAccessibleName(tr("Monitored targets"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new OverviewCardDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWrapping(true);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true); // hover highlight
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setGridSize(QSize(OverviewCardDelegate::kWidth, OverviewCardDelegate::kHeight));
    m_view->viewport()->setAutoFillBackground(false);
    m_view->installEventFilter(this);
    // A click opens the target (the style may not activate on one click).
    connect(m_view, &QListView::clicked, this, &MonitoringOverview::activate);

    m_empty->setObjectName(QStringLiteral("overviewEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &MonitoringOverview::setFilterText);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this](int i) { setSortKey(SortKey(m_sort->itemData(i).toInt())); });
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MonitoringOverview::refresh);
    updateEmptyState();
}

MonitoringOverview::~MonitoringOverview() = default;

void MonitoringOverview::setAlarmStateFunction(std::function<int(const QString &)> function)
{
    m_alarmState = std::move(function);
    refreshAlarmStates();
}

int MonitoringOverview::alarmStateOf(const QString &key) const
{
    if (!m_alarmState)
        return 1;
    const int own = m_alarmState(key);
    const auto merged = m_merged.constFind(key);
    if (merged == m_merged.cend())
        return own;
    // ALARM on either wins; else OK on either (the other has no alarms).
    const int other = m_alarmState(*merged);
    return own == 2 || other == 2 ? 2 : qMin(own, other);
}

void MonitoringOverview::setMergeFunction(std::function<QHash<QString, QString>()> function)
{
    m_merge = std::move(function);
    refresh();
}

void MonitoringOverview::setSortKey(SortKey key)
{
    if (const int i = m_sort->findData(key); i >= 0 && i != m_sort->currentIndex())
        m_sort->setCurrentIndex(i); // comes back here
    m_proxy->setSortKey(TargetOverviewSortModel::SortKey(key));
}

void MonitoringOverview::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here
    m_proxy->setFilterFixedString(text.trimmed());
    updateEmptyState();
}

void MonitoringOverview::setCollectIntervalSeconds(int seconds)
{
    m_intervalSeconds = seconds;
    updateEmptyState();
}

QStringList MonitoringOverview::shownKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        keys.append(m_proxy->index(row, 0).data(TargetOverviewModel::KeyRole).toString());
    return keys;
}

bool MonitoringOverview::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString MonitoringOverview::emptyText() const
{
    return m_empty->text();
}

void MonitoringOverview::refresh()
{
    m_refreshTimer.stop();
    m_sinceRefresh.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<TargetOverview> rows;
    const QStringList keys = m_store->targets();
    const QHash<QString, QString> merge = m_merge ? m_merge() : QHash<QString, QString>();
    m_merged.clear();
    for (auto it = merge.cbegin(); it != merge.cend(); ++it) {
        if (keys.contains(it.value()))
            m_merged.insert(it.value(), it.key()); // its container has numbers: one card
    }
    const QSet<QString> hidden(m_merged.cbegin(), m_merged.cend());
    for (const QString &key : keys) {
        const std::optional<metrics::Target> target = metrics::Target::fromKey(key);
        if (!target || hidden.contains(key))
            continue;
        TargetOverview row;
        row.key = key;
        row.name = target->label();
        row.kind = kindText(*target);
        if (const auto p = m_store->latest(key, names::kCpu, kLatestMaxAgeMs))
            row.cpu = p->value;
        if (const auto p = m_store->latest(key, names::kMemory, kLatestMaxAgeMs))
            row.memory = p->value;
        row.alarmState = alarmStateOf(key);
        // Minutes: sixty points at most, whatever the sampling interval.
        const auto series =
            m_store->query({key, QString(names::kCpu), now - TargetOverviewModel::kSparklineSpanMs,
                            now + 1, metrics::Resolution::Minute});
        if (series) {
            for (const metrics::SeriesPoint &p : series.value().points)
                row.sparkline.append(QPointF(double(p.timeMs), p.avg));
        } else {
            qCWarning(lcMonitoring) << "overview sparkline" << key << series.error();
        }
        rows.append(row);
    }
    // Keep the selected card selected across the reset.
    const QString selected = m_view->currentIndex().data(TargetOverviewModel::KeyRole).toString();
    m_model->setTargets(rows);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row)));
    updateEmptyState();
}

void MonitoringOverview::refreshAlarmStates()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->setAlarmState(row, alarmStateOf(m_model->targets()[row].key));
}

void MonitoringOverview::addLive(const metrics::MetricBatch &batch)
{
    bool unknown = false;
    QSet<int> touched;
    for (const metrics::MetricPoint &p : batch) {
        if (p.metric != names::kCpu && p.metric != names::kMemory)
            continue;
        if (!m_model->updateValue(p.target, p.metric, p.timeMs, p.value))
            unknown = true;
        else if (m_alarmState)
            touched.insert(m_model->rowOf(p.target));
    }
    for (const int row : std::as_const(touched))
        m_model->setAlarmState(row, m_alarmState(m_model->targets()[row].key));
    if (unknown && !m_refreshTimer.isActive()) {
        const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : kMinRefreshGapMs;
        m_refreshTimer.start(int(std::max<qint64>(0, kMinRefreshGapMs - since)));
    }
}

void MonitoringOverview::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT targetActivated(index.data(TargetOverviewModel::KeyRole).toString());
}

bool MonitoringOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MonitoringOverview::updateEmptyState()
{
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("Nothing monitored yet.\nSloop collects the metrics of your hosts "
                            "and containers every %n s while it runs (or while `sloop serve` "
                            "runs).",
                            nullptr, m_intervalSeconds));
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(tr("No target matches “%1”.").arg(m_filter->text().trimmed()));
    } else {
        m_empty->clear();
    }
    m_stack->setCurrentWidget(m_empty->text().isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

} // namespace sloop::widgets
