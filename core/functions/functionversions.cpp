#include "functionversions.h"

#include "functionjson.h"
#include "store/database.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::functions {

namespace {

struct VersionText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

Result<FunctionVersion> versionFromRow(const QSqlQuery &q)
{
    FunctionVersion v;
    v.function = q.value(0).toString();
    v.version = q.value(1).toInt();
    v.description = q.value(2).toString();
    auto config =
        functionFromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    if (!config)
        return Result<FunctionVersion>::failure(config.problem());
    v.config = *config;
    v.createdMs = q.value(4).toLongLong();
    return v;
}

FunctionAlias aliasFromRow(const QSqlQuery &q)
{
    FunctionAlias a;
    a.function = q.value(0).toString();
    a.name = q.value(1).toString();
    a.version = q.value(2).toInt();
    if (!q.value(3).isNull())
        a.extraVersion = q.value(3).toInt();
    a.extraWeight = q.value(4).toDouble();
    a.description = q.value(5).toString();
    a.updatedMs = q.value(6).toLongLong();
    return a;
}

const QString kVersionColumns =
    QStringLiteral("function, version, description, config, created_ms");
const QString kAliasColumns =
    QStringLiteral("function, name, version, extra_version, extra_weight, description, updated_ms");

} // namespace

VoidResult validateAliasName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!rule.match(name).hasMatch() || digits.match(name).hasMatch() ||
        name == QLatin1String("$LATEST"))
        return VoidResult::failure(
            ErrorKind::InvalidInput,
            VersionText::tr("\"%1\" is not an alias name: use letters, digits, - and _ (at most "
                            "128), not only digits.")
                .arg(name));
    return {};
}

Result<int> FunctionVersions::nextVersion(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM function_versions"
                             " WHERE function = ?"));
    q.addBindValue(function);
    if (!q.exec() || !q.next())
        return Result<int>::failure(q.lastError().text());
    return q.value(0).toInt();
}

Result<FunctionVersion> FunctionVersions::add(const QString &function, int version,
                                              const QString &description,
                                              const FunctionRecord &config)
{
    FunctionVersion v{function, version, description, config, QDateTime::currentMSecsSinceEpoch()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO function_versions(%1) VALUES (?, ?, ?, ?, ?)")
                  .arg(kVersionColumns));
    q.addBindValue(function);
    q.addBindValue(version);
    q.addBindValue(store::sqlText(description));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(functionToJson(config)).toJson(QJsonDocument::Compact)));
    q.addBindValue(v.createdMs);
    if (!q.exec())
        return Result<FunctionVersion>::failure(q.lastError().text());
    return v;
}

Result<QList<FunctionVersion>> FunctionVersions::versions(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM function_versions WHERE function = ? ORDER BY version")
                  .arg(kVersionColumns));
    q.addBindValue(function);
    if (!q.exec())
        return Result<QList<FunctionVersion>>::failure(q.lastError().text());
    QList<FunctionVersion> out;
    while (q.next()) {
        auto v = versionFromRow(q);
        if (!v)
            return Result<QList<FunctionVersion>>::failure(v.problem());
        out.append(*v);
    }
    return out;
}

Result<std::optional<FunctionVersion>> FunctionVersions::find(const QString &function, int version)
{
    using R = Result<std::optional<FunctionVersion>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM function_versions WHERE function = ? AND version = ?")
                  .arg(kVersionColumns));
    q.addBindValue(function);
    q.addBindValue(version);
    if (!q.exec())
        return R::failure(q.lastError().text());
    if (!q.next())
        return std::optional<FunctionVersion>{};
    auto v = versionFromRow(q);
    if (!v)
        return R::failure(v.problem());
    return std::optional<FunctionVersion>{*v};
}

Result<FunctionAlias> FunctionVersions::setAlias(FunctionAlias a)
{
    if (const VoidResult valid = validateAliasName(a.name); !valid)
        return Result<FunctionAlias>::failure(valid.problem());
    if (a.extraWeight < 0 || a.extraWeight > 1 || (a.extraWeight > 0 && !a.extraVersion))
        return Result<FunctionAlias>::failure(
            ErrorKind::InvalidInput,
            VersionText::tr(
                "A second version's weight is between 0 and 1, and needs the version."));
    for (const std::optional<int> v : {std::optional<int>(a.version), a.extraVersion}) {
        if (!v)
            continue;
        const auto found = find(a.function, *v);
        if (!found)
            return Result<FunctionAlias>::failure(found.problem());
        if (!found->has_value())
            return Result<FunctionAlias>::failure(
                ErrorKind::NotFound,
                VersionText::tr("%1 has no version %2: publish it first.").arg(a.function).arg(*v));
    }
    a.updatedMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO function_aliases(%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(kAliasColumns));
    q.addBindValue(a.function);
    q.addBindValue(a.name);
    q.addBindValue(a.version);
    q.addBindValue(a.extraVersion ? QVariant(*a.extraVersion) : QVariant());
    q.addBindValue(a.extraWeight);
    q.addBindValue(store::sqlText(a.description));
    q.addBindValue(a.updatedMs);
    if (!q.exec())
        return Result<FunctionAlias>::failure(q.lastError().text());
    return a;
}

Result<QList<FunctionAlias>> FunctionVersions::aliases(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM function_aliases WHERE function = ? ORDER BY name")
                  .arg(kAliasColumns));
    q.addBindValue(function);
    if (!q.exec())
        return Result<QList<FunctionAlias>>::failure(q.lastError().text());
    QList<FunctionAlias> out;
    while (q.next())
        out.append(aliasFromRow(q));
    return out;
}

Result<std::optional<FunctionAlias>> FunctionVersions::alias(const QString &function,
                                                             const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM function_aliases WHERE function = ? AND name = ?")
                  .arg(kAliasColumns));
    q.addBindValue(function);
    q.addBindValue(name);
    if (!q.exec())
        return Result<std::optional<FunctionAlias>>::failure(q.lastError().text());
    if (!q.next())
        return std::optional<FunctionAlias>{};
    return std::optional<FunctionAlias>{aliasFromRow(q)};
}

VoidResult FunctionVersions::removeAlias(const QString &function, const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM function_aliases WHERE function = ? AND name = ?"));
    q.addBindValue(function);
    q.addBindValue(name);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound,
                                   VersionText::tr("%1 has no alias %2.").arg(function, name));
    return {};
}

VoidResult FunctionVersions::removeFunction(const QString &function)
{
    QSqlQuery q(m_db.connection());
    for (const QString &table :
         {QStringLiteral("function_versions"), QStringLiteral("function_aliases")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE function = ?").arg(table));
        q.addBindValue(function);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
    }
    return {};
}

} // namespace sloop::functions
