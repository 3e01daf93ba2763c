// The Functions page over a control plane with a private store and the real
// dockerd: the empty state's templates, Create (a template's function is
// built and selected, its test event ready), Invoke on the Test tab (the
// result, the log, the REPORT figures, the list's counts), a folder that
// does not exist (the dialog keeps it and says why), the Logs tab, Delete.
#include "awsapi/awsendpoint.h"
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "controlplane/controlplane.h"
#include "functions/createfunctiondialog.h"
#include "functions/functionlistmodel.h"
#include "functions/functionlogspane.h"
#include "functions/functionservice.h"
#include "functions/functionspage.h"
#include "functions/functiontestpane.h"
#include "testsupport.h"
#include "zipfiles.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sloop;
using namespace sloop::widgets;

class TestFunctionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateOffersTemplates();
    void saysWhereTheEndpointIs();
    void createFromTemplateAndInvoke();
    void missingFolderStaysInTheDialog();
    void deleteReturnsToTheEmptyState();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<FunctionsPage> m_page;
    QString m_name;
};

void TestFunctionsPage::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    auto engine = test::connectTestEngine(this); // fails, never skips, without dockerd
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    m_plane = std::make_unique<ControlPlane>();
    const VoidResult opened = m_plane->openStore();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_page = std::make_unique<FunctionsPage>(m_plane.get());
    m_page->resize(1000, 700);
    m_page->show();
    m_name = test::uniqueName(QStringLiteral("page"));
}

void TestFunctionsPage::cleanupTestCase()
{
    m_page.reset();
    if (m_plane && m_plane->functions()) {
        const auto all = m_plane->functions()->repository().all();
        for (const auto &f : all ? *all : QList<functions::FunctionRecord>{})
            test::await(m_plane->functions()->remove(f.name));
    }
}

void TestFunctionsPage::emptyStateOffersTemplates()
{
    QCOMPARE(m_page->stack()->currentIndex(), 0);
    auto *hello = m_page->findChild<QToolButton *>(QStringLiteral("template-hello-python"));
    QVERIFY(hello);
    QVERIFY(!hello->accessibleName().isEmpty());
    QVERIFY(m_page->findChild<QToolButton *>(QStringLiteral("template-shell-runtime")));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("deleteFunction"))->isVisible());
}

void TestFunctionsPage::saysWhereTheEndpointIs()
{
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("functionsEndpoint"));
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // this process does not own the data folder
    awsapi::AwsEndpoint *endpoint = m_plane->awsEndpoint();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    endpoint->setPort(port);
    endpoint->start();
    QVERIFY2(label->isVisible(), qPrintable(endpoint->problem()));
    QCOMPARE(label->text(),
             QStringLiteral("AWS-compatible endpoint: http://127.0.0.1:%1").arg(port));
    endpoint->stop();
    QVERIFY(!label->isVisible());
}

void TestFunctionsPage::createFromTemplateAndInvoke()
{
    CreateFunctionDialog *dialog = nullptr;
    m_page->setDialogHook([&dialog](CreateFunctionDialog *d) { dialog = d; });
    QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("template-hello-python")),
                      Qt::LeftButton);
    QVERIFY(dialog);
    QCOMPARE(dialog->sourceBox()->currentData().toString(), QStringLiteral("hello-python"));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("hello-python")); // a name to start from
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), m_name);
    QPointer<CreateFunctionDialog> guard(dialog);
    dialog->createButton()->click();
    QVERIFY(!dialog->createButton()->isEnabled()); // busy building
    QTRY_VERIFY_WITH_TIMEOUT(!guard || guard->result() == QDialog::Accepted, 120000);

    QCOMPARE(m_page->stack()->currentIndex(), 1);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->currentFunction(), m_name);
    FunctionTestPane *test = m_page->testPane();
    QVERIFY2(test->eventEdit()->toPlainText().contains(QLatin1String("\"Sloop\"")),
             qPrintable(test->eventEdit()->toPlainText()));

    QTest::mouseClick(test->invokeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->statusLabel()->text().startsWith(QLatin1String("Succeeded")),
                             60000);
    QVERIFY2(test->statusLabel()->text().contains(QLatin1String("cold start")),
             qPrintable(test->statusLabel()->text()));
    QVERIFY(test->resultView()->toPlainText().contains(QLatin1String("Hello, Sloop!")));
    QVERIFY(test->logView()->toPlainText().startsWith(QLatin1String("START RequestId: ")));
    QVERIFY(test->logView()->toPlainText().contains(QLatin1String("REPORT RequestId: ")));

    // The list counts it, with the environment still warm.
    const auto rowOf = [this] {
        return m_page->model()->rowOfKey(m_name.toLower());
    };
    QTRY_COMPARE(m_page->model()->item(rowOf()).today.invocations, 1);
    QCOMPARE(m_page->model()->item(rowOf()).today.errors, 0);
    QCOMPARE(m_page->model()->item(rowOf()).warm, 1);
    QTRY_VERIFY(
        m_page->logsPane()->view()->toPlainText().contains(QLatin1String("Received event:")));

    // A second run is warm.
    QTest::mouseClick(test->invokeButton(), Qt::LeftButton);
    QTRY_COMPARE(m_page->model()->item(rowOf()).today.invocations, 2);
    QVERIFY2(!test->statusLabel()->text().contains(QLatin1String("cold start")),
             qPrintable(test->statusLabel()->text()));

    // This month's cost, on Lambda and here: in the list and on the Cost tab.
    QVERIFY(m_page->model()->item(rowOf()).lambdaMonth.value_or(0) > 0);
    QTRY_VERIFY(m_page->costLabel()->text().contains(QLatin1String("<b>Requests</b></td><td>2")));
    QVERIFY(m_page->costLabel()->text().contains(QLatin1String("After the free tier")));
}

void TestFunctionsPage::missingFolderStaysInTheDialog()
{
    CreateFunctionDialog *dialog = nullptr;
    m_page->setDialogHook([&dialog](CreateFunctionDialog *d) { dialog = d; });
    m_page->createFunction(QStringLiteral("folder"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("from-folder"));
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("functionFolder"));
    QVERIFY(folder);
    folder->setText(QStringLiteral("/nonexistent/code"));
    dialog->createButton()->click();
    QVERIFY(dialog->problem()->isVisibleTo(dialog));
    QCOMPARE(dialog->result(), 0); // still open, everything kept
    QCOMPARE(folder->text(), QStringLiteral("/nonexistent/code"));
    // A .zip whose entry climbs out says which entry, and nothing is made.
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("evil.zip"));
    QVERIFY(test::makeZip(zip, QStringLiteral("../app.py"), "x"));
    folder->setText(zip);
    dialog->createButton()->click();
    QVERIFY2(dialog->problem()->text().contains(QLatin1String("../app.py")),
             qPrintable(dialog->problem()->text()));
    QCOMPARE(dialog->result(), 0);
    QCOMPARE(m_page->model()->rowCount(), 1);
    delete dialog;
}

void TestFunctionsPage::deleteReturnsToTheEmptyState()
{
    AnsweringPrompter yes([](const Confirmation &) { return true; });
    m_page->setPrompter(&yes);
    m_page->selectFunction(m_name);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("deleteFunction")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->stack()->currentIndex(), 0, 30000);
    QCOMPARE(m_page->model()->rowCount(), 0);
}

QTEST_MAIN(TestFunctionsPage)
#include "tst_functionspage.moc"
