#pragma once

#include "instancerecord.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sloop::pricing {
class PriceCatalog;
}

namespace sloop::instances {

// An instance as `sloop instances ls --json` prints it and the owner's admin
// API sends it (GET /v1/instances): one shape for both, built here only.
// The plan's monthly price rides along (monthlyPriceCents).
QJsonObject instanceToJson(const InstanceRecord &record, const pricing::PriceCatalog &plans);
QJsonArray instancesToJson(const QList<InstanceRecord> &records,
                           const pricing::PriceCatalog &plans);

// Reads that shape back (what a client of the admin API gets); the fields it
// does not carry (user data, internal ids) stay empty.
Result<QList<InstanceRecord>> instancesFromJson(const QByteArray &json);

} // namespace sloop::instances
