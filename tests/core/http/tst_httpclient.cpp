// HttpClient (libcurl on Qt's event loop) against real servers: Python's
// http.server behind TLS with a CA made here by openssl, and the Debian
// docker-registry that scripts/test-services.sh starts (plain HTTP).
#include "http/httpclient.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::http;

namespace {

Result<ClientResponse> wait(QFuture<Result<ClientResponse>> future, int ms = 20000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, ms))
        return Result<ClientResponse>::failure(QStringLiteral("no answer in %1 ms").arg(ms));
    return future.result();
}

bool run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAll().constData());
        return false;
    }
    return true;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getsOverTlsWithItsCa();
    void refusesAnUntrustedCertificate();
    void sendsBodiesWithAnyMethod();
    void streamsAndStopsMidway();
    void refusesABodyPastItsLimit();
    void timesOut();
    void unreachablePortIsUnreachable();
    void malformedAddressIsInvalidInput();
    void manyAtOnce();
    void mutualTls();
    void cancelAllEndsWhatIsInFlight();
    void talksToTheRegistry();

private:
    QString url(const QString &path, quint16 port = 0) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(port ? port : m_port).arg(path);
    }
    ClientRequest trusted(const QString &path) const
    {
        ClientRequest r;
        r.url = QUrl(url(path));
        r.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        return r;
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    quint16 m_mutualPort = 0;
};

void TestHttpClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    const QString ec = QStringLiteral("ec");
    const QStringList curve{QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1")};
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    QVERIFY(run(
        QStringLiteral("openssl"),
        QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec} +
            curve +
            QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                        QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=sloop-test-ca")},
        d));
    for (const QString &who : {QStringLiteral("server"), QStringLiteral("client")}) {
        QVERIFY(run(QStringLiteral("openssl"),
                    QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), ec} + curve +
                        QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                    who + QStringLiteral(".key"), QStringLiteral("-out"),
                                    who + QStringLiteral(".csr"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=sloop-test-") + who},
                    d));
        QStringList sign{QStringLiteral("x509"),
                         QStringLiteral("-req"),
                         QStringLiteral("-in"),
                         who + QStringLiteral(".csr"),
                         QStringLiteral("-CA"),
                         QStringLiteral("ca.pem"),
                         QStringLiteral("-CAkey"),
                         QStringLiteral("ca.key"),
                         QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"),
                         who + QStringLiteral(".pem"),
                         QStringLiteral("-days"),
                         QStringLiteral("2")};
        if (who == QLatin1String("server"))
            sign << QStringLiteral("-extfile") << QStringLiteral("server.ext");
        QVERIFY(run(QStringLiteral("openssl"), sign, d));
    }

    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral("python3"),
                   {QStringLiteral(QT_TESTCASE_SOURCEDIR "/support/tlshttpserver.py"),
                    m_dir.filePath(QStringLiteral("server.pem")),
                    m_dir.filePath(QStringLiteral("server.key")),
                    m_dir.filePath(QStringLiteral("ca.pem"))});
    QVERIFY2(m_server.waitForStarted(), "python3 is not installed: run scripts/deps.sh test");
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    m_port = quint16(m_server.readLine().trimmed().toUInt());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    m_mutualPort = quint16(m_server.readLine().trimmed().toUInt());
    QVERIFY(m_port > 0 && m_mutualPort > 0);
}

void TestHttpClient::cleanupTestCase()
{
    m_server.closeWriteChannel();
    if (!m_server.waitForFinished(3000))
        m_server.kill();
}

void TestHttpClient::getsOverTlsWithItsCa()
{
    HttpClient client;
    const auto r = wait(client.send(trusted(QStringLiteral("/hello"))));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("hello over tls"));
    QCOMPARE(r->header("x-sloop-test"), QByteArray("yes"));

    // Any status is an answer; the caller decides what a 404 means.
    const auto missing = wait(client.send(trusted(QStringLiteral("/nothing"))));
    QVERIFY(missing.ok());
    QCOMPARE(missing->status, 404);

    ClientRequest head = trusted(QStringLiteral("/hello"));
    head.method = "HEAD";
    const auto headed = wait(client.send(head));
    QVERIFY(headed.ok());
    QCOMPARE(headed->status, 200);
    QVERIFY(headed->body.isEmpty());
    QCOMPARE(headed->header("Content-Length"), QByteArray("14"));
}

void TestHttpClient::refusesAnUntrustedCertificate()
{
    HttpClient client;
    ClientRequest r;
    r.url = QUrl(url(QStringLiteral("/hello")));
    const auto refused = wait(client.send(r));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.kind(), ErrorKind::Unauthorized);
    QVERIFY2(refused.error().contains(QLatin1String("certificate")), qPrintable(refused.error()));
}

void TestHttpClient::sendsBodiesWithAnyMethod()
{
    HttpClient client;
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")}) {
        ClientRequest r = trusted(QStringLiteral("/echo"));
        r.method = method;
        r.body = QByteArray(200 * 1024, 'b'); // past libcurl's Expect: 100-continue size
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
        const auto echoed = wait(client.send(r));
        QVERIFY2(echoed.ok(), qPrintable(echoed.error()));
        QCOMPARE(echoed->body, method + ' ' + r.body);
    }
}

