#include "containerservicerepository.h"

#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::containerservices {

namespace {

struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(ContainerServices)
};

const QString kSelect =
    QStringLiteral("SELECT name, engine, port, definition, created_ms FROM container_services");

Result<ContainerService> fromRow(const QSqlQuery &q)
{
    ContainerService s;
    s.name = q.value(0).toString();
    s.engine = q.value(1).toString();
    s.port = quint16(q.value(2).toUInt());
    s.createdMs = q.value(4).toLongLong();
    if (auto read = definitionFromJson(q.value(3).toByteArray(), s); !read)
        return Result<ContainerService>::failure(read.problem());
    return s;
}

Result<QList<ContainerService>> select(QSqlQuery &q)
{
    if (!q.exec())
        return Result<QList<ContainerService>>::failure(q.lastError().text());
    QList<ContainerService> out;
    while (q.next()) {
        auto s = fromRow(q);
        if (!s)
            return Result<QList<ContainerService>>::failure(s.problem());
        out.append(*s);
    }
    return out;
}

} // namespace

Result<quint16> ContainerServiceRepository::freePort()
{
    return store::firstFreePort(m_db.connection(), QStringLiteral("container_services"),
                                kFirstPort);
}

Result<ContainerService> ContainerServiceRepository::create(ContainerService service)
{
    if (const QString bad = checkName(service.name, RepositoryText::tr("container service"));
        !bad.isEmpty())
        return Result<ContainerService>::failure(ErrorKind::InvalidInput, bad);
    if (service.port == 0) {
        const auto port = freePort();
        if (!port)
            return Result<ContainerService>::failure(port.problem());
        service.port = *port;
    }
    service.createdMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO container_services (name, engine, port, definition,"
                             " created_ms) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(service.name);
    q.addBindValue(service.engine);
    q.addBindValue(service.port);
    q.addBindValue(definitionToJson(service));
    q.addBindValue(service.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<ContainerService>::failure(
                ErrorKind::Conflict,
                RepositoryText::tr("There is already a container service called \"%1\" or one "
                                   "on port %2.")
                    .arg(service.name)
                    .arg(service.port));
        return Result<ContainerService>::failure(q.lastError().text());
    }
    return service;
}

Result<std::optional<ContainerService>> ContainerServiceRepository::find(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    auto rows = select(q);
    if (!rows)
        return Result<std::optional<ContainerService>>::failure(rows.problem());
    if (rows->isEmpty())
        return std::optional<ContainerService>();
    return std::optional<ContainerService>(rows->first());
}

Result<ContainerService> ContainerServiceRepository::require(const QString &name)
{
    auto found = find(name);
    if (!found)
        return Result<ContainerService>::failure(found.problem());
    if (!*found)
        return Result<ContainerService>::failure(
            ErrorKind::NotFound,
            RepositoryText::tr("There is no container service called \"%1\".").arg(name));
    return **found;
}

Result<QList<ContainerService>> ContainerServiceRepository::all()
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    return select(q);
}

VoidResult ContainerServiceRepository::save(const ContainerService &service)
{
    ContainerService kept = service;
    // The history Lightsail keeps; the active and activating ones always stay.
    while (kept.deployments.size() > kMaxDeploymentsKept) {
        const auto old =
            std::find_if(kept.deployments.begin(), kept.deployments.end(), [](const Deployment &d) {
                return d.state == DeploymentState::Inactive || d.state == DeploymentState::Failed;
            });
        if (old == kept.deployments.end())
            break;
        kept.deployments.erase(old);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE container_services SET definition = ? WHERE name = ?"));
    q.addBindValue(definitionToJson(kept));
    q.addBindValue(service.name);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(
            ErrorKind::NotFound,
            RepositoryText::tr("There is no container service called \"%1\".").arg(service.name));
    return {};
}

VoidResult ContainerServiceRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM container_services WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(
            ErrorKind::NotFound,
            RepositoryText::tr("There is no container service called \"%1\".").arg(name));
    return {};
}

} // namespace sloop::containerservices
