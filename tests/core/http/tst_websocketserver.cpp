// The WebSocket side of the TCP server on its own: upgrades accepted or
// refused by the handler, messages both ways, and the limits a server
// facing the internet needs: the largest frame, the idle timeout, the
// longest life, and a peer that never reads (closed once its queue passes
// the bound, while others are served).
#include "../gateway/websocketclient.h"
#include "http/tcphttpserver.h"

#include <QTest>

using namespace sloop;
using namespace sloop::http;
using sloop::test::WebSocketClient;

class TestWebSocketServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoAndRefusal();
    void limits();
    void aPeerThatNeverReads();

private:
    std::unique_ptr<TcpHttpServer> serve(WebSocketLimits limits = {});
    std::unique_ptr<WebSocketClient> join(quint16 port, bool reading = true);

    QList<quint64> m_open;
    int m_closed = 0;
};

std::unique_ptr<TcpHttpServer> TestWebSocketServer::serve(WebSocketLimits limits)
{
    auto server = std::make_unique<TcpHttpServer>(
        HttpServer::AsyncHandler([](const HttpRequestHead &, const QByteArray &) {
            return QtFuture::makeReadyFuture(HttpResponse::json(200, "{}"));
        }));
    TcpHttpServer *raw = server.get();
    WebSocketHandler handler;
    handler.open = [this](quint64 id, const HttpRequestHead &head) {
        HttpResponse r;
        r.status = head.path() == "/no" ? 403 : 101;
        if (r.status == 101)
            m_open.append(id);
        return QtFuture::makeReadyFuture(r);
    };
    handler.message = [raw](quint64 id, const QByteArray &text, bool) {
        raw->sendWebSocket(id, "echo: " + text);
    };
    handler.closed = [this](quint64) {
        ++m_closed;
    };
    server->setWebSocketHandler(handler, limits);
    if (!server->listen(QStringLiteral("127.0.0.1"), 0))
        return nullptr;
    return server;
}

std::unique_ptr<WebSocketClient> TestWebSocketServer::join(quint16 port, bool reading)
{
    auto client = std::make_unique<WebSocketClient>();
    client->open(port, "/", "sloop-test", reading);
    QDeadlineTimer deadline(10000);
    while (client->state() == WebSocketClient::State::Connecting && !deadline.hasExpired())
        QTest::qWait(5);
    return client;
}

void TestWebSocketServer::echoAndRefusal()
{
    m_open.clear();
    m_closed = 0;
    auto server = serve();
    QVERIFY(server);
    auto client = join(server->port());
    QCOMPARE(client->state(), WebSocketClient::State::Open);
    QCOMPARE(m_open.size(), 1);
    QVERIFY(server->hasWebSocket(m_open.first()));
    client->send("one");
    client->send("two");
    QTRY_COMPARE(client->messages(), (QList<QByteArray>{"echo: one", "echo: two"}));
    // Sent from Qt's side, unasked.
    QVERIFY(server->sendWebSocket(m_open.first(), "news"));
    QTRY_COMPARE(client->messages().size(), 3);
    server->closeWebSocket(m_open.first());
    QTRY_COMPARE(client->state(), WebSocketClient::State::Closed);
    QTRY_COMPARE(m_closed, 1);
    QVERIFY(!server->sendWebSocket(m_open.first(), "late"));
    // Refused by the handler: its status, no socket.
    auto refused = std::make_unique<WebSocketClient>();
    refused->open(server->port(), "/no");
    QTRY_COMPARE(refused->state(), WebSocketClient::State::Refused);
    QVERIFY2(refused->status() == 403, refused->error().c_str());
}

void TestWebSocketServer::limits()
{
    m_closed = 0;
    WebSocketLimits limits;
    limits.maxMessageBytes = 1024;
    limits.idleTimeoutMs = 400;
    limits.maxLifetimeMs = 60000;
    auto server = serve(limits);
    QVERIFY(server);
    // Past the largest frame: closed.
    auto big = join(server->port());
    big->send(QByteArray(2048, 'x'));
    QTRY_COMPARE(big->state(), WebSocketClient::State::Closed);
    // Silent past the idle timeout: closed; one that talks stays.
    auto quiet = join(server->port());
    QCOMPARE(quiet->state(), WebSocketClient::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(quiet->state(), WebSocketClient::State::Closed, 5000);
    QTRY_COMPARE(m_closed, 2);
    // The longest life, whatever it does.
    limits.idleTimeoutMs = 60000;
    limits.maxLifetimeMs = 300;
    auto shortLived = serve(limits);
    auto talker = join(shortLived->port());
    talker->send("hello");
    QTRY_COMPARE_WITH_TIMEOUT(talker->state(), WebSocketClient::State::Closed, 5000);
}

void TestWebSocketServer::aPeerThatNeverReads()
{
    m_open.clear();
    auto server = serve();
    QVERIFY(server);
    auto deaf = join(server->port(), false);
    auto other = join(server->port());
    QCOMPARE(m_open.size(), 2);
    const quint64 deafId = m_open.first();
    // 20 MB at it: the kernel's buffers fill, then the queue's bound ends it.
    const QByteArray chunk(64 * 1024, 'z');
    for (int i = 0; i < 320 && server->hasWebSocket(deafId); ++i) {
        server->sendWebSocket(deafId, chunk);
        QTest::qWait(1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!server->hasWebSocket(deafId), 10000);
    other->send("still served");
    QTRY_COMPARE(other->messages(), QList<QByteArray>{"echo: still served"});
}

QTEST_GUILESS_MAIN(TestWebSocketServer)
#include "tst_websocketserver.moc"
