#pragma once

#include "common/prompter.h"
#include "gateway/apimodel.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace sloop {
class ControlPlane;
}
namespace sloop::models {
class ApiListModel;
}

namespace sloop::widgets {

class ApiAuthorizersPane;
class ApiKeysPane;
class ApiLogsPane;
class ApiRoutesPane;
class ApiStagesPane;
class ApiTryPane;
class NoticeBanner;
class TargetMonitor;

// APIs, as API Gateway's console shows them: a list with each API's type,
// stages and today's requests, errors and p99 latency; Create and Delete;
// and for the selected API its Routes, Stages, Keys and usage plans, a
// "Try it" request builder, its Monitoring (API Gateway's metrics of its
// first stage, charted) and the access log. Without APIs, an empty
// state explains what an API is and offers to make one.
class ApisPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApisPage(ControlPlane *plane, QWidget *parent = nullptr);

    models::ApiListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QStackedWidget *stack() const { return m_stack; }
    QTabWidget *tabs() const { return m_tabs; }
    ApiRoutesPane *routesPane() const { return m_routes; }
    ApiStagesPane *stagesPane() const { return m_stages; }
    ApiAuthorizersPane *authorizersPane() const { return m_authorizers; }
    ApiKeysPane *keysPane() const { return m_keys; }
    ApiTryPane *tryPane() const { return m_try; }
    NoticeBanner *exposedBanner() const { return m_exposed; }
    ApiLogsPane *logsPane() const { return m_logs; }
    TargetMonitor *monitor() const { return m_monitor; }
    QLabel *costLabel() const { return m_cost; }
    QString currentApi() const;
    void selectApi(const QString &idOrName);

    void setPrompter(Prompter *prompter);
    // Tests: answer the create dialog (name, type) instead of showing it.
    void setCreateAsker(std::function<bool(QString *name, gateway::ApiType *type)> asker)
    {
        m_askCreate = std::move(asker);
    }

Q_SIGNALS:
    void learnRequested(const QString &cardId);
    void quickStartReady(const QString &apiId);

public Q_SLOTS:
    void createApi();
    // Makes (or reuses) the sample API of the Learn page's API Gateway card
    // and opens Try it on it with its new key filled in.
    void quickStart();
    void removeApi();
    void reload();

private:
    QWidget *buildEmptyState();
    void showCost(const gateway::Api &api);
    // The list from the store as it is: reload() first writes what the
    // gateway holds back, which waits on the store thread.
    void showStored();
    void showCurrent();

    ControlPlane *m_plane;
    models::ApiListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    NoticeBanner *m_problem;
    NoticeBanner *m_exposed; // the API shown is served to other machines
    QPushButton *m_create;
    QPushButton *m_remove;
    QTabWidget *m_tabs;
    ApiRoutesPane *m_routes = nullptr;
    ApiStagesPane *m_stages = nullptr;
    ApiAuthorizersPane *m_authorizers = nullptr;
    ApiKeysPane *m_keys = nullptr;
    ApiTryPane *m_try = nullptr;
    ApiLogsPane *m_logs = nullptr;
    TargetMonitor *m_monitor = nullptr;
    QLabel *m_cost = nullptr;
    QHash<QString, QPair<qint64, QString>> m_costShown; // API id → (when, text)
    QTimer m_reloadSoon;
    Prompter *m_prompter = nullptr;
    std::function<bool(QString *, gateway::ApiType *)> m_askCreate;
    bool m_quickStarting = false;
};

} // namespace sloop::widgets
