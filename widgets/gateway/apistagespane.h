#pragma once

#include "apipane.h"
#include "common/prompter.h"

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sloop::widgets {

class StageCacheDialog;

// An API's stages: the deployment each serves, when it was deployed, its
// URL, throttle and cache; roll a stage back to the deployment before, set
// or flush its cache, or remove it.
class ApiStagesPane : public ApiPane
{
    Q_OBJECT
public:
    explicit ApiStagesPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;

    QTableWidget *table() const { return m_table; }
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Tests: see the cache dialog before it opens (instead of open()).
    void setCacheDialogHook(std::function<void(StageCacheDialog *)> hook)
    {
        m_cacheHook = std::move(hook);
    }

public Q_SLOTS:
    void rollBack();
    void removeStage();
    void editCache();
    void flushCache();

private:
    QString currentStage() const;

    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_rollBack;
    QPushButton *m_remove;
    QPushButton *m_cache;
    QPushButton *m_flush;
    Prompter *m_prompter = nullptr;
    std::function<void(StageCacheDialog *)> m_cacheHook;
};

} // namespace sloop::widgets
