#pragma once

#include "containerservice.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::containerservices {

// The container_services table (schema step 21).
class ContainerServiceRepository
{
public:
    explicit ContainerServiceRepository(store::Database &db)
        : m_db(db)
    {
    }
    // Public endpoints are served from here up (APIs start at 4600).
    static constexpr quint16 kFirstPort = 4800;

    // Gives it a port when it has none and its creation time; Conflict when
    // the name or the port is taken.
    Result<ContainerService> create(ContainerService service);
    Result<std::optional<ContainerService>> find(const QString &name);
    Result<ContainerService> require(const QString &name); // NotFound names it
    Result<QList<ContainerService>> all();                 // by name
    // Saves power, scale, the disabled flag and the deployments.
    VoidResult save(const ContainerService &service);
    VoidResult remove(const QString &name);

private:
    Result<quint16> freePort();
    store::Database &m_db;
};

} // namespace sloop::containerservices
