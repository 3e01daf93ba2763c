// The libvterm screen without a widget: what a program writes lands in the
// right cells with the right colours and attributes; scrollback, resize,
// titles and the answers a terminal owes to queries.
#include "terminal/terminalscreen.h"

#include <QSignalSpy>
#include <QTest>

using namespace sloop::widgets;

class TestTerminalScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainTextAndDefaultColours();
    void sgrColours_data();
    void sgrColours();
    void reverseVideo();
    void cursorPosition();
    void wrapsAtTheLastColumn();
    void scrollbackCollectsLines();
    void resizeKeepsContent();
    void titleFromOsc();
    void wideCharacters();
    void deviceAttributesAreAnswered();
    void alternateScreen();
    void keysAreEncoded();
    void damageIsCoalesced();
};

void TestTerminalScreen::plainTextAndDefaultColours()
{
    TerminalScreen s(24, 80);
    s.setDefaultColors(Qt::black, Qt::white);
    s.feed("hello");
    QCOMPARE(s.lineText(0), QStringLiteral("hello"));
    const TerminalCell c = s.cell(0, 1);
    QCOMPARE(c.text, QStringLiteral("e"));
    QVERIFY(c.defaultForeground);
    QVERIFY(c.defaultBackground);
    QCOMPARE(c.foreground, QColor(Qt::black));
    QCOMPARE(c.background, QColor(Qt::white));
    QCOMPARE(s.cursor(), QPoint(5, 0));
    QVERIFY(s.cursorVisible());
}

void TestTerminalScreen::sgrColours_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QColor>("foreground"); // invalid: palette entry `index`
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("bold");
    QTest::newRow("31 red") << QByteArray("\x1b[31mX") << QColor() << 1 << false;
    QTest::newRow("1;32 bold green") << QByteArray("\x1b[1;32mX") << QColor() << 2 << true;
    QTest::newRow("94 bright blue") << QByteArray("\x1b[94mX") << QColor() << 12 << false;
    QTest::newRow("38;5;196") << QByteArray("\x1b[38;5;196mX") << QColor(255, 0, 0) << 196 << false;
    QTest::newRow("38;2 truecolour")
        << QByteArray("\x1b[38;2;10;20;30mX") << QColor(10, 20, 30) << -1 << false;
}

void TestTerminalScreen::sgrColours()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QColor, foreground);
    QFETCH(int, index);
    QFETCH(bool, bold);
    TerminalScreen s;
    s.feed(bytes + "\x1b[0mY");
    const TerminalCell c = s.cell(0, 0);
    QCOMPARE(c.text, QStringLiteral("X"));
    QVERIFY(!c.defaultForeground);
    QCOMPARE(c.bold, bold);
    QCOMPARE(c.foreground, foreground.isValid() ? foreground : s.paletteColor(index));
    if (index >= 0)
        QCOMPARE(c.foreground, s.paletteColor(index));
    QVERIFY(c.foreground != s.defaultForeground());
    // SGR 0 returns to the defaults.
    const TerminalCell after = s.cell(0, 1);
    QVERIFY(after.defaultForeground);
    QVERIFY(!after.bold);
    QCOMPARE(after.foreground, s.defaultForeground());
}

void TestTerminalScreen::reverseVideo()
{
    TerminalScreen s;
    s.feed("\x1b[7mR\x1b[27m\x1b[3;4mI\x1b[0m\x1b[41mB");
    QVERIFY(s.cell(0, 0).reverse);
    QVERIFY(!s.cell(0, 1).reverse);
    QVERIFY(s.cell(0, 1).italic);
    QVERIFY(s.cell(0, 1).underline);
    QVERIFY(!s.cell(0, 2).defaultBackground);
    QCOMPARE(s.cell(0, 2).background, s.paletteColor(1));
}

void TestTerminalScreen::cursorPosition()
{
    TerminalScreen s;
    s.feed("\x1b[5;10HZ"); // CUP is 1-based
    QCOMPARE(s.cell(4, 9).text, QStringLiteral("Z"));
    QCOMPARE(s.cursor(), QPoint(10, 4));
    s.feed("\x1b[?25l");
    QVERIFY(!s.cursorVisible());
    s.feed("\x1b[?25h");
    QVERIFY(s.cursorVisible());
}

