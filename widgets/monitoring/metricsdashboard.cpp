#include "metricsdashboard.h"

#include "metricchart.h"
#include "monitoringlogging.h"

#include "metrics/metricnames.h"
#include "metrics/metricseriesmodel.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace names = metrics::names;
using metrics::Resolution;
using metrics::SeriesPoint;
using models::MetricSeriesModel;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString kindText(const metrics::Target &t)
{
    switch (t.kind) {
    case metrics::TargetKind::Host:
        return MetricsDashboard::tr("Host");
    case metrics::TargetKind::Container:
        return MetricsDashboard::tr("Container");
    case metrics::TargetKind::Engine:
        return MetricsDashboard::tr("Engine");
    case metrics::TargetKind::Function:
        return MetricsDashboard::tr("Function");
    case metrics::TargetKind::Api:
        return MetricsDashboard::tr("API");
    case metrics::TargetKind::Service:
        return MetricsDashboard::tr("Swarm service");
    }
    return {};
}

} // namespace

MetricsDashboard::MetricsDashboard(metrics::MetricStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel)
    , m_kind(new QLabel)
    , m_ranges(new QButtonGroup(this))
    , m_liveButton(nullptr)
    , m_export(new QToolButton)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("metricsDashboard"));
    auto *charts = new QWidget;
    charts->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_stack, 1);

    const QString in = tr("In"), out = tr("Out");
    addPanel(tr("CPU"), QStringLiteral("cpu"), {{names::kCpu, tr("CPU")}});
    addPanel(tr("Memory"), QStringLiteral("memory"), {{names::kMemory, tr("Memory")}});
    addPanel(tr("Network"), QStringLiteral("network"),
             {{names::kNetIn, in}, {names::kNetOut, out}});
    const QList<metrics::TargetKind> hosts{metrics::TargetKind::Host};
    addPanel(tr("Disk usage"), QStringLiteral("disk-usage"), {{names::kDisk, tr("Disk usage")}},
             hosts);
    addPanel(tr("Disk I/O"), QStringLiteral("disk-io"),
             {{names::kDiskRead, tr("Read")}, {names::kDiskWrite, tr("Write")}});
    // As Lightsail's "status check failures": 1 while a check fails (SSH
    // or the instance's health check); an average of a minute is the share
    // of failed checks.
    addPanel(tr("Status check failures"), QStringLiteral("status-checks"),
             {{names::kStatusCheckFailed, tr("Failed")}}, hosts);
    // A function's, as Lambda's console charts them (per minute).
    const QList<metrics::TargetKind> functions{metrics::TargetKind::Function};
    addPanel(tr("Invocations"), QStringLiteral("invocations"),
             {{names::kInvocations, tr("Invocations")},
              {names::kErrors, tr("Errors")},
              {names::kThrottles, tr("Throttles")}},
             functions);
    addPanel(tr("Duration (ms)"), QStringLiteral("duration"),
             {{names::kDurationP50, tr("p50")},
              {names::kDurationP95, tr("p95")},
              {names::kDurationP99, tr("p99")}},
             functions);
    addPanel(
        tr("Concurrent executions"), QStringLiteral("concurrency"),
        {{names::kConcurrentExecutions, tr("At once")}, {names::kColdStarts, tr("Cold starts")}},
        functions);
    // An API stage's, as API Gateway's console charts them (per minute).
    const QList<metrics::TargetKind> apis{metrics::TargetKind::Api};
    addPanel(tr("API requests"), QStringLiteral("api-requests"),
             {{names::kApiCount, tr("Requests")},
              {names::kApi4xx, tr("4xx")},
              {names::kApi5xx, tr("5xx")}},
             apis);
    addPanel(tr("API latency (ms)"), QStringLiteral("api-latency"),
             {{names::kApiLatencyP50, tr("p50")},
              {names::kApiLatencyP90, tr("p90")},
              {names::kApiLatencyP99, tr("p99")},
              {names::kApiIntegrationLatency, tr("Integration")}},
             apis);
    addPanel(tr("API cache"), QStringLiteral("api-cache"),
             {{names::kApiCacheHits, tr("Hits")}, {names::kApiCacheMisses, tr("Misses")}}, apis);
    // A Swarm service's, as ECS's console charts a service's task counts.
    addPanel(tr("Tasks"), QStringLiteral("tasks"),
             {{names::kTasksRunning, tr("Running")},
              {names::kTasksDesired, tr("Desired")},
              {names::kTasksMissing, tr("Missing")}},
             {metrics::TargetKind::Service});
    addPanel(tr("Async event age (s)"), QStringLiteral("async-age"),
             {{names::kAsyncEventAge, tr("Oldest event")},
              {names::kDeadLetterErrors, tr("Dead-letter errors")}},
             functions);
    relayout();
    updateEmptyState();
}

