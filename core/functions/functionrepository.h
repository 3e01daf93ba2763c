#pragma once

#include "functionrecord.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::functions {

// The functions table (schema step 8).
class FunctionRepository
{
public:
    explicit FunctionRepository(store::Database &db)
        : m_db(db)
    {
    }

    // Checks (validate) then stores; a name taken whatever the case is a
    // Conflict. Returns it as stored (id, times).
    Result<FunctionRecord> add(FunctionRecord record);
    // Replaces the configuration of the function with record.name.
    Result<FunctionRecord> update(FunctionRecord record);
    Result<std::optional<FunctionRecord>> find(const QString &name);
    Result<QList<FunctionRecord>> all();    // by name
    VoidResult remove(const QString &name); // NotFound when there is none

private:
    store::Database &m_db;
};

} // namespace sloop::functions
