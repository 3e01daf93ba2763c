// The terminal widget on a real `docker exec` TTY (offscreen platform, the
// test dockerd): typed keys reach busybox sh, its coloured output lands in
// the right cells, resizes reach the TTY, selections copy, closing a tab
// ends the exec.
#include "engine/dockerclient.h"
#include "engine/dockertypes.h"
#include "terminal/dockerexecbackend.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminaltabs.h"
#include "terminal/terminalwidget.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;
using terminal::DockerExecBackend;

class TestTerminalWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void colouredOutputLandsInTheRightCells();
    void resizeReachesTheTty();
    void copyAndPaste();
    void tabStaysInTheTerminal();
    void shellExitSaysSessionEnded();
    void closingTheTabEndsTheExec();

private:
    TerminalWidget *openShell();
    int rowOf(const QString &text) const;
    void type(const QString &line);
    bool execRunning(const QString &execId);

    engine::DockerClient *m_client = nullptr;
    QString m_container;
    std::unique_ptr<TerminalTabs> m_tabs;
};

void TestTerminalWidget::initTestCase()
{
    auto engine = test::connectTestEngine(this);
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    m_client = *engine;
    engine::ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("terminal"));
    spec.command = {QStringLiteral("sleep"), QStringLiteral("300")};
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_container = *id;
    const auto started = test::await(m_client->startContainer(m_container));
    QVERIFY2(started.ok(), qPrintable(started.error()));

    m_tabs = std::make_unique<TerminalTabs>();
    m_tabs->resize(900, 500);
    m_tabs->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
}

void TestTerminalWidget::cleanupTestCase()
{
    m_tabs.reset();
    if (m_client && !m_container.isEmpty())
        test::await(m_client->removeContainer(m_container, true));
}

TerminalWidget *TestTerminalWidget::openShell()
{
    auto *backend = new DockerExecBackend(m_client, m_container, QStringLiteral("busybox"));
    QSignalSpy opened(backend, &DockerExecBackend::opened);
    TerminalWidget *t = m_tabs->openTerminal(backend);
    if (!opened.wait(10000))
        return nullptr;
    // busybox sh shows its prompt ("/ # ") once it reads the TTY.
    const bool prompt = QTest::qWaitFor(
        [t] {
            for (int row = 0; row < t->screen()->rows(); ++row) {
                if (t->screen()->lineText(row).endsWith(QLatin1Char('#')))
                    return true;
            }
            return false;
        },
        10000);
    return prompt ? t : nullptr;
}

int TestTerminalWidget::rowOf(const QString &text) const
{
    const TerminalScreen *s = m_tabs->currentTerminal()->screen();
    for (int row = 0; row < s->rows(); ++row) {
        if (s->lineText(row) == text)
            return row;
    }
    return -1;
}

void TestTerminalWidget::type(const QString &line)
{
    TerminalWidget *t = m_tabs->currentTerminal();
    QTest::keyClicks(t, line);
    QTest::keyClick(t, Qt::Key_Return);
}

bool TestTerminalWidget::execRunning(const QString &execId)
{
    http::HttpRequest r;
    r.path = "/exec/" + execId.toUtf8() + "/json";
    const auto answer = test::await(m_client->send(r));
    if (!answer.ok())
        return false;
    return QJsonDocument::fromJson(answer->body).object().value(QLatin1String("Running")).toBool();
}

void TestTerminalWidget::colouredOutputLandsInTheRightCells()
{
    TerminalWidget *t = openShell();
    QVERIFY(t);
    QCOMPARE(m_tabs->tabWidget()->tabText(0), QStringLiteral("busybox"));
    type(QStringLiteral("printf '\\033[31mRED\\033[0m-ok\\n'"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("RED-ok")) >= 0, 10000);
    const int row = rowOf(QStringLiteral("RED-ok"));
    const TerminalScreen *s = t->screen();
    for (int col = 0; col < 3; ++col) {
        const TerminalCell c = s->cell(row, col);
        QCOMPARE(c.text, QString(QStringLiteral("RED").at(col)));
        QVERIFY(!c.defaultForeground);
        QCOMPARE(c.foreground, s->paletteColor(1));
    }
    for (int col = 3; col < 6; ++col) {
        const TerminalCell c = s->cell(row, col);
        QCOMPARE(c.text, QString(QStringLiteral("-ok").at(col - 3)));
        QVERIFY(c.defaultForeground);
        QCOMPARE(c.foreground, t->palette().color(QPalette::Text));
    }
    // The command line itself was echoed above the output, in default colours.
    QVERIFY(s->lineText(row - 1).contains(QStringLiteral("printf")));
}

