#pragma once

#include "metrics/metricpoint.h"
#include "metrics/metricstore.h"
#include "util/result.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace sloop::models {
class MetricSeriesModel;
}

namespace sloop::widgets {

class MetricChart;

// The charts of one target (a host, a container, an engine) over a chosen
// range: CPU, memory, network in and out, disk usage (hosts only) and disk
// I/O. In Live mode (the default) the right edge stays at now and samples
// handed to addLive() are appended as they come, so no timer polls the
// store; with Live off the range stands still for a closer look.
class MetricsDashboard : public QWidget
{
    Q_OBJECT
public:
    enum class Range
    {
        Hour,
        SixHours,
        Day,
        Week,
        TwoWeeks,
    };
    Q_ENUM(Range)

    explicit MetricsDashboard(metrics::MetricStore *store, QWidget *parent = nullptr);
    ~MetricsDashboard() override;

    void setTarget(const metrics::Target &target);
    void setTargetKey(const QString &key);
    metrics::Target target() const { return m_target; }

    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeMs(Range range);
    void setLive(bool live);
    bool isLive() const { return m_live; }
    // How often samples are taken, for the empty state's text.
    void setCollectIntervalSeconds(int seconds);

    // Reads the range from the store again (the Live edge moves to now).
    void reload();

    // The chart of a metric shown on it (net_out → the network chart);
    // nullptr when hidden for this target (disk usage of a container).
    MetricChart *chartFor(const QString &metric) const;
    QList<MetricChart *> visibleCharts() const;
    // The series of a metric as read and appended (tests, exports).
    models::MetricSeriesModel *modelFor(const QString &metric) const;
    // The resolution the last reload read at (the CPU chart's query).
    metrics::Resolution lastResolution() const { return m_lastResolution; }
    bool isShowingEmptyState() const;
    QString emptyText() const;

    // Every visible chart into `folder` as NAME-CHART.png or .csv.
    VoidResult exportAll(const QString &folder, bool png) const;

public Q_SLOTS:
    void addLive(const sloop::metrics::MetricBatch &batch);

private:
    struct Panel
    {
        MetricChart *chart = nullptr;
        QStringList metrics;
        QList<models::MetricSeriesModel *> models;
        QList<metrics::TargetKind> kinds; // the targets it is shown for
        QString fileName;
    };
    // Machines: hosts, containers and engines.
    static const QList<metrics::TargetKind> kMachines;
    void addPanel(const QString &title, const QString &fileName,
                  const QList<std::pair<QString, QString>> &lines,
                  const QList<metrics::TargetKind> &kinds = kMachines);
    bool isShown(const Panel &panel) const;
    void relayout();
    void alignCharts(); // plot areas start at the same x in every chart
    void updateEmptyState();
    void slideTo(qint64 nowMs);
    void exportAllInteractively(bool png);
    QWidget *buildToolbar();

    metrics::MetricStore *m_store;
    metrics::Target m_target;
    Range m_range = Range::Hour;
    bool m_live = true;
    int m_intervalSeconds = 5;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    metrics::Resolution m_lastResolution = metrics::Resolution::Auto;
    QList<Panel> m_panels;
    QLabel *m_title;
    QLabel *m_kind;
    QButtonGroup *m_ranges;
    QAbstractButton *m_liveButton;
    QToolButton *m_export;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QGridLayout *m_grid;
};

} // namespace sloop::widgets
