// Asynchronous invocation in the window: the dialog (retries, maximum age,
// where failed events go; a mistake said in place with Save off) and the
// Configuration tab that opens it and shows what was saved. A private
// store; no engine (the function is a stored record).
#include "controlplane/controlplane.h"
#include "functions/asyncconfigdialog.h"
#include "functions/functionconfigpane.h"
#include "functions/functionservice.h"
#include "functions/functionspage.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace sloop;
using namespace sloop::widgets;

class TestAsyncConfigDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogExplainsMistakes();
    void savedFromTheConfigurationTab();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
};

void TestAsyncConfigDialog::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_plane = std::make_unique<ControlPlane>();
    const VoidResult opened = m_plane->openStore();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    for (const char *name : {"orders", "dead-orders"}) {
        functions::FunctionRecord record;
        record.name = QString::fromLatin1(name);
        QVERIFY(m_plane->functions()->repository().add(record).ok());
    }
}

void TestAsyncConfigDialog::dialogExplainsMistakes()
{
    functions::EventInvokeConfig config;
    config.function = QStringLiteral("orders");
    AsyncConfigDialog dialog(config, {QStringLiteral("orders"), QStringLiteral("dead-orders")});
    dialog.show();
    QCOMPARE(dialog.retriesBox()->value(), 2);
    QCOMPARE(dialog.maxAgeEdit()->time(), QTime(6, 0));
    QVERIFY(dialog.saveButton()->isEnabled());
    // A folder must be named, and absolutely.
    dialog.destinationKind()->setCurrentIndex(1);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isVisible());
    dialog.folderEdit()->setText(QStringLiteral("dead"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("absolute")));
    dialog.folderEdit()->setText(QStringLiteral("/var/tmp/dead"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.config().onFailure, QStringLiteral("/var/tmp/dead"));
    // Another function: never itself.
    dialog.destinationKind()->setCurrentIndex(2);
    QCOMPARE(dialog.functionBox()->count(), 1);
    QCOMPARE(dialog.config().onFailure, QStringLiteral("function:dead-orders"));
    dialog.retriesBox()->setValue(0);
    dialog.maxAgeEdit()->setTime(QTime(0, 30));
    QCOMPARE(dialog.config().maxRetries, 0);
    QCOMPARE(dialog.config().maxAgeSeconds, 1800);
}

void TestAsyncConfigDialog::savedFromTheConfigurationTab()
{
    FunctionsPage page(m_plane.get());
    page.resize(1000, 700);
    page.show();
    page.selectFunction(QStringLiteral("orders"));
    QVERIFY(page.configPane()->configurationLabel()->text().contains(
        QLatin1String("On failure: nowhere")));
    page.configPane()->setAsyncDialogHook([](AsyncConfigDialog *d) {
        d->retriesBox()->setValue(1);
        d->destinationKind()->setCurrentIndex(1);
        d->folderEdit()->setText(QStringLiteral("/var/tmp/dead-orders"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page.configPane()->editAsyncButton(), Qt::LeftButton);
    const auto stored = m_plane->functions()->asyncEvents().config(QStringLiteral("orders"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->maxRetries, 1);
    QCOMPARE(stored->onFailure, QStringLiteral("/var/tmp/dead-orders"));
    QVERIFY2(page.configPane()->configurationLabel()->text().contains(
                 QLatin1String("/var/tmp/dead-orders")),
             qPrintable(page.configPane()->configurationLabel()->text()));
    // A queued event shows as waiting (no owner runs it here).
    QVERIFY(m_plane->functions()->enqueue(QStringLiteral("orders"), "{}").ok());
    page.selectFunction(QStringLiteral("dead-orders"));
    page.selectFunction(QStringLiteral("orders"));
    QVERIFY(
        page.configPane()->configurationLabel()->text().contains(QLatin1String("Events waiting")));
}

QTEST_MAIN(TestAsyncConfigDialog)
#include "tst_asyncconfigdialog.moc"
