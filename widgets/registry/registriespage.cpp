#include "registriespage.h"

#include "lifecycledialog.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "registry/imagetransfer.h"
#include "registry/registryclient.h"
#include "registry/registrylist.h"
#include "registry/tagmodel.h"
#include "secrets/secretstore.h"
#include "util/futures.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

enum StackPage
{
    NoRegistry,
    Browser
};

// Passwords given in this window's life, so a registry added without a
// keychain still works until the window closes.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

RegistriesPage::RegistriesPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_problem(new NoticeBanner)
    , m_stack(new QStackedWidget)
    , m_registries(new QComboBox)
    , m_address(new QLabel)
    , m_repos(new QListWidget)
    , m_tagsTitle(new QLabel)
    , m_tags(new models::TagModel(this))
    , m_tagView(new QTableView)
    , m_push(new QPushButton(tr("&Push an image…")))
    , m_delete(new QPushButton(tr("&Delete tag")))
    , m_copy(new QPushButton(tr("&Copy pull command")))
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
{
    setObjectName(QStringLiteral("registriesPage"));
    m_problem->setObjectName(QStringLiteral("registriesProblem"));
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(buildBrowser());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);
    reloadRegistries();
}

RegistriesPage::~RegistriesPage() = default;

QWidget *RegistriesPage::buildEmptyState()
{
    auto *add = new QPushButton(tr("Add a registry…"));
    add->setObjectName(QStringLiteral("addRegistryEmpty"));
    add->setAccessibleName(tr("Add a registry"));
    auto *learn = new QPushButton(tr("Learn about ECR"));
    learn->setObjectName(QStringLiteral("learnEcr"));
    learn->setFlat(true);
    connect(add, &QPushButton::clicked, this, &RegistriesPage::askAdd);
    connect(learn, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(QStringLiteral("ecr")); });
    return emptyStatePage(
        QStringLiteral("registriesEmpty"), tr("Keep your images in a private registry"),
        tr("A registry stores images by name and tag, like Amazon ECR: push an image from any "
           "engine, and your servers and swarms pull it from there. Sloop speaks the "
           "Distribution API v2 that Docker Hub, ECR and Debian's docker-registry all speak. "
           "Add the address of one you run (http://127.0.0.1:5000 for one on this machine)."),
        520, {add, learn});
}

