#pragma once

#include "apimodel.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::gateway {

// The apis table (schema step 18). Each API's routes, stages and
// deployments are one JSON definition, saved whole.
class ApiRepository
{
public:
    explicit ApiRepository(store::Database &db)
        : m_db(db)
    {
    }
    // The first port an API is given; the next free one after it otherwise.
    static constexpr quint16 kFirstPort = 4600;

    // Gives it an id, a port when it has none, and its creation time;
    // Conflict when the name or the port is taken.
    Result<Api> create(Api api);
    // By id or by name (any case).
    Result<std::optional<Api>> find(const QString &idOrName);
    Result<QList<Api>> all(); // by name
    // Saves the definition, name, port and description of an existing API.
    VoidResult save(const Api &api);
    VoidResult remove(const QString &id);

private:
    Result<quint16> freePort();
    store::Database &m_db;
};

// "find or say so": NotFound with a message naming what was asked for.
Result<Api> requireApi(ApiRepository &repository, const QString &idOrName);

} // namespace sloop::gateway
