#pragma once

#include "apipane.h"
#include "common/prompter.h"

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sloop::widgets {

class AddRouteDialog;
class CorsDialog;

// An API's routes as a tree of paths and methods, each with what it sends
// requests to: add, change and remove them, and deploy them to a stage.
// Routes not yet deployed are marked.
class ApiRoutesPane : public ApiPane
{
    Q_OBJECT
public:
    explicit ApiRoutesPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;

    QTreeWidget *tree() const { return m_tree; }
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Tests: see a dialog before it opens (instead of exec()).
    void setDialogHook(std::function<void(AddRouteDialog *)> hook) { m_hook = std::move(hook); }
    void setCorsDialogHook(std::function<void(CorsDialog *)> hook) { m_corsHook = std::move(hook); }
    void setStageAsker(std::function<QString(const QStringList &stages)> asker)
    {
        m_askStage = std::move(asker);
    }

public Q_SLOTS:
    void addRoute();
    void changeRoute();
    void removeRoute();
    void deploy();
    void editCors();

private:
    QString currentKey() const;
    void runDialog(AddRouteDialog *dialog, const QString &replacing);

    QTreeWidget *m_tree;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_deploy;
    QPushButton *m_cors;
    Prompter *m_prompter = nullptr;
    std::function<void(AddRouteDialog *)> m_hook;
    std::function<void(CorsDialog *)> m_corsHook;
    std::function<QString(const QStringList &)> m_askStage;
};

// "function hello (payload 2.0)", "GET http://…", "mock 200".
QString integrationSummary(const gateway::Integration &integration);

} // namespace sloop::widgets