void TestHttpClient::streamsAndStopsMidway()
{
    HttpClient client;
    ClientRequest whole = trusted(QStringLiteral("/big/20971520"));
    qint64 seen = 0;
    whole.onBody = [&seen](QByteArrayView piece) {
        seen += piece.size();
        return true;
    };
    const auto streamed = wait(client.send(whole));
    QVERIFY2(streamed.ok(), qPrintable(streamed.error()));
    QCOMPARE(seen, 20971520);
    QVERIFY(streamed->body.isEmpty());

    ClientRequest part = trusted(QStringLiteral("/big/104857600"));
    qint64 kept = 0;
    part.onBody = [&kept](QByteArrayView piece) {
        kept += piece.size();
        return kept < 1024 * 1024;
    };
    const auto stopped = wait(client.send(part));
    QCOMPARE(stopped.kind(), ErrorKind::Cancelled);
    QVERIFY(kept < 4 * 1024 * 1024);

    // The client goes on after a stopped transfer.
    QVERIFY(wait(client.send(trusted(QStringLiteral("/hello")))).ok());
}

void TestHttpClient::refusesABodyPastItsLimit()
{
    HttpClient client;
    ClientRequest r = trusted(QStringLiteral("/big/3145728"));
    r.maxBodyBytes = 1024 * 1024;
    const auto refused = wait(client.send(r));
    QCOMPARE(refused.kind(), ErrorKind::InvalidInput);
    QVERIFY2(refused.error().contains(QLatin1String("1 MiB")), qPrintable(refused.error()));
}

void TestHttpClient::timesOut()
{
    HttpClient client;
    ClientRequest r = trusted(QStringLiteral("/slow"));
    r.timeoutMs = 400;
    const auto late = wait(client.send(r));
    QCOMPARE(late.kind(), ErrorKind::TimedOut);
}

void TestHttpClient::unreachablePortIsUnreachable()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpClient client;
    ClientRequest r;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const auto refused = wait(client.send(r));
    QCOMPARE(refused.kind(), ErrorKind::Unreachable);
}

void TestHttpClient::malformedAddressIsInvalidInput()
{
    HttpClient client;
    for (const QString &bad :
         {QStringLiteral("ftp://127.0.0.1/"), QStringLiteral("not a url"), QString()}) {
        ClientRequest r;
        r.url = QUrl(bad);
        const auto refused = wait(client.send(r));
        QCOMPARE(refused.kind(), ErrorKind::InvalidInput);
    }
}

void TestHttpClient::manyAtOnce()
{
    HttpClient client;
    QList<QFuture<Result<ClientResponse>>> all;
    for (int i = 0; i < 100; ++i)
        all.append(client.send(trusted(QStringLiteral("/hello"))));
    QCOMPARE(client.inFlight(), 100);
    for (auto &f : all) {
        const auto r = wait(f);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->body, QByteArray("hello over tls"));
    }
    QCOMPARE(client.inFlight(), 0);
}

void TestHttpClient::mutualTls()
{
    HttpClient client;
    ClientRequest anonymous = trusted(QStringLiteral("/mtls"));
    anonymous.url = QUrl(url(QStringLiteral("/mtls"), m_mutualPort));
    QVERIFY(!wait(client.send(anonymous)).ok());

    ClientRequest known = anonymous;
    known.clientCertFile = m_dir.filePath(QStringLiteral("client.pem"));
    known.clientKeyFile = m_dir.filePath(QStringLiteral("client.key"));
    const auto r = wait(client.send(known));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY2(r->body.contains("sloop-test-client"), r->body.constData());
}

void TestHttpClient::cancelAllEndsWhatIsInFlight()
{
    HttpClient client;
    auto slow = client.send(trusted(QStringLiteral("/slow")));
    QTest::qWait(200);
    client.cancelAll();
    QVERIFY(slow.isFinished());
    QCOMPARE(slow.result().kind(), ErrorKind::Cancelled);
    // And a client destroyed with work in flight ends it the same way.
    QFuture<Result<ClientResponse>> orphan;
    {
        HttpClient shortLived;
        orphan = shortLived.send(trusted(QStringLiteral("/slow")));
    }
    QVERIFY(orphan.isFinished());
    QCOMPARE(orphan.result().kind(), ErrorKind::Cancelled);
}

void TestHttpClient::talksToTheRegistry()
{
    const QString registry = qEnvironmentVariable("SLOOP_TEST_REGISTRY");
    QVERIFY2(!registry.isEmpty(), "SLOOP_TEST_REGISTRY is not set: start scripts/test-services.sh");
    HttpClient client;
    ClientRequest r;
    r.url = QUrl(QStringLiteral("http://%1/v2/_catalog").arg(registry));
    const auto catalog = wait(client.send(r));
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QCOMPARE(catalog->status, 200);
    QCOMPARE(catalog->header("Docker-Distribution-Api-Version"), QByteArray("registry/2.0"));
    QVERIFY2(catalog->body.contains("sloop/busybox"), catalog->body.constData());
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