QWidget *RegistriesPage::buildBrowser()
{
    auto *add = new QPushButton(tr("&Add…"));
    add->setObjectName(QStringLiteral("addRegistry"));
    add->setAccessibleName(tr("Add a registry"));
    auto *remove = new QPushButton(tr("&Forget"));
    remove->setObjectName(QStringLiteral("forgetRegistry"));
    remove->setAccessibleName(tr("Forget this registry"));
    remove->setToolTip(tr("Sloop forgets the registry and its password; the registry and its "
                          "images are untouched"));
    auto *refresh = new QPushButton(tr("&Refresh"));
    m_registries->setObjectName(QStringLiteral("registryChoice"));
    m_registries->setAccessibleName(tr("Registry"));
    m_registries->setMinimumWidth(200);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setForegroundRole(QPalette::PlaceholderText);
    connect(add, &QPushButton::clicked, this, &RegistriesPage::askAdd);
    connect(remove, &QPushButton::clicked, this, &RegistriesPage::removeRegistry);
    connect(refresh, &QPushButton::clicked, this,
            [this] { showRegistry(m_registries->currentText()); });
    connect(m_registries, &QComboBox::activated, this,
            [this] { showRegistry(m_registries->currentText()); });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Registry:")));
    top->addWidget(m_registries);
    top->addWidget(m_address, 1);
    top->addWidget(refresh);
    top->addWidget(add);
    top->addWidget(remove);

    m_repos->setObjectName(QStringLiteral("repositoryList"));
    m_repos->setSpacing(3);
    m_repos->setAccessibleName(tr("Repositories"));
    connect(m_repos, &QListWidget::currentTextChanged, this, [this](const QString &repo) {
        if (!repo.isEmpty() && repo != m_repository)
            showRepository(repo);
    });
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_tags);
    setUpListView(m_tagView, proxy, models::SortRole, models::TagModel::Created,
                  models::TagModel::Digest);
    m_tagView->sortByColumn(models::TagModel::Created, Qt::DescendingOrder);
    m_tagView->setObjectName(QStringLiteral("tagTable"));
    m_tagView->setAccessibleName(tr("Tags"));
    connect(m_tagView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_delete->setEnabled(!selectedTag().isEmpty());
        m_copy->setEnabled(!selectedTag().isEmpty());
    });
    m_push->setObjectName(QStringLiteral("pushImage"));
    m_delete->setObjectName(QStringLiteral("deleteTag"));
    m_delete->setAccessibleName(tr("Delete the selected tag"));
    m_copy->setObjectName(QStringLiteral("copyPull"));
    m_delete->setEnabled(false);
    m_copy->setEnabled(false);
    connect(m_push, &QPushButton::clicked, this, &RegistriesPage::askPush);
    connect(m_delete, &QPushButton::clicked, this, &RegistriesPage::deleteSelectedTag);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_client || selectedTag().isEmpty())
            return;
        QApplication::clipboard()->setText(
            QStringLiteral("docker pull %1/%2:%3")
                .arg(m_client->record().host(), m_repository, selectedTag()));
        m_problem->showInfo(tr("Copied: docker pull %1/%2:%3")
                                .arg(m_client->record().host(), m_repository, selectedTag()));
    });
    m_progress->setObjectName(QStringLiteral("pushProgress"));
    m_progress->hide();
    m_progressText->hide();
    m_tagsTitle->setText(tr("Choose a repository."));
    auto *scanning = new QLabel(tr("Sloop does not scan images for vulnerabilities."));
    scanning->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tagsTitle, 1);
    auto *lifecycle = namedButton(tr("&Lifecycle rule…"), QStringLiteral("lifecycleRules"),
                                  tr("Expire old images of this repository"));
    lifecycle->setEnabled(false);
    connect(this, &RegistriesPage::tagsShown, lifecycle,
            [this, lifecycle] { lifecycle->setEnabled(!m_repository.isEmpty()); });
    connect(lifecycle, &QPushButton::clicked, this, &RegistriesPage::askLifecycle);
    buttons->addWidget(lifecycle);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_delete);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_tagView, 1);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *reposTitle = new QLabel(tr("Repositories"));
    reposTitle->setBuddy(m_repos);
    leftLayout->addWidget(reposTitle);
    leftLayout->addWidget(m_repos, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *pushRow = new QHBoxLayout;
    pushRow->addWidget(m_push);
    pushRow->addWidget(m_progress, 1);
    pushRow->addWidget(m_progressText, 2);
    pushRow->addStretch();
    pushRow->addWidget(scanning);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(pushRow);
    layout->addWidget(split, 1);
    return page;
}

void RegistriesPage::reloadRegistries()
{
    const QString current = m_registries->currentText();
    m_registries->clear();
    for (const registry::RegistryRecord &r : registry::knownRegistries())
        m_registries->addItem(r.name);
    m_stack->setCurrentIndex(m_registries->count() == 0 ? NoRegistry : Browser);
    if (m_registries->count() == 0)
        return;
    const int keep = m_registries->findText(current);
    m_registries->setCurrentIndex(keep >= 0 ? keep : 0);
    if (!m_client || m_client->record().name != m_registries->currentText())
        showRegistry(m_registries->currentText());
}

void RegistriesPage::askAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a registry"));
    auto *name = new QLineEdit;
    auto *url = new QLineEdit;
    auto *user = new QLineEdit;
    auto *password = new QLineEdit;
    auto *insecure = new QCheckBox(tr("Allow plain HTTP to another machine (passwords and "
                                      "images travel unencrypted)"));
    name->setPlaceholderText(tr("home"));
    url->setPlaceholderText(tr("https://registry.example.com or http://127.0.0.1:5000"));
    user->setPlaceholderText(tr("empty when it needs no sign-in"));
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Address:"), url);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("&Password:"), password);
    form->addRow(QString(), insecure);
    for (auto *w : {name, url, user, password})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            w->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    addRegistry({name->text().trimmed(), url->text().trimmed(), user->text().trimmed(), {}},
                password->text(), insecure->isChecked());
}

void RegistriesPage::addRegistry(const registry::RegistryRecord &record, const QString &password,
                                 bool allowPlainHttp)
{
    const auto added = registry::addRegistry(record, allowPlainHttp);
    if (!added) {
        m_problem->showProblem(added.problem(), tr("Add registry"));
        return;
    }
    if (!record.user.isEmpty()) {
        sessionPasswords().insert(added->name, password);
        whenFinished(
            secrets::SecretStore::instance().write(registry::passwordKey(added->name), password),
            this, [this](const VoidResult &saved) {
                if (!saved)
                    m_problem->showMessage(
                        NoticeBanner::Kind::Warning,
                        tr("The password is kept only while this window is open: %1")
                            .arg(saved.error()));
            });
    }
    m_problem->clear();
    reloadRegistries();
    m_registries->setCurrentIndex(m_registries->findText(added->name));
    showRegistry(added->name);
}

