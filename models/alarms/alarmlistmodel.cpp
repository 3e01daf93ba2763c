#include "alarmlistmodel.h"
#include "common/tones.h"

#include "common/displaytext.h"
#include "metrics/metricpoint.h"

#include <QDateTime>
#include <QLocale>

namespace sloop::models {

using alarms::AlarmDefinition;
using alarms::AlarmState;

namespace {

// Alarms first when sorting by state: what needs attention leads.
int stateOrder(AlarmState s)
{
    switch (s) {
    case AlarmState::Alarm:
        return 0;
    case AlarmState::InsufficientData:
        return 1;
    case AlarmState::Ok:
        return 2;
    }
    return 3;
}

QString targetLabel(const QString &key)
{
    const auto target = metrics::Target::fromKey(key);
    return target ? target->label() : key;
}

} // namespace

AlarmListModel::AlarmListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int AlarmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor AlarmListModel::stateColor(AlarmState state)
{
    switch (state) {
    case AlarmState::Ok:
        return models::toneColor(models::Tone::Ok);
    case AlarmState::Alarm:
        return models::toneColor(models::Tone::Error);
    case AlarmState::InsufficientData:
        return models::toneColor(models::Tone::Muted);
    }
    return {};
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmDefinition &a = item(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case State:
            // Text as well as the light: the state never rests on colour alone.
            return a.enabled ? alarms::stateLabel(a.state)
                             : tr("%1 (disabled)").arg(alarms::stateLabel(a.state));
        case Name:
            return text::cell(a.name);
        case Target:
            return text::cell(targetLabel(a.target));
        case Condition:
            return text::cell(alarms::describeCondition(a));
        case Since:
            return a.stateSinceMs > 0
                       ? text::relativeTime(QDateTime::fromMSecsSinceEpoch(a.stateSinceMs))
                       : QString();
        }
        break;
    case Qt::DecorationRole:
        if (column == State)
            return stateColor(a.state);
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case State:
            return text::tooltip(a.stateReason);
        case Name:
            return text::tooltip(a.name);
        case Target:
            return text::tooltip(a.target);
        case Condition:
            return text::tooltip(alarms::describeCondition(a));
        case Since:
            return a.stateSinceMs > 0
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.stateSinceMs),
                                            QLocale::LongFormat)
                       : QString();
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == State)
            return tr("State: %1").arg(alarms::stateLabel(a.state));
        break;
    case SortRole:
        switch (column) {
        case State:
            return stateOrder(a.state);
        case Name:
            return a.name.toLower();
        case Target:
            return a.target;
        case Condition:
            return a.metric;
        case Since:
            return a.stateSinceMs;
        }
        break;
    case IdRole:
        return a.id;
    case NameRole:
        return a.name;
    case StateRole:
        return int(a.state);
    }
    return {};
}

QVariant AlarmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Name:
        return tr("Name");
    case Target:
        return tr("Target");
    case Condition:
        return tr("Condition");
    case Since:
        return tr("Since");
    }
    return {};
}

void AlarmListModel::updateAlarm(const AlarmDefinition &alarm)
{
    QList<AlarmDefinition> next = items();
    const int row = rowOfId(alarm.id);
    if (row < 0)
        next.append(alarm);
    else
        next[row] = alarm;
    setItems(next);
}

} // namespace sloop::models
