#pragma once

#include <QDockWidget>

class QTableView;
class QLineEdit;
class QSortFilterProxyModel;

namespace sloop {
class ControlPlane;
}

namespace sloop::models {
class CommandLogModel;
}

namespace sloop::widgets {

// Every engine call Sloop makes, with time, target, duration and result, so
// a learner sees exactly what a click did.
class CommandLogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CommandLogDock(ControlPlane *plane, QWidget *parent = nullptr);
    models::CommandLogModel *model() const { return m_model; }

private:
    void buildView();

    models::CommandLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace sloop::widgets
