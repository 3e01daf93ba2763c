#pragma once

#include "pricing/lambdaprice.h"

#include "common/keyedtablemodel.h"
#include "functions/functionrecord.h"
#include "functions/invocationlog.h"

namespace sloop::models {

// One row of the Functions page: the function, today's invocations and its
// warm environments.
struct FunctionRow
{
    functions::FunctionRecord record;
    functions::InvocationSummary today;
    int warm = 0; // environments ready or serving
    // This month's use at Lambda's list prices (x86), and here when known.
    pricing::FunctionUsage month; // this month's requests and GB-seconds
    std::optional<double> lambdaMonth;
    std::optional<double> hereMonth;
    bool operator==(const FunctionRow &) const = default;
};

class FunctionListModel : public KeyedTableModel<FunctionRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        RuntimeName,
        EngineName,
        Memory,
        Invocations,
        Errors,
        P95,
        LastInvoked,
        Warm,
        CostMonth,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // the raw value
        NameRole,                // the function's name
    };

    explicit FunctionListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Python 3", "Custom runtime".
    static QString runtimeLabel(functions::Runtime runtime);

protected:
    QString keyOf(const FunctionRow &row) const override { return row.record.name.toLower(); }
};

} // namespace sloop::models
