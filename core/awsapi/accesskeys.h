#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::awsapi {

struct AccessKey
{
    QString accessKeyId; // "AKSL" + 16 of A–Z and 2–7, as AWS's look
    QString description;
    qint64 createdMs = 0;
};

// The access keys Sloop issues for its AWS-compatible endpoint: the ids in
// the store (schema step 10), the secrets in the OS keychain (SecretStore),
// never in Sloop's files. A secret is shown once, when the key is made.
class AccessKeys
{
public:
    explicit AccessKeys(store::Database &db)
        : m_db(db)
    {
    }

    struct Created
    {
        AccessKey key;
        QString secretAccessKey; // 40 characters
    };
    // Fails (and stores nothing) when the keychain cannot keep the secret.
    Result<Created> create(const QString &description);
    Result<QList<AccessKey>> all();
    VoidResult remove(const QString &accessKeyId); // NotFound when none
    // The secret of a key this store knows, from the keychain (asked once
    // per key, then remembered); none for an unknown key or a secret gone.
    std::optional<QByteArray> secret(const QString &accessKeyId);
    static QString keychainKey(const QString &accessKeyId);

private:
    store::Database &m_db;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace sloop::awsapi
