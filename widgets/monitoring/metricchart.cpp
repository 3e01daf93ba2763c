#include "metricchart.h"
#include "common/tones.h"

#include "charthover.h"
#include "metrics/downsample.h"
#include "metrics/metricseriesmodel.h"
#include "metrics/timeticks.h"
#include "monitoringlogging.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sloop::widgets {

using metrics::SeriesPoint;
using models::MetricSeriesModel;

namespace {

QColor lineColor(const QPalette &palette, qsizetype index)
{
    return models::seriesColor(int(index), palette);
}

// Index of the first point at or after `timeMs`.
qsizetype lowerIndex(const QList<SeriesPoint> &points, qint64 timeMs)
{
    return std::lower_bound(points.cbegin(), points.cend(), timeMs,
                            [](const SeriesPoint &p, qint64 t) { return p.timeMs < t; }) -
           points.cbegin();
}

constexpr int kLeftMargin = 2;

} // namespace

MetricChart::MetricChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_x(new QCategoryAxis)
    , m_y(new QCategoryAxis)
    , m_hover(std::make_unique<ChartHover>(chart()))
    , m_empty(new QGraphicsSimpleTextItem(chart()))
{
    QChart *c = chart();
    c->setMargins(QMargins(kLeftMargin, 2, 10, 2));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setVisible(false); // in the title instead (updateTitle)
    for (QCategoryAxis *axis : {m_x, m_y}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setTruncateLabels(false);
    }
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    connect(m_x, &QValueAxis::rangeChanged, this, &MetricChart::onAxisRangeChanged);
    m_empty->setZValue(10);
    m_empty->hide();

    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(160);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MetricChart::refresh);
    applyPalette();
}

MetricChart::~MetricChart() = default;

void MetricChart::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(tr("%1 chart").arg(title));
    updateTitle();
}

QString MetricChart::title() const
{
    return m_title;
}

void MetricChart::updateTitle()
{
    // With two lines or more, the legend sits in the title line, coloured
    // like the lines (QtCharts' own legend costs a row of height and, in
    // Qt 6.4, stays hidden once it was hidden before its markers existed).
    QString text = m_title.toHtmlEscaped();
    if (m_series.size() > 1) {
        for (const Line &line : m_series)
            text += QStringLiteral("&nbsp;&nbsp;&nbsp;<span style=\"color:%1\">&#9473;</span>&nbsp;"
                                   "<span style=\"font-weight:normal\">%2</span>")
                        .arg(line.color.name(), line.name.toHtmlEscaped());
    }
    chart()->setTitle(text);
}

void MetricChart::addSeries(MetricSeriesModel *model, const QString &name)
{
    Line line;
    line.model = model;
    line.name = name;
    line.color = lineColor(palette(), m_series.size());
    m_series.append(line);
    // Any change of the rows: one coalesced rebuild.
    connect(model, &QAbstractItemModel::modelReset, this, &MetricChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MetricChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MetricChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MetricChart::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &MetricChart::scheduleRefresh);
    segment(m_series.last(), 0);
    updateTitle();
    scheduleRefresh();
}

void MetricChart::clearSeries()
{
    for (Line &line : m_series) {
        if (line.model)
            line.model->disconnect(this);
        for (QLineSeries *s : line.segments) {
            chart()->removeSeries(s);
            delete s;
        }
    }
    m_series.clear();
    updateTitle();
    clearHover();
    scheduleRefresh();
}

QLineSeries *MetricChart::segment(Line &line, int index)
{
    while (line.segments.size() <= index) {
        auto *s = new QLineSeries;
        QPen pen(line.color);
        pen.setWidthF(1.75);
        s->setPen(pen);
        if (line.segments.isEmpty())
            s->setName(line.name);
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        line.segments.append(s);
    }
    return line.segments.at(index);
}

int MetricChart::drawnPointCount(int index) const
{
    int count = 0;
    for (QLineSeries *s : m_series.value(index).segments)
        count += int(s->count());
    return count;
}

int MetricChart::segmentCount(int index) const
{
    int count = 0;
    for (QLineSeries *s : m_series.value(index).segments)
        count += s->count() > 0 ? 1 : 0;
    return count;
}

void MetricChart::scheduleRefresh()
{
    m_refreshTimer.start();
}

