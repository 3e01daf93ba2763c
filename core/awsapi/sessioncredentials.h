#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace sloop::awsapi {

// A temporary credential as AWS's STS hands them out: an access key id
// (ASIA…), its secret and a session token that every signed request must
// carry (X-Amz-Security-Token). Sloop gives one to each function's
// environments so that AWS's SDKs inside them reach the endpoint.
struct SessionCredential
{
    QString accessKeyId;
    QByteArray secret;
    QByteArray sessionToken;
    QString function; // whom it was issued to
    QString scope;    // the one service it may call ("lambda")
};

// The session credentials of this process: in memory only, so they end
// with it (and with the environments that hold them), never stored.
//
// Thread-safety: use on the thread that made it.
class SessionCredentials
{
public:
    // The function's credential, made on first ask and the same after.
    SessionCredential issue(const QString &function, const QString &scope);
    std::optional<SessionCredential> find(const QString &accessKeyId) const;
    // A deleted function's credential stops working.
    void revoke(const QString &function);
    // "ASIA" + 16: the shape AWS gives temporary keys.
    static bool looksTemporary(const QString &accessKeyId);

private:
    QHash<QString, SessionCredential> m_byKey;
    QHash<QString, QString> m_keyOfFunction; // lower-case name → key id
};

} // namespace sloop::awsapi
