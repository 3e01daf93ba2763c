// Editing a function's configuration in the window: the dialog (memory,
// timeout, concurrency, network, environment variables; a mistake said in
// place with Save off) and the Configuration tab that opens it, saves
// through the FunctionService and shows what was saved. A private store;
// no engine (the function is a stored record).
#include "controlplane/controlplane.h"
#include "functions/functionconfigdialog.h"
#include "functions/functionconfigpane.h"
#include "functions/functionlistmodel.h"
#include "functions/functionservice.h"
#include "functions/functionspage.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestFunctionConfigDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogExplainsMistakes();
    void networksOfferedAreSafeOnes();
    void savedFromTheConfigurationTab();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    functions::FunctionRecord m_record;
};

void TestFunctionConfigDialog::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_plane = std::make_unique<ControlPlane>();
    const VoidResult opened = m_plane->openStore();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_record.name = QStringLiteral("orders");
    m_record.environment.insert(QStringLiteral("STAGE"), QStringLiteral("dev"));
    const auto added = m_plane->functions()->repository().add(m_record);
    QVERIFY(added.ok());
    m_record = *added;
}

void TestFunctionConfigDialog::dialogExplainsMistakes()
{
    FunctionConfigDialog dialog(m_record);
    dialog.show();
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.environmentTable()->rowCount(), 1);
    QVERIFY(!dialog.concurrencyBox()->isEnabled());

    // A variable the runtime sets is refused by name.
    QTest::mouseClick(dialog.addVariableButton(), Qt::LeftButton);
    QTableWidget *table = dialog.environmentTable();
    table->item(1, 0)->setText(QStringLiteral("AWS_REGION"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(QLatin1String("AWS_REGION")),
             qPrintable(dialog.problemLabel()->text()));
    // Twice the same key.
    table->item(1, 0)->setText(QStringLiteral("STAGE"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("twice")));
    table->item(1, 0)->setText(QStringLiteral("TABLE_NAME"));
    table->item(1, 1)->setText(QStringLiteral("orders"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.problemLabel()->isVisible());
    // A handler with a space.
    dialog.handlerEdit()->setText(QStringLiteral("app handler"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.handlerEdit()->setText(QStringLiteral("main.handle"));

    dialog.memoryBox()->setValue(512);
    dialog.timeoutBox()->setValue(30);
    dialog.reserveBox()->setChecked(true);
    QVERIFY(dialog.concurrencyBox()->isEnabled());
    dialog.concurrencyBox()->setValue(5);
    const functions::FunctionRecord r = dialog.record();
    QCOMPARE(r.memoryMiB, 512);
    QCOMPARE(r.timeoutSeconds, 30);
    QCOMPARE(r.reservedConcurrency, std::optional<int>(5));
    QCOMPARE(r.handler, QStringLiteral("main.handle"));
    QCOMPARE(r.environment.value(QStringLiteral("TABLE_NAME")), QStringLiteral("orders"));
    QCOMPARE(r.environment.size(), 2);
}

void TestFunctionConfigDialog::networksOfferedAreSafeOnes()
{
    FunctionConfigDialog dialog(m_record);
    QCOMPARE(dialog.networkBox()->count(), 2); // off, the default
    QCOMPARE(dialog.networkBox()->currentIndex(), 1);
    dialog.setNetworks({QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none"),
                        QStringLiteral("apps")});
    QCOMPARE(dialog.networkBox()->count(), 3);
    dialog.networkBox()->setCurrentIndex(2);
    QCOMPARE(dialog.record().dockerNetwork, QStringLiteral("apps"));
    QVERIFY(dialog.record().network);
    dialog.networkBox()->setCurrentIndex(0);
    QVERIFY(!dialog.record().network);
    QVERIFY(dialog.record().dockerNetwork.isEmpty());
}

void TestFunctionConfigDialog::savedFromTheConfigurationTab()
{
    FunctionsPage page(m_plane.get());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.selectFunction(m_record.name);
    FunctionConfigPane *pane = page.configPane();
    QVERIFY(pane->configurationLabel()->text().contains(QLatin1String("STAGE=dev")));
    pane->setConfigDialogHook([](FunctionConfigDialog *d) {
        d->memoryBox()->setValue(1024);
        d->networkBox()->setCurrentIndex(0);
        d->accept();
    });
    QTest::mouseClick(pane->editButton(), Qt::LeftButton);
    const auto stored = m_plane->functions()->repository().find(m_record.name);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->memoryMiB, 1024);
    QVERIFY(!(*stored)->network);
    // The tab shows what was saved once the list reloads.
    QTRY_VERIFY(pane->configurationLabel()->text().contains(QLatin1String("1024 MB")));
    QVERIFY(pane->configurationLabel()->text().contains(QLatin1String("off")));
}

QTEST_MAIN(TestFunctionConfigDialog)
#include "tst_functionconfigdialog.moc"
