#include "database.h"

#include "migrations.h"

#include "storetext.h"
#include "util/logging.h"
#include <QFile>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sloop::store {

Database::~Database()
{
    close();
}

VoidResult Database::open(const QString &file, int busyTimeoutMs)
{
    close();
    m_file = file;
    m_connectionName =
        QStringLiteral("sloop-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(file);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open())
        return VoidResult::failure(
            StoreText::tr("Cannot open the database %1: %2").arg(file, m_db.lastError().text()));
    QSqlQuery q(m_db);
    // WAL keeps readers and the writer apart; NORMAL sync in WAL mode loses
    // nothing committed when the process is killed.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return VoidResult::failure(StoreText::tr("Cannot prepare the database %1: %2")
                                           .arg(file, q.lastError().text()));
    }
    return migrate();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

VoidResult Database::transaction(const std::function<VoidResult()> &work)
{
    // IMMEDIATE takes the write lock up front, waiting out the busy timeout
    // for another connection's writer. A deferred BEGIN that reads and then
    // writes fails at once (SQLITE_BUSY without waiting) when another
    // connection committed after the read began.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return VoidResult::failure(
            StoreText::tr("Cannot start a transaction: %1").arg(begin.lastError().text()));
    begin.finish();
    VoidResult result = work();
    if (!result) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return VoidResult::failure(StoreText::tr("Cannot save to the database: %1").arg(error));
    }
    return {};
}

QString Database::backupFile(int schema) const
{
    return m_file + QStringLiteral(".schema-%1.bak").arg(schema);
}

// A copy of the whole database as it was before a newer Sloop changes its
// schema: an upgrade that goes wrong loses nothing (issue 15). One per
// schema version, replaced when that version is migrated again.
VoidResult Database::backUpBeforeMigrating(int schema)
{
    if (m_file == QLatin1String(":memory:") || m_file.isEmpty())
        return {};
    const QString target = backupFile(schema);
    QFile::remove(target);
    QSqlQuery q(m_db);
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)))
        return VoidResult::failure(
            StoreText::tr("Cannot keep a copy of the database before upgrading it (to %1): %2. "
                          "Nothing was changed.")
                .arg(target, q.lastError().text()));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcStore) << "database" << m_file << "copied to" << target << "before migrating";
    return {};
}

VoidResult Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return VoidResult::failure(
            StoreText::tr("The database %1 was written by a newer Sloop (schema %2; "
                          "this one knows up to %3). Upgrade Sloop, or point "
                          "XDG_DATA_HOME elsewhere.")
                .arg(m_file)
                .arg(current)
                .arg(latest));
    if (current > 0 && current < latest)
        if (VoidResult saved = backUpBeforeMigrating(current); !saved)
            return saved;
    for (int version = current + 1; version <= latest; ++version) {
        VoidResult step = transaction([&]() -> VoidResult {
            QSqlQuery q(m_db);
            for (const QString &sql : migrations().at(version - 1)) {
                if (!q.exec(sql))
                    return VoidResult::failure(StoreText::tr("Migration %1 failed: %2")
                                                   .arg(version)
                                                   .arg(q.lastError().text()));
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
                return VoidResult::failure(q.lastError().text());
            return {};
        });
        if (!step)
            return step;
        qCInfo(lcStore) << "database" << m_file << "migrated to schema" << version;
    }
    return {};
}

} // namespace sloop::store
