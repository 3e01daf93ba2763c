#pragma once

#include <Qt>

namespace sloop::models {

// Roles every table model shares (images, volumes, networks, hosts,
// instances, alarms): sorting by the raw value, and the id actions take.
enum TableRole
{
    // The raw value of a cell for sorting: a QDateTime, a byte count, a bool.
    SortRole = Qt::UserRole,
    // The identifier actions take: image id, volume name, network id.
    IdRole = Qt::UserRole + 1,
};

} // namespace sloop::models
