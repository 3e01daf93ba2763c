#include "instancerepository.h"
#include "store/sqlerrors.h"

#include "store/database.h"
#include "store/tagtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sloop::instances {

namespace {

// Texts are looked up, and filed by lupdate, under "Instances".
struct InstancesText
{
    Q_DECLARE_TR_FUNCTIONS(Instances)
};

bool isUniqueViolation(const QSqlQuery &q)
{
    return store::isUniqueViolation(q.lastError());
}

QString firewallJson(const QList<FirewallRule> &rules)
{
    QJsonArray out;
    for (const FirewallRule &r : rules)
        out.append(QJsonObject{{QStringLiteral("protocol"), r.protocol},
                               {QStringLiteral("from"), r.fromPort},
                               {QStringLiteral("to"), r.toPort},
                               {QStringLiteral("source"), r.source}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QString portsJson(const QList<PortMapping> &ports)
{
    QJsonArray out;
    for (const PortMapping &p : ports)
        out.append(QJsonObject{{QStringLiteral("containerPort"), p.containerPort},
                               {QStringLiteral("hostPort"), p.hostPort},
                               {QStringLiteral("protocol"), p.protocol},
                               {QStringLiteral("hostIp"), store::sqlText(p.hostIp)}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

std::optional<QJsonArray> jsonArray(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    return doc.array();
}

std::optional<QList<FirewallRule>> firewallFromJson(const QString &json)
{
    const auto array = jsonArray(json);
    if (!array)
        return std::nullopt;
    QList<FirewallRule> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("protocol")).toString(),
                    o.value(QStringLiteral("from")).toInt(), o.value(QStringLiteral("to")).toInt(),
                    o.value(QStringLiteral("source")).toString()});
    }
    return out;
}

std::optional<QList<PortMapping>> portsFromJson(const QString &json)
{
    const auto array = jsonArray(json);
    if (!array)
        return std::nullopt;
    QList<PortMapping> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        PortMapping p;
        p.containerPort = o.value(QStringLiteral("containerPort")).toInt();
        p.hostPort = o.value(QStringLiteral("hostPort")).toInt();
        p.protocol = o.value(QStringLiteral("protocol")).toString();
        p.hostIp = o.value(QStringLiteral("hostIp")).toString();
        out.append(p);
    }
    return out;
}

// The record as the store keeps it.
InstanceRecord normalizedRecord(InstanceRecord r)
{
    r.tags = normalizedTags(r.tags);
    for (FirewallRule &rule : r.firewall)
        rule = normalized(rule);
    return r;
}

const QString kColumns = QStringLiteral(
    "name, kind, location, blueprint_id, plan_id, container_id, host_name, address, ssh_port,"
    " login_user, key_file, state, state_reason, steps_done, failed_step, user_data, firewall,"
    " ports, auto_snapshot");

// Binds the columns of kColumns in order.
void bindRecord(QSqlQuery &q, const InstanceRecord &r)
{
    q.addBindValue(r.name);
    q.addBindValue(instanceKindToString(r.kind));
    q.addBindValue(r.location);
    q.addBindValue(store::sqlText(r.blueprintId));
    q.addBindValue(store::sqlText(r.planId));
    q.addBindValue(store::sqlText(r.containerId));
    q.addBindValue(store::sqlText(r.hostName));
    q.addBindValue(store::sqlText(r.address));
    q.addBindValue(r.sshPort);
    q.addBindValue(store::sqlText(r.loginUser));
    q.addBindValue(store::sqlText(r.keyFile));
    q.addBindValue(instanceStateToString(r.state));
    q.addBindValue(store::sqlText(r.stateReason));
    q.addBindValue(r.stepsDone);
    q.addBindValue(store::sqlText(r.failedStep));
    // An empty QByteArray may be null, and null is not NOT NULL.
    q.addBindValue(r.userData.isNull() ? QByteArray("") : r.userData);
    q.addBindValue(firewallJson(r.firewall));
    q.addBindValue(portsJson(r.ports));
    q.addBindValue(r.autoSnapshot ? 1 : 0);
}

// The end of a long log, after a line saying what was cut.
QString trimmedLog(const QString &log)
{
    const QByteArray bytes = log.toUtf8();
    if (bytes.size() <= kMaxEventLogBytes)
        return log;
    QByteArray tail = bytes.right(kMaxEventLogBytes);
    // Start at a character boundary: skip UTF-8 continuation bytes.
    qsizetype start = 0;
    while (start < tail.size() && (quint8(tail.at(start)) & 0xC0) == 0x80)
        ++start;
    tail = tail.mid(start);
    return InstancesText::tr("[%1 earlier bytes cut]").arg(bytes.size() - tail.size()) +
           QLatin1Char('\n') + QString::fromUtf8(tail);
}

} // namespace

VoidResult InstanceRepository::writeTags(qint64 id, const QStringList &tags)
{
    return store::replaceTags(m_db, "instance_tags", "instance_id", id, tags);
}

Result<InstanceRecord> InstanceRepository::add(InstanceRecord record)
{
    if (const VoidResult valid = validate(record); !valid)
        return Result<InstanceRecord>::failure(valid.problem());
    record = normalizedRecord(std::move(record));
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO instances(") + kColumns +
                  QStringLiteral(", created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                 " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bindRecord(q, record);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return VoidResult::failure(
                isUniqueViolation(q) ? ErrorKind::Conflict : ErrorKind::Internal,
                isUniqueViolation(q)
                    ? InstancesText::tr("There is already an instance named %1.").arg(record.name)
                    : q.lastError().text());
        record.id = q.lastInsertId().toLongLong();
        record.createdMs = now;
        record.updatedMs = now;
        return writeTags(record.id, record.tags);
    });
    if (!written)
        return Result<InstanceRecord>::failure(written.problem());
    return record;
}

Result<InstanceRecord> InstanceRepository::update(InstanceRecord record)
{
    if (const VoidResult valid = validate(record); !valid)
        return Result<InstanceRecord>::failure(valid.problem());
    record = normalizedRecord(std::move(record));
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        QString sets = kColumns;
        sets.replace(QStringLiteral(","), QStringLiteral(" = ?,"));
        q.prepare(QStringLiteral("UPDATE instances SET ") + sets +
                  QStringLiteral(" = ?, updated_ms = ? WHERE id = ?"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bindRecord(q, record);
        q.addBindValue(now);
        q.addBindValue(record.id);
        if (!q.exec())
            return VoidResult::failure(
                isUniqueViolation(q) ? ErrorKind::Conflict : ErrorKind::Internal,
                isUniqueViolation(q)
                    ? InstancesText::tr("There is already an instance named %1.").arg(record.name)
                    : q.lastError().text());
        if (q.numRowsAffected() != 1)
            return VoidResult::failure(InstancesText::tr("Instance %1 is not in the store (it may "
                                                         "have been removed meanwhile).")
                                           .arg(record.name));
        record.updatedMs = now;
        QSqlQuery created(m_db.connection());
        created.prepare(QStringLiteral("SELECT created_ms FROM instances WHERE id = ?"));
        created.addBindValue(record.id);
        if (!created.exec() || !created.next())
            return VoidResult::failure(created.lastError().text());
        record.createdMs = created.value(0).toLongLong();
        return writeTags(record.id, record.tags);
    });
    if (!written)
        return Result<InstanceRecord>::failure(written.problem());
    return record;
}

VoidResult InstanceRepository::remove(const QString &name)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        // Tags and events go with it: ON DELETE CASCADE, foreign keys are on.
        q.prepare(QStringLiteral("DELETE FROM instances WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(
                InstancesText::tr("There is no instance named %1.").arg(name));
        return {};
    });
}

