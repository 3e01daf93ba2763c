#pragma once

#include "blueprints/blueprint.h"
#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "instances/instancerecord.h"
#include "pricing/pricecatalog.h"

#include <QColor>
#include <QHash>

#include <optional>

namespace sloop::models {

// One row of the instances list: the record and what the page learned
// around it (the blueprint's name and icon, the plan, the running job, the
// monthly estimate).
struct InstanceRow
{
    instances::InstanceRecord record;
    QString blueprintName; // empty: the blueprint left the catalogue
    QString blueprintIcon; // a resource path or file; empty: none
    std::optional<pricing::Plan> plan;
    QString activity; // the running job's action ("stop", "snapshot"); empty when idle
    std::optional<qint64> estimateCents; // Sloop's share of the machine's stated cost
    QString estimateCurrency = QStringLiteral("USD");
    QString priceCurrency = QStringLiteral("USD"); // the catalogue's

    bool operator==(const InstanceRow &other) const = default;
};

// A row from a record and what the catalogues say about it.
InstanceRow makeInstanceRow(const instances::InstanceRecord &record,
                            const std::optional<blueprints::Blueprint> &blueprint,
                            const std::optional<pricing::Plan> &plan,
                            const QString &priceCurrency = QStringLiteral("USD"));

// Roles beyond the shared SortRole and IdRole.
enum InstanceRole
{
    StateRole = Qt::UserRole + 10, // int(InstanceState)
    BusyRole,                      // bool: a job is running on the instance
};

// The instances, one row per name (unique without regard to case). Rows are
// added, changed and removed one by one as the service reports them, never
// by a reset, so selection and scroll survive. The Card column is the text
// the cards view shows (several lines); the list hides it.
class InstanceListModel : public KeyedTableModel<InstanceRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        State,
        Blueprint,
        Plan,
        Location,
        Address,
        Price,
        Estimate,
        Card,
        ColumnCount
    };

    explicit InstanceListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Adds the row, or replaces the one with its name (keeping its estimate);
    // other rows are untouched.
    void upsert(const InstanceRow &row);
    // Removes the row of that name (any case); false when there was none.
    bool removeName(const QString &name);
    // The running job's action for one instance (empty: idle).
    void setActivity(const QString &name, const QString &action);
    // Each instance's estimate (by lower-case name); rows not named get none.
    void setEstimates(const QHash<QString, std::pair<std::optional<qint64>, QString>> &estimates);
    int rowOfName(const QString &name) const { return rowOfKey(name.toLower()); }

protected:
    QString keyOf(const InstanceRow &row) const override { return row.record.name.toLower(); }
};

// The colour of a state's dot (green running, grey stopped, amber busy, red failed).
QColor instanceStateColor(instances::InstanceState state);
// A round dot of that colour.
QIcon instanceStateDot(instances::InstanceState state);
// "127.0.0.1:20022": where the instance answers SSH; empty when not known.
QString instanceSshEndpoint(const instances::InstanceRecord &record);
// "20080 → 80/tcp": one published port.
QString portMappingText(const instances::PortMapping &mapping);
// "Micro · 2 vCPU · 1 GB · 40 GB SSD"
QString planSpecText(const pricing::Plan &plan);

} // namespace sloop::models
