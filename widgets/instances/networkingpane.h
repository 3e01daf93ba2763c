#pragma once

#include "instances/instanceoperation.h"
#include "instances/instancerecord.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sloop::instances {
class InstanceService;
}

namespace sloop::widgets {

class NoticeBanner;

// An instance's firewall and published ports. Rules are edited here and
// applied together (setFirewall): published ports on a container instance,
// nftables on a server. A refusal (a source the engine cannot enforce, SSH
// closed) is shown under the rules, where it was asked for.
class NetworkingPane : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkingPane(instances::InstanceService *service, QWidget *parent = nullptr);

    void showInstance(const instances::InstanceRecord &record);

    // The rules as edited (not yet applied).
    const QList<instances::FirewallRule> &pendingRules() const { return m_pending; }
    QString problemText() const;

    // For tests and the keyboard alike: fill the new-rule fields.
    void setNewRule(const QString &protocol, const QString &ports, const QString &source);

public Q_SLOTS:
    bool addRule();
    void removeSelectedRule();
    void apply();
    void revert();

Q_SIGNALS:
    void operationStarted(sloop::instances::InstanceOperation *job);

private:
    void showRules();
    void showPorts();
    void showProblem(const QString &text);
    void updateButtons();

    instances::InstanceService *m_service;
    instances::InstanceRecord m_record;
    QList<instances::FirewallRule> m_pending;
    QPointer<instances::InstanceOperation> m_job;
    QLabel *m_intro;
    QTreeWidget *m_rules;
    QComboBox *m_protocol;
    QLineEdit *m_ports;
    QLineEdit *m_source;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_apply;
    QPushButton *m_revert;
    NoticeBanner *m_problem;
    QLabel *m_status;
    QLabel *m_portsTitle;
    QLabel *m_mappings;
};

} // namespace sloop::widgets
