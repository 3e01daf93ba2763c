#include "functiontriggerspane.h"

#include "addfoldertriggerdialog.h"
#include "addscheduledialog.h"
#include "buckets/bucketrepository.h"
#include "common/noticebanner.h"
#include "common/tones.h"
#include "controlplane/controlplane.h"
#include "functions/functionservice.h"
#include "schedules/scheduleexpression.h"
#include "schedules/scheduler.h"
#include "schedules/schedulerepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using schedules::Schedule;
using schedules::ScheduleExpression;
using schedules::ScheduleRun;

namespace {

enum ScheduleColumn
{
    NameColumn,
    ExpressionColumn,
    ZoneColumn,
    NextColumn,
    LastColumn
};

// In the schedule's own zone, as its expression reads: "7 Dec 2026 02:00 CET".
QString when(qint64 ms, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return QLocale().toString(at, QLocale::ShortFormat) + QLatin1Char(' ') + zone.abbreviation(at);
}

QTimeZone zoneOf(const Schedule &s)
{
    const auto zone = ScheduleExpression::zone(s.timeZone);
    return zone ? *zone : QTimeZone(QByteArrayLiteral("UTC"));
}

models::Tone outcomeTone(const ScheduleRun &run)
{
    switch (run.outcome) {
    case ScheduleRun::Outcome::Succeeded:
        return models::Tone::Ok;
    case ScheduleRun::Outcome::Missed:
        return models::Tone::Warning;
    case ScheduleRun::Outcome::Queued:
        return models::Tone::Muted;
    case ScheduleRun::Outcome::FunctionError:
    case ScheduleRun::Outcome::Failed:
        return models::Tone::Error;
    }
    return models::Tone::Muted;
}

} // namespace