MetricsDashboard::~MetricsDashboard() = default;

const QList<metrics::TargetKind> MetricsDashboard::kMachines{
    metrics::TargetKind::Host, metrics::TargetKind::Container, metrics::TargetKind::Engine};

bool MetricsDashboard::isShown(const Panel &panel) const
{
    return panel.kinds.contains(m_target.kind);
}

void MetricsDashboard::addPanel(const QString &title, const QString &fileName,
                                const QList<std::pair<QString, QString>> &lines,
                                const QList<metrics::TargetKind> &kinds)
{
    Panel panel;
    panel.chart = new MetricChart;
    panel.chart->setObjectName(QStringLiteral("chart_") + fileName);
    panel.chart->setTitle(title);
    panel.chart->setEmptyText(tr("No data in this range"));
    panel.kinds = kinds;
    panel.fileName = fileName;
    connect(panel.chart, &MetricChart::valueLabelWidthChanged, this,
            &MetricsDashboard::alignCharts);
    for (const auto &[metric, name] : lines) {
        auto *model = new MetricSeriesModel(this);
        panel.metrics.append(metric);
        panel.models.append(model);
        panel.chart->addSeries(model, name);
    }
    m_panels.append(panel);
}

void MetricsDashboard::alignCharts()
{
    int widest = 0;
    for (const Panel &panel : std::as_const(m_panels))
        if (isShown(panel))
            widest = std::max(widest, panel.chart->valueLabelWidth());
    for (const Panel &panel : std::as_const(m_panels))
        panel.chart->alignValueLabels(widest);
}

void MetricsDashboard::relayout()
{
    // Two columns; a chart hidden for this kind of target leaves no hole.
    int index = 0;
    MetricChart *last = nullptr;
    for (const Panel &panel : std::as_const(m_panels)) {
        m_grid->removeWidget(panel.chart);
        const bool shown = isShown(panel);
        panel.chart->setHidden(!shown);
        if (!shown)
            continue;
        m_grid->addWidget(panel.chart, index / 2, index % 2);
        ++index;
    }
    // An odd last chart takes the whole row rather than leave a hole.
    if (index % 2 == 1) {
        for (const Panel &panel : std::as_const(m_panels)) {
            if (m_grid->indexOf(panel.chart) >= 0 && !panel.chart->isHidden())
                last = panel.chart;
        }
        m_grid->removeWidget(last);
        m_grid->addWidget(last, index / 2, 0, 1, 2);
    }
    alignCharts();
}

void MetricsDashboard::setTargetKey(const QString &key)
{
    if (const std::optional<metrics::Target> t = metrics::Target::fromKey(key))
        setTarget(*t);
    else
        qCWarning(lcMonitoring) << "dashboard: not a target key" << key;
}

void MetricsDashboard::setTarget(const metrics::Target &target)
{
    m_target = target;
    m_title->setText(target.label());
    m_kind->setText(kindText(target));
    setAccessibleName(tr("Metrics of %1").arg(target.label()));
    relayout();
    reload();
}

qint64 MetricsDashboard::rangeMs(Range range)
{
    switch (range) {
    case Range::Hour:
        return kHourMs;
    case Range::SixHours:
        return 6 * kHourMs;
    case Range::Day:
        return 24 * kHourMs;
    case Range::Week:
        return 7 * 24 * kHourMs;
    case Range::TwoWeeks:
        return 14 * 24 * kHourMs;
    }
    return kHourMs;
}

void MetricsDashboard::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *b = m_ranges->button(int(range)); b && !b->isChecked())
        b->setChecked(true);
    // Without Live the chosen span ends where the view ended, not at now.
    if (!m_live && m_toMs > 0)
        m_fromMs = m_toMs - rangeMs(range);
    reload();
}

void MetricsDashboard::setLive(bool live)
{
    if (m_liveButton->isChecked() != live)
        m_liveButton->setChecked(live); // comes back here through toggled
    if (m_live == live)
        return;
    m_live = live;
    if (live)
        reload();
}

void MetricsDashboard::setCollectIntervalSeconds(int seconds)
{
    m_intervalSeconds = seconds;
    updateEmptyState();
}

