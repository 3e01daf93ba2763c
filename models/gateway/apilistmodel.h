#pragma once

#include "common/keyedtablemodel.h"
#include "gateway/accesslog.h"
#include "gateway/apimodel.h"

namespace sloop::models {

// One row of the APIs page: the API and today's requests through it.
struct ApiRow
{
    gateway::Api api;
    gateway::AccessLog::Summary today;
    bool serving = false; // the gateway listens on its port now
    bool operator==(const ApiRow &other) const
    {
        return api == other.api && serving == other.serving &&
               today.requests == other.today.requests &&
               today.clientErrors == other.today.clientErrors &&
               today.serverErrors == other.today.serverErrors &&
               today.p99LatencyMs == other.today.p99LatencyMs;
    }
};

class ApiListModel : public KeyedTableModel<ApiRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Routes,
        Stages,
        Requests,
        Errors,
        P99,
        Url,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
    };

    explicit ApiListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const ApiRow &row) const override { return row.api.id; }
};

} // namespace sloop::models
