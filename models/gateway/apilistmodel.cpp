#include "apilistmodel.h"

#include "common/tones.h"

#include <QLocale>

namespace sloop::models {

ApiListModel::ApiListModel(QObject *parent)
    : KeyedTableModel<ApiRow>(parent)
{
}

int ApiListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ApiRow &row = item(index.row());
    const gateway::Api &api = row.api;
    const qint64 errors = row.today.clientErrors + row.today.serverErrors;
    if (role == IdRole)
        return api.id;
    if (role == Qt::ToolTipRole && index.column() == Url && !row.serving)
        return tr("Not served now: the window or \"sloop serve\" that owns the data folder serves "
                  "APIs, and the port must be free.");
    if (role == Qt::ForegroundRole && index.column() == Errors && row.today.serverErrors > 0)
        return toneColor(Tone::Error);
    if (role == Qt::ForegroundRole && index.column() == Url && !row.serving)
        return toneColor(Tone::Muted);
    QStringList stages;
    for (const gateway::Stage &s : api.stages)
        stages.append(s.name);
    const QString url = api.stages.isEmpty() ? QString() : api.stageUrl(api.stages.first().name);
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return api.name.toLower();
        case Type:
            return gateway::apiTypeName(api.type);
        case Routes:
            return qlonglong(api.routes.size());
        case Stages:
            return qlonglong(api.stages.size());
        case Requests:
            return row.today.requests;
        case Errors:
            return errors;
        case P99:
            return row.today.p99LatencyMs;
        case Url:
            return url;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Routes || index.column() == Requests || index.column() == Errors ||
            index.column() == P99)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return api.name;
    case Type:
        return api.type == gateway::ApiType::Rest        ? tr("REST")
               : api.type == gateway::ApiType::WebSocket ? tr("WebSocket")
                                                         : tr("HTTP");
    case Routes:
        return QLocale().toString(qlonglong(api.routes.size()));
    case Stages:
        return stages.isEmpty() ? tr("not deployed") : stages.join(QLatin1String(", "));
    case Requests:
        return QLocale().toString(row.today.requests);
    case Errors:
        return QLocale().toString(errors);
    case P99:
        return row.today.requests == 0
                   ? QStringLiteral("–")
                   : tr("%1 ms").arg(QLocale().toString(row.today.p99LatencyMs, 'f', 1));
    case Url:
        return url.isEmpty() ? QStringLiteral("–") : url;
    }
    return {};
}

QVariant ApiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Routes:
        return tr("Routes");
    case Stages:
        return tr("Stages");
    case Requests:
        return tr("Requests today");
    case Errors:
        return tr("Errors");
    case P99:
        return tr("p99 latency");
    case Url:
        return tr("URL");
    }
    return {};
}

} // namespace sloop::models
