#pragma once

#include "bucket.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::buckets {

// The buckets and bucket_triggers tables (schema step 14).
class BucketRepository
{
public:
    explicit BucketRepository(store::Database &db)
        : m_db(db)
    {
    }
    // Checks the name, makes the folder when missing; Conflict when taken.
    Result<Bucket> add(Bucket bucket);
    Result<std::optional<Bucket>> find(const QString &name);
    Result<QList<Bucket>> all(); // by name
    // The bucket and its triggers; its folder and files stay.
    VoidResult remove(const QString &name);

    Result<BucketTrigger> addTrigger(BucketTrigger trigger);
    Result<QList<BucketTrigger>> triggers(const QString &bucket = {});
    Result<QList<BucketTrigger>> triggersOf(const QString &function);
    VoidResult removeTrigger(qint64 id);
    VoidResult removeFunction(const QString &function);

private:
    store::Database &m_db;
};

} // namespace sloop::buckets
