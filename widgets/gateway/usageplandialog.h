#pragma once

#include "gateway/apikeys.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sloop::widgets {

// A usage plan: its rate and burst per key, an optional quota, and the
// stages (API:STAGE) it covers.
class UsagePlanDialog : public QDialog
{
    Q_OBJECT
public:
    // stages: "API_ID:STAGE" → how to show it ("shop – prod").
    UsagePlanDialog(const QList<QPair<QString, QString>> &stages, QWidget *parent = nullptr);
    gateway::UsagePlan plan() const;

    QLineEdit *nameEdit() const { return m_name; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QSpinBox *burstBox() const { return m_burst; }
    QSpinBox *quotaBox() const { return m_quota; }
    QListWidget *stageList() const { return m_stages; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_name;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_burst;
    QSpinBox *m_quota;
    QComboBox *m_period;
    QListWidget *m_stages;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
