#pragma once

#include "util/result.h"

#include <QString>

namespace sloop::pricing {

// Lightsail's hourly figures divide the monthly price by 744 hours (a
// 31-day month): $5/month is $0.0067/hour.
inline constexpr int kHoursPerMonth = 744;

// "$5", "$12.50", "0.99 EUR": an amount in hundredths of `currency`. Dollars
// get their sign; other currencies their code after the number.
QString formatAmount(qint64 cents, const QString &currency = QStringLiteral("USD"));
// "$5/month" (translated: "5 $/Monat").
QString formatMonthly(qint64 cents, const QString &currency = QStringLiteral("USD"));
// "$0.0067/hour": the monthly price spread over kHoursPerMonth, four decimals.
QString formatHourly(qint64 monthlyCents, const QString &currency = QStringLiteral("USD"));

// Sizes the way Lightsail labels its bundles: "0.5 GB", "2 GB" of memory,
// "20 GB" of disk, "1 TB" of transfer. (Lightsail's GB and TB are binary:
// 0.5 GB is 512 MiB, 1 TB is 1024 GiB.)
QString formatMemory(qint64 memoryMiB);
QString formatStorage(qint64 gib);

// Reads an amount a person typed: "5", "12.5", "12.50", "$7", "1,234.56"
// is refused (no grouping). At most two decimals, not negative, at most
// 1,000,000. Returns hundredths.
Result<qint64> parseAmount(const QString &text);

// Three capital letters (ISO 4217 form, e.g. "USD", "EUR").
bool isCurrencyCode(const QString &code);

} // namespace sloop::pricing
