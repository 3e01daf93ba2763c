#pragma once

#include "metrics/metricpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace sloop::metrics {
class MetricStore;
}
namespace sloop::models {
class TargetOverviewModel;
class TargetOverviewSortModel;
} // namespace sloop::models

namespace sloop::widgets {

// Every monitored target as a small card (name, kind, CPU, memory, alarm
// state and an hour of CPU as a sparkline) in a grid that can be sorted and
// filtered. Cards are painted by a delegate over one list view: fifty of
// them cost one view, not fifty charts.
class MonitoringOverview : public QWidget
{
    Q_OBJECT
public:
    enum SortKey
    {
        SortByName,
        SortByCpu,
        SortByMemory,
        SortByAlarmState,
    };

    explicit MonitoringOverview(metrics::MetricStore *store, QWidget *parent = nullptr);
    ~MonitoringOverview() override;

    // 0 OK, 1 insufficient data, 2 ALARM; without one every card reads
    // "Insufficient data".
    void setAlarmStateFunction(std::function<int(const QString &targetKey)> function);
    // Targets that are one thing to a person: a container instance is its
    // container (its numbers) and a host (its status checks). Each pair
    // (host key → container key) becomes one card, the container's: in
    // ALARM when either is, else OK when either is.
    void setMergeFunction(std::function<QHash<QString, QString>()> function);
    void setSortKey(SortKey key);
    void setFilterText(const QString &text);
    // How often samples are taken, for the empty state's text.
    void setCollectIntervalSeconds(int seconds);

    // Keys in the order shown (sorted, filtered).
    QStringList shownKeys() const;
    bool isShowingEmptyState() const;
    QString emptyText() const;
    QListView *view() const { return m_view; }
    models::TargetOverviewModel *model() const { return m_model; }

public Q_SLOTS:
    // Reads the targets, their latest CPU and memory, an hour of CPU each
    // and the alarm states from the store.
    void refresh();
    // Updates the cards' numbers from live samples; a target not seen yet
    // brings a full refresh, at most one every few seconds.
    void addLive(const sloop::metrics::MetricBatch &batch);
    void refreshAlarmStates();

Q_SIGNALS:
    void targetActivated(const QString &targetKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void activate(const QModelIndex &index);

    metrics::MetricStore *m_store;
    std::function<int(const QString &)> m_alarmState;
    int alarmStateOf(const QString &key) const;
    std::function<QHash<QString, QString>()> m_merge;
    QHash<QString, QString> m_merged; // of the last refresh: container key → host key
    models::TargetOverviewModel *m_model;
    models::TargetOverviewSortModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_sort;
    QStackedWidget *m_stack;
    QListView *m_view;
    QLabel *m_empty;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    int m_intervalSeconds = 5;
};

} // namespace sloop::widgets