void RegistriesPage::removeRegistry()
{
    const QString name = m_registries->currentText();
    if (name.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Forget registry %1?").arg(name);
    question.text = tr("Sloop forgets its address and password. The registry and its images "
                       "are untouched.");
    question.acceptLabel = tr("Forget");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    registry::removeRegistry(name);
    secrets::SecretStore::instance().remove(registry::passwordKey(name));
    sessionPasswords().remove(name);
    m_client.reset();
    m_repos->clear();
    m_tags->setItems({});
    reloadRegistries();
}

void RegistriesPage::openClient(const QString &name, std::function<void()> then)
{
    const auto record = registry::findRegistry(name);
    if (!record)
        return;
    auto make = [this, record = *record, then](std::optional<std::pair<QString, QString>> creds) {
        m_credentials = creds;
        m_client = std::make_unique<registry::RegistryClient>(record, creds);
        m_address->setText(record.url);
        then();
    };
    if (record->user.isEmpty())
        return make(registry::dockerConfigCredentials(record->host()));
    if (sessionPasswords().contains(name))
        return make(std::pair{record->user, sessionPasswords().value(name)});
    whenFinished(
        secrets::SecretStore::instance().read(registry::passwordKey(name)), this,
        [make, user = record->user](const Result<std::optional<QString>> &stored) {
            make(stored && *stored ? std::optional(std::pair{user, **stored}) : std::nullopt);
        });
}

void RegistriesPage::showRegistry(const QString &name)
{
    if (name.isEmpty())
        return;
    openClient(name, [this] {
        m_repos->clear();
        m_tags->setItems({});
        m_repository.clear();
        m_tagsTitle->setText(tr("Choose a repository."));
        registry::RegistryClient *client = m_client.get();
        whenFinished(client->repositories(), this,
                     [this, client](const Result<QStringList> &repos) {
                         if (client != m_client.get())
                             return;
                         if (!repos) {
                             m_problem->showProblem(repos.problem(),
                                                    tr("Registry %1").arg(client->record().name));
                             return;
                         }
                         m_problem->clear();
                         m_repos->addItems(*repos);
                         if (repos->isEmpty())
                             m_tagsTitle->setText(tr("No repositories yet: push an image to "
                                                     "make one."));
                         Q_EMIT repositoriesShown();
                     });
    });
}

void RegistriesPage::showRepository(const QString &repository)
{
    if (!m_client)
        return;
    m_repository = repository;
    m_tagsTitle->setText(tr("Tags of %1").arg(repository));
    registry::RegistryClient *client = m_client.get();
    whenFinished(client->tags(repository), this,
                 [this, client, repository](const Result<QStringList> &tags) {
                     if (client != m_client.get() || repository != m_repository)
                         return;
                     if (!tags) {
                         m_problem->showProblem(tags.problem(), tr("Tags of %1").arg(repository));
                         return;
                     }
                     QList<registry::TagInfo> rows;
                     for (const QString &t : *tags)
                         rows.append({repository, t, {}});
                     m_tags->setItems(rows);
                     auto pending = std::make_shared<int>(int(tags->size()));
                     if (*pending == 0)
                         Q_EMIT tagsShown();
                     for (const QString &t : *tags)
                         whenFinished(client->manifest(repository, t), this,
                                      [this, client, repository, t,
                                       pending](const Result<registry::ManifestInfo> &m) {
                                          if (client != m_client.get() ||
                                              repository != m_repository)
                                              return;
                                          if (m)
                                              m_tags->setManifest(t, *m);
                                          if (!m)
                                              m_problem->showProblem(m.problem(), t);
                                          if (--*pending == 0)
                                              Q_EMIT tagsShown();
                                      });
                 });
}

void RegistriesPage::askPush()
{
    engine::DockerClient *engine = m_plane->engines()->client(m_engine);
    if (!engine || !m_client)
        return;
    whenFinished(
        engine->listImages(), this, [this](const Result<QList<engine::ImageSummary>> &images) {
            QStringList names;
            if (images)
                for (const engine::ImageSummary &i : *images)
                    for (const QString &tag : i.repoTags)
                        if (!tag.startsWith(QLatin1String("<none>")))
                            names.append(tag);
            names.sort();
            if (names.isEmpty()) {
                m_problem->showInfo(tr("Engine %1 has no tagged images to push.").arg(m_engine));
                return;
            }
            bool ok = false;
            const QString image = QInputDialog::getItem(
                this, tr("Push an image"),
                tr("Image of engine %1 to push to %2:").arg(m_engine, m_client->record().name),
                names, 0, false, &ok);
            if (!ok)
                return;
            QString target = image;
            const QString first = target.section(QLatin1Char('/'), 0, 0);
            if (target.contains(QLatin1Char('/')) &&
                (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))))
                target = target.section(QLatin1Char('/'), 1);
            const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
            pushImage(image, target.left(colon), target.mid(colon + 1));
        });
}