void MetricChart::refresh()
{
    m_refreshTimer.stop();
    const QRectF plot = chart()->plotArea();
    // One bucket per pixel column; before the first layout, the widget's width.
    const int buckets = std::max(50, int(plot.width() > 10 ? plot.width() : width()));
    double top = 0;
    bool any = false;
    QList<QList<QList<QPointF>>> lines;
    lines.reserve(m_series.size());
    for (const Line &line : m_series) {
        static const QList<SeriesPoint> none;
        const QList<SeriesPoint> &points = line.model ? line.model->points() : none;
        // One point beyond each edge, so a zoomed line runs to the plot's border.
        const qsizetype first = lowerIndex(points, m_viewFrom);
        const qsizetype last = lowerIndex(points, m_viewTo + 1);
        const qint64 from = first > 0 ? points.at(first - 1).timeMs : m_viewFrom;
        const qint64 to = last < points.size() ? points.at(last).timeMs : m_viewTo;
        const auto runs = metrics::downsampleSegments(points, from, to, buckets,
                                                      line.model ? line.model->stepMs() : 0);
        QList<QList<QPointF>> pieces;
        pieces.reserve(runs.size());
        for (const QList<SeriesPoint> &run : runs) {
            QList<QPointF> vertices;
            vertices.reserve(run.size());
            for (const SeriesPoint &p : run) {
                vertices.append(QPointF(qreal(p.timeMs), p.avg));
                if (p.timeMs >= m_viewFrom && p.timeMs <= m_viewTo) {
                    top = std::max(top, p.avg);
                    any = true;
                }
            }
            pieces.append(vertices);
        }
        lines.append(pieces);
    }
    // A percentage reads against the whole: memory at 50 % is not drawn at
    // the top of the chart (a container's CPU may still go past 100 %).
    if (unit() == models::MetricUnit::Percent)
        top = std::max(top, 100.0);
    // Axes first: every range change makes QtCharts recompute each series'
    // geometry, so the lines are replaced once the ranges are final.
    updateAxes(top);
    // New tick labels may be wider (or the legend new): lay out before the
    // lines are placed, so labels are not cut and lines are placed once.
    if (chart()->layout())
        chart()->layout()->activate();
    for (qsizetype l = 0; l < m_series.size(); ++l) {
        Line &line = m_series[l];
        const QList<QList<QPointF>> &pieces = lines.at(l);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            QLineSeries *s = segment(line, int(i));
            // A lone sample between two gaps draws no line: show it as a dot.
            if (s->pointsVisible() != (pieces.at(i).size() == 1))
                s->setPointsVisible(pieces.at(i).size() == 1);
            // Dense lines (more vertices than pixels) read as well at one
            // pixel, and the raster engine strokes 1 px lines on a fast path
            // instead of outlining every join (paint 34 → 14 ms in sloop-bench-chart).
            const qreal width = pieces.at(i).size() > buckets / 2 ? 1.0 : 1.75;
            if (s->pen().widthF() != width) {
                QPen pen = s->pen();
                pen.setWidthF(width);
                s->setPen(pen);
            }
            s->replace(pieces.at(i));
        }
        for (qsizetype i = pieces.size(); i < line.segments.size(); ++i) {
            if (line.segments.at(i)->count() > 0)
                line.segments.at(i)->clear();
        }
    }
    m_empty->setVisible(!any && !m_emptyText.isEmpty());
    if (m_empty->isVisible()) {
        const QRectF area = chart()->plotArea();
        const QRectF text = m_empty->boundingRect();
        m_empty->setPos(area.center() - QPointF(text.width() / 2, text.height() / 2));
    }
    if (m_hover->isVisible())
        hoverAt(m_lastHover);
}

models::MetricUnit MetricChart::unit() const
{
    for (const Line &line : m_series) {
        if (line.model)
            return line.model->unit();
    }
    return models::MetricUnit::Number;
}

