#include "costrepository.h"

#include "price.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::pricing {

namespace {

// Texts are looked up, and filed by lupdate, under "Pricing".
struct PricingText
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};

constexpr qint64 kMaxMonthlyCents = 100'000'000;

} // namespace

VoidResult validate(const HostCost &cost)
{
    static const QRegularExpression nameRule(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$"));
    if (!nameRule.match(cost.location).hasMatch())
        return VoidResult::failure(
            PricingText::tr("\"%1\" is not a host or engine name: use letters, digits, '_', '.' "
                            "and '-', starting with a letter or digit, at most 64 characters.")
                .arg(cost.location));
    if (cost.monthlyCents < 0 || cost.monthlyCents > kMaxMonthlyCents)
        return VoidResult::failure(
            PricingText::tr("The monthly cost of %1 must be between 0 and 1,000,000.")
                .arg(cost.location));
    if (!isCurrencyCode(cost.currency))
        return VoidResult::failure(
            PricingText::tr("\"%1\" is not a currency code: use three capital letters, such as "
                            "USD or EUR.")
                .arg(cost.currency));
    return {};
}

Result<HostCost> CostRepository::set(HostCost cost)
{
    if (const VoidResult valid = validate(cost); !valid)
        return Result<HostCost>::failure(valid.problem());
    cost.updatedMs = QDateTime::currentMSecsSinceEpoch();
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        // The stored spelling of the name follows the latest statement.
        q.prepare(
            QStringLiteral("INSERT INTO host_costs(location, monthly_cents, currency,"
                           " updated_ms) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT(location) DO UPDATE SET location = excluded.location,"
                           " monthly_cents = excluded.monthly_cents,"
                           " currency = excluded.currency, updated_ms = excluded.updated_ms"));
        q.addBindValue(cost.location);
        q.addBindValue(cost.monthlyCents);
        q.addBindValue(cost.currency);
        q.addBindValue(cost.updatedMs);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        return {};
    });
    if (!written)
        return Result<HostCost>::failure(written.problem());
    return cost;
}

VoidResult CostRepository::remove(const QString &location)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM host_costs WHERE location = ?"));
        q.addBindValue(location);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(
                PricingText::tr("No monthly cost is stated for %1.").arg(location));
        return {};
    });
}

Result<QList<HostCost>> CostRepository::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT location, monthly_cents, currency, updated_ms"
                               " FROM host_costs ORDER BY location")))
        return Result<QList<HostCost>>::failure(q.lastError().text());
    QList<HostCost> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toLongLong()});
    return out;
}

Result<std::optional<HostCost>> CostRepository::find(const QString &location)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT location, monthly_cents, currency, updated_ms"
                             " FROM host_costs WHERE location = ?"));
    q.addBindValue(location);
    if (!q.exec())
        return Result<std::optional<HostCost>>::failure(q.lastError().text());
    if (!q.next())
        return std::optional<HostCost>{};
    return std::optional<HostCost>{HostCost{q.value(0).toString(), q.value(1).toLongLong(),
                                            q.value(2).toString(), q.value(3).toLongLong()}};
}

} // namespace sloop::pricing
