#include "functionrepository.h"

#include "store/database.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::functions {

namespace {

struct FunctionsText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

const QString kColumns = QStringLiteral(
    "id, name, runtime, handler, memory_mib, timeout_s, ephemeral_mib, environment, engine,"
    " network, reserved_concurrency, description, created_ms, updated_ms, docker_network,"
    " image_uri, extra_engines");

QString environmentJson(const QMap<QString, QString> &environment)
{
    QJsonObject object;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FunctionRecord fromRow(const QSqlQuery &q)
{
    FunctionRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.runtime = runtimeFromName(q.value(2).toString()).value_or(Runtime::Provided);
    r.handler = q.value(3).toString();
    r.memoryMiB = q.value(4).toInt();
    r.timeoutSeconds = q.value(5).toInt();
    r.ephemeralMiB = q.value(6).toInt();
    const QJsonObject env = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    for (auto it = env.begin(); it != env.end(); ++it)
        r.environment.insert(it.key(), it.value().toString());
    r.engine = q.value(8).toString();
    r.network = q.value(9).toBool();
    if (!q.value(10).isNull())
        r.reservedConcurrency = q.value(10).toInt();
    r.description = q.value(11).toString();
    r.createdMs = q.value(12).toLongLong();
    r.updatedMs = q.value(13).toLongLong();
    r.dockerNetwork = q.value(14).toString();
    r.imageUri = q.value(15).toString();
    r.extraEngines = q.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return r;
}

void bindConfiguration(QSqlQuery &q, const FunctionRecord &r)
{
    q.addBindValue(runtimeName(r.runtime));
    q.addBindValue(store::sqlText(r.handler));
    q.addBindValue(r.memoryMiB);
    q.addBindValue(r.timeoutSeconds);
    q.addBindValue(r.ephemeralMiB);
    q.addBindValue(environmentJson(r.environment));
    q.addBindValue(store::sqlText(r.engine));
    q.addBindValue(r.network);
    q.addBindValue(r.reservedConcurrency ? QVariant(*r.reservedConcurrency) : QVariant());
    q.addBindValue(store::sqlText(r.description));
    q.addBindValue(store::sqlText(r.dockerNetwork));
    q.addBindValue(store::sqlText(r.imageUri));
    q.addBindValue(store::sqlText(r.extraEngines.join(QLatin1Char(','))));
}

} // namespace

Result<FunctionRecord> FunctionRepository::add(FunctionRecord record)
{
    if (const VoidResult valid = validate(record); !valid)
        return Result<FunctionRecord>::failure(valid.problem());
    record.createdMs = record.updatedMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO functions(name, runtime, handler, memory_mib, timeout_s,"
                       " ephemeral_mib, environment, engine, network, reserved_concurrency,"
                       " description, docker_network, image_uri, extra_engines, created_ms,"
                       " updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.name);
    bindConfiguration(q, record);
    q.addBindValue(record.createdMs);
    q.addBindValue(record.updatedMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<FunctionRecord>::failure(
                ErrorKind::Conflict,
                FunctionsText::tr("A function named %1 exists already.").arg(record.name));
        return Result<FunctionRecord>::failure(q.lastError().text());
    }
    record.id = q.lastInsertId().toLongLong();
    return record;
}

Result<FunctionRecord> FunctionRepository::update(FunctionRecord record)
{
    if (const VoidResult valid = validate(record); !valid)
        return Result<FunctionRecord>::failure(valid.problem());
    // Each change gets a later time, even within one millisecond: the pool
    // tells revisions apart by it.
    record.updatedMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE functions SET runtime = ?, handler = ?, memory_mib = ?,"
        " timeout_s = ?, ephemeral_mib = ?, environment = ?, engine = ?,"
        " network = ?, reserved_concurrency = ?, description = ?, docker_network = ?,"
        " image_uri = ?, extra_engines = ?,"
        " updated_ms = MAX(?, updated_ms + 1) WHERE name = ?"));
    bindConfiguration(q, record);
    q.addBindValue(record.updatedMs);
    q.addBindValue(record.name);
    if (!q.exec())
        return Result<FunctionRecord>::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Result<FunctionRecord>::failure(
            ErrorKind::NotFound,
            FunctionsText::tr("There is no function named %1.").arg(record.name));
    auto stored = find(record.name);
    if (!stored)
        return Result<FunctionRecord>::failure(stored.problem());
    return stored->value();
}

Result<std::optional<FunctionRecord>> FunctionRepository::find(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM functions WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec())
        return Result<std::optional<FunctionRecord>>::failure(q.lastError().text());
    if (!q.next())
        return std::optional<FunctionRecord>{};
    return std::optional<FunctionRecord>{fromRow(q)};
}

Result<QList<FunctionRecord>> FunctionRepository::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM functions ORDER BY name COLLATE NOCASE").arg(kColumns)))
        return Result<QList<FunctionRecord>>::failure(q.lastError().text());
    QList<FunctionRecord> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

VoidResult FunctionRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM functions WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound,
                                   FunctionsText::tr("There is no function named %1.").arg(name));
    return {};
}

} // namespace sloop::functions
