// AWS Signature Version 4 as Sloop's endpoint checks it: AWS's own test
// vector (get-vanilla), then each way a request can be refused.
#include "awsapi/sigv4.h"

#include <QDateTime>
#include <QTest>

using namespace sloop::awsapi;

namespace {

const QByteArray kKeyId = "AKIDEXAMPLE";
const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const qint64 kAt = QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC).toMSecsSinceEpoch();

SignedRequest vanilla()
{
    SignedRequest r;
    r.method = "GET";
    r.path = "/";
    r.headers = {{"host", "example.amazonaws.com"}, {"x-amz-date", "20150830T123600Z"}};
    return r;
}

QByteArray authorization(const QByteArray &signature, const QByteArray &service = "service")
{
    return "AWS4-HMAC-SHA256 Credential=" + kKeyId + "/20150830/us-east-1/" + service +
           "/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + signature;
}

SecretLookup secrets()
{
    return [](const QString &id) -> std::optional<QByteArray> {
        if (id == QLatin1String(kKeyId))
            return kSecret;
        return std::nullopt;
    };
}

// Signs `r` as a client would (with the functions under test's pieces).
QByteArray sign(const SignedRequest &r, const QByteArray &secret = kSecret)
{
    const QByteArray canonical =
        canonicalRequest(r, {QStringLiteral("host"), QStringLiteral("x-amz-date")});
    return signature(
        signingKey(secret, "20150830", "us-east-1", "service"),
        stringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", canonical));
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awsTestVector();
    void acceptsWhatItSigned();
    void refusals_data();
    void refusals();
    void pathIsEncodedOnceMore();
};

void TestSigV4::awsTestVector()
{
    // aws-sig-v4-test-suite/get-vanilla
    const SignedRequest r = vanilla();
    QCOMPARE(canonicalRequest(r, {QStringLiteral("host"), QStringLiteral("x-amz-date")}),
             QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                        "host;x-amz-date\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sign(r),
             QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
}

void TestSigV4::acceptsWhatItSigned()
{
    SignedRequest r = vanilla();
    r.headers.append({"authorization", authorization(sign(r))});
    const SignatureCheck check =
        checkSignature(r, QStringLiteral("service"), secrets(), kAt + 60000);
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.accessKeyId, QString::fromLatin1(kKeyId));
}

void TestSigV4::refusals_data()
{
    QTest::addColumn<QByteArray>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("unsigned") << QByteArray("unsigned")
                              << QStringLiteral("MissingAuthenticationTokenException");
    QTest::newRow("garbled header")
        << QByteArray("garbled") << QStringLiteral("IncompleteSignatureException");
    QTest::newRow("unknown key") << QByteArray("unknown key")
                                 << QStringLiteral("UnrecognizedClientException");
    QTest::newRow("wrong secret") << QByteArray("wrong secret")
                                  << QStringLiteral("InvalidSignatureException");
    QTest::newRow("body changed") << QByteArray("body")
                                  << QStringLiteral("InvalidSignatureException");
    QTest::newRow("path changed") << QByteArray("path")
                                  << QStringLiteral("InvalidSignatureException");
    QTest::newRow("another service")
        << QByteArray("service") << QStringLiteral("InvalidSignatureException");
    QTest::newRow("ten minutes late")
        << QByteArray("late") << QStringLiteral("InvalidSignatureException");
}

void TestSigV4::refusals()
{
    QFETCH(QByteArray, what);
    QFETCH(QString, code);
    SignedRequest r = vanilla();
    QByteArray auth = authorization(sign(r));
    qint64 now = kAt;
    if (what == "garbled")
        auth = "AWS4-HMAC-SHA256 Credential=nonsense";
    else if (what == "unknown key")
        auth.replace(kKeyId, "AKSLNOSUCHKEY0000000");
    else if (what == "wrong secret")
        auth = authorization(sign(r, "not-the-secret"));
    else if (what == "body")
        r.body = "{\"changed\":true}";
    else if (what == "path")
        r.path = "/2015-03-31/functions/other/invocations";
    else if (what == "service")
        auth = authorization(sign(r), "lambda");
    else if (what == "late")
        now = kAt + 10 * 60 * 1000;
    if (what != "unsigned")
        r.headers.append({"authorization", auth});
    const SignatureCheck check = checkSignature(r, QStringLiteral("service"), secrets(), now);
    QVERIFY(!check.ok);
    QCOMPARE(check.errorCode, code);
    QVERIFY(!check.message.isEmpty());
}

void TestSigV4::pathIsEncodedOnceMore()
{
    // A function named by its ARN: ':' arrives as %3A and is signed as %253A.
    SignedRequest r = vanilla();
    r.path = "/2015-03-31/functions/arn%3Asloop%3Alambda/invocations";
    const QByteArray canonical =
        canonicalRequest(r, {QStringLiteral("host"), QStringLiteral("x-amz-date")});
    QVERIFY(canonical.contains("\n/2015-03-31/functions/arn%253Asloop%253Alambda/invocations\n"));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
