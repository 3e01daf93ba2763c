#pragma once

#include "apipane.h"

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sloop::widgets {

class UsagePlanDialog;

// API keys and the usage plans for this API's stages: make a key (its value
// shown once), make a plan, put a key in a plan, and export each key's
// requests per day as CSV, what a person bills from.
class ApiKeysPane : public ApiPane
{
    Q_OBJECT
public:
    explicit ApiKeysPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;
    void refresh();

    QTableWidget *keyTable() const { return m_keys; }
    QTableWidget *planTable() const { return m_plans; }
    // Tests: answer the questions the pane would ask in dialogs.
    void setNameAsker(std::function<QString(const QString &what)> asker)
    {
        m_askName = std::move(asker);
    }
    void setValueShower(std::function<void(const QString &value)> shower)
    {
        m_showValue = std::move(shower);
    }
    void setPlanDialogHook(std::function<void(UsagePlanDialog *)> hook)
    {
        m_planHook = std::move(hook);
    }

public Q_SLOTS:
    void createKey();
    void createPlan();
    void addKeyToPlan();
    void exportUsage();

private:
    QString selectedKeyId() const;
    QString selectedPlanId() const;
    void showValueOnce(const QString &name, const QString &value);

    QTableWidget *m_keys;
    QTableWidget *m_plans;
    QLabel *m_status;
    QPushButton *m_addToPlan;
    std::function<QString(const QString &)> m_askName;
    std::function<void(const QString &)> m_showValue;
    std::function<void(UsagePlanDialog *)> m_planHook;
};

} // namespace sloop::widgets
