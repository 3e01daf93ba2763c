#include "accesskeys.h"

#include "secrets/secretstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::awsapi {

namespace {

struct KeyText
{
    Q_DECLARE_TR_FUNCTIONS(AwsApi)
};

QString randomText(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QString out;
    out.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[random->bounded(n)]);
    return out;
}

} // namespace

QString AccessKeys::keychainKey(const QString &accessKeyId)
{
    return QStringLiteral("aws-secret/") + accessKeyId;
}

Result<AccessKeys::Created> AccessKeys::create(const QString &description)
{
    Created made;
    made.key.accessKeyId =
        QStringLiteral("AKSL") + randomText(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    made.key.description = description;
    made.key.createdMs = QDateTime::currentMSecsSinceEpoch();
    made.secretAccessKey =
        randomText(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    const VoidResult kept = secrets::SecretStore::instance().writeNow(
        keychainKey(made.key.accessKeyId), made.secretAccessKey);
    if (!kept)
        return Result<Created>::failure(
            kept.kind(),
            KeyText::tr("The secret could not be kept in the keychain: %1").arg(kept.error()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO access_keys(access_key_id, description, created_ms) VALUES (?, ?, ?)"));
    q.addBindValue(made.key.accessKeyId);
    q.addBindValue(description.isNull() ? QStringLiteral("") : description);
    q.addBindValue(made.key.createdMs);
    if (!q.exec()) {
        secrets::SecretStore::instance().removeNow(keychainKey(made.key.accessKeyId));
        return Result<Created>::failure(q.lastError().text());
    }
    m_secrets.insert(made.key.accessKeyId, made.secretAccessKey.toLatin1());
    return made;
}

Result<QList<AccessKey>> AccessKeys::all()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT access_key_id, description, created_ms FROM access_keys ORDER BY created_ms")))
        return Result<QList<AccessKey>>::failure(q.lastError().text());
    QList<AccessKey> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

VoidResult AccessKeys::remove(const QString &accessKeyId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM access_keys WHERE access_key_id = ?"));
    q.addBindValue(accessKeyId);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound,
                                   KeyText::tr("There is no access key %1.").arg(accessKeyId));
    m_secrets.remove(accessKeyId);
    secrets::SecretStore::instance().removeNow(keychainKey(accessKeyId));
    return {};
}

std::optional<QByteArray> AccessKeys::secret(const QString &accessKeyId)
{
    // Known to this store first: a removed key is refused even if its
    // secret lingers in the keychain or in this cache.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM access_keys WHERE access_key_id = ?"));
    q.addBindValue(accessKeyId);
    if (!q.exec() || !q.next()) {
        m_secrets.remove(accessKeyId);
        return std::nullopt;
    }
    if (const auto cached = m_secrets.constFind(accessKeyId); cached != m_secrets.cend())
        return *cached;
    const auto read = secrets::SecretStore::instance().readNow(keychainKey(accessKeyId));
    if (!read || !read->has_value())
        return std::nullopt;
    const QByteArray secret = read->value().toLatin1();
    m_secrets.insert(accessKeyId, secret);
    return secret;
}

} // namespace sloop::awsapi
