#include "apirepository.h"

#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::gateway {

namespace {

struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

const QString kColumns =
    QStringLiteral("id, name, type, port, description, definition, created_ms");

Result<Api> apiFromRow(const QSqlQuery &q)
{
    Api api;
    api.id = q.value(0).toString();
    api.name = q.value(1).toString();
    api.type = apiTypeFromName(q.value(2).toString()).value_or(ApiType::Http);
    api.port = quint16(q.value(3).toUInt());
    api.description = q.value(4).toString();
    api.createdMs = q.value(6).toLongLong();
    if (auto read = readDefinition(q.value(5).toByteArray(), &api); !read)
        return Result<Api>::failure(read.problem());
    return api;
}

} // namespace

Result<quint16> ApiRepository::freePort()
{
    return store::firstFreePort(m_db.connection(), QStringLiteral("apis"), kFirstPort);
}

Result<Api> ApiRepository::create(Api api)
{
    if (auto valid = validateApiName(api.name); !valid)
        return Result<Api>::failure(valid.problem());
    if (api.port == 0) {
        const auto port = freePort();
        if (!port)
            return Result<Api>::failure(port.problem());
        api.port = *port;
    }
    api.id = randomId(10);
    api.createdMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO apis (") + kColumns +
              QStringLiteral(", updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(api.id);
    q.addBindValue(api.name);
    q.addBindValue(apiTypeName(api.type));
    q.addBindValue(api.port);
    q.addBindValue(store::sqlText(api.description));
    q.addBindValue(definitionJson(api));
    q.addBindValue(api.createdMs);
    q.addBindValue(api.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<Api>::failure(
                ErrorKind::Conflict,
                RepositoryText::tr("There is already an API called \"%1\" or one on port %2.")
                    .arg(api.name)
                    .arg(api.port));
        return Result<Api>::failure(q.lastError().text());
    }
    return api;
}

Result<std::optional<Api>> ApiRepository::find(const QString &idOrName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM apis WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1"));
    q.addBindValue(idOrName);
    q.addBindValue(idOrName);
    q.addBindValue(idOrName);
    if (!q.exec())
        return Result<std::optional<Api>>::failure(q.lastError().text());
    if (!q.next())
        return std::optional<Api>();
    auto api = apiFromRow(q);
    if (!api)
        return Result<std::optional<Api>>::failure(api.problem());
    return std::optional<Api>(*api);
}

Result<QList<Api>> ApiRepository::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM apis ORDER BY name")))
        return Result<QList<Api>>::failure(q.lastError().text());
    QList<Api> out;
    while (q.next()) {
        auto api = apiFromRow(q);
        if (!api)
            return Result<QList<Api>>::failure(api.problem());
        out.append(*api);
    }
    return out;
}

VoidResult ApiRepository::save(const Api &api)
{
    if (auto valid = validateApiName(api.name); !valid)
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE apis SET name = ?, port = ?, description = ?,"
                             " definition = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(api.name);
    q.addBindValue(api.port);
    q.addBindValue(store::sqlText(api.description));
    q.addBindValue(definitionJson(api));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(api.id);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return VoidResult::failure(
                ErrorKind::Conflict,
                RepositoryText::tr("Another API is called \"%1\" or serves on port %2.")
                    .arg(api.name)
                    .arg(api.port));
        return VoidResult::failure(q.lastError().text());
    }
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound,
                                   RepositoryText::tr("There is no API %1.").arg(api.id));
    return {};
}

VoidResult ApiRepository::remove(const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM apis WHERE id = ?"));
    q.addBindValue(id);
    if (auto done = store::execute(q); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound,
                                   RepositoryText::tr("There is no API %1.").arg(id));
    return {};
}

Result<Api> requireApi(ApiRepository &repository, const QString &idOrName)
{
    const auto found = repository.find(idOrName);
    if (!found)
        return Result<Api>::failure(found.problem());
    if (!found->has_value())
        return Result<Api>::failure(
            ErrorKind::NotFound,
            RepositoryText::tr("There is no API called \"%1\" (sloop apis ls lists them).")
                .arg(idOrName));
    return **found;
}

} // namespace sloop::gateway