Result<QList<InstanceRecord>> InstanceRepository::select(const QString &where,
                                                         const QVariantList &binds)
{
    using R = Result<QList<InstanceRecord>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, ") + kColumns +
              QStringLiteral(", created_ms, updated_ms FROM instances ") + where +
              QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(q.lastError().text());
    QList<InstanceRecord> out;
    while (q.next()) {
        InstanceRecord r;
        int c = 0;
        r.id = q.value(c++).toLongLong();
        r.name = q.value(c++).toString();
        const QString kind = q.value(c++).toString();
        r.location = q.value(c++).toString();
        r.blueprintId = q.value(c++).toString();
        r.planId = q.value(c++).toString();
        r.containerId = q.value(c++).toString();
        r.hostName = q.value(c++).toString();
        r.address = q.value(c++).toString();
        r.sshPort = q.value(c++).toInt();
        r.loginUser = q.value(c++).toString();
        r.keyFile = q.value(c++).toString();
        const QString state = q.value(c++).toString();
        r.stateReason = q.value(c++).toString();
        r.stepsDone = q.value(c++).toInt();
        r.failedStep = q.value(c++).toString();
        r.userData = q.value(c++).toByteArray();
        const auto firewall = firewallFromJson(q.value(c++).toString());
        const auto ports = portsFromJson(q.value(c++).toString());
        r.autoSnapshot = q.value(c++).toInt() != 0;
        r.createdMs = q.value(c++).toLongLong();
        r.updatedMs = q.value(c++).toLongLong();
        const auto k = instanceKindFromString(kind);
        const auto s = instanceStateFromString(state);
        if (!k || !s || !firewall || !ports)
            return R::failure(InstancesText::tr("The stored record of instance %1 cannot be read "
                                                "(written by a newer Sloop?).")
                                  .arg(r.name));
        r.kind = *k;
        r.state = *s;
        r.firewall = *firewall;
        r.ports = *ports;
        out.append(r);
    }
    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral("SELECT tag FROM instance_tags WHERE instance_id = ? ORDER BY tag"));
    for (InstanceRecord &r : out) {
        t.addBindValue(r.id);
        if (!t.exec())
            return R::failure(t.lastError().text());
        while (t.next())
            r.tags.append(t.value(0).toString());
    }
    return out;
}

