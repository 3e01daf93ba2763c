#include "charthover.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace sloop::widgets {

namespace {
constexpr qreal kZ = 20; // above the series
constexpr qreal kPadding = 6;
constexpr qreal kDotRadius = 3.5;
} // namespace

ChartHover::ChartHover(QChart *chart)
    : m_chart(chart)
    , m_line(new QGraphicsLineItem(chart))
    , m_box(new QGraphicsRectItem(chart))
    , m_text(new QGraphicsSimpleTextItem(m_box))
{
    m_line->setZValue(kZ);
    m_box->setZValue(kZ + 2);
    hide();
}

ChartHover::~ChartHover() = default; // the items are the chart's children

void ChartHover::setColors(const QColor &text, const QColor &background, const QColor &line)
{
    QPen pen(line);
    pen.setStyle(Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
    QColor fill = background;
    fill.setAlpha(235);
    m_box->setBrush(fill);
    m_box->setPen(QPen(line, 1));
    m_text->setBrush(text);
}

void ChartHover::show(qreal x, const QList<Dot> &dots, const QString &text, const QPointF &near)
{
    const QRectF plot = m_chart->plotArea();
    m_line->setLine(x, plot.top(), x, plot.bottom());
    m_line->show();

    while (m_dots.size() < dots.size()) {
        auto *dot = new QGraphicsEllipseItem(m_chart);
        dot->setZValue(kZ + 1);
        m_dots.append(dot);
    }
    for (qsizetype i = 0; i < m_dots.size(); ++i) {
        QGraphicsEllipseItem *dot = m_dots.at(i);
        if (i >= dots.size()) {
            dot->hide();
            continue;
        }
        const QPointF p = dots.at(i).position;
        dot->setRect(p.x() - kDotRadius, p.y() - kDotRadius, 2 * kDotRadius, 2 * kDotRadius);
        dot->setBrush(dots.at(i).color);
        dot->setPen(QPen(m_box->brush().color(), 1.5));
        dot->show();
    }

    m_text->setText(text);
    const QRectF textRect = m_text->boundingRect();
    const QSizeF size(textRect.width() + 2 * kPadding, textRect.height() + 2 * kPadding);
    // Right of the pointer, or left of it when that would leave the plot.
    QPointF topLeft = near + QPointF(14, 14);
    if (topLeft.x() + size.width() > plot.right())
        topLeft.setX(near.x() - 14 - size.width());
    if (topLeft.y() + size.height() > plot.bottom())
        topLeft.setY(plot.bottom() - size.height());
    topLeft.setX(std::max(plot.left(), topLeft.x()));
    topLeft.setY(std::max(plot.top(), topLeft.y()));
    m_box->setRect(0, 0, size.width(), size.height());
    m_box->setPos(topLeft);
    m_text->setPos(kPadding, kPadding);
    m_box->show();
}

void ChartHover::hide()
{
    m_line->hide();
    m_box->hide();
    for (QGraphicsEllipseItem *dot : m_dots)
        dot->hide();
}

bool ChartHover::isVisible() const
{
    return m_box->isVisible();
}

} // namespace sloop::widgets
