#pragma once

#include "apipane.h"

#include <QTimer>

class QLabel;
class QTableWidget;

namespace sloop::widgets {

// The API's latest requests from the access log, newest first: time,
// stage, method and path, route, status, latency, key and source, and why
// a request failed.
class ApiLogsPane : public ApiPane
{
    Q_OBJECT
public:
    static constexpr int kShown = 200;
    explicit ApiLogsPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;
    // Writes what the gateway holds back, then shows the log.
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    void showStored(); // what the store has, without waiting for the rest

    QTableWidget *m_table;
    QLabel *m_status;
    QTimer m_soon; // requests come in bursts: one refresh a burst
};

} // namespace sloop::widgets
