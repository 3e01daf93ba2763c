#include "queuedepthchart.h"

#include "batch/batchjobmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sloop::widgets {

QueueDepthChart::QueueDepthChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_waiting(new QLineSeries)
    , m_running(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("queueDepthChart"));
    setAccessibleName(tr("Jobs waiting and running over the last hour"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Follow the window's palette so the chart reads in light and dark.
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setTitleBrush(pal.color(QPalette::Text));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    m_waiting->setName(tr("Waiting"));
    m_running->setName(tr("Running"));
    // The statuses' own colours, as in the jobs list.
    m_waiting->setPen(QPen(models::statusColor(batch::JobStatus::Runnable), 2));
    m_running->setPen(QPen(models::statusColor(batch::JobStatus::Running), 2));
    m_chart->addSeries(m_waiting);
    m_chart->addSeries(m_running);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(7);
    m_x->setLabelsColor(pal.color(QPalette::Text));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("jobs"));
    m_y->setLabelsColor(pal.color(QPalette::Text));
    m_y->setTitleBrush(pal.color(QPalette::Text));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_waiting, m_running}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void QueueDepthChart::setDepth(const QString &title, const QList<batch::DepthPoint> &points)
{
    m_points = points;
    m_chart->setTitle(title);
    QList<QPointF> waiting, running;
    int most = 0;
    for (const batch::DepthPoint &p : points) {
        waiting.append({double(p.ms), double(p.waiting)});
        running.append({double(p.ms), double(p.running)});
        most = qMax(most, qMax(p.waiting, p.running));
    }
    m_waiting->replace(waiting);
    m_running->replace(running);
    if (!points.isEmpty())
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(points.first().ms),
                      QDateTime::fromMSecsSinceEpoch(points.last().ms));
    // Whole jobs on the axis, with a little room above the highest.
    const int top = qMax(4, most + qMax(1, most / 10));
    m_y->setRange(0, top);
    m_y->setTickCount(qMin(top, 4) + 1);
}

} // namespace sloop::widgets
