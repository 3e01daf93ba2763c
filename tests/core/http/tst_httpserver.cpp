#include "http/httpserver.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop::http;

// The HTTP server on a real unix socket, with raw clients: keep-alive and
// pipelining answer in order, 100-continue, a malformed request is answered
// with its status and closed, a slow client is cut off, and the number of
// connections is bounded.
class TestHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keepAliveAndPipelining();
    void expectContinue();
    void malformedIsAnsweredAndClosed();
    void slowClientIsCutOff();
    void connectionsAreBounded();
    void socketIsPrivate();

private:
    // Reads from `socket` until `count` responses (by status line) arrived
    // or the peer closed.
    static QByteArray readResponses(QLocalSocket &socket, int count, int ms = 5000);

    QTemporaryDir m_dir;
    std::unique_ptr<HttpServer> m_server;
    QString m_path;
    int m_requests = 0;
};

void TestHttpServer::init()
{
    HttpServerLimits limits;
    limits.headTimeoutMs = 500;
    limits.bodyTimeoutMs = 500;
    limits.maxConnections = 4;
    m_requests = 0;
    m_server = std::make_unique<HttpServer>(
        [this](const HttpRequestHead &head, const QByteArray &body) {
            ++m_requests;
            HttpResponse r;
            r.contentType = "text/plain";
            r.body = head.method + ' ' + head.target + " body=" + body;
            return r;
        },
        limits);
    m_path = m_dir.filePath(QStringLiteral("s.sock"));
    QString error;
    QVERIFY2(m_server->listenLocal(m_path, &error), qPrintable(error));
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

QByteArray TestHttpServer::readResponses(QLocalSocket &socket, int count, int ms)
{
    QByteArray all;
    QDeadlineTimer deadline(ms);
    while (all.count("HTTP/1.1 ") < count && !deadline.hasExpired()) {
        if (socket.state() != QLocalSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        if (socket.bytesAvailable() == 0)
            QTest::qWait(10);
        all += socket.readAll();
    }
    return all;
}

void TestHttpServer::keepAliveAndPipelining()
{
    QLocalSocket s;
    s.connectToServer(m_path);
    QVERIFY(s.waitForConnected(2000));
    s.write("GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi"
            "GET /c HTTP/1.1\r\n\r\n");
    const QByteArray out = readResponses(s, 3);
    QCOMPARE(out.count("HTTP/1.1 200 OK"), 3);
    const qsizetype a = out.indexOf("GET /a body=");
    const qsizetype b = out.indexOf("POST /b body=hi");
    const qsizetype c = out.indexOf("GET /c body=");
    QVERIFY2(a >= 0 && a < b && b < c, out.constData()); // in order
    QCOMPARE(s.state(), QLocalSocket::ConnectedState);   // kept alive
    s.write("GET /d HTTP/1.1\r\nConnection: close\r\n\r\n");
    const QByteArray last = readResponses(s, 1);
    QVERIFY(last.contains("Connection: close"));
    QTRY_COMPARE(s.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(m_requests, 4);
}

void TestHttpServer::expectContinue()
{
    QLocalSocket s;
    s.connectToServer(m_path);
    QVERIFY(s.waitForConnected(2000));
    s.write("PUT /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    QTRY_VERIFY(s.bytesAvailable() > 0);
    QCOMPARE(s.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    s.write("data");
    QVERIFY(readResponses(s, 1).contains("PUT /up body=data"));
}

void TestHttpServer::malformedIsAnsweredAndClosed()
{
    QLocalSocket s;
    s.connectToServer(m_path);
    QVERIFY(s.waitForConnected(2000));
    s.write("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc");
    const QByteArray out = readResponses(s, 1);
    QVERIFY2(out.startsWith("HTTP/1.1 400 Bad Request\r\n"), out.constData());
    QVERIFY(out.contains("\"message\""));
    QTRY_COMPARE(s.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(m_requests, 0);
}

void TestHttpServer::slowClientIsCutOff()
{
    QLocalSocket s;
    s.connectToServer(m_path);
    QVERIFY(s.waitForConnected(2000));
    s.write("GET / HTTP/1.1\r\nX-a: b\r\n"); // and never the end of the head
    const QByteArray out = readResponses(s, 1, 3000);
    QVERIFY2(out.startsWith("HTTP/1.1 408 "), out.constData());
    QTRY_COMPARE(s.state(), QLocalSocket::UnconnectedState);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    // An idle keep-alive connection is just closed.
    QLocalSocket idle;
    idle.connectToServer(m_path);
    QVERIFY(idle.waitForConnected(2000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QLocalSocket::UnconnectedState, 3000);
    QVERIFY(idle.readAll().isEmpty());
}

void TestHttpServer::connectionsAreBounded()
{
    std::vector<std::unique_ptr<QLocalSocket>> open;
    for (int i = 0; i < 4; ++i) {
        open.push_back(std::make_unique<QLocalSocket>());
        open.back()->connectToServer(m_path);
        QVERIFY(open.back()->waitForConnected(2000));
    }
    QTRY_COMPARE(m_server->connectionCount(), 4);
    QLocalSocket fifth;
    fifth.connectToServer(m_path);
    QVERIFY(fifth.waitForConnected(2000));
    const QByteArray out = readResponses(fifth, 1);
    QVERIFY2(out.startsWith("HTTP/1.1 503 "), out.constData());
    QCOMPARE(m_server->connectionCount(), 4);
}

void TestHttpServer::socketIsPrivate()
{
    const QFile::Permissions p = QFileInfo(m_path).permissions();
    QVERIFY(p & QFile::ReadOwner);
    QVERIFY(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
