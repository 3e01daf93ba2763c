// The Functions page's Logs tab: the latest invocations, a CloudWatch-style
// filter, failures only, and a live tail that adds what another process
// stores. A private store; the invocations are written to it directly, as
// an owner in another process would.
#include "controlplane/controlplane.h"
#include "functions/functionlogspane.h"
#include "functions/functionservice.h"
#include "functions/invocationlog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestFunctionLogsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filtersAndTails();

private:
    void store(const QString &said, bool failed = false);

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    int m_next = 1;
};

void TestFunctionLogsPane::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_plane = std::make_unique<ControlPlane>();
    const VoidResult opened = m_plane->openStore();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestFunctionLogsPane::store(const QString &said, bool failed)
{
    functions::InvocationRecord r;
    r.function = QStringLiteral("orders");
    r.requestId = QStringLiteral("req-%1").arg(m_next++);
    r.startedMs = 1'800'000'000'000 + m_next;
    r.errorType = failed ? QStringLiteral("Unhandled") : QString();
    r.log = QStringLiteral("START RequestId: %1 Version: $LATEST\n%2\nEND RequestId: %1\n")
                .arg(r.requestId, said);
    QVERIFY(m_plane->functions()->invocationLog().append(r).ok());
}

void TestFunctionLogsPane::filtersAndTails()
{
    store(QStringLiteral("order 1 paid"));
    store(QStringLiteral("order 2 failed: card declined"), true);
    store(QStringLiteral("order 3 paid"));
    FunctionLogsPane pane(m_plane->functions());
    pane.show();
    pane.setFunction(QStringLiteral("orders"));
    QPlainTextEdit *view = pane.view();
    QCOMPARE(view->toPlainText().count(QLatin1String("START RequestId:")), 3);
    QVERIFY(view->toPlainText().indexOf(QLatin1String("req-1")) <
            view->toPlainText().indexOf(QLatin1String("req-3"))); // oldest first

    QTest::keyClicks(pane.filterEdit(), QStringLiteral("paid -\"order 3\""));
    QTRY_COMPARE(view->toPlainText().count(QLatin1String("START RequestId:")), 1);
    QVERIFY(view->toPlainText().contains(QLatin1String("order 1 paid")));
    QVERIFY(pane.countLabel()->text().contains(QLatin1String("1")));
    pane.filterEdit()->clear();
    pane.errorsBox()->setChecked(true);
    QTRY_COMPARE(view->toPlainText().count(QLatin1String("START RequestId:")), 1);
    QVERIFY(view->toPlainText().contains(QLatin1String("card declined")));
    pane.filterEdit()->setText(QStringLiteral("nothing-says-this"));
    QTRY_VERIFY(view->toPlainText().isEmpty());
    QCOMPARE(view->placeholderText(), FunctionLogsPane::tr("No invocation matches."));

    // Live: what another process stores comes in, filtered the same way.
    pane.filterEdit()->clear();
    pane.errorsBox()->setChecked(false);
    QTRY_COMPARE(view->toPlainText().count(QLatin1String("START RequestId:")), 3);
    pane.filterEdit()->setText(QStringLiteral("paid"));
    QTRY_COMPARE(view->toPlainText().count(QLatin1String("START RequestId:")), 2);
    pane.liveBox()->setChecked(true);
    store(QStringLiteral("order 4 failed: stock"), true);
    store(QStringLiteral("order 5 paid"));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QLatin1String("order 5 paid")), 5000);
    QVERIFY(!view->toPlainText().contains(QLatin1String("order 4")));
    QCOMPARE(view->toPlainText().count(QLatin1String("START RequestId:")), 3);
    // Shown once, however often it looks again.
    pane.refresh();
    pane.refresh();
    QCOMPARE(view->toPlainText().count(QLatin1String("order 5 paid")), 1);
}

QTEST_MAIN(TestFunctionLogsPane)
#include "tst_functionlogspane.moc"
