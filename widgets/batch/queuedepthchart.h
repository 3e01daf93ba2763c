#pragma once

#include "batch/queuedepth.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace sloop::widgets {

// A queue's depth over time on the Job queues tab: how many of its jobs
// waited and how many ran, over the last hour.
class QueueDepthChart : public QWidget
{
    Q_OBJECT
public:
    explicit QueueDepthChart(QWidget *parent = nullptr);
    void setDepth(const QString &title, const QList<batch::DepthPoint> &points);
    const QList<batch::DepthPoint> &points() const { return m_points; }

    static constexpr qint64 kWindowMs = 3'600'000;
    static constexpr int kPoints = 121; // every 30 s

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_waiting;
    QLineSeries *m_running;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<batch::DepthPoint> m_points;
};

} // namespace sloop::widgets