void TestTerminalWidget::resizeReachesTheTty()
{
    TerminalWidget *t = m_tabs->currentTerminal();
    QVERIFY(t && t->isSessionOpen());
    QCOMPARE(t->screen()->columns(), t->viewport()->width() / t->cellSize().width());
    for (const QSize size : {QSize(640, 320), QSize(980, 560)}) {
        m_tabs->resize(size);
        QTRY_COMPARE_WITH_TIMEOUT(t->screen()->columns(),
                                  t->viewport()->width() / t->cellSize().width(), 5000);
        QCOMPARE(t->screen()->rows(), t->viewport()->height() / t->cellSize().height());
        const QString expected =
            QStringLiteral("%1 %2").arg(t->screen()->rows()).arg(t->screen()->columns());
        // The resize travels to the engine asynchronously: ask until it shows.
        bool seen = false;
        for (int attempt = 0; attempt < 20 && !seen; ++attempt) {
            type(QStringLiteral("clear; stty size"));
            seen = QTest::qWaitFor([&] { return rowOf(expected) >= 0; }, 1000);
        }
        QVERIFY2(seen, qPrintable(QStringLiteral("stty size never said %1").arg(expected)));
    }
}

void TestTerminalWidget::copyAndPaste()
{
    TerminalWidget *t = m_tabs->currentTerminal();
    type(QStringLiteral("clear; echo copy-me-$((20+22))"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("copy-me-42")) >= 0, 10000);
    const int row = rowOf(QStringLiteral("copy-me-42"));
    t->setSelection(QPoint(0, row), QPoint(9, row));
    QCOMPARE(t->selectedText(), QStringLiteral("copy-me-42"));
    // Selecting with the mouse picks the same cells.
    const QSize cell = t->cellSize();
    const QPoint from(cell.width() / 2, row * cell.height() + cell.height() / 2);
    const QPoint to(9 * cell.width() + cell.width() / 2, from.y());
    QTest::mousePress(t->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, t->viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(t->viewport(), &move);
    QTest::mouseRelease(t->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(t->selectedText(), QStringLiteral("copy-me-42"));
    QApplication::clipboard()->clear();
    QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("copy-me-42"));

    QApplication::clipboard()->setText(QStringLiteral("echo pasted-$((1+1))\n"));
    QTest::keyClick(t, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("pasted-2")) >= 0, 10000);
}

void TestTerminalWidget::tabStaysInTheTerminal()
{
    TerminalWidget *t = m_tabs->currentTerminal();
    m_tabs->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tabs.get()));
    t->setFocus();
    QTRY_VERIFY(t->hasFocus());
    type(QStringLiteral("clear"));
    // Tab completes in the shell instead of moving the focus away.
    QTest::keyClicks(t, QStringLiteral("ech"));
    QTest::keyClick(t, Qt::Key_Tab);
    QVERIFY(t->hasFocus());
    QTest::keyClicks(t, QStringLiteral("tab-ok"));
    QTest::keyClick(t, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("tab-ok")) >= 0, 10000);
}

void TestTerminalWidget::shellExitSaysSessionEnded()
{
    TerminalWidget *t = openShell();
    QVERIFY(t);
    QCOMPARE(m_tabs->count(), 2);
    QSignalSpy closed(t, &TerminalWidget::sessionClosed);
    type(QStringLiteral("exit"));
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.first().first().toString(), QString());
    QVERIFY(!t->isSessionOpen());
    QTRY_VERIFY(rowOf(QStringLiteral(" Session ended.")) >= 0);
    QVERIFY(m_tabs->tabWidget()->tabText(1).contains(QStringLiteral("ended")));
    m_tabs->closeTab(1);
    QCOMPARE(m_tabs->count(), 1);
}

void TestTerminalWidget::closingTheTabEndsTheExec()
{
    QCOMPARE(m_tabs->count(), 1);
    auto *backend = qobject_cast<DockerExecBackend *>(m_tabs->currentTerminal()->backend());
    QVERIFY(backend);
    const QString execId = backend->execId();
    QVERIFY(execRunning(execId));
    QSignalSpy count(m_tabs.get(), &TerminalTabs::countChanged);
    m_tabs->closeTab(0);
    QCOMPARE(count.size(), 1);
    QCOMPARE(m_tabs->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!execRunning(execId), 10000);
}

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"
