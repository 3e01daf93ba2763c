#include "apikeys.h"

#include "apimodel.h"
#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::gateway {

namespace {

struct KeysText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

// `refusal` says what a valid name is, for a key or a plan.
VoidResult validateName(const QString &name, const QString &refusal)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    if (!valid.match(name).hasMatch())
        return VoidResult::failure(ErrorKind::InvalidInput, refusal);
    return {};
}

QString keyValue()
{
    static const QLatin1String alphabet(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString value;
    for (int i = 0; i < 40; ++i)
        value += QChar(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return value;
}

ApiKey keyFromRow(const QSqlQuery &q)
{
    return ApiKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
                  q.value(3).toLongLong()};
}

const QString kKeyColumns = QStringLiteral("id, name, enabled, created_ms");

UsagePlan planFromRow(const QSqlQuery &q)
{
    UsagePlan p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.rateLimit = q.value(2).toDouble();
    p.burstLimit = q.value(3).toInt();
    p.quotaLimit = q.value(4).toLongLong();
    p.quotaPeriod = quotaPeriodFromName(q.value(5).toString()).value_or(QuotaPeriod::Day);
    p.stages = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.createdMs = q.value(7).toLongLong();
    return p;
}

const QString kPlanColumns =
    QStringLiteral("id, name, rate, burst, quota, quota_period, stages, created_ms");

} // namespace

QString quotaPeriodName(QuotaPeriod period)
{
    switch (period) {
    case QuotaPeriod::Day:
        return QStringLiteral("day");
    case QuotaPeriod::Week:
        return QStringLiteral("week");
    case QuotaPeriod::Month:
        break;
    }
    return QStringLiteral("month");
}

std::optional<QuotaPeriod> quotaPeriodFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("day"))
        return QuotaPeriod::Day;
    if (n == QLatin1String("week"))
        return QuotaPeriod::Week;
    if (n == QLatin1String("month"))
        return QuotaPeriod::Month;
    return std::nullopt;
}

QDate quotaPeriodStart(QuotaPeriod period, const QDate &day)
{
    switch (period) {
    case QuotaPeriod::Day:
        return day;
    case QuotaPeriod::Week:
        return day.addDays(1 - day.dayOfWeek());
    case QuotaPeriod::Month:
        break;
    }
    return QDate(day.year(), day.month(), 1);
}

QString hashKeyValue(const QString &value)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray usageCsv(const QList<UsageRow> &rows, const QHash<QString, QString> &keyNames)
{
    QByteArray csv = "day,key_id,key_name,plan_id,requests\n";
    for (const UsageRow &r : rows)
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(r.day.toString(Qt::ISODate), r.keyId, keyNames.value(r.keyId), r.planId)
                   .arg(r.requests)
                   .toUtf8();
    return csv;
}

Result<QPair<ApiKey, QString>> ApiKeyRepository::createKey(const QString &name)
{
    using R = Result<QPair<ApiKey, QString>>;
    if (auto valid = validateName(name, KeysText::tr("A key's name is 1 to 128 letters, digits and "
                                                     "- . _, starting with a letter or digit."));
        !valid)
        return R::failure(valid.problem());
    ApiKey key{randomId(10), name, true, QDateTime::currentMSecsSinceEpoch()};
    const QString value = keyValue();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO api_keys (id, name, value_hash, enabled, created_ms)"
                             " VALUES (?, ?, ?, 1, ?)"));
    q.addBindValue(key.id);
    q.addBindValue(key.name);
    q.addBindValue(hashKeyValue(value));
    q.addBindValue(key.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return R::failure(ErrorKind::Conflict,
                              KeysText::tr("There is already a key called \"%1\".").arg(name));
        return R::failure(q.lastError().text());
    }
    return QPair<ApiKey, QString>(key, value);
}

Result<QList<ApiKey>> ApiKeyRepository::keys()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kKeyColumns +
              QStringLiteral(" FROM api_keys ORDER BY name"));
    return store::selectRows<ApiKey>(q, keyFromRow);
}

Result<ApiKey> ApiKeyRepository::requireKey(const QString &idOrName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kKeyColumns +
              QStringLiteral(" FROM api_keys WHERE id = ? OR name = ?"));
    q.addBindValue(idOrName);
    q.addBindValue(idOrName);
    const auto rows = store::selectRows<ApiKey>(q, keyFromRow);
    if (!rows)
        return Result<ApiKey>::failure(rows.problem());
    if (rows->isEmpty())
        return Result<ApiKey>::failure(
            ErrorKind::NotFound,
            KeysText::tr("There is no API key called \"%1\" (sloop keys ls lists them).")
                .arg(idOrName));
    return rows->first();
}

Result<std::optional<ApiKey>> ApiKeyRepository::keyByValue(const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kKeyColumns +
              QStringLiteral(" FROM api_keys WHERE value_hash = ? AND enabled = 1"));
    q.addBindValue(hashKeyValue(value));
    const auto rows = store::selectRows<ApiKey>(q, keyFromRow);
    if (!rows)
        return Result<std::optional<ApiKey>>::failure(rows.problem());
    if (rows->isEmpty())
        return std::optional<ApiKey>();
    return std::optional<ApiKey>(rows->first());
}

