#pragma once

#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "hosts/hostrecord.h"
#include "hosts/hoststatus.h"

namespace sloop::models {

// One row of the hosts list: the record and what Sloop last learned about
// reaching it.
struct HostRow
{
    hosts::HostRecord record;
    hosts::HostStatus status;

    bool operator==(const HostRow &other) const;
};

// The hosts inventory, one row per host name (names are unique, without
// regard to case). The status column carries a coloured dot and the reason
// when a host cannot be reached.
class HostListModel : public KeyedTableModel<HostRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Address,
        Tags,
        ColumnCount
    };

    explicit HostListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Replaces one row's status (after a check) without touching the rest.
    void setStatus(const QString &name, const hosts::HostStatus &status);
    // All tags in use, sorted, for the group filter.
    QStringList allTags() const;

protected:
    QString keyOf(const HostRow &row) const override { return row.record.name.toLower(); }
};

// "user@address:port", leaving out what is default.
QString hostEndpointText(const hosts::HostRecord &host);

} // namespace sloop::models
