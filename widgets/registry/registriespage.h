#pragma once

#include "common/prompter.h"
#include "registry/registrytypes.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sloop {
class ControlPlane;
}

namespace sloop::models {
class TagModel;
}

namespace sloop::registry {
class RegistryClient;
}

namespace sloop::widgets {

class LifecycleDialog;
class NoticeBanner;

// Registries (ECR): the private registries Sloop knows, one at a time —
// its repositories, a repository's tags with digest, size, layers,
// platforms and age; push an image of the active engine to it with
// progress, copy a tag's pull command, delete a tag. Adding one takes its
// address and, when it wants one, a user whose password goes to the
// keychain.
class RegistriesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegistriesPage(ControlPlane *plane, QWidget *parent = nullptr);
    ~RegistriesPage() override;
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setEngine(const QString &engineName) { m_engine = engineName; }

    // What the dialogs end in (and what tests call).
    void addRegistry(const registry::RegistryRecord &record, const QString &password,
                     bool allowPlainHttp);
    void showRegistry(const QString &name);
    void showRepository(const QString &repository);
    void pushImage(const QString &localImage, const QString &repository, const QString &tag);
    void deleteSelectedTag();
    // The repository's lifecycle rule dialog, not yet shown (tests drive it).
    LifecycleDialog *openLifecycle();

Q_SIGNALS:
    void learnRequested(const QString &card);
    void repositoriesShown();
    void tagsShown();
    void pushFinished(const sloop::Result<QString> &digest);

private:
    QWidget *buildEmptyState();
    QWidget *buildBrowser();
    void reloadRegistries();
    void askAdd();
    void askPush();
    void removeRegistry();
    void askLifecycle();
    void openClient(const QString &name, std::function<void()> then);
    QString selectedTag() const;

    ControlPlane *m_plane;
    Prompter *m_prompter = nullptr;
    QString m_engine;
    std::unique_ptr<registry::RegistryClient> m_client;
    std::optional<std::pair<QString, QString>> m_credentials;
    QString m_repository;

    NoticeBanner *m_problem;
    QStackedWidget *m_stack;
    QComboBox *m_registries;
    QLabel *m_address;
    QListWidget *m_repos;
    QLabel *m_tagsTitle;
    models::TagModel *m_tags;
    QTableView *m_tagView;
    QPushButton *m_push;
    QPushButton *m_delete;
    QPushButton *m_copy;
    QProgressBar *m_progress;
    QLabel *m_progressText;
};

} // namespace sloop::widgets