VoidResult ApiKeyRepository::removeKey(const QString &id)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery plans(m_db.connection());
        plans.prepare(QStringLiteral("DELETE FROM usage_plan_keys WHERE key = ?"));
        plans.addBindValue(id);
        if (auto done = store::execute(plans); !done)
            return done;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM api_keys WHERE id = ?"));
        q.addBindValue(id);
        if (auto done = store::execute(q); !done)
            return done;
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(ErrorKind::NotFound,
                                       KeysText::tr("There is no API key %1.").arg(id));
        return {};
    });
}

Result<UsagePlan> ApiKeyRepository::createPlan(UsagePlan plan)
{
    if (auto valid =
            validateName(plan.name, KeysText::tr("A usage plan's name is 1 to 128 letters, digits "
                                                 "and - . _, starting with a letter or digit."));
        !valid)
        return Result<UsagePlan>::failure(valid.problem());
    if (plan.rateLimit <= 0 || plan.burstLimit < 1 || plan.quotaLimit < 0)
        return Result<UsagePlan>::failure(
            ErrorKind::InvalidInput,
            KeysText::tr("A usage plan's rate is above 0 requests a second, its burst at least "
                         "1 and its quota 0 (none) or more."));
    plan.id = randomId(6);
    plan.createdMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO usage_plans (") + kPlanColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(plan.id);
    q.addBindValue(plan.name);
    q.addBindValue(plan.rateLimit);
    q.addBindValue(plan.burstLimit);
    q.addBindValue(plan.quotaLimit);
    q.addBindValue(quotaPeriodName(plan.quotaPeriod));
    q.addBindValue(plan.stages.join(QLatin1Char(',')));
    q.addBindValue(plan.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<UsagePlan>::failure(
                ErrorKind::Conflict,
                KeysText::tr("There is already a usage plan called \"%1\".").arg(plan.name));
        return Result<UsagePlan>::failure(q.lastError().text());
    }
    plan.keyIds.clear();
    return plan;
}

Result<QList<UsagePlan>> ApiKeyRepository::plans()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kPlanColumns +
              QStringLiteral(" FROM usage_plans ORDER BY name"));
    auto rows = store::selectRows<UsagePlan>(q, planFromRow);
    if (!rows)
        return rows;
    QSqlQuery keys(m_db.connection());
    if (!keys.exec(QStringLiteral("SELECT plan, key FROM usage_plan_keys ORDER BY key")))
        return Result<QList<UsagePlan>>::failure(keys.lastError().text());
    while (keys.next()) {
        for (UsagePlan &p : rows.value()) {
            if (p.id == keys.value(0).toString())
                p.keyIds.append(keys.value(1).toString());
        }
    }
    return rows;
}

Result<UsagePlan> ApiKeyRepository::requirePlan(const QString &idOrName)
{
    const auto all = plans();
    if (!all)
        return Result<UsagePlan>::failure(all.problem());
    for (const UsagePlan &p : *all) {
        if (p.id == idOrName || p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return Result<UsagePlan>::failure(
        ErrorKind::NotFound,
        KeysText::tr("There is no usage plan called \"%1\" (sloop usage-plans ls lists them).")
            .arg(idOrName));
}

VoidResult ApiKeyRepository::addKeyToPlan(const QString &planId, const QString &keyId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO usage_plan_keys (plan, key) VALUES (?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(keyId);
    return store::execute(q);
}

VoidResult ApiKeyRepository::removePlan(const QString &id)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery keys(m_db.connection());
        keys.prepare(QStringLiteral("DELETE FROM usage_plan_keys WHERE plan = ?"));
        keys.addBindValue(id);
        if (auto done = store::execute(keys); !done)
            return done;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM usage_plans WHERE id = ?"));
        q.addBindValue(id);
        if (auto done = store::execute(q); !done)
            return done;
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(ErrorKind::NotFound,
                                       KeysText::tr("There is no usage plan %1.").arg(id));
        return {};
    });
}

VoidResult ApiKeyRepository::addUsage(const QHash<UsageCount, qint64> &counts)
{
    if (counts.isEmpty())
        return {};
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO api_usage (key, plan, day, requests)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (key, plan, day)"
                                 " DO UPDATE SET requests = requests + excluded.requests"));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            q.addBindValue(it.key().keyId);
            q.addBindValue(it.key().planId);
            q.addBindValue(it.key().day.toString(Qt::ISODate));
            q.addBindValue(it.value());
            if (auto done = store::execute(q); !done)
                return done;
        }
        return {};
    });
}

Result<qint64> ApiKeyRepository::usageSince(const QString &keyId, const QString &planId,
                                            const QDate &from)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(requests), 0) FROM api_usage"
                             " WHERE key = ? AND plan = ? AND day >= ?"));
    q.addBindValue(keyId);
    q.addBindValue(planId);
    q.addBindValue(from.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<UsageRow>> ApiKeyRepository::usage(const QString &keyId, const QDate &from,
                                                const QDate &to)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key, plan, day, requests FROM api_usage"
                             " WHERE day >= ? AND day <= ?") +
              (keyId.isEmpty() ? QString() : QStringLiteral(" AND key = ?")) +
              QStringLiteral(" ORDER BY day, key, plan"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!keyId.isEmpty())
        q.addBindValue(keyId);
    return store::selectRows<UsageRow>(q, [](const QSqlQuery &row) {
        return UsageRow{row.value(0).toString(), row.value(1).toString(),
                        QDate::fromString(row.value(2).toString(), Qt::ISODate),
                        row.value(3).toLongLong()};
    });
}

} // namespace sloop::gateway
