#include "hostrepository.h"
#include "store/sqlerrors.h"

#include "store/database.h"
#include "store/tagtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::hosts {

namespace {

// Texts are looked up, and filed by lupdate, under "Hosts".
struct HostsText
{
    Q_DECLARE_TR_FUNCTIONS(Hosts)
};

bool isUniqueViolation(const QSqlQuery &q)
{
    return store::isUniqueViolation(q.lastError());
}

} // namespace

VoidResult HostRepository::writeTags(qint64 id, const QStringList &tags)
{
    return store::replaceTags(m_db, "host_tags", "host_id", id, tags);
}

Result<HostRecord> HostRepository::add(HostRecord host)
{
    if (const VoidResult valid = validate(host); !valid)
        return Result<HostRecord>::failure(valid.problem());
    host.tags = normalizedTags(host.tags);
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO hosts(name, address, port, user, identity_file,"
                                 " identities_only, proxy_jump, added_ms, updated_ms)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        q.addBindValue(host.name);
        q.addBindValue(host.address);
        q.addBindValue(host.port);
        q.addBindValue(store::sqlText(host.user));
        q.addBindValue(store::sqlText(host.identityFiles.join(QLatin1Char('\n'))));
        q.addBindValue(host.identitiesOnly ? 1 : 0);
        q.addBindValue(store::sqlText(host.proxyJump));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return VoidResult::failure(
                isUniqueViolation(q) ? ErrorKind::Conflict : ErrorKind::Internal,
                isUniqueViolation(q)
                    ? HostsText::tr("There is already a host named %1.").arg(host.name)
                    : q.lastError().text());
        host.id = q.lastInsertId().toLongLong();
        return writeTags(host.id, host.tags);
    });
    if (!written)
        return Result<HostRecord>::failure(written.problem());
    return host;
}

Result<HostRecord> HostRepository::update(HostRecord host)
{
    if (const VoidResult valid = validate(host); !valid)
        return Result<HostRecord>::failure(valid.problem());
    host.tags = normalizedTags(host.tags);
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE hosts SET name = ?, address = ?, port = ?, user = ?,"
                                 " identity_file = ?, identities_only = ?, proxy_jump = ?,"
                                 " updated_ms = ? WHERE id = ?"));
        q.addBindValue(host.name);
        q.addBindValue(host.address);
        q.addBindValue(host.port);
        q.addBindValue(store::sqlText(host.user));
        q.addBindValue(store::sqlText(host.identityFiles.join(QLatin1Char('\n'))));
        q.addBindValue(host.identitiesOnly ? 1 : 0);
        q.addBindValue(store::sqlText(host.proxyJump));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(host.id);
        if (!q.exec())
            return VoidResult::failure(
                isUniqueViolation(q) ? ErrorKind::Conflict : ErrorKind::Internal,
                isUniqueViolation(q)
                    ? HostsText::tr("There is already a host named %1.").arg(host.name)
                    : q.lastError().text());
        if (q.numRowsAffected() != 1)
            return VoidResult::failure(
                HostsText::tr("Host %1 is not in the store (it may have been "
                              "removed meanwhile).")
                    .arg(host.name));
        return writeTags(host.id, host.tags);
    });
    if (!written)
        return Result<HostRecord>::failure(written.problem());
    return host;
}

VoidResult HostRepository::remove(const QString &name)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        // host_tags rows go with it: ON DELETE CASCADE, foreign keys are on.
        q.prepare(QStringLiteral("DELETE FROM hosts WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(ErrorKind::NotFound,
                                       HostsText::tr("There is no host named %1.").arg(name));
        return {};
    });
}

Result<QList<HostRecord>> HostRepository::select(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, address, port, user, identity_file, identities_only,"
                             " proxy_jump FROM hosts ") +
              where + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<HostRecord>>::failure(q.lastError().text());
    QList<HostRecord> out;
    while (q.next()) {
        HostRecord h;
        h.id = q.value(0).toLongLong();
        h.name = q.value(1).toString();
        h.address = q.value(2).toString();
        h.port = q.value(3).toInt();
        h.user = q.value(4).toString();
        h.identityFiles = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        h.identitiesOnly = q.value(6).toInt() != 0;
        h.proxyJump = q.value(7).toString();
        out.append(h);
    }
    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral("SELECT tag FROM host_tags WHERE host_id = ? ORDER BY tag"));
    for (HostRecord &h : out) {
        t.addBindValue(h.id);
        if (!t.exec())
            return Result<QList<HostRecord>>::failure(t.lastError().text());
        while (t.next())
            h.tags.append(t.value(0).toString());
    }
    return out;
}

Result<std::optional<HostRecord>> HostRepository::find(const QString &name)
{
    const Result<QList<HostRecord>> found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return Result<std::optional<HostRecord>>::failure(found.problem());
    if (found->isEmpty())
        return std::optional<HostRecord>{};
    return std::optional<HostRecord>{found->first()};
}

Result<QList<HostRecord>> HostRepository::all()
{
    return select({}, {});
}

Result<QList<HostRecord>> HostRepository::withTag(const QString &tag)
{
    return select(QStringLiteral("WHERE id IN (SELECT host_id FROM host_tags WHERE tag = ?)"),
                  {tag.trimmed()});
}

HostLookup HostRepository::lookup()
{
    store::Database *db = &m_db;
    return [db](const QString &name) -> std::optional<HostRecord> {
        const Result<std::optional<HostRecord>> found = HostRepository(*db).find(name);
        return found ? *found : std::nullopt;
    };
}

} // namespace sloop::hosts
