#pragma once

#include "metrics/metricunits.h"
#include "util/result.h"

#include <QChartView>
#include <QPointer>
#include <QTimer>

#include <memory>

class QCategoryAxis;
class QLineSeries;
class QGraphicsSimpleTextItem;

namespace sloop::models {
class MetricSeriesModel;
}

namespace sloop::widgets {

class ChartHover;

// A time-series chart over one or more MetricSeriesModels (net in + out on
// one chart, say). It draws what fits: every model is thinned to the plot's
// pixel width (downsample(): the peaks stay), lines break at gaps, the value
// axis reads in the metric's unit ("2 MiB/s"), the time axis at round times.
//
// Mouse and keys: hover shows the nearest point's time and values; drag (or
// the wheel, or +/-) zooms in on a time span; Shift+drag, a middle-button
// drag or the arrow keys pan; a double click, Escape or Home resets the zoom.
class MetricChart : public QChartView
{
    Q_OBJECT
public:
    explicit MetricChart(QWidget *parent = nullptr);
    ~MetricChart() override;

    void setTitle(const QString &title);
    QString title() const;
    // A line for the model's points, followed as the model changes. The
    // first model's metric gives the value axis its unit.
    void addSeries(models::MetricSeriesModel *model, const QString &name);
    void clearSeries();
    int seriesCount() const { return int(m_series.size()); }
    // Drawn vertices of series `index` (after thinning), over its segments.
    int drawnPointCount(int index) const;
    // The line pieces of series `index`: one per gap-free run shown.
    int segmentCount(int index) const;

    // The span shown when not zoomed (the dashboard's last hour, two weeks ...).
    void setRange(qint64 fromMs, qint64 toMs);
    qint64 rangeFrom() const { return m_rangeFrom; }
    qint64 rangeTo() const { return m_rangeTo; }
    // What is on screen: the range, or the zoomed part of it.
    qint64 visibleFrom() const;
    qint64 visibleTo() const;
    bool isZoomed() const { return m_zoomed; }
    void zoomTo(qint64 fromMs, qint64 toMs);
    void zoomBy(double factor, qint64 anchorMs); // < 1 zooms in around anchor
    void panBy(qint64 deltaMs);
    void resetZoom();

    // Hover at a point of the view (what mouse moves do); the text of the box.
    void hoverAt(const QPoint &viewPos);
    void clearHover();
    QString hoverText() const { return m_hoverText; }

    // Text in the middle of the plot when no series has a point in view.
    void setEmptyText(const QString &text);
    bool isShowingEmptyText() const;

    // The chart as it is on screen, at the widget's size.
    VoidResult exportPng(const QString &path);
    // The points in view, unthinned: time (ISO 8601, UTC), series, target,
    // metric, average, minimum, maximum.
    VoidResult exportCsv(const QString &path) const;

    // Rebuilds the drawn lines now (changes otherwise coalesce into one
    // rebuild per event loop turn); benchmarks and tests call it.
    void refresh();

    // Charts side by side line up their plot areas: the widest value label
    // of all of them (px) is given to each, and each pads its left margin
    // up to it.
    int valueLabelWidth() const { return m_valueLabelWidth; }
    void alignValueLabels(int widestPx);

Q_SIGNALS:
    void zoomChanged(bool zoomed);
    void valueLabelWidthChanged(int px);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Line
    {
        QPointer<models::MetricSeriesModel> model;
        QString name;
        QColor color;
        QList<QLineSeries *> segments;
    };
    void scheduleRefresh();
    void applyPalette();
    void updateTitle();
    void updateAxes(double top);
    QLineSeries *segment(Line &line, int index);
    qint64 minimumSpanMs() const;
    void setVisible(qint64 fromMs, qint64 toMs, bool zoomed);
    void onAxisRangeChanged(qreal min, qreal max);
    qint64 timeAt(const QPoint &viewPos) const;
    models::MetricUnit unit() const;

    QList<Line> m_series;
    QCategoryAxis *m_x;
    QCategoryAxis *m_y;
    std::unique_ptr<ChartHover> m_hover;
    QGraphicsSimpleTextItem *m_empty;
    QString m_title;
    QString m_emptyText;
    QString m_hoverText;
    QTimer m_refreshTimer;
    qint64 m_rangeFrom = 0;
    qint64 m_rangeTo = 1;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 1;
    bool m_zoomed = false;
    int m_valueLabelWidth = 0;
    int m_alignedWidth = 0;
    bool m_applyingRange = false;
    bool m_panning = false;
    QPoint m_panLast;
    QPoint m_lastHover;
};

} // namespace sloop::widgets
