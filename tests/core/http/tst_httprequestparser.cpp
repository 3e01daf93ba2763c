#include "http/httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using sloop::http::HttpRequestLimits;
using sloop::http::HttpRequestParser;

// The serving side's parser: well-formed requests in pieces of any size, a
// corpus of malformed and hostile ones (each answered with the right status,
// never read two ways), and floods that must not make it hold more than its
// limits.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void everySplitPoint();
    void malformed_data();
    void malformed();
    void pipelined();
    void expectContinue();
    void connectionOptions();
    void floodsStayBounded_data();
    void floodsStayBounded();
    void slowClientGetsNoFurther();
    void mutatedRequestsNeverCrash();
};

void TestHttpRequestParser::wellFormed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("get") << QByteArray("GET /v1/instances?all=1 HTTP/1.1\r\nHost: x\r\n\r\n")
                         << QByteArray("GET") << QByteArray("/v1/instances") << QByteArray("all=1")
                         << QByteArray();
    QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET")
                              << QByteArray("/") << QByteArray() << QByteArray();
    QTest::newRow("length") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
                            << QByteArray("POST") << QByteArray("/a") << QByteArray()
                            << QByteArray("hello");
    QTest::newRow("equal-lengths")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok")
        << QByteArray("POST") << QByteArray("/a") << QByteArray() << QByteArray("ok");
    QTest::newRow("chunked") << QByteArray("PUT /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n6;name=v\r\n world\r\n0\r\n\r\n")
                             << QByteArray("PUT") << QByteArray("/b") << QByteArray()
                             << QByteArray("hello world");
    QTest::newRow("chunked-trailer")
        << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n"
                      "0\r\nX-Sum: 1\r\n\r\n")
        << QByteArray("POST") << QByteArray("/c") << QByteArray() << QByteArray("0123456789");
    QTest::newRow("leading-crlf") << QByteArray("\r\n\r\nDELETE /x HTTP/1.1\r\n\r\n")
                                  << QByteArray("DELETE") << QByteArray("/x") << QByteArray()
                                  << QByteArray();
    QTest::newRow("ows") << QByteArray("GET / HTTP/1.1\r\nX-A:\t value \t\r\n\r\n")
                         << QByteArray("GET") << QByteArray("/") << QByteArray() << QByteArray();
    QTest::newRow("options-star") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n")
                                  << QByteArray("OPTIONS") << QByteArray("*") << QByteArray()
                                  << QByteArray();
}

void TestHttpRequestParser::wellFormed()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    HttpRequestParser p;
    QVERIFY2(p.feed(wire), qPrintable(p.error()));
    QVERIFY(p.done());
    QCOMPARE(p.head().method, method);
    QCOMPARE(p.head().path(), path);
    QCOMPARE(p.head().query(), query);
    QCOMPARE(p.body(), body);
}

