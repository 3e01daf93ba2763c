#pragma once

#include <Qt>

namespace sloop::models {

// Roles shared by the engine resource models (images, volumes, networks).
enum EngineRole
{
    // The raw value of a cell for sorting: a QDateTime, a byte count, a bool.
    SortRole = Qt::UserRole,
    // The identifier actions take: image id, volume name, network id.
    IdRole = Qt::UserRole + 1,
};

} // namespace sloop::models