void MetricsDashboard::reload()
{
    if (m_live || m_toMs == 0) {
        m_toMs = nowMs();
    }
    m_fromMs = m_toMs - rangeMs(m_range);
    const QString key = m_target.name.isEmpty() ? QString() : m_target.key();
    bool first = true;
    for (Panel &panel : m_panels) {
        for (qsizetype i = 0; i < panel.models.size(); ++i) {
            MetricSeriesModel *model = panel.models[i];
            model->setMetric(key, panel.metrics[i]);
            if (key.isEmpty() || !isShown(panel)) {
                model->clear();
                continue;
            }
            // (from, to]: a sample taken this millisecond belongs in, and
            // the span stays the range's (Auto picks raw for exactly 1 h).
            const Result<metrics::Series> series =
                m_store->query({key, panel.metrics[i], m_fromMs + 1, m_toMs + 1});
            if (!series) {
                qCWarning(lcMonitoring)
                    << "dashboard query" << key << panel.metrics[i] << series.error();
                model->clear();
                continue;
            }
            if (first)
                m_lastResolution = series.value().resolution;
            first = false;
            model->setSeries(series.value().points, series.value().stepMs);
        }
        panel.chart->setRange(m_fromMs, m_toMs);
    }
    updateEmptyState();
}

void MetricsDashboard::slideTo(qint64 now)
{
    m_toMs = now;
    m_fromMs = now - rangeMs(m_range);
    for (Panel &panel : m_panels) {
        for (MetricSeriesModel *model : std::as_const(panel.models))
            model->removeBefore(m_fromMs);
        panel.chart->setRange(m_fromMs, m_toMs);
    }
}

void MetricsDashboard::addLive(const metrics::MetricBatch &batch)
{
    if (!m_live || m_target.name.isEmpty())
        return;
    const QString key = m_target.key();
    // Per model the batch's points, in time order as they came.
    QHash<MetricSeriesModel *, QList<SeriesPoint>> fresh;
    qint64 newest = 0;
    for (const metrics::MetricPoint &p : batch) {
        if (p.target != key)
            continue;
        for (Panel &panel : m_panels) {
            const qsizetype i = panel.metrics.indexOf(p.metric);
            if (i < 0 || !isShown(panel))
                continue;
            fresh[panel.models[i]].append({p.timeMs, p.value, p.value, p.value});
            newest = std::max(newest, p.timeMs);
        }
    }
    if (fresh.isEmpty())
        return;
    if (isShowingEmptyState()) {
        reload(); // the first samples of a new target: read them as stored
        return;
    }
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; });
        it.key()->appendLive(*it);
    }
    slideTo(std::max(nowMs(), newest));
}

MetricChart *MetricsDashboard::chartFor(const QString &metric) const
{
    for (const Panel &panel : m_panels) {
        if (panel.metrics.contains(metric))
            return isShown(panel) ? panel.chart : nullptr;
    }
    return nullptr;
}

models::MetricSeriesModel *MetricsDashboard::modelFor(const QString &metric) const
{
    for (const Panel &panel : m_panels) {
        if (const qsizetype i = panel.metrics.indexOf(metric); i >= 0)
            return panel.models[i];
    }
    return nullptr;
}

QList<MetricChart *> MetricsDashboard::visibleCharts() const
{
    QList<MetricChart *> charts;
    for (const Panel &panel : m_panels) {
        if (isShown(panel))
            charts.append(panel.chart);
    }
    return charts;
}

bool MetricsDashboard::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString MetricsDashboard::emptyText() const
{
    return m_empty->text();
}

void MetricsDashboard::updateEmptyState()
{
    if (m_target.name.isEmpty()) {
        m_empty->setText(tr("Choose a host or container to see its metrics."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // Nothing stored at all is a different story from a quiet range: the
    // range has its own text in every chart.
    const bool none = m_store->metrics(m_target.key()).isEmpty();
    const bool function = m_target.kind == metrics::TargetKind::Function;
    const bool api = m_target.kind == metrics::TargetKind::Api;
    m_empty->setText(!none ? QString()
                     : api ? tr("No requests to %1 yet.\nEach minute with requests gets its "
                                "points (while a window or `sloop serve` serves it).")
                                 .arg(m_target.label())
                     : function
                         ? tr("No invocations of %1 yet.\nEach minute with invocations gets its "
                              "points (while a window or `sloop serve` runs it).")
                               .arg(m_target.label())
                         : tr("No data for %1 yet.\nSloop collects every %n s while it runs "
                              "(or while `sloop serve` runs).",
                              nullptr, m_intervalSeconds)
                               .arg(m_target.label()));
    m_stack->setCurrentIndex(none ? 1 : 0);
    m_export->setEnabled(!none);
}

} // namespace sloop::widgets
