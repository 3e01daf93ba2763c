#pragma once

#include "apipane.h"
#include "common/prompter.h"

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sloop::widgets {

class AuthorizerDialog;

// An API's authorizers: what each checks and how many routes use it; add,
// change and remove them (one a route uses is not removed).
class ApiAuthorizersPane : public ApiPane
{
    Q_OBJECT
public:
    explicit ApiAuthorizersPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Tests: see a dialog before it opens (instead of open()).
    void setDialogHook(std::function<void(AuthorizerDialog *)> hook) { m_hook = std::move(hook); }

public Q_SLOTS:
    void addAuthorizer();
    void changeAuthorizer();
    void removeAuthorizer();

private:
    QString currentName() const;
    void runDialog(AuthorizerDialog *dialog);

    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    Prompter *m_prompter = nullptr;
    std::function<void(AuthorizerDialog *)> m_hook;
};

} // namespace sloop::widgets
