// The Triggers tab over a control plane with a private store: the empty
// state, the Add schedule dialog (the next ten fires as the expression is
// typed, a mistake explained with Add off), the list with its next fire,
// turning a schedule off and on, a missed fire shown in the runs, Remove.
// No engine: the function is a stored record; nothing is invoked here (the
// scheduler's firing is tested on the real dockerd in tst_scheduler).
#include "buckets/bucketrepository.h"
#include "common/prompter.h"
#include "controlplane/controlplane.h"
#include "functions/addfoldertriggerdialog.h"
#include "functions/addscheduledialog.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "functions/functiontriggerspane.h"
#include "schedules/schedulerepository.h"
#include "store/database.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::widgets;

class TestFunctionTriggers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStateSaysWhatAScheduleIs();
    void dialogShowsTheNextFiresAndRefusesMistakes();
    void addedScheduleIsListedWithItsNextFire();
    void turningOffAndOn();
    void missedFiresAreShown();
    void removeAsksAndRemoves();
    void folderTriggerWithANewBucket();
    void scheduleMayInvokeAnAlias();

private:
    QTreeWidgetItem *item(const QString &name) const;

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<FunctionTriggersPane> m_pane;
    AnsweringPrompter m_yes{[](const Confirmation &) {
        return true;
    }};
    const QString m_function = QStringLiteral("nightly-job");
};

void TestFunctionTriggers::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_plane = std::make_unique<ControlPlane>();
    const VoidResult opened = m_plane->openStore();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    functions::FunctionRecord record;
    record.name = m_function;
    QVERIFY(m_plane->functions()->repository().add(record).ok());
    m_pane = std::make_unique<FunctionTriggersPane>(m_plane.get());
    m_pane->setPrompter(&m_yes);
    m_pane->resize(900, 600);
    m_pane->show();
    m_pane->setFunction(m_function);
}

QTreeWidgetItem *TestFunctionTriggers::item(const QString &name) const
{
    for (int i = 0; i < m_pane->schedulesView()->topLevelItemCount(); ++i)
        if (m_pane->schedulesView()->topLevelItem(i)->text(0) == name)
            return m_pane->schedulesView()->topLevelItem(i);
    return nullptr;
}

void TestFunctionTriggers::emptyStateSaysWhatAScheduleIs()
{
    auto *empty = m_pane->findChild<QLabel *>(QStringLiteral("schedulesEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_pane->schedulesView()->isVisible());
    QVERIFY(m_pane->addButton()->isEnabled());
    QVERIFY(!m_pane->removeButton()->isEnabled());
    QVERIFY(!m_pane->addButton()->accessibleName().isEmpty());
}

void TestFunctionTriggers::dialogShowsTheNextFiresAndRefusesMistakes()
{
    AddScheduleDialog *seen = nullptr;
    m_pane->setDialogHook([&seen](AddScheduleDialog *d) { seen = d; });
    QTest::mouseClick(m_pane->addButton(), Qt::LeftButton);
    QVERIFY(seen);
    seen->zoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
    seen->expressionBox()->setCurrentText(QStringLiteral("cron(0 2 * * ? *)"));
    QCOMPARE(seen->nextFires()->count(), 10);
    QVERIFY2(seen->nextFires()->item(0)->text().contains(QLatin1String("02:00")),
             qPrintable(seen->nextFires()->item(0)->text()));
    QVERIFY(seen->addButton()->isEnabled());
    QVERIFY(seen->problemLabel()->isHidden());

    // Unix cron's five fields: explained, and Add is off until fixed.
    seen->expressionBox()->setCurrentText(QStringLiteral("cron(0 2 * * *)"));
    QVERIFY(!seen->addButton()->isEnabled());
    QVERIFY(!seen->problemLabel()->isHidden());
    QVERIFY(seen->problemLabel()->text().contains(QLatin1String("six fields")));
    QCOMPARE(seen->nextFires()->count(), 0);
    seen->zoneBox()->setCurrentText(QStringLiteral("Nowhere/Special"));
    seen->expressionBox()->setCurrentText(QStringLiteral("cron(0 2 * * ? *)"));
    QVERIFY(!seen->addButton()->isEnabled());
    QVERIFY(seen->problemLabel()->text().contains(QLatin1String("time zone")));
    seen->reject();
}

void TestFunctionTriggers::addedScheduleIsListedWithItsNextFire()
{
    m_pane->setDialogHook([](AddScheduleDialog *d) {
        d->nameEdit()->setText(QStringLiteral("nightly"));
        d->zoneBox()->setCurrentText(QStringLiteral("UTC"));
        d->expressionBox()->setCurrentText(QStringLiteral("cron(0 2 * * ? *)"));
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
    });
    QTest::mouseClick(m_pane->addButton(), Qt::LeftButton);
    QTreeWidgetItem *nightly = item(QStringLiteral("nightly"));
    QVERIFY(nightly);
    QVERIFY(m_pane->schedulesView()->isVisible());
    QCOMPARE(nightly->text(1), QStringLiteral("cron(0 2 * * ? *)"));
    QCOMPARE(nightly->text(2), QStringLiteral("UTC"));
    const QDateTime next = QDateTime::currentDateTimeUtc().time() < QTime(2, 0)
                               ? QDateTime(QDate::currentDate(), QTime(2, 0), Qt::UTC)
                               : QDateTime(QDate::currentDate().addDays(1), QTime(2, 0), Qt::UTC);
    // In the schedule's zone, named.
    QCOMPARE(nightly->text(3),
             QLocale().toString(next, QLocale::ShortFormat) + QStringLiteral(" UTC"));
    QCOMPARE(nightly->text(4), QStringLiteral("not yet"));
    const auto stored = m_plane->scheduleRepository()->find(QStringLiteral("nightly"));
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->function, m_function);

    // The same name again is refused, and said so.
    QTest::mouseClick(m_pane->addButton(), Qt::LeftButton);
    QCOMPARE(m_pane->schedulesView()->topLevelItemCount(), 1);
}

void TestFunctionTriggers::turningOffAndOn()
{
    m_pane->schedulesView()->setCurrentItem(item(QStringLiteral("nightly")));
    QVERIFY(m_pane->toggleButton()->isEnabled());
    QTest::mouseClick(m_pane->toggleButton(), Qt::LeftButton);
    QCOMPARE(item(QStringLiteral("nightly"))->text(3), QStringLiteral("off"));
    QVERIFY(!m_plane->scheduleRepository()->find(QStringLiteral("nightly"))->value().enabled);
    QTest::mouseClick(m_pane->toggleButton(), Qt::LeftButton);
    QVERIFY(item(QStringLiteral("nightly"))->text(3) != QStringLiteral("off"));
    QVERIFY(m_plane->scheduleRepository()->find(QStringLiteral("nightly"))->value().enabled);
}

void TestFunctionTriggers::missedFiresAreShown()
{
    schedules::ScheduleRun run;
    run.schedule = QStringLiteral("nightly");
    run.outcome = schedules::ScheduleRun::Outcome::Missed;
    run.missed = 3;
    run.scheduledMs = QDateTime::currentMSecsSinceEpoch() - 3 * 86'400'000LL;
    run.lastMissedMs = QDateTime::currentMSecsSinceEpoch() - 86'400'000LL;
    run.message = QStringLiteral("No Sloop control plane was running.");
    QVERIFY(m_plane->scheduleRepository()->addRun(run).ok());
    m_pane->reload();
    QVERIFY(item(QStringLiteral("nightly"))->text(4).contains(QLatin1String("missed 3 fire")));
    QCOMPARE(m_pane->runsView()->topLevelItemCount(), 1);
    QVERIFY(m_pane->runsView()->topLevelItem(0)->text(2).contains(QLatin1String("was running")));
}

void TestFunctionTriggers::removeAsksAndRemoves()
{
    int asked = 0;
    AnsweringPrompter counting([&asked](const Confirmation &c) {
        ++asked;
        return c.text.contains(QLatin1String("nightly"));
    });
    m_pane->setPrompter(&counting);
    m_pane->schedulesView()->setCurrentItem(item(QStringLiteral("nightly")));
    QTest::mouseClick(m_pane->removeButton(), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(!item(QStringLiteral("nightly")));
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("schedulesEmpty"))->isVisible());
    QVERIFY(m_plane->scheduleRepository()->runs(QStringLiteral("nightly"))->isEmpty());
    m_pane->setPrompter(&m_yes);
}

