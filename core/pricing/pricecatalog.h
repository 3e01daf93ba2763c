#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sloop::pricing {

// A bundle: what an instance gets and its flat monthly price.
struct Plan
{
    QString id;   // "nano", "small": what commands and instance records use
    QString name; // "Nano", shown to people
    int vcpus = 0;
    qint64 memoryMiB = 0;
    qint64 diskGiB = 0;
    qint64 transferGiB = 0; // included per month
    qint64 priceCents = 0;  // per month, in the catalogue's currency

    bool operator==(const Plan &other) const = default;
};

// A price list with where and when its figures were read, so a learner can
// judge how current "what the same would cost there" is.
struct PriceCatalog
{
    QString title;    // "Amazon Lightsail, Linux/Unix bundles with a public IPv4 address"
    QString source;   // the page the figures come from
    QDate takenOn;    // the day they were read
    QString currency; // ISO 4217, "USD"
    QList<Plan> plans;

    // The plan with that id (ids are compared exactly), or nullopt.
    std::optional<Plan> plan(const QString &id) const;
};

// The catalogue compiled into Sloop: Lightsail's Linux bundles with IPv4
// (resources/pricing/lightsail-linux-ipv4.json).
inline constexpr const char *kBuiltInCatalog = ":/sloop/pricing/lightsail-linux-ipv4.json";

// Reads and validates a catalogue file (a resource path or a file). The
// format is described in resources/pricing/README.md. Any problem is a
// failure whose message names the file and the line or plan and key at fault.
Result<PriceCatalog> loadPriceCatalog(const QString &path = QString::fromLatin1(kBuiltInCatalog));
// The same from bytes; `origin` names them in messages.
Result<PriceCatalog> parsePriceCatalog(const QByteArray &json, const QString &origin);

} // namespace sloop::pricing
