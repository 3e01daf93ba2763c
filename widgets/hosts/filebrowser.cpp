#include "filebrowser.h"

#include "common/noticebanner.h"
#include "hosts/remotefilemodel.h"
#include "hosts/remotefilesortproxy.h"
#include "ssh/sftpclient.h"
#include "ssh/sftptransfer.h"
#include "ssh/sshsession.h"
#include "transferspanel.h"
#include "util/futures.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcFileBrowser, "sloop.widgets.files", QtInfoMsg)

namespace sloop::widgets {

using models::RemoteFileModel;
using ssh::SftpEntry;
using ssh::SshResult;

FileBrowser::FileBrowser(ssh::SshSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_client(new ssh::SftpClient(session, this))
    , m_model(new RemoteFileModel(this))
    , m_proxy(new models::RemoteFileSortProxy(this))
{
    setAccessibleName(tr("Files on %1").arg(m_client->hostName()));
    m_model->setIcons(style()->standardIcon(QStyle::SP_DirIcon),
                      style()->standardIcon(QStyle::SP_FileIcon),
                      style()->standardIcon(QStyle::SP_FileLinkIcon));
    m_proxy->setSourceModel(m_model);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_up = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogToParent), tr("Up"), this,
                          &FileBrowser::goUp);
    m_up->setToolTip(tr("Go to the parent folder (Alt+Up)"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction *home = bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Home"), this,
                                   &FileBrowser::goHome);
    home->setToolTip(tr("Go to the login folder"));
    QAction *reload = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"),
                                     this, &FileBrowser::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setAccessibleName(tr("Remote folder"));
    m_pathEdit->setPlaceholderText(tr("Folder on the host, e.g. /var/www"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_pathEdit->setMinimumWidth(m_pathEdit->fontMetrics().averageCharWidth() * 30);
    bar->addWidget(m_pathEdit);
    // The file actions on a second row, so the path bar keeps its width.
    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->setIconSize(QSize(16, 16));
    QToolBar *first = bar;
    bar = actions;
    m_newFolder = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                                 tr("New Folder"), this, &FileBrowser::askNewFolder);
    m_upload = bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Upload…"), this,
                              &FileBrowser::askUpload);
    m_download = bar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Download…"), this,
                                &FileBrowser::askDownload);
    m_rename = bar->addAction(
        QIcon::fromTheme(QStringLiteral("edit-rename"), style()->standardIcon(QStyle::SP_FileIcon)),
        tr("Rename"), this, &FileBrowser::startRename);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = bar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete…"), this,
                              &FileBrowser::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    for (QToolBar *b : {first, actions}) {
        for (QAction *a : b->actions())
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addActions(b->actions());
    }

    m_message = new NoticeBanner(this);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Files"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RemoteFileModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(RemoteFileModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Wide enough for typical values in this locale's format and font.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 3 * fm.averageCharWidth();
    m_view->setColumnWidth(RemoteFileModel::Size,
                           fm.horizontalAdvance(QStringLiteral("999.9 MB")) + pad);
    m_view->setColumnWidth(
        RemoteFileModel::Modified,
        fm.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                QLocale::ShortFormat)) +
            pad);
    m_view->setColumnWidth(RemoteFileModel::Permissions,
                           fm.horizontalAdvance(QStringLiteral("drwxrwxrwx")) + pad);
    m_view->setColumnWidth(RemoteFileModel::Owner,
                           fm.horizontalAdvance(QStringLiteral("www-data:www-data")) + pad);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);

    m_state = new QLabel(this);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setMargin(24);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setAcceptDrops(true);
    m_state->installEventFilter(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_state);

    m_transfers = new TransfersPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(first);
    layout->addWidget(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_transfers);

    connect(m_pathEdit, &QLineEdit::returnPressed, this,
            [this] { navigate(m_pathEdit->text().trimmed()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const SftpEntry e = index.data(RemoteFileModel::EntryRole).value<SftpEntry>();
        if (e.isDirectory())
            navigate(e.path);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FileBrowser::updateActions);
    connect(m_model, &RemoteFileModel::renameRequested, this, &FileBrowser::rename);

    m_stateText = tr("Connecting to %1…").arg(m_client->hostName());
    showState();
    updateActions();
    goHome();
}

FileBrowser::~FileBrowser() = default;

QAbstractItemModel *FileBrowser::viewModel() const
{
    return m_proxy;
}

void FileBrowser::fail(const QString &message)
{
    qCInfo(lcFileBrowser) << message;
    m_message->showError(message);
    Q_EMIT failed(message);
}

void FileBrowser::showState()
{
    const bool table = m_connected && m_model->rowCount() > 0;
    if (m_connected && !table)
        m_stateText = tr("This folder is empty.\nDrop files here to upload them.");
    m_state->setText(m_stateText);
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_view) : m_state);
}

