#include "asyncevents.h"

#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sloop::functions {

namespace {

struct AsyncText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

const QString kColumns = QStringLiteral("id, request_id, function, qualifier, payload, received_ms,"
                                        " attempts, next_attempt_ms, last_error");

QueuedEvent fromRow(const QSqlQuery &q)
{
    QueuedEvent e;
    e.id = q.value(0).toLongLong();
    e.requestId = q.value(1).toString();
    e.function = q.value(2).toString();
    e.qualifier = q.value(3).toString();
    e.payload = q.value(4).toByteArray();
    e.receivedMs = q.value(5).toLongLong();
    e.attempts = q.value(6).toInt();
    e.nextAttemptMs = q.value(7).toLongLong();
    e.lastError = q.value(8).toString();
    return e;
}

} // namespace

VoidResult validate(const EventInvokeConfig &c)
{
    const auto invalid = [](const QString &message) {
        return VoidResult::failure(ErrorKind::InvalidInput, message);
    };
    if (c.maxRetries < 0 || c.maxRetries > 2)
        return invalid(AsyncText::tr("Retries are 0, 1 or 2 (Lambda's MaximumRetryAttempts)."));
    if (c.maxAgeSeconds < 60 || c.maxAgeSeconds > 21'600)
        return invalid(AsyncText::tr("The maximum event age is 60 to 21,600 seconds (6 hours)."));
    if (c.onFailure.startsWith(QLatin1String("function:"))) {
        if (failureFunction(c).isEmpty())
            return invalid(AsyncText::tr("function: needs a function's name."));
        if (failureFunction(c).compare(c.function, Qt::CaseInsensitive) == 0)
            return invalid(AsyncText::tr("A function cannot be its own on-failure destination."));
    } else if (!c.onFailure.isEmpty() && !QDir::isAbsolutePath(c.onFailure)) {
        return invalid(AsyncText::tr("The on-failure destination is a folder's absolute path or "
                                     "function:NAME; \"%1\" is neither.")
                           .arg(c.onFailure));
    }
    return {};
}

QString failureFunction(const EventInvokeConfig &config)
{
    return config.onFailure.startsWith(QLatin1String("function:"))
               ? config.onFailure.mid(9).trimmed()
               : QString();
}

Result<QueuedEvent> AsyncEvents::add(const QString &function, const QString &qualifier,
                                     const QByteArray &payload)
{
    QueuedEvent e;
    e.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.function = function;
    e.qualifier = qualifier;
    e.payload = payload;
    e.receivedMs = QDateTime::currentMSecsSinceEpoch();
    e.nextAttemptMs = e.receivedMs;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO async_events (request_id, function, qualifier, payload,"
                             " received_ms, attempts, next_attempt_ms, last_error)"
                             " VALUES (?, ?, ?, ?, ?, 0, ?, '')"));
    q.addBindValue(e.requestId);
    q.addBindValue(e.function);
    q.addBindValue(store::sqlText(e.qualifier));
    q.addBindValue(payload.isNull() ? QByteArrayLiteral("") : payload);
    q.addBindValue(e.receivedMs);
    q.addBindValue(e.nextAttemptMs);
    if (!q.exec())
        return Result<QueuedEvent>::failure(q.lastError().text());
    e.id = q.lastInsertId().toLongLong();
    return e;
}

Result<QList<QueuedEvent>> AsyncEvents::due(qint64 nowMs, int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM async_events WHERE next_attempt_ms <= ? ORDER BY id LIMIT ?"));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    return store::selectRows<QueuedEvent>(q, fromRow);
}

Result<QList<QueuedEvent>> AsyncEvents::waiting(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM async_events") +
              (function.isEmpty() ? QString() : QStringLiteral(" WHERE function = ?")) +
              QStringLiteral(" ORDER BY id"));
    if (!function.isEmpty())
        q.addBindValue(function);
    return store::selectRows<QueuedEvent>(q, fromRow);
}

Result<std::optional<qint64>> AsyncEvents::earliestAttemptMs()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(next_attempt_ms) FROM async_events")) || !q.next())
        return Result<std::optional<qint64>>::failure(q.lastError().text());
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

VoidResult AsyncEvents::retryAt(qint64 id, int attempts, qint64 atMs, const QString &error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE async_events SET attempts = ?, next_attempt_ms = ?,"
                             " last_error = ? WHERE id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(atMs);
    q.addBindValue(store::sqlText(error));
    q.addBindValue(id);
    return store::execute(q);
}

VoidResult AsyncEvents::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM async_events WHERE id = ?"));
    q.addBindValue(id);
    return store::execute(q);
}

VoidResult AsyncEvents::removeFunction(const QString &function)
{
    for (const QString &table :
         {QStringLiteral("async_events"), QStringLiteral("function_event_configs")}) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE function = ?").arg(table));
        q.addBindValue(function);
        if (auto done = store::execute(q); !done)
            return done;
    }
    return {};
}

Result<EventInvokeConfig> AsyncEvents::config(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT function, max_retries, max_age_s, on_failure, updated_ms"
                             " FROM function_event_configs WHERE function = ?"));
    q.addBindValue(function);
    if (!q.exec())
        return Result<EventInvokeConfig>::failure(q.lastError().text());
    EventInvokeConfig c;
    c.function = function;
    if (!q.next())
        return c;
    c.function = q.value(0).toString();
    c.maxRetries = q.value(1).toInt();
    c.maxAgeSeconds = q.value(2).toInt();
    c.onFailure = q.value(3).toString();
    c.updatedMs = q.value(4).toLongLong();
    return c;
}

VoidResult AsyncEvents::setConfig(EventInvokeConfig c)
{
    if (auto valid = validate(c); !valid)
        return valid;
    c.updatedMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO function_event_configs (function, max_retries,"
                       " max_age_s, on_failure, updated_ms) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT(function) DO UPDATE SET max_retries = excluded.max_retries,"
                       " max_age_s = excluded.max_age_s, on_failure = excluded.on_failure,"
                       " updated_ms = excluded.updated_ms"));
    q.addBindValue(c.function);
    q.addBindValue(c.maxRetries);
    q.addBindValue(c.maxAgeSeconds);
    q.addBindValue(store::sqlText(c.onFailure));
    q.addBindValue(c.updatedMs);
    return store::execute(q);
}

} // namespace sloop::functions
