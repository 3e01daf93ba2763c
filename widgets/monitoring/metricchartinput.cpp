// MetricChart's mouse, wheel and keys: hover, zoom and pan.
#include "charthover.h"
#include "metricchart.h"
#include "metrics/downsample.h"
#include "metrics/metricseriesmodel.h"

#include <QChart>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace sloop::widgets {

using metrics::SeriesPoint;

namespace {

QString timeText(qint64 timeMs)
{
    const QLocale locale;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs);
    return locale.toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(time.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

qint64 MetricChart::timeAt(const QPoint &viewPos) const
{
    const QPointF pos = chart()->mapFromScene(mapToScene(viewPos));
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return m_viewFrom;
    const double share = std::clamp((pos.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return m_viewFrom + qint64(std::llround(share * double(m_viewTo - m_viewFrom)));
}

void MetricChart::hoverAt(const QPoint &viewPos)
{
    m_lastHover = viewPos;
    const QPointF pos = chart()->mapFromScene(mapToScene(viewPos));
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(pos) || m_series.isEmpty()) {
        clearHover();
        return;
    }
    const qint64 t = timeAt(viewPos);
    // Near enough: within a few pixels or about a step (not across a gap).
    const qint64 pixelMs = qint64(double(m_viewTo - m_viewFrom) / plot.width() * 6);
    QStringList lines;
    QList<ChartHover::Dot> dots;
    qint64 shown = -1;
    qreal lineX = pos.x();
    for (const Line &line : m_series) {
        if (!line.model || line.segments.isEmpty())
            continue;
        const int row = line.model->nearestRow(t);
        const qint64 tolerance = std::max<qint64>(
            pixelMs, qint64(double(line.model->stepMs()) * metrics::kGapFactor / 2));
        if (row < 0 || std::abs(line.model->points().at(row).timeMs - t) > tolerance ||
            line.model->points().at(row).timeMs < m_viewFrom ||
            line.model->points().at(row).timeMs > m_viewTo) {
            lines.append(tr("%1: no data").arg(line.name));
            continue;
        }
        const SeriesPoint &p = line.model->points().at(row);
        const models::MetricUnit unit = line.model->unit();
        QString value = models::formatMetricValue(p.avg, unit);
        if (p.min != p.max) // a rollup: say what the average hides
            value = tr("%1 (min %2, max %3)")
                        .arg(value, models::formatMetricValue(p.min, unit),
                             models::formatMetricValue(p.max, unit));
        lines.append(tr("%1: %2").arg(line.name, value));
        const QPointF at =
            chart()->mapToPosition(QPointF(qreal(p.timeMs), p.avg), line.segments.first());
        dots.append({at, line.color});
        if (shown < 0) {
            shown = p.timeMs;
            lineX = at.x();
        }
    }
    lines.prepend(timeText(shown >= 0 ? shown : t));
    m_hoverText = lines.join(QLatin1Char('\n'));
    m_hover->show(lineX, dots, m_hoverText, pos);
    setToolTip({}); // the box says it; no second tooltip over it
}

void MetricChart::clearHover()
{
    m_hoverText.clear();
    m_hover->hide();
}

void MetricChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Lay the chart out now, not on the next event loop turn, so the lines
    // are thinned to the real plot width once, and painting does not lay
    // out (and recompute every line) again.
    if (chart()->layout())
        chart()->layout()->activate();
    refresh(); // buckets follow the width; ticks follow the size
}

void MetricChart::mousePressEvent(QMouseEvent *event)
{
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan && m_zoomed) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const double plotWidth = std::max<qreal>(1, chart()->plotArea().width());
        const double msPerPixel = double(m_viewTo - m_viewFrom) / plotWidth;
        panBy(-qint64(std::llround((pos.x() - m_panLast.x()) * msPerPixel)));
        m_panLast = pos;
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    hoverAt(pos);
}

void MetricChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // QChartView would zoom out here; the right button opens the menu.
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void MetricChart::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(0.85, delta / 120.0), timeAt(event->position().toPoint()));
    event->accept();
}

void MetricChart::keyPressEvent(QKeyEvent *event)
{
    const qint64 span = m_viewTo - m_viewFrom;
    const qint64 middle = m_viewFrom + span / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-span / 10);
        break;
    case Qt::Key_Right:
        panBy(span / 10);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5, middle);
        break;
    case Qt::Key_Minus:
        zoomBy(2, middle);
        break;
    case Qt::Key_Escape:
    case Qt::Key_Home:
        if (!m_zoomed) {
            QChartView::keyPressEvent(event);
            return;
        }
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MetricChart::leaveEvent(QEvent *event)
{
    clearHover();
    QChartView::leaveEvent(event);
}

void MetricChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::FontChange)
        applyPalette();
}

} // namespace sloop::widgets
