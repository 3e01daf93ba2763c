#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sloop::awsapi {

// A request as it arrived, for checking its AWS Signature Version 4.
struct SignedRequest
{
    QByteArray method;
    QByteArray path;  // as on the wire (percent-encoded once), no query
    QByteArray query; // as on the wire, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// What the check found: who signed it, or AWS's error for why not.
struct SignatureCheck
{
    bool ok = false;
    QString accessKeyId;
    int status = 403;
    QString errorCode; // "MissingAuthenticationTokenException", "InvalidSignatureException"…
    QString message;
};

// The secret of an access key Sloop issued; none when there is no such key.
using SecretLookup = std::function<std::optional<QByteArray>(const QString &accessKeyId)>;

// Checks the Authorization header (AWS4-HMAC-SHA256) the way AWS does: the
// scope names `service`, the key is one Sloop issued, X-Amz-Date is within
// five minutes of nowMs, host and x-amz-date are signed, a declared
// x-amz-content-sha256 is the body's, and the signature over the canonical
// request (the path encoded once more, as for every service but S3) is the
// one the secret gives. Compared in constant time.
SignatureCheck checkSignature(const SignedRequest &request, const QString &service,
                              const SecretLookup &secretOf, qint64 nowMs);

// The pieces, for tests and for signing (a client of the endpoint).
QByteArray canonicalRequest(const SignedRequest &request, const QStringList &signedHeaders,
                            bool encodePathAgain = true);
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonical);
QByteArray signingKey(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                      const QByteArray &service);
// Lower-case hex of HMAC-SHA256(signingKey, stringToSign).
QByteArray signature(const QByteArray &key, const QByteArray &toSign);

} // namespace sloop::awsapi