void FileBrowser::updateActions()
{
    const QList<SftpEntry> selected = selectedEntries();
    m_up->setEnabled(m_connected && m_path != QLatin1String("/"));
    m_newFolder->setEnabled(m_connected);
    m_upload->setEnabled(m_connected);
    m_download->setEnabled(!selected.isEmpty());
    m_rename->setEnabled(selected.size() == 1);
    m_delete->setEnabled(!selected.isEmpty());
}

QList<SftpEntry> FileBrowser::selectedEntries() const
{
    QList<SftpEntry> out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(RemoteFileModel::Name))
        out << index.data(RemoteFileModel::EntryRole).value<SftpEntry>();
    return out;
}

void FileBrowser::goHome()
{
    const int generation = ++m_generation;
    whenFinished(m_client->home(), this, [this, generation](const SshResult<QString> &home) {
        if (generation != m_generation)
            return;
        if (!home) {
            if (!m_connected) {
                m_stateText =
                    tr("Not connected to %1.\n%2").arg(m_client->hostName(), home.message());
                showState();
            }
            fail(home.message());
            return;
        }
        list(*home, generation);
    });
}

void FileBrowser::goUp()
{
    if (!m_path.isEmpty())
        navigate(ssh::remoteParent(m_path));
}

void FileBrowser::refresh()
{
    if (m_path.isEmpty()) { // never listed: start at home again
        goHome();
        return;
    }
    list(m_path, m_generation);
}

void FileBrowser::navigate(const QString &path)
{
    if (path.isEmpty())
        return;
    // Resolve first, so "..", "~"-less relative names and symlinks show as
    // the real folder in the path bar.
    const int generation = ++m_generation;
    whenFinished(m_client->realPath(path), this,
                 [this, generation](const SshResult<QString> &real) {
                     if (generation != m_generation)
                         return;
                     if (!real) {
                         m_pathEdit->setText(m_path);
                         fail(real.message());
                         return;
                     }
                     list(*real, generation);
                 });
}

void FileBrowser::list(const QString &path, int generation)
{
    whenFinished(
        m_client->list(path), this, [this, path, generation](const SshResult<QList<SftpEntry>> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                // Keep showing the folder that was listed last.
                m_pathEdit->setText(m_path);
                if (!m_connected) {
                    m_stateText =
                        tr("Not connected to %1.\nRefresh to try again.").arg(m_client->hostName());
                    showState();
                }
                fail(r.message());
                return;
            }
            const bool moved = path != m_path;
            m_connected = true;
            if (moved) {
                m_model->clear(); // another folder: nothing to keep
                m_view->clearSelection();
            }
            m_path = path;
            m_pathEdit->setText(path);
            m_model->setEntries(*r);
            if (moved)
                m_view->scrollToTop();
            m_message->clear();
            showState();
            updateActions();
            Q_EMIT listed(path, int(r->size()));
        });
}

bool FileBrowser::confirm(const Confirmation &question)
{
    return promptWith(m_prompter).confirm(this, question);
}

void FileBrowser::askNewFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"),
                                               tr("Name of the new folder in %1:").arg(m_path),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        createFolder(name.trimmed());
}

