#pragma once

#include "apipane.h"
#include "common/prompter.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace sloop::widgets {

// An API's stages: the deployment each serves, when it was deployed, its
// URL and throttle; roll a stage back to the deployment before, or remove it.
class ApiStagesPane : public ApiPane
{
    Q_OBJECT
public:
    explicit ApiStagesPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;

    QTableWidget *table() const { return m_table; }
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

public Q_SLOTS:
    void rollBack();
    void removeStage();

private:
    QString currentStage() const;

    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_rollBack;
    QPushButton *m_remove;
    Prompter *m_prompter = nullptr;
};

} // namespace sloop::widgets