void RegistriesPage::pushImage(const QString &localImage, const QString &repository,
                               const QString &tag)
{
    engine::DockerClient *engine = m_plane->engines()->client(m_engine);
    if (!engine || !m_client)
        return;
    auto *transfer = new registry::ImageTransfer(engine, this);
    m_push->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->show();
    m_progressText->setText(tr("Pushing %1…").arg(localImage));
    auto layers = std::make_shared<QHash<QString, std::pair<qint64, qint64>>>();
    connect(
        transfer, &registry::ImageTransfer::progress, this,
        [this, layers](const QString &layer, const QString &status, qint64 current, qint64 total) {
            if (!layer.isEmpty())
                (*layers)[layer] = {status == QLatin1String("Pushed") ||
                                            status == QLatin1String("Layer already exists")
                                        ? std::max(total, (*layers)[layer].second)
                                        : current,
                                    std::max(total, (*layers)[layer].second)};
            qint64 done = 0, all = 0;
            for (const auto &[d, t] : *layers) {
                done += d;
                all += t;
            }
            if (all > 0) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(1000 * done / all));
            }
            m_progressText->setText(layer.isEmpty() ? status
                                                    : tr("%1: %2").arg(layer.left(12), status));
        });
    connect(transfer, &registry::ImageTransfer::finished, this,
            [this, transfer, repository](const Result<QString> &digest) {
                transfer->deleteLater();
                m_push->setEnabled(true);
                m_progress->hide();
                m_progressText->hide();
                if (!digest) {
                    m_problem->showProblem(digest.problem(), tr("Push"));
                    Q_EMIT pushFinished(digest);
                    return;
                }
                const QString done = tr("Pushed %1 (%2).").arg(transfer->reference(), *digest);
                showRegistry(m_registries->currentText());
                // Back to the repository just pushed once the list is in.
                auto *once = new QObject(this);
                connect(this, &RegistriesPage::repositoriesShown, once,
                        [this, once, repository, done] {
                            once->deleteLater();
                            m_problem->showInfo(done);
                            const auto found = m_repos->findItems(repository, Qt::MatchExactly);
                            if (!found.isEmpty())
                                m_repos->setCurrentItem(found.first());
                        });
                Q_EMIT pushFinished(digest);
            });
    transfer->push(localImage, m_client->record(), m_credentials, repository, tag);
}

QString RegistriesPage::selectedTag() const
{
    const QModelIndex current = m_tagView->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(models::IdRole).toString()
                             : QString();
}

LifecycleDialog *RegistriesPage::openLifecycle()
{
    if (!m_client || m_repository.isEmpty())
        return nullptr;
    auto *dialog = new LifecycleDialog(m_client.get(), m_repository, m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LifecycleDialog::expired, this, [this](int deleted) {
        if (deleted == 0)
            return;
        const QString repository = m_repository;
        m_repository.clear();
        showRepository(repository);
    });
    return dialog;
}

void RegistriesPage::askLifecycle()
{
    if (LifecycleDialog *dialog = openLifecycle())
        dialog->open();
}

void RegistriesPage::deleteSelectedTag()
{
    const QString tag = selectedTag();
    if (!m_client || tag.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Delete %1:%2?").arg(m_repository, tag);
    question.text = tr("The registry deletes the image this tag names, and with it every other "
                       "tag on the same image. Engines that pulled it keep their copy.");
    question.acceptLabel = tr("Delete");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    const QString repository = m_repository;
    whenFinished(m_client->deleteTag(repository, tag), this,
                 [this, repository, tag](const VoidResult &deleted) {
                     if (!deleted) {
                         m_problem->showProblem(deleted.problem(),
                                                tr("Delete %1:%2").arg(repository, tag));
                         return;
                     }
                     m_problem->showInfo(tr("Deleted %1:%2.").arg(repository, tag));
                     m_repository.clear();
                     showRepository(repository);
                 });
}

} // namespace sloop::widgets
