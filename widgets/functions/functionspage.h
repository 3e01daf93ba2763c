#pragma once

#include "common/prompter.h"
#include "functions/functioncost.h"
#include "functions/functionrecord.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace sloop {
class ControlPlane;
}
namespace sloop::functions {
class FunctionService;
}
namespace sloop::models {
class FunctionListModel;
}

namespace sloop::widgets {

class FunctionCodePane;
class FunctionConfigPane;
class FunctionLogsPane;
class CreateFunctionDialog;
class FunctionTestPane;
class FunctionTriggersPane;
class TargetMonitor;
class NoticeBanner;

// Functions, as Lambda's console shows them: a list with today's
// invocations, errors, p95 duration and warm environments; Create (from a
// template or a folder), Delete; and for the selected function a Test tab
// (event, Invoke, result, log), its Configuration, its Triggers (schedules),
// its Monitoring (Lambda's metrics, charted) and its latest Logs.
// Without functions, an empty state offers the templates.
class FunctionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionsPage(ControlPlane *plane, QWidget *parent = nullptr);

    models::FunctionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QStackedWidget *stack() const { return m_stack; }
    FunctionTestPane *testPane() const { return m_test; }
    FunctionTriggersPane *triggersPane() const { return m_triggers; }
    TargetMonitor *monitor() const { return m_monitor; }
    FunctionLogsPane *logsPane() const { return m_logs; }
    QString currentFunction() const;
    void selectFunction(const QString &name);

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Tests: see the create dialog before it opens (instead of open()).
    void setDialogHook(std::function<void(CreateFunctionDialog *)> hook)
    {
        m_dialogHook = std::move(hook);
    }
    FunctionConfigPane *configPane() const { return m_config; }
    FunctionCodePane *codePane() const { return m_code; }
    QLabel *costLabel() const { return m_cost; }

Q_SIGNALS:
    // The person asked to read a Learn card ("lambda").
    void learnRequested(const QString &cardId);

public Q_SLOTS:
    void createFunction(const QString &templateId = {});
    void removeFunction();
    void reload();

private:
    QWidget *buildEmptyState();
    QWidget *buildConfiguration();
    void showCurrent();
    // From the row's usage, read by reload() with the rest of the list.
    void showCost(const functions::FunctionRecord &record, const pricing::FunctionUsage &use);
    functions::FunctionCost costOf(const functions::FunctionRecord &record,
                                   const pricing::FunctionUsage &use) const;

    ControlPlane *m_plane;
    functions::FunctionService *m_service;
    models::FunctionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    NoticeBanner *m_problem;
    QPushButton *m_create;
    QPushButton *m_remove;
    QTabWidget *m_tabs;
    FunctionTestPane *m_test;
    FunctionTriggersPane *m_triggers;
    TargetMonitor *m_monitor;
    FunctionConfigPane *m_config;
    FunctionCodePane *m_code;
    QLabel *m_cost;
    std::optional<pricing::LambdaPrices> m_prices;
    QHash<QString, double> m_statedCosts; // lower-case location → monthly, as of reload()
    QString m_pricesProblem;
    FunctionLogsPane *m_logs;
    QTimer m_reloadSoon;
    Prompter *m_prompter = nullptr;
    std::function<void(CreateFunctionDialog *)> m_dialogHook;
};

} // namespace sloop::widgets