void TestFunctionTriggers::folderTriggerWithANewBucket()
{
    QTemporaryDir dir;
    QVERIFY(m_pane->addFolderTriggerButton()->isEnabled());
    QVERIFY(!m_pane->removeFolderTriggerButton()->isEnabled());
    m_pane->setFolderDialogHook([&dir](AddFolderTriggerDialog *d) {
        d->bucketBox()->setCurrentIndex(d->bucketBox()->count() - 1); // New bucket…
        QVERIFY(!d->addButton()->isEnabled());                        // no name yet
        d->newNameEdit()->setText(QStringLiteral("Photos"));
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("bucket name")));
        d->newNameEdit()->setText(QStringLiteral("photos"));
        d->folderEdit()->setText(dir.filePath(QStringLiteral("photos")));
        d->prefixEdit()->setText(QStringLiteral("uploads/"));
        QVERIFY(d->addButton()->isEnabled());
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
    });
    QTest::mouseClick(m_pane->addFolderTriggerButton(), Qt::LeftButton);
    QCOMPARE(m_pane->folderTriggersView()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = m_pane->folderTriggersView()->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("photos"));
    QCOMPARE(row->text(3), QStringLiteral("uploads/"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("photos"))).isDir());
    const auto triggers = m_plane->bucketRepository()->triggersOf(m_function);
    QVERIFY(triggers.ok());
    QCOMPARE(triggers->size(), 1);

    m_pane->folderTriggersView()->setCurrentItem(row);
    QVERIFY(m_pane->removeFolderTriggerButton()->isEnabled());
    QTest::mouseClick(m_pane->removeFolderTriggerButton(), Qt::LeftButton);
    QCOMPARE(m_pane->folderTriggersView()->topLevelItemCount(), 0);
    QVERIFY(m_plane->bucketRepository()->find(QStringLiteral("photos"))->has_value()); // stays
}

void TestFunctionTriggers::scheduleMayInvokeAnAlias()
{
    AddScheduleDialog dialog(m_function, {QStringLiteral("live"), QStringLiteral("1")});
    QCOMPARE(dialog.qualifierBox()->count(), 3);
    QVERIFY(dialog.schedule().qualifier.isEmpty()); // $LATEST
    dialog.qualifierBox()->setCurrentIndex(1);
    QCOMPARE(dialog.schedule().qualifier, QStringLiteral("live"));
    QVERIFY(dialog.addButton()->isEnabled());
}

QTEST_MAIN(TestFunctionTriggers)
#include "tst_functiontriggers.moc"
