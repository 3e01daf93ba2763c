#include "engine/streamdecoders.h"

#include <QTest>
#include <QtEndian>

using namespace sloop::engine;

namespace {

QByteArray frame(int kind, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(kind);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

} // namespace

class TestStreamDecoders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiplexWhole();
    void multiplexEverySplit();
    void multiplexCutMidFrame();
    void multiplexGarbage_data();
    void multiplexGarbage();
    void lines();
    void longLineIsCut();
    void logLineTimestamps_data();
    void logLineTimestamps();
};

void TestStreamDecoders::multiplexWhole()
{
    MultiplexDecoder d;
    QList<StreamFrame> frames;
    QVERIFY(d.feed(QByteArray(frame(1, "out\n") + frame(2, "err\n") + frame(1, QByteArray())), &frames));
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[0].kind, StreamKind::Stdout);
    QCOMPARE(frames[0].data, QByteArray("out\n"));
    QCOMPARE(frames[1].kind, StreamKind::Stderr);
    QCOMPARE(frames[1].data, QByteArray("err\n"));
    QVERIFY(!d.hasPartialFrame());
}

void TestStreamDecoders::multiplexEverySplit()
{
    const QByteArray wire = QByteArray(frame(1, "hello\n") + frame(2, QByteArray(300, 'x')) + frame(1, "bye"));
    for (int split = 0; split <= wire.size(); ++split) {
        MultiplexDecoder d;
        QList<StreamFrame> frames;
        QVERIFY(d.feed(QByteArrayView(wire).first(split), &frames));
        QVERIFY(d.feed(QByteArrayView(wire).sliced(split), &frames));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[1].data.size(), 300);
        QCOMPARE(frames[2].data, QByteArray("bye"));
    }
}

void TestStreamDecoders::multiplexCutMidFrame()
{
    MultiplexDecoder d;
    QList<StreamFrame> frames;
    const QByteArray whole = QByteArray(frame(1, "complete") + frame(2, "partial payload"));
    QVERIFY(d.feed(whole.left(whole.size() - 4), &frames));
    QCOMPARE(frames.size(), 1);
    QVERIFY(d.hasPartialFrame()); // the reader can tell the stream was cut
}

void TestStreamDecoders::multiplexGarbage_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain-text") << QByteArray("this is a tty stream, not multiplexed\n");
    QTest::newRow("bad-kind") << QByteArray("\x09\0\0\0\0\0\0\x01x", 9);
    QByteArray huge(8, '\0');
    huge[0] = 1;
    qToBigEndian<quint32>(0xffffffffu, huge.data() + 4);
    QTest::newRow("huge-frame") << huge;
}

void TestStreamDecoders::multiplexGarbage()
{
    QFETCH(QByteArray, wire);
    MultiplexDecoder d;
    QList<StreamFrame> frames;
    QVERIFY(!d.feed(wire, &frames));
    QVERIFY(!d.error().isEmpty());
}

void TestStreamDecoders::lines()
{
    LineSplitter s;
    QList<QByteArray> lines;
    s.feed("one\r\ntw", &lines);
    s.feed("o\n\nthree", &lines);
    QCOMPARE(lines, (QList<QByteArray>{"one", "two", ""}));
    s.flush(&lines);
    QCOMPARE(lines.last(), QByteArray("three"));
}

void TestStreamDecoders::longLineIsCut()
{
    LineSplitter s(100);
    QList<QByteArray> lines;
    s.feed(QByteArray(250, 'a'), &lines);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].size(), 100);
}

void TestStreamDecoders::logLineTimestamps_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<QString>("text");
    QTest::newRow("nanoseconds") << QByteArray("2026-11-27T18:00:01.123456789Z hello world") << true
                                 << QStringLiteral("hello world");
    QTest::newRow("seconds") << QByteArray("2026-11-27T18:00:01Z x") << true << QStringLiteral("x");
    QTest::newRow("no-time") << QByteArray("just text") << false << QStringLiteral("just text");
    QTest::newRow("utf8") << QByteArray("2026-11-27T18:00:01Z gr\xc3\xbc\xc3\x9f") << true
                          << QStringLiteral("grüß");
}

void TestStreamDecoders::logLineTimestamps()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, hasTime);
    QFETCH(QString, text);
    const LogLine l = parseLogLine(StreamKind::Stdout, line, true);
    QCOMPARE(l.timestamp.isValid(), hasTime);
    QCOMPARE(l.text, text);
    if (hasTime)
        QCOMPARE(l.timestamp.date(), QDate(2026, 11, 27));
}

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
