#pragma once

#include "functionrecord.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::functions {

// A published version: immutable, numbered from 1, its configuration as it
// was at publishing and its image sloop-fn/NAME:N.
struct FunctionVersion
{
    QString function;
    int version = 0;
    QString description;
    FunctionRecord config;
    qint64 createdMs = 0;
};

// A name for a version ("live"), optionally with a second version that
// gets `extraWeight` (0–1) of the invocations: a canary. Moving it back is
// a rollback.
struct FunctionAlias
{
    QString function;
    QString name;
    int version = 0;
    std::optional<int> extraVersion;
    double extraWeight = 0;
    QString description;
    qint64 updatedMs = 0;
};

// Alias names as Lambda has them: letters, digits, - and _, not only digits.
VoidResult validateAliasName(const QString &name);

// The function_versions and function_aliases tables (schema step 11).
class FunctionVersions
{
public:
    explicit FunctionVersions(store::Database &db)
        : m_db(db)
    {
    }
    // The number the next publish gets.
    Result<int> nextVersion(const QString &function);
    Result<FunctionVersion> add(const QString &function, int version, const QString &description,
                                const FunctionRecord &config);
    Result<QList<FunctionVersion>> versions(const QString &function); // oldest first
    Result<std::optional<FunctionVersion>> find(const QString &function, int version);

    // Checks the name, the versions (they must exist) and the weight.
    Result<FunctionAlias> setAlias(FunctionAlias alias);
    Result<QList<FunctionAlias>> aliases(const QString &function);
    Result<std::optional<FunctionAlias>> alias(const QString &function, const QString &name);
    VoidResult removeAlias(const QString &function, const QString &name);

    VoidResult removeFunction(const QString &function);

private:
    store::Database &m_db;
};

} // namespace sloop::functions
