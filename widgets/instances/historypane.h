#pragma once

// Complete here: jobview.h uses QPointer<InstanceOperation> inline with only a
// forward declaration, which breaks any translation unit (moc's too) that
// has not seen the class before it.
#include "instances/instanceoperation.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace sloop {
class JobView;
}

namespace sloop::instances {
class InstanceService;
}

namespace sloop::widgets {

// Everything done to an instance, newest first: time, action, whether it
// worked, and its log. A job still running is shown live above the list.
class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPane(instances::InstanceService *service, QWidget *parent = nullptr);

    void showInstance(const QString &name);
    void reload();

    QTreeWidget *events() const { return m_events; }
    JobView *jobView() const { return m_jobView; }
    QString shownLog() const;

private:
    void showJob(instances::InstanceOperation *job);
    void showEventLog(int row);

    instances::InstanceService *m_service;
    QString m_name;
    QLabel *m_jobTitle;
    JobView *m_jobView;
    QTreeWidget *m_events;
    QPlainTextEdit *m_log;
    QLabel *m_empty;
    QList<QString> m_logs; // by row
};

} // namespace sloop::widgets
