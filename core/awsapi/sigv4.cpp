#include "sigv4.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace sloop::awsapi {

namespace {

struct SigText
{
    Q_DECLARE_TR_FUNCTIONS(AwsApi)
};

constexpr qint64 kMaxSkewMs = 5 * 60 * 1000;

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// RFC 3986 unreserved characters stay; everything else, '%' included, is
// encoded: the wire path encoded once more, as botocore does.
QByteArray encodePath(const QByteArray &path)
{
    return path.toPercentEncoding("/~");
}

QByteArray collapseSpaces(const QByteArray &value)
{
    QByteArray out;
    bool space = false;
    for (const char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

SignatureCheck refuse(const QString &code, const QString &message, int status = 403)
{
    SignatureCheck c;
    c.status = status;
    c.errorCode = code;
    c.message = message;
    return c;
}

QByteArray header(const SignedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QByteArray canonicalRequest(const SignedRequest &request, const QStringList &signedHeaders,
                            bool encodePathAgain)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    if (!request.query.isEmpty()) {
        for (const QByteArray &pair : request.query.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            pairs.append(eq < 0 ? qMakePair(pair, QByteArray())
                                : qMakePair(pair.left(eq), pair.mid(eq + 1)));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList query;
    for (const auto &[key, value] : std::as_const(pairs))
        query << key + '=' + value;

    QByteArray headers;
    for (const QString &name : signedHeaders) {
        QByteArrayList values;
        for (const auto &[key, value] : request.headers)
            if (key.compare(name.toLatin1(), Qt::CaseInsensitive) == 0)
                values << collapseSpaces(value);
        headers += name.toLatin1() + ':' + values.join(',') + '\n';
    }
    QByteArray payload = header(request, "x-amz-content-sha256");
    if (payload.isEmpty())
        payload = sha256Hex(request.body);
    const QByteArray path = request.path.isEmpty() ? QByteArrayLiteral("/") : request.path;
    return request.method + '\n' + (encodePathAgain ? encodePath(path) : path) + '\n' +
           query.join('&') + '\n' + headers + '\n' +
           signedHeaders.join(QLatin1Char(';')).toLatin1() + '\n' + payload;
}

QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonical)
{
    return "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonical);
}

QByteArray signingKey(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                      const QByteArray &service)
{
    return hmac(hmac(hmac(hmac("AWS4" + secret, date), region), service), "aws4_request");
}

QByteArray signature(const QByteArray &key, const QByteArray &toSign)
{
    return hmac(key, toSign).toHex();
}

SignatureCheck checkSignature(const SignedRequest &request, const QString &service,
                              const SecretLookup &secretOf, qint64 nowMs)
{
    const QByteArray authorization = header(request, "authorization");
    if (authorization.isEmpty())
        return refuse(QStringLiteral("MissingAuthenticationTokenException"),
                      SigText::tr("Missing Authentication Token"));
    static const QRegularExpression shape(QStringLiteral(
        "^AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request"
        ",\\s*SignedHeaders=([a-z0-9;\\-]+),\\s*Signature=([0-9a-f]{64})\\s*$"));
    const auto match = shape.match(QString::fromLatin1(authorization));
    if (!match.hasMatch())
        return refuse(QStringLiteral("IncompleteSignatureException"),
                      SigText::tr("The Authorization header is not an AWS Signature Version 4 "
                                  "(AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…)."),
                      400);
    const QString keyId = match.captured(1);
    const QByteArray date = match.captured(2).toLatin1();
    const QByteArray region = match.captured(3).toLatin1();
    const QString scopeService = match.captured(4);
    const QStringList signedHeaders = match.captured(5).split(QLatin1Char(';'));
    const QByteArray given = match.captured(6).toLatin1();

    if (scopeService != service)
        return refuse(
            QStringLiteral("InvalidSignatureException"),
            SigText::tr("Credential should be scoped to correct service: '%1'.").arg(service));
    if (!signedHeaders.contains(QLatin1String("host")))
        return refuse(QStringLiteral("InvalidSignatureException"),
                      SigText::tr("The host header must be signed."));
    QByteArray amzDate = header(request, "x-amz-date");
    if (amzDate.isEmpty())
        return refuse(QStringLiteral("IncompleteSignatureException"),
                      SigText::tr("The request has no X-Amz-Date header."), 400);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!when.isValid() || !amzDate.startsWith(date))
        return refuse(QStringLiteral("IncompleteSignatureException"),
                      SigText::tr("X-Amz-Date is not a date of the credential's day."), 400);
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    if (qAbs(utc.toMSecsSinceEpoch() - nowMs) > kMaxSkewMs)
        return refuse(QStringLiteral("InvalidSignatureException"),
                      SigText::tr("Signature expired: %1 is not within 5 minutes of this machine's "
                                  "time. Check both clocks.")
                          .arg(QString::fromLatin1(amzDate)));
    const std::optional<QByteArray> secret = secretOf ? secretOf(keyId) : std::nullopt;
    if (!secret)
        return refuse(QStringLiteral("UnrecognizedClientException"),
                      SigText::tr("The security token included in the request is invalid."));
    // The body must be the one whose hash was signed (S3's clients send it
    // in x-amz-content-sha256; UNSIGNED-PAYLOAD signs none).
    const QByteArray declared = header(request, "x-amz-content-sha256");
    if (!declared.isEmpty() && declared != "UNSIGNED-PAYLOAD" &&
        declared != sha256Hex(request.body))
        return refuse(QStringLiteral("XAmzContentSHA256Mismatch"),
                      SigText::tr("The provided 'x-amz-content-sha256' header does not match what "
                                  "was computed."),
                      400);
    const QByteArray scope = date + '/' + region + '/' + service.toLatin1() + "/aws4_request";
    // Every service but S3 encodes the path once more.
    const QByteArray expected = signature(
        signingKey(*secret, date, region, service.toLatin1()),
        stringToSign(amzDate, scope,
                     canonicalRequest(request, signedHeaders, service != QLatin1String("s3"))));
    if (!equalInConstantTime(expected, given))
        return refuse(QStringLiteral("InvalidSignatureException"),
                      SigText::tr("The request signature we calculated does not match the "
                                  "signature you provided. Check your AWS Secret Access Key and "
                                  "signing method."));
    SignatureCheck ok;
    ok.ok = true;
    ok.status = 200;
    ok.accessKeyId = keyId;
    return ok;
}

} // namespace sloop::awsapi
