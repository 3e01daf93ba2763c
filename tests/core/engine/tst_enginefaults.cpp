// What the client does when the engine misbehaves: not there, too old,
// malformed or truncated answers, a stream cut mid-frame, an engine that
// hangs. A real dockerd never sends these, so a small local socket server
// plays the broken engine, byte for byte.
#include "engine/dockerclient.h"
#include "engine/logfollower.h"
#include "http/streamtransport.h"
#include "testsupport.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sloop;
using namespace sloop::engine;

namespace {

QByteArray ok(const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray kPing = ok("OK", "Api-Version: 1.41\r\n");
const QByteArray kVersion = ok(R"({"Version":"20.10","ApiVersion":"1.41","MinAPIVersion":"1.12"})");

// Answers each request by the path's suffix; unknown paths get 404.
class BrokenEngine : public QObject
{
public:
    explicit BrokenEngine(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QLocalSocket::readyRead, s, [this, s] {
                    m_buffer[s] += s->readAll();
                    const QByteArray &req = m_buffer[s];
                    if (!req.contains("\r\n\r\n"))
                        return;
                    const QByteArray path = req.split(' ').value(1);
                    requests.append(path);
                    for (auto it = answers.begin(); it != answers.end(); ++it) {
                        if (path.contains(it.key())) {
                            if (it.value().isEmpty())
                                return; // hang: never answer
                            s->write(it.value());
                            s->flush();
                            s->disconnectFromServer();
                            return;
                        }
                    }
                    s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 27\r\n\r\n"
                             "{\"message\":\"page not found\"}");
                    s->disconnectFromServer();
                });
            }
        });
    }
    QMap<QByteArray, QByteArray> answers;
    QList<QByteArray> requests;

private:
    QLocalServer m_server;
    QHash<QLocalSocket *, QByteArray> m_buffer;
};

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void notRunning();
    void apiTooOld();
    void negotiatesDownToOurs();
    void malformedJson();
    void truncatedBody();
    void errorMessageFromEngine();
    void logStreamCutMidFrame();
    void hangingEngineTimesOut();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString socketPath() const { return m_dir->filePath(QStringLiteral("engine.sock")); }
    std::unique_ptr<DockerClient> client()
    {
        return std::make_unique<DockerClient>(
            QStringLiteral("broken"), std::make_shared<http::UnixSocketTransport>(socketPath()));
    }
};

void TestEngineFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestEngineFaults::notRunning()
{
    auto c = client();
    const auto info = test::await(c->negotiate());
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QLatin1String("systemctl start docker")), qPrintable(info.error()));
    QVERIFY(info.error().contains(socketPath()));
    // Calls other than negotiate report the same actionable message.
    const auto list = test::await(c->listContainers(true));
    QVERIFY(!list.ok());
    QVERIFY(list.error().contains(QLatin1String("No container engine is listening")));
}

void TestEngineFaults::apiTooOld()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", ok("OK", "Api-Version: 1.25\r\n"));
    engine.answers.insert("/version", ok(R"({"Version":"1.13","ApiVersion":"1.25"})"));
    auto c = client();
    const auto info = test::await(c->negotiate());
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QLatin1String("too old")), qPrintable(info.error()));
}

void TestEngineFaults::negotiatesDownToOurs()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", ok("OK", "Api-Version: 1.99\r\n"));
    engine.answers.insert("/version", ok(R"({"Version":"99","ApiVersion":"1.99"})"));
    engine.answers.insert("/containers/json", ok("[]"));
    auto c = client();
    const auto info = test::await(c->negotiate());
    QVERIFY(info.ok());
    QCOMPARE(info->negotiated, QLatin1String(DockerClient::kMaxApi));
    QVERIFY(test::await(c->listContainers(true)).ok());
    QVERIFY(engine.requests.last().startsWith(QByteArray("/v" + QByteArray(DockerClient::kMaxApi) + "/")));
}

void TestEngineFaults::malformedJson()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", kPing);
    engine.answers.insert("/version", kVersion);
    engine.answers.insert("/containers/json", ok("[{\"Id\": \"abc\", \"Names\": [tru"));
    auto c = client();
    const auto list = test::await(c->listContainers(true));
    QVERIFY(!list.ok());
    QVERIFY2(list.error().contains(QLatin1String("malformed JSON")), qPrintable(list.error()));
}

void TestEngineFaults::truncatedBody()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", kPing);
    engine.answers.insert("/version", kVersion);
    engine.answers.insert("/containers/json",
                          "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n[{\"Id\":\"abc\"");
    auto c = client();
    const auto list = test::await(c->listContainers(true));
    QVERIFY(!list.ok());
    QVERIFY2(list.error().contains(QLatin1String("cut off")), qPrintable(list.error()));
}

void TestEngineFaults::errorMessageFromEngine()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", kPing);
    engine.answers.insert("/version", kVersion);
    const QByteArray body = R"({"message":"No such container: ghost"})";
    engine.answers.insert("/start", "HTTP/1.1 404 Not Found\r\nContent-Length: " +
                                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    auto c = client();
    const auto r = test::await(c->startContainer(QStringLiteral("ghost")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("No such container: ghost"));
}

void TestEngineFaults::logStreamCutMidFrame()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", kPing);
    engine.answers.insert("/version", kVersion);
    QByteArray frames;
    auto frame = [&frames](int kind, const QByteArray &payload, int send) {
        QByteArray h(8, '\0');
        h[0] = char(kind);
        qToBigEndian<quint32>(quint32(payload.size()), h.data() + 4);
        frames += QByteArray(h + payload).left(send);
    };
    frame(1, "first line\n", 1000);
    frame(2, "an error\n", 1000);
    frame(1, "this frame is cut off\n", 12);
    engine.answers.insert("/logs", "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker."
                                   "raw-stream\r\n\r\n" + frames);
    auto c = client();
    LogFollower follower(c.get(), QStringLiteral("abc"), false);
    QList<LogLine> got;
    connect(&follower, &LogFollower::lines, this, [&got](const QList<LogLine> &l) { got += l; });
    QSignalSpy ended(&follower, &LogFollower::ended);
    LogOptions options;
    options.timestamps = false;
    follower.start(options);
    QVERIFY(ended.wait(10000));
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].text, QStringLiteral("first line"));
    QCOMPARE(got[1].kind, StreamKind::Stderr);
    QVERIFY(ended.first().first().toString().contains(QLatin1String("cut in the middle")));
}

void TestEngineFaults::hangingEngineTimesOut()
{
    BrokenEngine engine(socketPath());
    engine.answers.insert("/_ping", QByteArray()); // accepts, never answers
    auto c = client();
    QElapsedTimer clock;
    clock.start();
    const auto info = test::await(c->negotiate(), 30000);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QLatin1String("did not answer")), qPrintable(info.error()));
    QVERIFY(clock.elapsed() < 15000);
}

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_enginefaults.moc"
