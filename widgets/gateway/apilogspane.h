#pragma once

#include "apipane.h"

#include <QTimer>

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
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    QTimer m_soon; // requests come in bursts: one refresh a burst
};

} // namespace sloop::widgets
