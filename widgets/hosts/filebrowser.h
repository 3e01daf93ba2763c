#pragma once

#include "common/prompter.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace sloop::ssh {
class SftpClient;
class SshSession;
struct SftpEntry;
} // namespace sloop::ssh

namespace sloop::models {
class RemoteFileModel;
class RemoteFileSortProxy;
} // namespace sloop::models

namespace sloop::widgets {

class NoticeBanner;
class TransfersPanel;

// A host's files over SFTP: a path bar, a sortable listing (folders first),
// uploads (button or drop local files on the listing), downloads, new
// folder, rename (F2 or the button), delete (asks first), and a transfers
// panel. Errors go to a message strip; the listing stays as it was.
// listed() and failed() come from the event loop, never inside the call
// that asked (navigate(), refresh()...): connect or wait after calling.
class FileBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit FileBrowser(ssh::SshSession *session, QWidget *parent = nullptr);
    ~FileBrowser() override;

    QString currentPath() const { return m_path; }
    models::RemoteFileModel *model() const { return m_model; }
    QAbstractItemModel *viewModel() const;
    QTableView *view() const { return m_view; }
    NoticeBanner *message() const { return m_message; }
    TransfersPanel *transfers() const { return m_transfers; }
    ssh::SftpClient *client() const { return m_client; }

    // Who asks before a destructive step (tests answer without a dialog).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

public Q_SLOTS:
    void navigate(const QString &path);
    void goHome();
    void goUp();
    void refresh();
    void createFolder(const QString &name);
    void uploadFiles(const QStringList &localFiles);
    void downloadSelected(const QString &localFolder);
    void deleteSelected();

Q_SIGNALS:
    void listed(const QString &path, int entries);
    void failed(const QString &message);
    void transferFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<ssh::SftpEntry> selectedEntries() const;
    void list(const QString &path, int generation);
    void showState();
    void updateActions();
    void askNewFolder();
    void askUpload();
    void askDownload();
    void startRename();
    void rename(const QString &path, const QString &newName);
    bool confirm(const Confirmation &question);
    void fail(const QString &message);

    ssh::SshSession *m_session;
    ssh::SftpClient *m_client;
    models::RemoteFileModel *m_model;
    models::RemoteFileSortProxy *m_proxy;
    QLineEdit *m_pathEdit;
    QTableView *m_view;
    QLabel *m_state;
    QStackedWidget *m_stack;
    NoticeBanner *m_message;
    TransfersPanel *m_transfers;
    QAction *m_up;
    QAction *m_newFolder;
    QAction *m_upload;
    QAction *m_download;
    QAction *m_rename;
    QAction *m_delete;
    QString m_path;
    bool m_connected = false;
    // Only the newest navigation's answer counts: a slow "Home" must not
    // replace the folder the person went to after it.
    int m_generation = 0;
    QString m_stateText;
    Prompter *m_prompter = nullptr;
};

} // namespace sloop::widgets
