#include "bucketrepository.h"

#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::buckets {

namespace {

struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Buckets)
};

const QString kTriggerColumns =
    QStringLiteral("id, bucket, function, prefix, suffix, on_created, on_removed, created_ms");

BucketTrigger triggerFromRow(const QSqlQuery &q)
{
    BucketTrigger t;
    t.id = q.value(0).toLongLong();
    t.bucket = q.value(1).toString();
    t.function = q.value(2).toString();
    t.prefix = q.value(3).toString();
    t.suffix = q.value(4).toString();
    t.onCreated = q.value(5).toBool();
    t.onRemoved = q.value(6).toBool();
    t.createdMs = q.value(7).toLongLong();
    return t;
}

} // namespace

Result<Bucket> BucketRepository::add(Bucket bucket)
{
    if (auto valid = validateBucketName(bucket.name); !valid)
        return Result<Bucket>::failure(valid.problem());
    if (auto folder = prepareFolder(bucket.folder); !folder)
        return Result<Bucket>::failure(folder.problem());
    if (bucket.createdMs == 0)
        bucket.createdMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO buckets (name, folder, created_ms) VALUES (?, ?, ?)"));
    q.addBindValue(bucket.name);
    q.addBindValue(bucket.folder);
    q.addBindValue(bucket.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<Bucket>::failure(
                ErrorKind::Conflict,
                RepositoryText::tr("There is already a bucket called \"%1\".").arg(bucket.name));
        return Result<Bucket>::failure(q.lastError().text());
    }
    return bucket;
}

Result<std::optional<Bucket>> BucketRepository::find(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, folder, created_ms FROM buckets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Result<std::optional<Bucket>>::failure(q.lastError().text());
    if (!q.next())
        return std::optional<Bucket>();
    return std::optional<Bucket>(
        Bucket{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
}

Result<QList<Bucket>> BucketRepository::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, folder, created_ms FROM buckets ORDER BY name")))
        return Result<QList<Bucket>>::failure(q.lastError().text());
    QList<Bucket> out;
    while (q.next())
        out.append(Bucket{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

VoidResult BucketRepository::remove(const QString &name)
{
    QSqlQuery triggers(m_db.connection());
    triggers.prepare(QStringLiteral("DELETE FROM bucket_triggers WHERE bucket = ?"));
    triggers.addBindValue(name);
    if (auto done = store::execute(triggers); !done)
        return done;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM buckets WHERE name = ?"));
    q.addBindValue(name);
    if (auto done = store::execute(q); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(
            ErrorKind::NotFound, RepositoryText::tr("There is no bucket called \"%1\".").arg(name));
    return {};
}

Result<BucketTrigger> BucketRepository::addTrigger(BucketTrigger t)
{
    if (!t.onCreated && !t.onRemoved)
        return Result<BucketTrigger>::failure(
            ErrorKind::InvalidInput,
            RepositoryText::tr("A trigger reacts to objects created, removed, or both."));
    if (t.createdMs == 0)
        t.createdMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO bucket_triggers (bucket, function, prefix, suffix,"
                             " on_created, on_removed, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.bucket);
    q.addBindValue(t.function);
    q.addBindValue(store::sqlText(t.prefix));
    q.addBindValue(store::sqlText(t.suffix));
    q.addBindValue(t.onCreated);
    q.addBindValue(t.onRemoved);
    q.addBindValue(t.createdMs);
    if (!q.exec())
        return Result<BucketTrigger>::failure(q.lastError().text());
    t.id = q.lastInsertId().toLongLong();
    return t;
}

Result<QList<BucketTrigger>> BucketRepository::triggers(const QString &bucket)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kTriggerColumns +
              QStringLiteral(" FROM bucket_triggers") +
              (bucket.isEmpty() ? QString() : QStringLiteral(" WHERE bucket = ?")) +
              QStringLiteral(" ORDER BY id"));
    if (!bucket.isEmpty())
        q.addBindValue(bucket);
    return store::selectRows<BucketTrigger>(q, triggerFromRow);
}

Result<QList<BucketTrigger>> BucketRepository::triggersOf(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kTriggerColumns +
              QStringLiteral(" FROM bucket_triggers WHERE function = ? ORDER BY id"));
    q.addBindValue(function);
    return store::selectRows<BucketTrigger>(q, triggerFromRow);
}

VoidResult BucketRepository::removeTrigger(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM bucket_triggers WHERE id = ?"));
    q.addBindValue(id);
    if (auto done = store::execute(q); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound,
                                   RepositoryText::tr("There is no such trigger."));
    return {};
}

VoidResult BucketRepository::removeFunction(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM bucket_triggers WHERE function = ?"));
    q.addBindValue(function);
    return store::execute(q);
}

} // namespace sloop::buckets
