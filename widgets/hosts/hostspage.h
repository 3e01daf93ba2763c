#pragma once

#include "common/prompter.h"
#include "hosts/hostrecord.h"
#include "hosts/hoststatus.h"
#include "instances/machinecostdialog.h"
#include "ssh/ssherror.h"
#include "ssh/sshtypes.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace sloop {
class ControlPlane;
}

namespace sloop::models {
class HostListModel;
}

namespace sloop::widgets {

class HostDialog;
class HostOverview;

// The SSH hosts inventory: a list with reachability, grouped by tag, and the
// selected host's overview. Adding a host connects to it at once; an
// unknown host key asks to be trusted, a changed one is refused with both
// fingerprints and can only be forgotten explicitly.
class HostsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostsPage(ControlPlane *plane, QWidget *parent = nullptr);

    // Hooks so tests can answer the dialogs instead of a person.
    using DialogHook = std::function<void(HostDialog *dialog)>;
    using KeyHook = std::function<bool(const QString &host, const ssh::SshError &error)>;
    using ImportHook = std::function<void(class SshConfigImportDialog *dialog)>;
    void setImportHook(ImportHook hook) { m_importHook = std::move(hook); }
    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }
    void setTrustHook(KeyHook hook) { m_trustHook = std::move(hook); }
    void setForgetHook(KeyHook hook) { m_forgetHook = std::move(hook); }
    void setCostPrompt(MachineCostPrompt prompt) { m_costPrompt = std::move(prompt); }
    // Who asks before a destructive step (tests answer without a dialog).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    models::HostListModel *model() const { return m_model; }
    HostOverview *overview() const { return m_overview; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QTreeView *view() const { return m_view; }
    // Selects the host by name (false when there is none).
    bool selectHost(const QString &name);
    std::optional<hosts::HostRecord> currentHost() const;

    // Adds a tab to each host's detail (Files, Terminal), built for the host
    // when it is first shown.
    using TabFactory = std::function<QWidget *(const hosts::HostRecord &host)>;
    void addDetailTab(const QString &title, TabFactory factory);

public Q_SLOTS:
    void reload();
    void addHost();
    void editHost();
    void removeHost();
    void checkHost();
    // Opens the import dialog on `file` (empty: ~/.ssh/config).
    void importSshConfig(const QString &file = {});

private:
    void showSelected();
    void openHostDialog(const std::optional<hosts::HostRecord> &existing);
    void buildCurrentTab();
    void startCheck(const hosts::HostRecord &host, bool interactive,
                    ssh::HostKeyPolicy policy = ssh::HostKeyPolicy::Strict);
    void afterCheck(const hosts::HostRecord &host, const hosts::HostStatus &status,
                    bool interactive);
    void trustCurrent();
    void forgetCurrent();
    void updateActions();
    void rebuildTagFilter();

    ControlPlane *m_plane;
    models::HostListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QWidget *m_left = nullptr;
    QLineEdit *m_filter;
    QComboBox *m_tagFilter;
    QStackedWidget *m_right;
    QTabWidget *m_tabs;
    HostOverview *m_overview;
    QLabel *m_problem;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_check;
    QAction *m_import;
    struct DetailTab
    {
        QString title;
        TabFactory factory;
    };
    QList<DetailTab> m_tabFactories;
    QString m_tabsHost; // the host the extra tabs were built for
    DialogHook m_dialogHook;
    KeyHook m_trustHook;
    KeyHook m_forgetHook;
    MachineCostPrompt m_costPrompt;
    Prompter *m_prompter = nullptr;
    ImportHook m_importHook;
    bool m_checkedAll = false;
    // The key the person approved in the trust question, until its check ends.
    QString m_approvedFingerprint;
};

} // namespace sloop::widgets
