#include "http/httpresponseparser.h"

#include <QTest>

using sloop::http::HttpResponseParser;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeResponses_data();
    void wholeResponses();
    void everySplitPoint();
    void malformed_data();
    void malformed();
    void truncated();
    void untilClose();
    void upgrade();
    void hugeHeadRefused();
};

void TestHttpResponseParser::wholeResponses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
                            << 200 << QByteArray("hello");
    QTest::newRow("chunked")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
                      "6;ext=1\r\n world\r\n0\r\n\r\n")
        << 200 << QByteArray("hello world");
    QTest::newRow("chunked-trailer")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n"
                      "X-Trailer: 1\r\n\r\n")
        << 200 << QByteArray("ok");
    QTest::newRow("no-content") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204
                                << QByteArray();
    QTest::newRow("not-modified") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << 304
                                  << QByteArray();
    QTest::newRow("error")
        << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Type: application/json"
                      "\r\nContent-Length: 29\r\n\r\n{\"message\":\"No such thing\"}\n\n")
        << 404 << QByteArray("{\"message\":\"No such thing\"}\n\n");
    QTest::newRow("empty-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                  << 200 << QByteArray();
}

void TestHttpResponseParser::wholeResponses()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HttpResponseParser p;
    QByteArray out;
    QVERIFY2(p.feed(wire, &out), qPrintable(p.error()));
    QVERIFY(p.done());
    QCOMPARE(p.head().status, status);
    QCOMPARE(out, body);
}

void TestHttpResponseParser::everySplitPoint()
{
    // A unix socket read can end anywhere: in the status line, a chunk size,
    // between \r and \n. Every split must give the same result.
    const QByteArray wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nApi-Version: 1.41\r\n"
                          "\r\n4\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\n\r\n");
    for (int split = 0; split <= wire.size(); ++split) {
        for (int split2 = split; split2 <= wire.size(); split2 += 7) {
            HttpResponseParser p;
            QByteArray out;
            QVERIFY(p.feed(QByteArrayView(wire).first(split), &out));
            QVERIFY(p.feed(QByteArrayView(wire).sliced(split, split2 - split), &out));
            QVERIFY(p.feed(QByteArrayView(wire).sliced(split2), &out));
            QVERIFY2(p.done(), qPrintable(QStringLiteral("split at %1/%2").arg(split).arg(split2)));
            QCOMPARE(out, QByteArray("Wikipedia in\r\n\r\nchunks."));
            QCOMPARE(p.head().header("api-version"), QByteArray("1.41"));
        }
    }
    // One byte at a time.
    HttpResponseParser p;
    QByteArray out;
    for (char c : wire)
        QVERIFY(p.feed(QByteArrayView(&c, 1), &out));
    QVERIFY(p.done());
    QCOMPARE(out, QByteArray("Wikipedia in\r\n\r\nchunks."));
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("not-http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    QTest::newRow("bad-status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
    QTest::newRow("status-range") << QByteArray("HTTP/1.1 999 What\r\n\r\n");
    QTest::newRow("bad-header") << QByteArray("HTTP/1.1 200 OK\r\nNoColonHere\r\n\r\n");
    QTest::newRow("bad-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n");
    QTest::newRow("bad-chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                             "zz\r\nxx\r\n");
    QTest::newRow("chunk-no-crlf")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokXX0\r\n\r\n");
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, wire);
    HttpResponseParser p;
    QByteArray out;
    QVERIFY(!p.feed(wire, &out));
    QVERIFY(p.failed());
    QVERIFY(!p.error().isEmpty());
    // It stays failed; more bytes do not revive it.
    QVERIFY(!p.feed("HTTP/1.1 200 OK\r\n\r\n", &out));
}

void TestHttpResponseParser::truncated()
{
    HttpResponseParser p;
    QByteArray out;
    QVERIFY(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf", &out));
    QVERIFY(!p.done());
    QVERIFY(!p.finishAtEof());
    QVERIFY(p.error().contains(QLatin1String("cut off")));

    HttpResponseParser chunked;
    QVERIFY(chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc", &out));
    QVERIFY(!chunked.finishAtEof());

    HttpResponseParser nothing;
    QVERIFY(!nothing.finishAtEof());
    QVERIFY(nothing.error().contains(QLatin1String("before it answered")));
}

void TestHttpResponseParser::untilClose()
{
    HttpResponseParser p;
    QByteArray out;
    QVERIFY(p.feed("HTTP/1.0 200 OK\r\n\r\nstream", &out));
    QVERIFY(p.feed(" more", &out));
    QVERIFY(!p.done());
    QVERIFY(p.finishAtEof());
    QCOMPARE(out, QByteArray("stream more"));
}

void TestHttpResponseParser::upgrade()
{
    HttpResponseParser p;
    QByteArray out;
    QVERIFY(p.feed("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n$ ", &out));
    QVERIFY(p.upgraded());
    QCOMPARE(out, QByteArray("$ "));
    QVERIFY(p.feed("ls\r\n", &out));
    QCOMPARE(out, QByteArray("$ ls\r\n"));
}

void TestHttpResponseParser::hugeHeadRefused()
{
    HttpResponseParser p;
    QByteArray out;
    QByteArray wire("HTTP/1.1 200 OK\r\nX-Big: ");
    wire += QByteArray(HttpResponseParser::kMaxHeadSize + 10, 'a');
    QVERIFY(!p.feed(wire, &out));
    QVERIFY(p.error().contains(QLatin1String("too large")));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
