#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace sloop::gateway {

// The public keys of a JSON Web Key Set (RFC 7517) that can check a
// token: RSA keys (RS256/384/512) and EC keys on P-256 and P-384
// (ES256/384), by their "kid". Keys of other types are skipped; a set
// without a usable key is an error.
//
// Thread-safety: immutable once read; share it between threads.
class JsonWebKeySet
{
public:
    ~JsonWebKeySet();
    JsonWebKeySet(const JsonWebKeySet &) = delete;
    JsonWebKeySet &operator=(const JsonWebKeySet &) = delete;

    static Result<std::shared_ptr<const JsonWebKeySet>> read(const QByteArray &json);
    qsizetype size() const { return m_keys.size(); }

    struct Key;
    // The key with this kid (any key when the token names none and the set
    // has one) that fits the algorithm; null otherwise.
    const Key *find(const QString &kid, const QString &alg) const;

private:
    JsonWebKeySet() = default;
    QList<std::shared_ptr<Key>> m_keys;
};

// What a checked token says: its claims and the scopes of its "scope"
// (space-separated) or "scp" claim.
struct JwtClaims
{
    QJsonObject claims;
    QStringList scopes;
};

// Checks a compact JWS token as API Gateway's JWT authorizer does: a
// signature by a key of the set (never "none" or a shared secret), the
// issuer, one of the audiences in "aud" (or "client_id" when it has no
// "aud"), "exp" in the future and "nbf" in the past. The error is the
// reason API Gateway puts in its WWW-Authenticate header ("the token has
// expired", "signature is invalid", …).
Result<JwtClaims> verifyJwt(const QByteArray &token, const JsonWebKeySet &keys,
                            const QString &issuer, const QStringList &audiences, qint64 nowSeconds);

} // namespace sloop::gateway
