#pragma once

#include "engine/dockertypes.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace sloop::containers {
class StatsSampler;
}

namespace sloop::widgets {

// Live charts of one container's CPU, memory and network over the last
// minutes, fed by the engine's stats sampler.
class StatsCharts : public QWidget
{
    Q_OBJECT
public:
    explicit StatsCharts(QWidget *parent = nullptr);
    void attach(containers::StatsSampler *sampler, const QString &containerId);
    void detach();
    int pointCount() const;

protected:
    // QtCharts is costly to set up; the charts are built when first shown.
    void showEvent(QShowEvent *event) override;

    static constexpr int kWindowSeconds = 600;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QLineSeries *series = nullptr;
        QLineSeries *series2 = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };
    Chart makeChart(const QString &title, const QString &unit, const QString &name,
                    const QString &name2 = {});
    void add(const engine::StatsSample &sample);
    void rescale();
    void ensureCharts();
    bool m_built = false;

    QPointer<containers::StatsSampler> m_sampler;
    QString m_id;
    Chart m_cpu;
    Chart m_memory;
    Chart m_net;
    QLabel *m_empty;
    engine::StatsSample m_previous;
    bool m_hasPrevious = false;
};

} // namespace sloop::widgets
