#include "functionlistmodel.h"

#include "common/tones.h"
#include "pricing/lambdaprice.h"

#include <QDateTime>
#include <QLocale>

namespace sloop::models {

FunctionListModel::FunctionListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int FunctionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FunctionListModel::runtimeLabel(functions::Runtime runtime)
{
    switch (runtime) {
    case functions::Runtime::Python3:
        return tr("Python 3");
    case functions::Runtime::NodeJs:
        return tr("Node.js");
    case functions::Runtime::Provided:
        return tr("Custom runtime");
    case functions::Runtime::Image:
        return tr("Container image");
    }
    return {};
}

QVariant FunctionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FunctionRow &row = item(index.row());
    const functions::InvocationSummary &today = row.today;
    if (role == NameRole)
        return row.record.name;
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return row.record.name.toLower();
        case RuntimeName:
            return runtimeLabel(row.record.runtime);
        case EngineName:
            return row.record.engine;
        case Memory:
            return row.record.memoryMiB;
        case Invocations:
            return today.invocations;
        case Errors:
            return today.errors;
        case P95:
            return today.p95Ms;
        case LastInvoked:
            return today.lastMs;
        case Warm:
            return row.warm;
        case CostMonth:
            return row.lambdaMonth.value_or(-1);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return row.record.name;
        case RuntimeName:
            return runtimeLabel(row.record.runtime);
        case EngineName:
            return functions::enginesOf(row.record).join(QStringLiteral(", "));
        case Memory:
            return tr("%1 MB").arg(row.record.memoryMiB);
        case Invocations:
            return QLocale().toString(today.invocations);
        case Errors:
            return QLocale().toString(today.errors);
        case P95:
            return today.invocations == 0
                       ? tr("—")
                       : tr("%1 ms").arg(QLocale().toString(today.p95Ms, 'f', 1));
        case LastInvoked:
            return today.lastMs == 0
                       ? tr("not today")
                       : QLocale().toString(QDateTime::fromMSecsSinceEpoch(today.lastMs).time(),
                                            QLocale::ShortFormat);
        case Warm:
            return QLocale().toString(row.warm);
        case CostMonth:
            return row.lambdaMonth ? pricing::dollars(*row.lambdaMonth) : tr("—");
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Errors && today.errors > 0)
            return toneColor(Tone::Error);
        if ((index.column() == LastInvoked && today.lastMs == 0) ||
            (index.column() == P95 && today.invocations == 0))
            return toneColor(Tone::Muted);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Memory:
        case Invocations:
        case Errors:
        case P95:
        case Warm:
        case CostMonth:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !row.record.description.isEmpty())
        return row.record.description;
    if (role == Qt::ToolTipRole && index.column() == CostMonth && row.lambdaMonth)
        return row.hereMonth
                   ? tr("On Lambda this month (list price, x86): %1. Here, its share of the "
                        "machine's stated cost: %2.")
                         .arg(pricing::dollars(*row.lambdaMonth), pricing::dollars(*row.hereMonth))
                   : tr("On Lambda this month (list price, x86): %1. State what the machine "
                        "costs on the Pricing page to see its share here.")
                         .arg(pricing::dollars(*row.lambdaMonth));
    return {};
}

QVariant FunctionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case RuntimeName:
        return tr("Runtime");
    case EngineName:
        return tr("Engine");
    case Memory:
        return tr("Memory");
    case Invocations:
        return tr("Invocations today");
    case Errors:
        return tr("Errors today");
    case P95:
        return tr("p95 duration");
    case LastInvoked:
        return tr("Last invoked");
    case Warm:
        return tr("Warm");
    case CostMonth:
        return tr("Lambda cost (month)");
    }
    return {};
}

} // namespace sloop::models