void TestTerminalScreen::wrapsAtTheLastColumn()
{
    TerminalScreen s(5, 10);
    s.feed("0123456789AB");
    QCOMPARE(s.lineText(0), QStringLiteral("0123456789"));
    QCOMPARE(s.lineText(1), QStringLiteral("AB"));
    QCOMPARE(s.cursor(), QPoint(2, 1));
}

void TestTerminalScreen::scrollbackCollectsLines()
{
    TerminalScreen s(24, 80);
    QSignalSpy changed(&s, &TerminalScreen::scrollbackChanged);
    QByteArray out;
    for (int i = 1; i <= 100; ++i)
        out += "line " + QByteArray::number(i) + "\r\n";
    s.feed(out);
    // 100 lines and the empty line the cursor sits on: 101 rows in 24.
    QCOMPARE(s.scrollbackCount(), 101 - 24);
    QCOMPARE(s.lineText(-1), QStringLiteral("line 77"));
    QCOMPARE(s.lineText(-77), QStringLiteral("line 1"));
    QCOMPARE(s.lineText(0), QStringLiteral("line 78"));
    QCOMPARE(changed.size(), 1); // one feed, one signal
    s.setScrollbackLimit(10);
    QCOMPARE(s.scrollbackCount(), 10);
    QCOMPARE(s.lineText(-10), QStringLiteral("line 68"));
}

void TestTerminalScreen::resizeKeepsContent()
{
    TerminalScreen s(10, 40);
    for (int i = 1; i <= 15; ++i)
        s.feed("row " + QByteArray::number(i) + "\r\n");
    QCOMPARE(s.scrollbackCount(), 6);
    QCOMPARE(s.lineText(0), QStringLiteral("row 7"));
    // Growing pulls lines back from the scrollback (sb_popline).
    s.resize(14, 60);
    QCOMPARE(s.rows(), 14);
    QCOMPARE(s.columns(), 60);
    QCOMPARE(s.scrollbackCount(), 2);
    QCOMPARE(s.lineText(0), QStringLiteral("row 3"));
    QCOMPARE(s.lineText(12), QStringLiteral("row 15"));
    // Narrowing keeps the start of each line.
    s.resize(14, 4);
    QCOMPARE(s.lineText(12), QStringLiteral("row"));
    s.resize(14, 60);
    QVERIFY(s.lineText(12).startsWith(QStringLiteral("row")));
}

void TestTerminalScreen::titleFromOsc()
{
    TerminalScreen s;
    QSignalSpy title(&s, &TerminalScreen::titleChanged);
    s.feed("\x1b]0;root@box: /srv\x07");
    QCOMPARE(s.title(), QStringLiteral("root@box: /srv"));
    QCOMPARE(title.size(), 1);
    s.feed("\x1b]2;second\x1b\\");
    QCOMPARE(s.title(), QStringLiteral("second"));
}

void TestTerminalScreen::wideCharacters()
{
    TerminalScreen s;
    s.feed(QStringLiteral("a漢b é").toUtf8());
    QCOMPARE(s.cell(0, 1).text, QStringLiteral("漢"));
    QCOMPARE(s.cell(0, 1).width, 2);
    QCOMPARE(s.cell(0, 2).width, 0);
    QCOMPARE(s.cell(0, 3).text, QStringLiteral("b"));
    QCOMPARE(s.cursor(), QPoint(6, 0));
    QCOMPARE(s.lineText(0), QStringLiteral("a漢b é"));
    // A combining mark joins the character before it.
    s.feed("\r\ne\xcc\x81");
    QCOMPARE(s.cell(1, 0).text, QStringLiteral("e\u0301"));
}

