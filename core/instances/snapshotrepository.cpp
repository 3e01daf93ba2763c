#include "snapshotrepository.h"
#include "store/sqlerrors.h"
#include "util/textchecks.h"

#include "instancerecord.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::instances {

namespace {

using text::hasControl;
using text::hasSpaceOrControl;

// Texts are looked up, and filed by lupdate, under "Instances".
struct InstancesText
{
    Q_DECLARE_TR_FUNCTIONS(Instances)
};

} // namespace

QString snapshotKindToString(SnapshotKind kind)
{
    return kind == SnapshotKind::Image ? QStringLiteral("image") : QStringLiteral("archive");
}

std::optional<SnapshotKind> snapshotKindFromString(const QString &text)
{
    if (text == QLatin1String("image"))
        return SnapshotKind::Image;
    if (text == QLatin1String("archive"))
        return SnapshotKind::Archive;
    return std::nullopt;
}

VoidResult validate(const SnapshotRecord &s)
{
    if (!isValidInstanceName(s.name))
        return VoidResult::failure(
            InstancesText::tr(
                "\"%1\" is not a valid snapshot name: use letters, digits, '_', '.' and '-', "
                "starting with a letter or digit, at most 64 characters.")
                .arg(s.name));
    if (!isValidInstanceName(s.instanceName))
        return VoidResult::failure(
            InstancesText::tr("Snapshot %1 names no valid instance (\"%2\").")
                .arg(s.name, s.instanceName));
    if (!isValidInstanceName(s.location))
        return VoidResult::failure(
            InstancesText::tr("Snapshot %1 needs the engine or host it is kept on.").arg(s.name));
    for (const QString &id : {s.planId, s.blueprintId}) {
        if (!id.isEmpty() && !isValidInstanceName(id))
            return VoidResult::failure(
                InstancesText::tr("Snapshot %1: \"%2\" is not a plan or blueprint id.")
                    .arg(s.name, id));
    }
    if (s.sizeBytes < 0)
        return VoidResult::failure(
            InstancesText::tr("Snapshot %1: the size cannot be negative.").arg(s.name));
    if (s.kind == SnapshotKind::Image) {
        if (s.image.isEmpty() || hasSpaceOrControl(s.image) || s.image.startsWith(QLatin1Char('-')))
            return VoidResult::failure(
                InstancesText::tr("Snapshot %1 needs the image it was committed to (no spaces).")
                    .arg(s.name));
        return {};
    }
    if (s.archivePath.isEmpty() || hasControl(s.archivePath))
        return VoidResult::failure(
            InstancesText::tr("Snapshot %1 needs the path of its archive.").arg(s.name));
    if (s.paths.isEmpty())
        return VoidResult::failure(InstancesText::tr("Snapshot %1 holds no paths.").arg(s.name));
    for (const QString &path : s.paths) {
        if (!path.startsWith(QLatin1Char('/')) || hasControl(path))
            return VoidResult::failure(
                InstancesText::tr("Snapshot %1: \"%2\" is not an absolute path.")
                    .arg(s.name, path));
    }
    return {};
}

Result<SnapshotRecord> SnapshotRepository::add(SnapshotRecord s)
{
    if (const VoidResult valid = validate(s); !valid)
        return Result<SnapshotRecord>::failure(valid.problem());
    if (s.createdMs == 0)
        s.createdMs = QDateTime::currentMSecsSinceEpoch();
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO snapshots(name, instance, kind, location, image, archive_path, paths,"
            " size_bytes, plan_id, blueprint_id, automatic, created_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(s.name);
        q.addBindValue(s.instanceName);
        q.addBindValue(snapshotKindToString(s.kind));
        q.addBindValue(s.location);
        q.addBindValue(store::sqlText(s.image));
        q.addBindValue(store::sqlText(s.archivePath));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(s.paths)).toJson(QJsonDocument::Compact)));
        q.addBindValue(s.sizeBytes);
        q.addBindValue(store::sqlText(s.planId));
        q.addBindValue(store::sqlText(s.blueprintId));
        q.addBindValue(s.automatic ? 1 : 0);
        q.addBindValue(s.createdMs);
        if (!q.exec())
            return store::isUniqueViolation(q.lastError())
                       ? VoidResult::failure(
                             ErrorKind::Conflict,
                             InstancesText::tr("There is already a snapshot named %1.").arg(s.name))
                       : VoidResult::failure(q.lastError().text());
        s.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return Result<SnapshotRecord>::failure(written.problem());
    return s;
}

VoidResult SnapshotRepository::remove(const QString &name)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM snapshots WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(
                InstancesText::tr("There is no snapshot named %1.").arg(name));
        return {};
    });
}

Result<QList<SnapshotRecord>> SnapshotRepository::select(const QString &where,
                                                         const QVariantList &binds)
{
    using R = Result<QList<SnapshotRecord>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, instance, kind, location, image, archive_path,"
                             " paths, size_bytes, plan_id, blueprint_id, automatic, created_ms"
                             " FROM snapshots ") +
              where + QStringLiteral(" ORDER BY created_ms DESC, id DESC"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(q.lastError().text());
    QList<SnapshotRecord> out;
    while (q.next()) {
        SnapshotRecord s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.instanceName = q.value(2).toString();
        const auto kind = snapshotKindFromString(q.value(3).toString());
        s.location = q.value(4).toString();
        s.image = q.value(5).toString();
        s.archivePath = q.value(6).toString();
        const QJsonDocument paths = QJsonDocument::fromJson(q.value(7).toString().toUtf8());
        s.sizeBytes = q.value(8).toLongLong();
        s.planId = q.value(9).toString();
        s.blueprintId = q.value(10).toString();
        s.automatic = q.value(11).toInt() != 0;
        s.createdMs = q.value(12).toLongLong();
        if (!kind || !paths.isArray())
            return R::failure(InstancesText::tr("The stored record of snapshot %1 cannot be read "
                                                "(written by a newer Sloop?).")
                                  .arg(s.name));
        s.kind = *kind;
        for (const QJsonValue &v : paths.array())
            s.paths.append(v.toString());
        out.append(s);
    }
    return out;
}

Result<std::optional<SnapshotRecord>> SnapshotRepository::find(const QString &name)
{
    const auto found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return Result<std::optional<SnapshotRecord>>::failure(found.problem());
    if (found->isEmpty())
        return std::optional<SnapshotRecord>{};
    return std::optional<SnapshotRecord>{found->first()};
}

Result<QList<SnapshotRecord>> SnapshotRepository::forInstance(const QString &instanceName)
{
    return select(QStringLiteral("WHERE instance = ? COLLATE NOCASE"), {instanceName});
}

Result<QList<SnapshotRecord>> SnapshotRepository::all()
{
    return select({}, {});
}

} // namespace sloop::instances
