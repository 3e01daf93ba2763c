#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QChart;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace sloop::widgets {

// The marker a chart shows under the mouse: a vertical line at the hovered
// time, a dot on each series, and a box with the time and the values. Plain
// graphics items on the chart's scene, so they paint with the chart and show
// in its exports and screenshots.
class ChartHover
{
public:
    explicit ChartHover(QChart *chart);
    ~ChartHover();
    ChartHover(const ChartHover &) = delete;
    ChartHover &operator=(const ChartHover &) = delete;

    struct Dot
    {
        QPointF position; // chart coordinates, as QChart::mapToPosition gives
        QColor color;
    };
    // Chart coordinates. x: the line's; the box sits beside `near` inside the plot area.
    void show(qreal x, const QList<Dot> &dots, const QString &text, const QPointF &near);
    void hide();
    bool isVisible() const;
    void setColors(const QColor &text, const QColor &background, const QColor &line);

private:
    QChart *m_chart;
    QGraphicsLineItem *m_line;
    QGraphicsRectItem *m_box;
    QGraphicsSimpleTextItem *m_text;
    QList<QGraphicsEllipseItem *> m_dots;
};

} // namespace sloop::widgets