void TestTerminalScreen::deviceAttributesAreAnswered()
{
    TerminalScreen s;
    QByteArray answer;
    connect(&s, &TerminalScreen::output, this, [&answer](const QByteArray &b) { answer += b; });
    s.feed("\x1b[c"); // DA1: what are you?
    QVERIFY2(answer.startsWith("\x1b[?"), answer.toHex().constData());
    QVERIFY(answer.endsWith('c'));
    answer.clear();
    s.feed("\x1b[3;7H\x1b[6n"); // DSR: where is the cursor?
    QCOMPARE(answer, QByteArray("\x1b[3;7R"));
}

void TestTerminalScreen::alternateScreen()
{
    TerminalScreen s(5, 20);
    s.feed("shell prompt");
    s.feed("\x1b[?1049h\x1b[2J\x1b[Hfull screen app");
    QVERIFY(s.altScreen());
    QCOMPARE(s.lineText(0), QStringLiteral("full screen app"));
    s.feed("\x1b[?1049l");
    QVERIFY(!s.altScreen());
    QCOMPARE(s.lineText(0), QStringLiteral("shell prompt"));
}

void TestTerminalScreen::keysAreEncoded()
{
    TerminalScreen s;
    QByteArray sent;
    connect(&s, &TerminalScreen::output, this, [&sent](const QByteArray &b) { sent += b; });
    auto key = [&](int k, Qt::KeyboardModifiers m, const QString &text = {}) {
        sent.clear();
        s.sendKey(k, m, text);
        return sent;
    };
    QCOMPARE(key(Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), QByteArray("a"));
    QCOMPARE(key(Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A")), QByteArray("A"));
    QCOMPARE(key(Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03")), QByteArray("\x03"));
    QCOMPARE(key(Qt::Key_B, Qt::AltModifier, QStringLiteral("b")), QByteArray("\x1b"
                                                                              "b"));
    QCOMPARE(key(Qt::Key_Return, Qt::NoModifier), QByteArray("\r"));
    QCOMPARE(key(Qt::Key_Up, Qt::NoModifier), QByteArray("\x1b[A"));
    QCOMPARE(key(Qt::Key_Right, Qt::ControlModifier), QByteArray("\x1b[1;5C"));
    QCOMPARE(key(Qt::Key_Home, Qt::NoModifier), QByteArray("\x1b[H"));
    QCOMPARE(key(Qt::Key_PageDown, Qt::NoModifier), QByteArray("\x1b[6~"));
    QCOMPARE(key(Qt::Key_F1, Qt::NoModifier), QByteArray("\x1bOP"));
    QCOMPARE(key(Qt::Key_F5, Qt::NoModifier), QByteArray("\x1b[15~"));
    QCOMPARE(key(Qt::Key_Backspace, Qt::NoModifier), QByteArray("\x7f"));
    QCOMPARE(key(Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t")), QByteArray("\t"));
    QCOMPARE(key(Qt::Key_Backtab, Qt::ShiftModifier), QByteArray("\x1b[Z"));
    QVERIFY(!s.sendKey(Qt::Key_Shift, Qt::ShiftModifier, {}));
    // Application cursor keys (DECCKM), as vi and less ask for them.
    s.feed("\x1b[?1h");
    QCOMPARE(key(Qt::Key_Up, Qt::NoModifier), QByteArray("\x1bOA"));
    // Bracketed paste when the program asked for it.
    s.feed("\x1b[?2004h");
    sent.clear();
    s.paste(QStringLiteral("a\nb"));
    QCOMPARE(sent, QByteArray("\x1b[200~a\rb\x1b[201~"));
}

void TestTerminalScreen::damageIsCoalesced()
{
    TerminalScreen s(24, 80);
    QSignalSpy damaged(&s, &TerminalScreen::damaged);
    s.feed("\x1b[3;1Habc");
    QCOMPARE(damaged.size(), 1);
    const QRect r = damaged.first().first().toRect();
    QVERIFY(r.contains(QPoint(0, 2)));
    QVERIFY(r.contains(QPoint(2, 2)));
    QVERIFY2(!r.contains(QPoint(0, 10)), "only the touched rows are repainted");
    damaged.clear();
    QByteArray many;
    for (int i = 0; i < 200; ++i)
        many += "scrolling line\r\n";
    s.feed(many);
    QCOMPARE(damaged.size(), 1);
}

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
