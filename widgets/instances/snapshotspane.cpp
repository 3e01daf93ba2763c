#include "snapshotspane.h"
#include "common/noticebanner.h"

#include "common/displaytext.h"
#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"
#include "instances/snapshotrepository.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using instances::InstanceKind;
using instances::SnapshotRecord;

namespace {

QString defaultSnapshotName(const QString &instance)
{
    return instance + QLatin1Char('-') +
           QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
}

} // namespace

SnapshotsPane::SnapshotsPane(instances::InstanceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_name(new QLineEdit)
    , m_paths(new QLineEdit)
    , m_pathsLabel(new QLabel(tr("Paths:")))
    , m_create(new QPushButton(tr("Create snapshot")))
    , m_list(new QTreeWidget)
    , m_restoreName(new QLineEdit)
    , m_restore(new QPushButton(tr("Restore as new instance")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_automatic(new QCheckBox(tr("Daily automatic snapshots (keeps 7)")))
    , m_problem(new NoticeBanner)
    , m_status(new QLabel)
    , m_empty(new QLabel(tr("No snapshots yet. A snapshot keeps the instance as it is now; "
                            "restore it as a new instance later, even after this one is "
                            "deleted.")))
{
    setObjectName(QStringLiteral("snapshotsPane"));
    m_name->setObjectName(QStringLiteral("snapshotName"));
    m_name->setAccessibleName(tr("Snapshot name"));
    m_paths->setObjectName(QStringLiteral("snapshotPaths"));
    m_paths->setAccessibleName(tr("Paths to keep"));
    m_paths->setPlaceholderText(tr("/etc /var/www /home"));
    m_paths->setText(QStringLiteral("/etc /var/www /home /root"));
    m_create->setObjectName(QStringLiteral("createSnapshotButton"));
    connect(m_create, &QPushButton::clicked, this, &SnapshotsPane::createSnapshot);
    connect(m_name, &QLineEdit::returnPressed, this, &SnapshotsPane::createSnapshot);

    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setAccessibleName(tr("Snapshots"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Taken"), tr("Kind"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (!selectedName().isEmpty() && m_record.name.size() > 0)
            m_restoreName->setText(m_record.name + QStringLiteral("-restored"));
        updateButtons();
    });

    m_restoreName->setObjectName(QStringLiteral("restoreName"));
    m_restoreName->setAccessibleName(tr("New instance name"));
    m_restoreName->setPlaceholderText(tr("new instance name"));
    m_restore->setObjectName(QStringLiteral("restoreSnapshotButton"));
    m_delete->setObjectName(QStringLiteral("deleteSnapshotButton"));
    connect(m_restore, &QPushButton::clicked, this, &SnapshotsPane::restoreSelected);
    connect(m_restoreName, &QLineEdit::returnPressed, this, &SnapshotsPane::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsPane::deleteSelected);

    m_automatic->setObjectName(QStringLiteral("autoSnapshotCheck"));
    m_automatic->setToolTip(tr("Sloop takes one snapshot a day while it runs (the window or "
                               "sloop serve) and keeps the last seven automatic ones."));
    connect(m_automatic, &QCheckBox::toggled, this, &SnapshotsPane::setAutomatic);

    m_problem->setObjectName(QStringLiteral("snapshotProblem"));
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_status->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *take = new QGridLayout;
    take->addWidget(new QLabel(tr("Name:")), 0, 0);
    take->addWidget(m_name, 0, 1);
    take->addWidget(m_create, 0, 2);
    take->addWidget(m_pathsLabel, 1, 0);
    take->addWidget(m_paths, 1, 1, 1, 2);
    take->setColumnStretch(1, 1);
    auto *restore = new QHBoxLayout;
    restore->addWidget(new QLabel(tr("Restore as:")));
    restore->addWidget(m_restoreName, 1);
    restore->addWidget(m_restore);
    restore->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(new QLabel(tr("<b>Take a snapshot</b>")));
    layout->addLayout(take);
    layout->addWidget(m_automatic);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("<b>Snapshots of this instance</b>")));
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(restore);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    updateButtons();
}

void SnapshotsPane::showInstance(const instances::InstanceRecord &record)
{
    const bool other = record.name.compare(m_record.name, Qt::CaseInsensitive) != 0;
    m_record = record;
    if (other) {
        showProblem({});
        m_status->clear();
        m_name->setText(defaultSnapshotName(record.name));
        m_restoreName->setText(record.name + QStringLiteral("-restored"));
    }
    const bool server = record.kind == InstanceKind::Server;
    m_paths->setVisible(server);
    m_pathsLabel->setVisible(server);
    m_name->setToolTip(server ? tr("An archive of the paths below, copied over SFTP")
                              : tr("A commit of the container on its engine"));
    {
        const QSignalBlocker block(m_automatic);
        m_automatic->setChecked(record.autoSnapshot);
    }
    reload();
}

void SnapshotsPane::reload()
{
    const QString current = selectedName();
    m_list->clear();
    if (!m_service || m_record.name.isEmpty())
        return;
    const auto snapshots = m_service->snapshots().forInstance(m_record.name);
    if (!snapshots) {
        showProblem(snapshots.error());
        return;
    }
    for (const SnapshotRecord &s : *snapshots) {
        QString kind = s.kind == instances::SnapshotKind::Image ? tr("Image") : tr("Archive");
        if (s.automatic)
            kind = tr("%1, automatic").arg(kind);
        const QString taken =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.createdMs), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(
            {s.name, taken, kind, s.sizeBytes > 0 ? models::text::size(s.sizeBytes) : QString()});
        item->setData(0, Qt::UserRole, s.name);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (s.kind == instances::SnapshotKind::Archive)
            item->setToolTip(0, s.paths.join(QLatin1Char('\n')));
        m_list->addTopLevelItem(item);
        if (s.name == current)
            m_list->setCurrentItem(item);
    }
    // Image snapshots live on the engine, which reports no size for them:
    // the column shows only when some snapshot has one.
    bool sized = false;
    for (const SnapshotRecord &s : *snapshots)
        sized = sized || s.sizeBytes > 0;
    m_list->setColumnHidden(3, !sized);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->setVisible(snapshots->isEmpty());
    m_list->setVisible(!snapshots->isEmpty());
    updateButtons();
}