FunctionTriggersPane::FunctionTriggersPane(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_problem(new NoticeBanner)
    , m_schedules(new QTreeWidget)
    , m_empty(new QLabel)
    , m_runs(new QTreeWidget)
    , m_add(new QPushButton(tr("&Add schedule…")))
    , m_toggle(new QPushButton(tr("Turn o&ff")))
    , m_remove(new QPushButton(tr("&Remove schedule")))
    , m_folderTriggers(new QTreeWidget)
    , m_addFolder(new QPushButton(tr("Add &folder trigger…")))
    , m_removeFolder(new QPushButton(tr("Remove trigger")))
{
    setObjectName(QStringLiteral("functionTriggers"));
    m_add->setObjectName(QStringLiteral("addSchedule"));
    m_add->setAccessibleName(tr("Add a schedule that invokes this function"));
    m_toggle->setObjectName(QStringLiteral("toggleSchedule"));
    m_remove->setObjectName(QStringLiteral("removeSchedule"));
    m_remove->setAccessibleName(tr("Remove the selected schedule"));

    m_schedules->setObjectName(QStringLiteral("scheduleList"));
    m_schedules->setAccessibleName(tr("Schedules"));
    m_schedules->setRootIsDecorated(false);
    m_schedules->setHeaderLabels(
        {tr("Schedule"), tr("Expression"), tr("Time zone"), tr("Next fire"), tr("Last fire")});
    m_schedules->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schedules->header()->setStretchLastSection(true);

    m_empty->setObjectName(QStringLiteral("schedulesEmpty"));
    m_empty->setText(tr("No schedules yet. A schedule invokes the function at set times, as "
                        "EventBridge does: every 5 minutes, or every night at 02:00 in your "
                        "time zone."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(models::toneStyleSheet(models::Tone::Muted, palette()));

    m_runs->setObjectName(QStringLiteral("scheduleRuns"));
    m_runs->setAccessibleName(tr("The selected schedule's latest fires"));
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels({tr("Scheduled for"), tr("Outcome"), tr("Detail")});
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *runsTitle = new QLabel(tr("Latest fires"));
    QFont bold = runsTitle->font();
    bold.setBold(true);
    runsTitle->setFont(bold);
    m_folderTriggers->setObjectName(QStringLiteral("folderTriggerList"));
    m_folderTriggers->setAccessibleName(tr("Folder triggers"));
    m_folderTriggers->setRootIsDecorated(false);
    m_folderTriggers->setHeaderLabels(
        {tr("Bucket"), tr("Folder"), tr("Events"), tr("Prefix"), tr("Suffix")});
    m_folderTriggers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_folderTriggers->header()->setStretchLastSection(true);
    m_addFolder->setObjectName(QStringLiteral("addFolderTrigger"));
    m_addFolder->setAccessibleName(tr("Add a folder bucket trigger to this function"));
    m_removeFolder->setObjectName(QStringLiteral("removeFolderTrigger"));
    m_removeFolder->setAccessibleName(tr("Remove the selected folder trigger"));
    auto *folderTitle = new QLabel(tr("Folder triggers (S3 events)"));
    folderTitle->setFont(bold);
    auto *folderButtons = new QHBoxLayout;
    folderButtons->addWidget(folderTitle);
    folderButtons->addStretch();
    folderButtons->addWidget(m_addFolder);
    folderButtons->addWidget(m_removeFolder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_schedules, 2);
    layout->addWidget(runsTitle);
    layout->addWidget(m_runs, 2);
    layout->addLayout(folderButtons);
    layout->addWidget(m_folderTriggers, 1);
    connect(m_addFolder, &QPushButton::clicked, this, &FunctionTriggersPane::addFolderTrigger);
    connect(m_removeFolder, &QPushButton::clicked, this,
            &FunctionTriggersPane::removeFolderTrigger);
    connect(m_folderTriggers, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeFolder->setEnabled(m_folderTriggers->currentItem() != nullptr); });

    connect(m_add, &QPushButton::clicked, this, &FunctionTriggersPane::addSchedule);
    connect(m_toggle, &QPushButton::clicked, this, &FunctionTriggersPane::toggleSchedule);
    connect(m_remove, &QPushButton::clicked, this, &FunctionTriggersPane::removeSchedule);
    connect(m_schedules, &QTreeWidget::currentItemChanged, this, &FunctionTriggersPane::showRuns);
    if (schedules::Scheduler *scheduler = m_plane->scheduler())
        connect(scheduler, &schedules::Scheduler::ran, this, &FunctionTriggersPane::reload);
    m_refresh.setInterval(30'000);
    connect(&m_refresh, &QTimer::timeout, this, &FunctionTriggersPane::reload);
    m_refresh.start();
    if (!m_plane->scheduleRepository()) {
        m_add->setEnabled(false);
        m_problem->showError(tr("Schedules need Sloop's store, which could not be opened: %1")
                                 .arg(m_plane->storeProblem()));
    }
    reload();
}

void FunctionTriggersPane::setFunction(const QString &name)
{
    if (name == m_function)
        return;
    m_function = name;
    reload();
}

QString FunctionTriggersPane::currentSchedule() const
{
    const QTreeWidgetItem *item = m_schedules->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void FunctionTriggersPane::reload()
{
    schedules::ScheduleRepository *repo = m_plane->scheduleRepository();
    if (!repo)
        return;
    const QString selected = currentSchedule();
    m_schedules->clear();
    const auto list = m_function.isEmpty() ? Result<QList<Schedule>>(QList<Schedule>())
                                           : repo->forFunction(m_function);
    if (!list) {
        m_problem->showProblem(list.problem(), tr("The schedules cannot be read"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Schedule &s : *list) {
        auto *item = new QTreeWidgetItem(m_schedules);
        item->setData(NameColumn, Qt::UserRole, s.name);
        item->setData(NameColumn, Qt::UserRole + 1, s.enabled);
        item->setData(NameColumn, Qt::UserRole + 2, s.timeZone);
        item->setText(NameColumn, s.name);
        item->setText(ExpressionColumn, s.expression);
        if (!s.qualifier.isEmpty())
            item->setToolTip(NameColumn, tr("Invokes %1:%2").arg(s.function, s.qualifier));
        item->setText(ZoneColumn, s.timeZone);
        const auto expression = ScheduleExpression::parse(s.expression);
        const auto zone = ScheduleExpression::zone(s.timeZone);
        QString next = tr("never again");
        if (!s.enabled)
            next = tr("off");
        else if (expression && zone) {
            const QDateTime at =
                expression->next(now, *zone, QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC));
            if (at.isValid())
                next = when(at.toMSecsSinceEpoch(), *zone);
        }
        item->setText(NextColumn, next);
        if (!s.enabled)
            item->setForeground(NextColumn, models::toneColor(models::Tone::Muted, palette()));
        const auto runs = repo->runs(s.name, 1);
        if (runs && !runs->isEmpty()) {
            const ScheduleRun &last = runs->first();
            item->setText(LastColumn,
                          tr("%1, %2").arg(schedules::describeOutcome(last),
                                           when(last.outcome == ScheduleRun::Outcome::Missed
                                                    ? last.lastMissedMs
                                                    : last.scheduledMs,
                                                zoneOf(s))));
            item->setForeground(LastColumn, models::toneColor(outcomeTone(last), palette()));
        } else {
            item->setText(LastColumn, tr("not yet"));
        }
        if (s.name == selected)
            m_schedules->setCurrentItem(item);
    }
    if (!m_schedules->currentItem() && m_schedules->topLevelItemCount() > 0)
        m_schedules->setCurrentItem(m_schedules->topLevelItem(0));
    const bool any = m_schedules->topLevelItemCount() > 0;
    m_empty->setVisible(!any);
    m_schedules->setVisible(any);
    m_add->setEnabled(!m_function.isEmpty());
    showRuns();
    reloadFolderTriggers();
}

void FunctionTriggersPane::reloadFolderTriggers()
{
    buckets::BucketRepository *repo = m_plane->bucketRepository();
    const qint64 selected =
        m_folderTriggers->currentItem()
            ? m_folderTriggers->currentItem()->data(0, Qt::UserRole).toLongLong()
            : 0;
    m_folderTriggers->clear();
    m_addFolder->setEnabled(repo && !m_function.isEmpty());
    if (!repo || m_function.isEmpty()) {
        m_removeFolder->setEnabled(false);
        return;
    }
    const auto triggers = repo->triggersOf(m_function);
    for (const buckets::BucketTrigger &t : triggers ? *triggers : QList<buckets::BucketTrigger>{}) {
        auto *item = new QTreeWidgetItem(m_folderTriggers);
        item->setData(0, Qt::UserRole, t.id);
        item->setText(0, t.bucket);
        const auto bucket = repo->find(t.bucket);
        item->setText(1, bucket && bucket->has_value() ? (*bucket)->folder : QString());
        QStringList events;
        if (t.onCreated)
            events << tr("created");
        if (t.onRemoved)
            events << tr("removed");
        item->setText(2, events.join(QStringLiteral(", ")));
        item->setText(3, t.prefix.isEmpty() ? tr("any") : t.prefix);
        item->setText(4, t.suffix.isEmpty() ? tr("any") : t.suffix);
        if (t.id == selected)
            m_folderTriggers->setCurrentItem(item);
    }
    m_removeFolder->setEnabled(m_folderTriggers->currentItem() != nullptr);
}

void FunctionTriggersPane::addFolderTrigger()
{
    buckets::BucketRepository *repo = m_plane->bucketRepository();
    if (!repo || m_function.isEmpty())
        return;
    const auto existing = repo->all();
    auto *dialog = new AddFolderTriggerDialog(
        m_function, existing ? *existing : QList<buckets::Bucket>{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, repo] {
        if (const auto bucket = dialog->newBucket()) {
            if (const auto made = repo->add(*bucket); !made) {
                m_problem->showProblem(made.problem(), tr("Add folder trigger"));
                return;
            }
        }
        if (const auto added = repo->addTrigger(dialog->trigger()); !added) {
            m_problem->showProblem(added.problem(), tr("Add folder trigger"));
            return;
        }
        m_problem->clear();
        reloadFolderTriggers();
    });
    if (m_folderDialogHook)
        m_folderDialogHook(dialog);
    else
        dialog->open();
}

void FunctionTriggersPane::removeFolderTrigger()
{
    const QTreeWidgetItem *item = m_folderTriggers->currentItem();
    buckets::BucketRepository *repo = m_plane->bucketRepository();
    if (!item || !repo)
        return;
    if (!promptWith(m_prompter)
             .confirm(this, {tr("Remove trigger"),
                             tr("Stop sending %1's object events to %2? The bucket and its "
                                "files stay.")
                                 .arg(item->text(0), m_function),
                             {},
                             tr("Remove")}))
        return;
    if (const VoidResult done = repo->removeTrigger(item->data(0, Qt::UserRole).toLongLong());
        !done)
        m_problem->showProblem(done.problem(), tr("Remove trigger"));
    reloadFolderTriggers();
}

void FunctionTriggersPane::showRuns()
{
    m_runs->clear();
    const QString name = currentSchedule();
    const QTreeWidgetItem *item = m_schedules->currentItem();
    const bool enabled = item && item->data(NameColumn, Qt::UserRole + 1).toBool();
    m_toggle->setEnabled(!name.isEmpty());
    m_remove->setEnabled(!name.isEmpty());
    m_toggle->setText(enabled || name.isEmpty() ? tr("Turn o&ff") : tr("Turn o&n"));
    m_toggle->setAccessibleName(enabled ? tr("Turn the selected schedule off")
                                        : tr("Turn the selected schedule on"));
    schedules::ScheduleRepository *repo = m_plane->scheduleRepository();
    if (name.isEmpty() || !repo)
        return;
    const auto runs = repo->runs(name, 50);
    if (!runs)
        return;
    const auto zoneFound =
        ScheduleExpression::zone(item->data(NameColumn, Qt::UserRole + 2).toString());
    const QTimeZone zone = zoneFound ? *zoneFound : QTimeZone(QByteArrayLiteral("UTC"));
    if (runs->isEmpty()) {
        auto *none = new QTreeWidgetItem(m_runs);
        none->setText(0, tr("No fires yet: the next one is in the list above."));
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::NoItemFlags);
    }
    for (const ScheduleRun &r : *runs) {
        auto *row = new QTreeWidgetItem(m_runs);
        row->setText(0, when(r.scheduledMs, zone));
        row->setText(1, schedules::describeOutcome(r));
        row->setForeground(1, models::toneColor(outcomeTone(r), palette()));
        QString detail = r.message;
        if (r.outcome == ScheduleRun::Outcome::Missed)
            detail = r.missed > 1 ? tr("From %1 to %2: %3")
                                        .arg(when(r.scheduledMs, zone), when(r.lastMissedMs, zone),
                                             r.message)
                                  : r.message;
        else if (!r.requestId.isEmpty())
            detail = r.message.isEmpty() ? tr("Request %1").arg(r.requestId)
                                         : tr("Request %1: %2").arg(r.requestId, r.message);
        row->setText(2, detail);
        row->setToolTip(2, detail);
    }
}

void FunctionTriggersPane::changed()
{
    // This process fires them (it owns the data folder), or the owner
    // is told.
    schedules::Scheduler *scheduler = m_plane->scheduler();
    if (scheduler && scheduler->running())
        scheduler->reload();
    else
        schedules::Scheduler::tellOwner();
    reload();
}

void FunctionTriggersPane::addSchedule()
{
    if (m_function.isEmpty() || !m_plane->scheduleRepository())
        return;
    // Published versions and aliases it may invoke instead of $LATEST.
    QStringList qualifiers;
    if (functions::FunctionService *service = m_plane->functions()) {
        if (const auto aliases = service->versions().aliases(m_function))
            for (const functions::FunctionAlias &a : *aliases)
                qualifiers << a.name;
        if (const auto versions = service->versions().versions(m_function))
            for (const functions::FunctionVersion &v : *versions)
                qualifiers << QString::number(v.version);
    }
    auto *dialog = new AddScheduleDialog(m_function, qualifiers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto added = m_plane->scheduleRepository()->add(dialog->schedule());
        if (!added) {
            m_problem->showProblem(added.problem(), tr("Add schedule"));
            return;
        }
        m_problem->clear();
        changed();
        for (int i = 0; i < m_schedules->topLevelItemCount(); ++i)
            if (m_schedules->topLevelItem(i)->data(NameColumn, Qt::UserRole) == added->name)
                m_schedules->setCurrentItem(m_schedules->topLevelItem(i));
    });
    if (m_dialogHook)
        m_dialogHook(dialog);
    else
        dialog->open();
}

void FunctionTriggersPane::toggleSchedule()
{
    const QTreeWidgetItem *item = m_schedules->currentItem();
    if (!item || !m_plane->scheduleRepository())
        return;
    const bool enabled = item->data(NameColumn, Qt::UserRole + 1).toBool();
    if (const VoidResult done = m_plane->scheduleRepository()->setEnabled(
            item->data(NameColumn, Qt::UserRole).toString(), !enabled);
        !done)
        m_problem->showProblem(done.problem(), tr("Change schedule"));
    changed();
}

void FunctionTriggersPane::removeSchedule()
{
    const QString name = currentSchedule();
    if (name.isEmpty() || !m_plane->scheduleRepository())
        return;
    if (!promptWith(m_prompter)
             .confirm(this, {tr("Remove schedule"),
                             tr("Remove the schedule \"%1\"? The function stays.").arg(name),
                             {},
                             tr("Remove")}))
        return;
    if (const VoidResult done = m_plane->scheduleRepository()->remove(name); !done)
        m_problem->showProblem(done.problem(), tr("Remove schedule"));
    changed();
}

} // namespace sloop::widgets