void TestHttpRequestParser::everySplitPoint()
{
    const QByteArray wire("POST /split?x=1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                          "\r\n3;e=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nT: 1\r\n\r\n");
    for (qsizetype a = 0; a <= wire.size(); ++a) {
        for (qsizetype b = a; b <= wire.size(); b += 7) {
            HttpRequestParser p;
            QVERIFY(p.feed(QByteArrayView(wire).first(a)));
            QVERIFY(p.feed(QByteArrayView(wire).sliced(a, b - a)));
            QVERIFY(p.feed(QByteArrayView(wire).sliced(b)));
            QVERIFY2(p.done(), qPrintable(QStringLiteral("split at %1/%2").arg(a).arg(b)));
            QCOMPARE(p.body(), QByteArray("abc0123456789abcdef"));
            QCOMPARE(p.head().header("host"), QByteArray("a"));
        }
    }
}

void TestHttpRequestParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    const auto row = [](const char *name, const QByteArray &wire, int status) {
        QTest::newRow(name) << wire << status;
    };
    // Request lines.
    row("no-version", "GET /\r\n\r\n", 400);
    row("two-spaces", "GET  / HTTP/1.1\r\n\r\n", 400);
    row("lower-http", "GET / http/1.1\r\n\r\n", 400);
    row("http2", "GET / HTTP/2.0\r\n\r\n", 505);
    row("http09-ish", "GET / HTTP/0.9\r\n\r\n", 505);
    row("bad-method", "G(T / HTTP/1.1\r\n\r\n", 400);
    row("target-space", "GET /a b HTTP/1.1\r\n\r\n", 400);
    row("target-nonascii", "GET /\xc3\xa9 HTTP/1.1\r\n\r\n", 400);
    row("target-relative", "GET index.html HTTP/1.1\r\n\r\n", 400);
    row("nul-in-target", QByteArray("GET /\0x HTTP/1.1\r\n\r\n", 20), 400);
    row("bare-lf-line", "GET / HTTP/1.1\nHost: a\r\n\r\n", 400);
    row("bare-cr", "GET / HTTP/1.1\r\nA: b\rc\r\n\r\n", 400);
    // Headers.
    row("space-before-colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400);
    row("obs-fold", "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", 400);
    row("no-colon", "GET / HTTP/1.1\r\nHost\r\n\r\n", 400);
    row("empty-name", "GET / HTTP/1.1\r\n: a\r\n\r\n", 400);
    row("control-in-value", "GET / HTTP/1.1\r\nX: a\x01z\r\n\r\n", 400);
    row("unknown-expect", "POST / HTTP/1.1\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx", 417);
    // Body framing that could be read two ways.
    row("cl-and-te", "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
        400);
    row("two-lengths", "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        400);
    row("length-list", "POST / HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\nabcd", 400);
    row("signed-length", "POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc", 400);
    row("negative-length", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400);
    row("hex-length", "POST / HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n", 400);
    row("huge-length", "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", 400);
    row("gzip-te", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501);
    row("chunked-twice", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", 501);
    row("te-http10", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
    row("chunk-not-hex", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400);
    row("chunk-negative", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n", 400);
    row("chunk-overflow",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 400);
    row("chunk-too-long-data",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", 400);
    row("chunk-empty-size", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", 400);
    row("bad-trailer",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nnot a field\r\n\r\n", 400);
    // Over the limits.
    row("body-over-limit", "POST / HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n", 413);
    row("chunks-over-limit", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n",
        413);
    row("long-line", "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n", 414);
    QByteArray many("GET / HTTP/1.1\r\n");
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    row("header-count", many + "\r\n", 431);
    row("header-bytes", "GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'v') + "\r\n\r\n", 431);
}

void TestHttpRequestParser::malformed()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    // Whole, and a byte at a time: the verdict must not depend on how the
    // bytes arrived.
    HttpRequestParser whole;
    QVERIFY(!whole.feed(wire));
    QVERIFY(whole.failed());
    QCOMPARE(whole.errorStatus(), status);
    QVERIFY(!whole.error().isEmpty());
    HttpRequestParser bytes;
    bool ok = true;
    for (qsizetype i = 0; i < wire.size() && ok; ++i)
        ok = bytes.feed(QByteArrayView(wire).sliced(i, 1));
    QVERIFY(!ok);
    QCOMPARE(bytes.errorStatus(), status);
    QVERIFY(!bytes.feed("more"));
}

void TestHttpRequestParser::pipelined()
{
    HttpRequestParser p;
    QVERIFY(p.feed(
        "GET /one HTTP/1.1\r\n\r\nPOST /two HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /thr"));
    QVERIFY(p.done());
    QCOMPARE(p.head().path(), QByteArray("/one"));
    p.next();
    QVERIFY(p.done());
    QCOMPARE(p.head().path(), QByteArray("/two"));
    QCOMPARE(p.body(), QByteArray("abc"));
    p.next();
    QVERIFY(!p.done());
    QVERIFY(p.feed("ee HTTP/1.1\r\n\r\n"));
    QVERIFY(p.done());
    QCOMPARE(p.head().path(), QByteArray("/three"));
    QVERIFY(p.body().isEmpty());
}

void TestHttpRequestParser::expectContinue()
{
    HttpRequestParser p;
    QVERIFY(p.feed("PUT /f HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"));
    QVERIFY(p.headReady());
    QVERIFY(!p.done());
    QVERIFY(p.takeContinueRequest());
    QVERIFY(!p.takeContinueRequest()); // once
    QVERIFY(p.feed("data"));
    QVERIFY(p.done());
    QCOMPARE(p.body(), QByteArray("data"));

    // The body came with the head: nothing to wait for.
    HttpRequestParser q;
    QVERIFY(q.feed("PUT /f HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\nx"));
    QVERIFY(q.done());
    QVERIFY(!q.takeContinueRequest());
}

void TestHttpRequestParser::connectionOptions()
{
    const auto headOf = [](const QByteArray &wire) {
        HttpRequestParser p;
        p.feed(wire);
        return p.head();
    };
    QVERIFY(headOf("GET / HTTP/1.1\r\n\r\n").keepAlive());
    QVERIFY(!headOf("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n").keepAlive());
    QVERIFY(!headOf("GET / HTTP/1.0\r\n\r\n").keepAlive());
    QVERIFY(headOf("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").keepAlive());
    QCOMPARE(
        headOf("GET /ws HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\n\r\n")
            .upgradeProtocol(),
        QByteArray("websocket"));
    QVERIFY(headOf("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n").upgradeProtocol().isEmpty());
}

void TestHttpRequestParser::floodsStayBounded_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("repeat");
    QTest::addColumn<int>("status");
    QTest::newRow("endless-request-line") << QByteArray("GET /") << QByteArray("aaaaaaaa") << 414;
    QTest::newRow("endless-headers")
        << QByteArray("GET / HTTP/1.1\r\n") << QByteArray("X-Flood: yes\r\n") << 431;
    QTest::newRow("endless-header-value")
        << QByteArray("GET / HTTP/1.1\r\nX: ") << QByteArray("vvvvvvvv") << 431;
    QTest::newRow("endless-chunk-line")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;")
        << QByteArray("e=xxxxxx") << 400;
    QTest::newRow("endless-chunks")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << QByteArray("8\r\n01234567\r\n") << 413;
    QTest::newRow("endless-trailer")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n")
        << QByteArray("T: 1\r\n") << 431;
    QTest::newRow("lying-length") // says 10 bytes, sends 100 MiB: the rest is the next request's
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n") << QByteArray("zzzzzzzz")
        << 414;
}

void TestHttpRequestParser::floodsStayBounded()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, repeat);
    QFETCH(int, status);
    const HttpRequestLimits limits;
    const qsizetype bound =
        limits.maxHeaderBytes + limits.maxBodyBytes + limits.maxChunkLine + 4096;
    HttpRequestParser p(limits);
    QByteArray piece;
    while (piece.size() < 4096)
        piece += repeat;
    bool ok = p.feed(start);
    qsizetype sent = start.size();
    qsizetype most = 0;
    // Up to 100 MiB in 4 KiB reads, as a socket would hand them over.
    while (ok && sent < 100 * 1024 * 1024) {
        ok = p.feed(piece);
        sent += piece.size();
        most = qMax(most, p.bufferedBytes());
        if (p.done()) {
            // A complete request: the server answers it and goes on with
            // what followed, which is not HTTP.
            p.next();
        }
    }
    QVERIFY2(!ok, qPrintable(QStringLiteral("accepted %1 bytes").arg(sent)));
    QCOMPARE(p.errorStatus(), status);
    QVERIFY2(most <= bound, qPrintable(QStringLiteral("held %1 bytes").arg(most)));
    QCOMPARE(p.bufferedBytes(), 0);
}

void TestHttpRequestParser::slowClientGetsNoFurther()
{
    // Slowloris sends a byte now and then and never ends its head. The
    // parser only waits (the server's header timeout ends it); what it holds
    // is what was sent.
    HttpRequestParser p;
    const QByteArray wire("GET / HTTP/1.1\r\nX-a: b\r\nX-c: d\r\n");
    for (char c : wire)
        QVERIFY(p.feed(QByteArrayView(&c, 1)));
    QCOMPARE(p.state(), HttpRequestParser::State::Head);
    QCOMPARE(p.bufferedBytes(), wire.size());
}

void TestHttpRequestParser::mutatedRequestsNeverCrash()
{
    const QList<QByteArray> seeds = {
        "GET /v1/instances?all=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "POST /a HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello",
        "PUT /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nT: 1\r\n\r\n",
    };
    QRandomGenerator rng(20261206);
    int done = 0;
    int failed = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray wire = seeds.at(round % seeds.size());
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !wire.isEmpty(); ++e) {
            const qsizetype at = rng.bounded(int(wire.size()));
            switch (rng.bounded(4)) {
            case 0:
                wire[at] = char(rng.bounded(256));
                break;
            case 1:
                wire.remove(at, 1 + rng.bounded(4));
                break;
            case 2:
                wire.insert(at, QByteArray(1 + int(rng.bounded(8)), char(rng.bounded(256))));
                break;
            default:
                wire.insert(at, "\r\n");
                break;
            }
        }
        HttpRequestParser p;
        qsizetype at = 0;
        bool ok = true;
        while (ok && at < wire.size()) {
            const qsizetype n = 1 + rng.bounded(16);
            ok = p.feed(QByteArrayView(wire).sliced(at, qMin(n, wire.size() - at)));
            at += n;
        }
        if (p.failed()) {
            ++failed;
            QVERIFY(p.errorStatus() >= 400 && p.errorStatus() < 600);
        } else if (p.done()) {
            ++done;
            QVERIFY(p.body().size() <= wire.size());
        }
    }
    QVERIFY(done > 0 && failed > 0);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