void FileBrowser::createFolder(const QString &name)
{
    if (name.contains(QLatin1Char('/'))) {
        fail(tr("A folder name cannot contain \"/\"."));
        return;
    }
    const QString path = ssh::remoteJoin(m_path, name);
    whenFinished(m_client->mkdir(path), this, [this](const SshResult<void> &r) {
        if (!r)
            fail(r.message());
        refresh();
    });
}

void FileBrowser::startRename()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(RemoteFileModel::Name);
    if (rows.size() == 1)
        m_view->edit(rows.first());
}

void FileBrowser::rename(const QString &path, const QString &newName)
{
    whenFinished(m_client->rename(path, ssh::remoteJoin(ssh::remoteParent(path), newName)), this,
                 [this](const SshResult<void> &r) {
                     if (!r)
                         fail(r.message());
                     refresh();
                 });
}

void FileBrowser::deleteSelected()
{
    const QList<SftpEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    QStringList lines;
    for (const SftpEntry &e : entries) {
        const bool folder = e.type == SftpEntry::Type::Directory;
        lines << (folder ? tr("%1 (folder, with everything in it)").arg(e.path) : e.path);
    }
    Confirmation question;
    question.title = tr("Delete on %1").arg(m_client->hostName());
    question.text = entries.size() == 1 ? tr("Delete %1 from %2? This cannot be undone.")
                                              .arg(entries.first().name, m_client->hostName())
                                        : tr("Delete %n item(s) from %1? This cannot be undone.",
                                             nullptr, int(entries.size()))
                                              .arg(m_client->hostName());
    question.details = lines.join(QLatin1Char('\n'));
    question.acceptLabel = tr("Delete");
    if (!confirm(question))
        return;
    for (const SftpEntry &e : entries) {
        QFuture<SshResult<void>> done =
            e.type == SftpEntry::Type::Directory
                ? m_client->removeDir(e.path, ssh::SftpClient::Recursion::Recursive)
                : m_client->removeFile(e.path);
        whenFinished(done, this, [this](const SshResult<void> &r) {
            if (!r)
                fail(r.message());
        });
    }
    refresh(); // queued after the deletes on the same session
}

void FileBrowser::askUpload()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Upload to %1 on %2").arg(m_path, m_client->hostName()), QDir::homePath());
    uploadFiles(files);
}

void FileBrowser::uploadFiles(const QStringList &localFiles)
{
    for (const QString &file : localFiles) {
        if (!QFileInfo(file).isFile()) {
            fail(tr("%1 is not a file; folders cannot be uploaded yet.").arg(file));
            continue;
        }
        const QString target = ssh::remoteJoin(m_path, QFileInfo(file).fileName());
        ssh::SftpTransfer *t = m_client->upload(file, target);
        connect(t, &ssh::SftpTransfer::finished, this, [this](const SshResult<void> &r) {
            if (!r && r.error().kind != ssh::SshError::Cancelled)
                fail(r.message());
            refresh();
            Q_EMIT transferFinished(r.ok());
        });
        m_transfers->add(t);
    }
}

void FileBrowser::askDownload()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Download to folder"), QDir::homePath());
    if (!folder.isEmpty())
        downloadSelected(folder);
}

void FileBrowser::downloadSelected(const QString &localFolder)
{
    for (const SftpEntry &e : selectedEntries()) {
        if (e.isDirectory()) {
            fail(tr("%1 is a folder; folders cannot be downloaded yet.").arg(e.path));
            continue;
        }
        ssh::SftpTransfer *t = m_client->download(e.path, QDir(localFolder).filePath(e.name));
        connect(t, &ssh::SftpTransfer::finished, this, [this](const SshResult<void> &r) {
            if (!r && r.error().kind != ssh::SshError::Cancelled)
                fail(r.message());
            Q_EMIT transferFinished(r.ok());
        });
        m_transfers->add(t);
    }
}

bool FileBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport() && watched != m_state)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (m_connected && drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList files;
        for (const QUrl &url : drop->mimeData()->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
        drop->acceptProposedAction();
        uploadFiles(files);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sloop::widgets