void MetricChart::updateAxes(double top)
{
    m_applyingRange = true;
    const QRectF plot = chart()->plotArea();
    const int plotWidth = plot.width() > 10 ? int(plot.width()) : width() - 80;
    const int plotHeight = plot.height() > 10 ? int(plot.height()) : height() - 60;

    // A label ("07:30", "Mon 23") takes about 40 px: one every 60 px keeps
    // two or three on a half-width chart instead of a lone "07:00".
    const models::TimeTicks times =
        models::niceTimeTicks(m_viewFrom, m_viewTo, std::clamp(plotWidth / 60, 3, 12));
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->setStartValue(qreal(m_viewFrom));
    for (qsizetype i = 0; i < times.values.size(); ++i)
        m_x->append(times.labels.at(i), qreal(times.values.at(i)));
    m_x->setRange(qreal(m_viewFrom), qreal(m_viewTo));

    const models::AxisTicks values =
        models::niceTicks(top, unit(), QLocale(), std::clamp(plotHeight / 35, 2, 6));
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    m_y->setStartValue(0);
    for (qsizetype i = 0; i < values.values.size(); ++i)
        m_y->append(values.labels.at(i), values.values.at(i));
    m_y->setRange(0, values.max);
    m_applyingRange = false;

    const QFontMetrics metrics(m_y->labelsFont());
    int widest = 0;
    for (const QString &label : values.labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    if (widest != m_valueLabelWidth) {
        m_valueLabelWidth = widest;
        alignValueLabels(m_alignedWidth);
        Q_EMIT valueLabelWidthChanged(widest);
    }
}

void MetricChart::alignValueLabels(int widestPx)
{
    m_alignedWidth = widestPx;
    const int pad = std::max(0, widestPx - m_valueLabelWidth);
    const QMargins margins(kLeftMargin + pad, 2, 10, 2);
    // Every chart of a dashboard hears of every change: only a real one
    // lays the chart out again.
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
}

void MetricChart::setRange(qint64 fromMs, qint64 toMs)
{
    m_rangeFrom = fromMs;
    m_rangeTo = std::max(fromMs + 1, toMs);
    if (m_zoomed)
        setVisible(m_viewFrom, m_viewTo, true);
    else
        setVisible(m_rangeFrom, m_rangeTo, false);
}

qint64 MetricChart::visibleFrom() const
{
    return m_viewFrom;
}

qint64 MetricChart::visibleTo() const
{
    return m_viewTo;
}

qint64 MetricChart::minimumSpanMs() const
{
    qint64 step = 0;
    for (const Line &line : m_series) {
        if (line.model)
            step = std::max(step, line.model->stepMs());
    }
    // A minute, or ten samples when they are further apart.
    return std::min(m_rangeTo - m_rangeFrom, std::max<qint64>(60 * 1000, 10 * step));
}

void MetricChart::setVisible(qint64 fromMs, qint64 toMs, bool zoomed)
{
    const qint64 range = m_rangeTo - m_rangeFrom;
    qint64 span = std::max(toMs - fromMs, minimumSpanMs());
    if (span >= range || !zoomed) {
        fromMs = m_rangeFrom;
        span = range;
        zoomed = false;
    } else {
        const qint64 middle = fromMs + (toMs - fromMs) / 2;
        fromMs = std::clamp(middle - span / 2, m_rangeFrom, m_rangeTo - span);
    }
    const bool wasZoomed = m_zoomed;
    m_viewFrom = fromMs;
    m_viewTo = fromMs + span;
    m_zoomed = zoomed;
    scheduleRefresh();
    if (wasZoomed != m_zoomed)
        Q_EMIT zoomChanged(m_zoomed);
}

void MetricChart::onAxisRangeChanged(qreal min, qreal max)
{
    if (m_applyingRange)
        return;
    // The rubber band (QChartView's own) zoomed the axis; take it as ours.
    setVisible(qint64(min), qint64(max), true);
}

void MetricChart::zoomTo(qint64 fromMs, qint64 toMs)
{
    setVisible(fromMs, toMs, true);
}

void MetricChart::zoomBy(double factor, qint64 anchorMs)
{
    anchorMs = std::clamp(anchorMs, m_viewFrom, m_viewTo);
    const qint64 from = anchorMs - qint64(std::llround(double(anchorMs - m_viewFrom) * factor));
    const qint64 to = anchorMs + qint64(std::llround(double(m_viewTo - anchorMs) * factor));
    setVisible(from, to, true);
}

void MetricChart::panBy(qint64 deltaMs)
{
    if (m_zoomed)
        setVisible(m_viewFrom + deltaMs, m_viewTo + deltaMs, true);
}

void MetricChart::resetZoom()
{
    setVisible(m_rangeFrom, m_rangeTo, false);
}

void MetricChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(text);
    scheduleRefresh();
}

bool MetricChart::isShowingEmptyText() const
{
    return m_empty->isVisible();
}

void MetricChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.75);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(models::isDark(pal) ? 0.45 : 0.35);
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    setBackgroundBrush(pal.color(QPalette::Base));
    c->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->legend()->setLabelColor(text);
    for (QCategoryAxis *axis : {m_x, m_y}) {
        axis->setLabelsColor(muted);
        axis->setLabelsFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_empty->setBrush(pal.color(QPalette::PlaceholderText));
    m_empty->setFont(font());
    m_hover->setColors(text, pal.color(QPalette::Base), pal.color(QPalette::Mid));
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        Line &line = m_series[i];
        line.color = lineColor(pal, i);
        for (QLineSeries *s : line.segments) {
            QPen pen = s->pen();
            pen.setColor(line.color);
            s->setPen(pen);
        }
    }
    updateTitle();
}

} // namespace sloop::widgets
