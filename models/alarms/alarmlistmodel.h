#pragma once

#include "alarms/alarmtypes.h"
#include "common/keyedtablemodel.h"

#include <QColor>

namespace sloop::models {

// The alarms, one row per alarm id. setItems() (from KeyedTableModel) reports
// only what changed; updateAlarm() changes one row, as the service's
// stateChanged signal asks.
class AlarmListModel : public KeyedTableModel<alarms::AlarmDefinition>
{
    Q_OBJECT
public:
    enum Column
    {
        State,
        Name,
        Target,
        Condition,
        Since,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // the raw value: state order, name, time
        IdRole,                  // qint64 alarm id
        NameRole,                // the alarm's name
        StateRole,               // int(alarms::AlarmState)
    };

    explicit AlarmListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Replaces the row with the same id; adds it when it is new.
    void updateAlarm(const alarms::AlarmDefinition &alarm);
    int rowOfId(qint64 id) const { return rowOfKey(QString::number(id)); }

    // The light of a state: OK green, ALARM red, INSUFFICIENT_DATA grey.
    static QColor stateColor(alarms::AlarmState state);

protected:
    QString keyOf(const alarms::AlarmDefinition &alarm) const override
    {
        return QString::number(alarm.id);
    }
};

} // namespace sloop::models