Result<std::optional<InstanceRecord>> InstanceRepository::find(const QString &name)
{
    const Result<QList<InstanceRecord>> found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return Result<std::optional<InstanceRecord>>::failure(found.problem());
    if (found->isEmpty())
        return std::optional<InstanceRecord>{};
    return std::optional<InstanceRecord>{found->first()};
}

Result<QList<InstanceRecord>> InstanceRepository::all()
{
    return select({}, {});
}

Result<QList<InstanceRecord>> InstanceRepository::onLocation(const QString &location)
{
    return select(QStringLiteral("WHERE location = ? COLLATE NOCASE"), {location});
}

Result<QList<InstanceRecord>> InstanceRepository::withTag(const QString &tag)
{
    return select(
        QStringLiteral("WHERE id IN (SELECT instance_id FROM instance_tags WHERE tag = ?)"),
        {tag.trimmed()});
}

VoidResult InstanceRepository::setState(const QString &name, InstanceState state,
                                        const QString &reason)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE instances SET state = ?, state_reason = ?, updated_ms = ? WHERE name = ?"));
        q.addBindValue(instanceStateToString(state));
        q.addBindValue(store::sqlText(reason));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(name);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(
                InstancesText::tr("There is no instance named %1.").arg(name));
        return {};
    });
}

Result<qint64> InstanceRepository::idOf(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM instances WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    if (!q.next())
        return Result<qint64>::failure(
            InstancesText::tr("There is no instance named %1.").arg(name));
    return q.value(0).toLongLong();
}

Result<InstanceEvent> InstanceRepository::appendEvent(const QString &instanceName,
                                                      const QString &action, bool ok,
                                                      const QString &log)
{
    InstanceEvent event;
    event.action = action;
    event.ok = ok;
    event.log = trimmedLog(log);
    const VoidResult written = m_db.transaction([&]() -> VoidResult {
        const Result<qint64> id = idOf(instanceName);
        if (!id)
            return VoidResult::failure(id.problem());
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO instance_events(instance_id, time_ms, action, ok, log)"
                           " VALUES (?, ?, ?, ?, ?)"));
        event.timeMs = QDateTime::currentMSecsSinceEpoch();
        q.addBindValue(*id);
        q.addBindValue(event.timeMs);
        q.addBindValue(store::sqlText(event.action));
        q.addBindValue(ok ? 1 : 0);
        q.addBindValue(store::sqlText(event.log));
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        event.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return Result<InstanceEvent>::failure(written.problem());
    return event;
}

Result<QList<InstanceEvent>> InstanceRepository::events(const QString &instanceName, int limit)
{
    using R = Result<QList<InstanceEvent>>;
    const Result<qint64> id = idOf(instanceName);
    if (!id)
        return R::failure(id.problem());
    QSqlQuery q(m_db.connection());
    // The newest `limit`, then turned oldest first.
    q.prepare(QStringLiteral("SELECT id, time_ms, action, ok, log FROM instance_events"
                             " WHERE instance_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(*id);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return R::failure(q.lastError().text());
    QList<InstanceEvent> out;
    while (q.next())
        out.prepend({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toInt() != 0, q.value(4).toString()});
    return out;
}

} // namespace sloop::instances
