#include "alarmspage.h"
#include "common/noticebanner.h"
#include "common/tones.h"

#include "alarmdialog.h"

#include "alarms/alarmlistmodel.h"
#include "alarms/alarmservice.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using alarms::AlarmDefinition;
using alarms::AlarmHistoryEntry;
using models::AlarmListModel;

AlarmsPage::AlarmsPage(alarms::AlarmService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new AlarmListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_history(new QTreeWidget)
    , m_historyTitle(new QLabel)
    , m_problem(new NoticeBanner)
    , m_add(new QPushButton(tr("&Add alarm…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_remove(new QPushButton(tr("&Delete")))
{
    setObjectName(QStringLiteral("alarmsPage"));
    m_add->setObjectName(QStringLiteral("addAlarm"));
    m_add->setAccessibleName(tr("Add an alarm"));
    m_edit->setObjectName(QStringLiteral("editAlarm"));
    m_edit->setAccessibleName(tr("Edit the selected alarm"));
    m_remove->setObjectName(QStringLiteral("deleteAlarm"));
    m_remove->setAccessibleName(tr("Delete the selected alarm"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlarmListModel::SortRole);
    m_view->setObjectName(QStringLiteral("alarmList"));
    m_view->setAccessibleName(tr("Alarms"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlarmListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AlarmListModel::Condition,
                                                     QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_problem->setObjectName(QStringLiteral("alarmsProblem"));

    m_historyTitle->setObjectName(QStringLiteral("alarmHistoryTitle"));
    m_history->setObjectName(QStringLiteral("alarmHistory"));
    m_history->setAccessibleName(tr("Alarm history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("Alarm"), tr("Change"), tr("Reason")});
    m_history->header()->setStretchLastSection(true);

    auto *historyBox = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &AlarmsPage::addAlarm);
    connect(m_edit, &QPushButton::clicked, this, &AlarmsPage::editAlarm);
    connect(m_remove, &QPushButton::clicked, this, &AlarmsPage::removeAlarm);
    connect(m_view, &QTableView::doubleClicked, this, &AlarmsPage::editAlarm);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        reloadHistory();
    });
    connect(m_service, &alarms::AlarmService::alarmsChanged, this, &AlarmsPage::reload);
    connect(m_service, &alarms::AlarmService::stateChanged, this,
            [this](const AlarmDefinition &alarm) {
                m_model->updateAlarm(alarm);
                reloadHistory();
            });
    connect(m_service, &alarms::AlarmService::commandFinished, this, &AlarmsPage::reloadHistory);
    reload();
}

void AlarmsPage::reload()
{
    const auto all = m_service->alarms();
    if (!all) {
        m_problem->showError(tr("The alarms cannot be read: %1").arg(all.error()));
        return;
    }
    m_problem->clear();
    m_model->setItems(all.value());
    updateActions();
    reloadHistory();
}

std::optional<AlarmDefinition> AlarmsPage::currentAlarm() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_model->rowOfId(current.data(AlarmListModel::IdRole).toLongLong());
    if (row < 0)
        return std::nullopt;
    return m_model->item(row);
}

void AlarmsPage::selectAlarm(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(AlarmListModel::NameRole).toString().compare(name, Qt::CaseInsensitive) ==
            0) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            return;
        }
    }
}

void AlarmsPage::updateActions()
{
    const bool has = currentAlarm().has_value();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
}

void AlarmsPage::reloadHistory()
{
    const auto alarm = currentAlarm();
    m_historyTitle->setText(alarm ? tr("History of %1").arg(alarm->name)
                                  : tr("History of every alarm"));
    const auto entries = m_service->history(alarm ? alarm->name : QString(), 200);
    m_history->clear();
    if (!entries) {
        m_historyTitle->setText(tr("The history cannot be read: %1").arg(entries.error()));
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (const AlarmHistoryEntry &e : entries.value()) {
        auto *item = new QTreeWidgetItem;
        item->setText(
            0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.timeMs), QLocale::ShortFormat));
        item->setText(1, e.alarmName);
        item->setText(2, tr("%1 → %2").arg(alarms::stateLabel(e.from), alarms::stateLabel(e.to)));
        item->setData(2, Qt::DecorationRole, AlarmListModel::stateColor(e.to));
        const QString reason = e.note.isEmpty() ? e.reason : tr("%1 — %2").arg(e.reason, e.note);
        item->setText(3, reason);
        item->setToolTip(3, reason);
        items.append(item);
    }
    m_history->addTopLevelItems(items);
}

void AlarmsPage::addAlarm()
{
    openDialog(std::nullopt);
}

void AlarmsPage::editAlarm()
{
    if (const auto alarm = currentAlarm())
        openDialog(*alarm);
}

void AlarmsPage::openDialog(const std::optional<AlarmDefinition> &existing)
{
    alarms::AlarmService *service = m_service;
    auto save = [service, adding = !existing](const AlarmDefinition &a) {
        return adding ? service->addAlarm(a) : service->updateAlarm(a);
    };
    auto *dialog = new AlarmDialog(existing, m_service->knownTargets(), save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // alarmsChanged already reloaded the list.
        selectAlarm(dialog->saved().name);
    });
    if (m_dialogHook)
        m_dialogHook(dialog);
    else
        dialog->open();
}

void AlarmsPage::removeAlarm()
{
    const auto alarm = currentAlarm();
    if (!alarm)
        return;
    if (!promptWith(m_prompter)
             .confirm(this, {tr("Delete alarm"),
                             tr("Delete the alarm \"%1\" and its history?").arg(alarm->name),
                             {},
                             tr("Delete")}))
        return;
    const VoidResult removed = m_service->removeAlarm(alarm->name);
    if (!removed) {
        m_problem->showProblem(removed.problem(), tr("Delete alarm"));
    }
}

} // namespace sloop::widgets