bool SnapshotsPane::selectSnapshot(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString SnapshotsPane::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void SnapshotsPane::createSnapshot()
{
    if (!m_service || (m_job && m_job->isRunning()))
        return;
    const QString name = m_name->text().trimmed();
    QStringList paths;
    if (m_record.kind == InstanceKind::Server)
        paths = m_paths->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto job = m_service->snapshot(m_record.name, name, paths);
    if (!job) {
        showProblem(job.error());
        return;
    }
    track(*job, tr("Taking the snapshot %1…").arg(name));
}

void SnapshotsPane::restoreSelected()
{
    const QString snapshot = selectedName();
    if (!m_service || snapshot.isEmpty() || (m_job && m_job->isRunning()))
        return;
    const QString newName = m_restoreName->text().trimmed();
    const auto job = m_service->restoreSnapshot(snapshot, newName);
    if (!job) {
        showProblem(job.error());
        return;
    }
    track(*job, tr("Restoring %1 as %2…").arg(snapshot, newName));
}

void SnapshotsPane::deleteSelected()
{
    const QString snapshot = selectedName();
    if (!m_service || snapshot.isEmpty() || (m_job && m_job->isRunning()))
        return;
    if (!promptWith(m_prompter)
             .confirm(this, {tr("Delete snapshot"), tr("Delete the snapshot %1?").arg(snapshot),
                             tr("Instances made from it are not touched; it cannot be restored "
                                "afterwards."),
                             tr("Delete")}))
        return;
    const auto job = m_service->deleteSnapshot(snapshot);
    if (!job) {
        showProblem(job.error());
        return;
    }
    track(*job, tr("Deleting %1…").arg(snapshot));
}

void SnapshotsPane::track(instances::InstanceOperation *job, const QString &doing)
{
    showProblem({});
    m_job = job;
    m_status->setText(doing);
    const auto ended = [this](bool ok, const QString &error) {
        m_status->setText(ok ? tr("Done.") : QString());
        if (!ok)
            showProblem(error);
        if (ok)
            m_name->setText(defaultSnapshotName(m_record.name));
        reload();
    };
    // A job can end before it is handed over (a refusal found at once).
    if (!job->isRunning()) {
        ended(job->succeeded(), job->error());
        return;
    }
    connect(job, &instances::InstanceOperation::finished, this, ended);
    updateButtons();
    Q_EMIT operationStarted(job);
}

void SnapshotsPane::setAutomatic(bool on)
{
    if (!m_service || m_record.id == 0)
        return;
    const auto saved = m_service->setAutoSnapshot(m_record.name, on);
    if (!saved) {
        showProblem(saved.error());
        const QSignalBlocker block(m_automatic);
        m_automatic->setChecked(!on);
        return;
    }
    m_record = *saved;
    m_status->setText(on ? tr("A snapshot will be taken every day; the last 7 are kept.")
                         : tr("Daily snapshots are off."));
}

void SnapshotsPane::showProblem(const QString &text)
{
    if (text.isEmpty())
        m_problem->clear();
    else
        m_problem->showError(text);
}

QString SnapshotsPane::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SnapshotsPane::updateButtons()
{
    const bool busy = m_job && m_job->isRunning();
    const bool has = !m_record.name.isEmpty();
    const bool selected = !selectedName().isEmpty();
    m_create->setEnabled(has && !busy);
    m_restore->setEnabled(selected && !busy);
    m_delete->setEnabled(selected && !busy);
    m_restoreName->setEnabled(selected);
    // A job writes its own copy of the record when it ends: changing the
    // setting meanwhile would be overwritten, so it waits.
    m_automatic->setEnabled(has && m_service && !m_service->operation(m_record.name));
}

} // namespace sloop::widgets
