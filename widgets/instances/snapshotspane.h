#pragma once

#include "common/prompter.h"
#include "instances/instanceoperation.h"
#include "instances/instancerecord.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sloop::instances {
class InstanceService;
}

namespace sloop::widgets {

class NoticeBanner;

// An instance's snapshots: take one (a commit of a container, an archive of
// chosen paths of a server), restore one as a new instance, delete one, and
// the daily automatic snapshots that keep the last seven.
class SnapshotsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotsPane(instances::InstanceService *service, QWidget *parent = nullptr);

    void showInstance(const instances::InstanceRecord &record);
    void reload();

    // Who asks before a delete (tests answer without a dialog).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    QTreeWidget *list() const { return m_list; }
    QString problemText() const;
    // Selects the snapshot of that name; false when it is not listed.
    bool selectSnapshot(const QString &name);

public Q_SLOTS:
    void createSnapshot();
    void restoreSelected();
    void deleteSelected();

Q_SIGNALS:
    void operationStarted(sloop::instances::InstanceOperation *job);

private:
    void setAutomatic(bool on);
    void track(instances::InstanceOperation *job, const QString &doing);
    void showProblem(const QString &text);
    void updateButtons();
    QString selectedName() const;

    instances::InstanceService *m_service;
    instances::InstanceRecord m_record;
    QPointer<instances::InstanceOperation> m_job;
    Prompter *m_prompter = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_paths;
    QLabel *m_pathsLabel;
    QPushButton *m_create;
    QTreeWidget *m_list;
    QLineEdit *m_restoreName;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QCheckBox *m_automatic;
    NoticeBanner *m_problem;
    QLabel *m_status;
    QLabel *m_empty;
};

} // namespace sloop::widgets
