// The Alarms page offscreen: an alarm added through the dialog by typing,
// invalid input keeps OK disabled with the reason shown, delete asks first,
// states show in words beside their light, history follows the selection.
#include "monitoring/alarmdialog.h"
#include "monitoring/alarmspage.h"

#include "alarms/alarmlistmodel.h"
#include "alarms/alarmrepository.h"
#include "alarms/alarmservice.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::alarms;
using sloop::models::AlarmListModel;
using sloop::widgets::AlarmDialog;
using sloop::widgets::AlarmsPage;

class TestAlarmsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addByTyping();
    void invalidInputDisablesOk_data();
    void invalidInputDisablesOk();
    void duplicateNameShownInDialog();
    void editKeepsTheRest();
    void deleteAsksFirst();
    void statesAndHistory();

private:
    AlarmDialog *openAddDialog(AlarmsPage &page);
    static void typeValid(AlarmDialog *dialog, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<AlarmRepository> m_repo;
    std::unique_ptr<AlarmService> m_service;
};

void TestAlarmsPage::init()
{
    m_db = std::make_unique<store::Database>();
    QVERIFY(
        m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()))).ok());
    m_repo = std::make_unique<AlarmRepository>(m_db.get());
    m_service = std::make_unique<AlarmService>(m_repo.get(), nullptr);
}

void TestAlarmsPage::cleanup()
{
    m_service.reset();
    m_repo.reset();
    m_db.reset();
}

AlarmDialog *TestAlarmsPage::openAddDialog(AlarmsPage &page)
{
    AlarmDialog *opened = nullptr;
    page.setDialogHook([&opened](AlarmDialog *d) {
        opened = d;
        d->show();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addAlarm")), Qt::LeftButton);
    return opened;
}

void TestAlarmsPage::typeValid(AlarmDialog *dialog, const QString &name)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("alarmName")), name);
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("alarmTarget"));
    target->lineEdit()->clear();
    QTest::keyClicks(target->lineEdit(), QStringLiteral("host/web1"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("alarmThreshold")),
                     QStringLiteral("80"));
}

void TestAlarmsPage::addByTyping()
{
    AlarmsPage page(m_service.get());
    page.show();
    AlarmDialog *dialog = openAddDialog(page);
    QVERIFY(dialog);
    QVERIFY(!dialog->canAccept()); // a fresh dialog: nothing typed yet
    QVERIFY(dialog->errorText().isEmpty());

    typeValid(dialog, QStringLiteral("web1 CPU over 80%"));
    auto *metric = dialog->findChild<QComboBox *>(QStringLiteral("alarmMetric"));
    metric->setCurrentIndex(metric->findData(QStringLiteral("cpu")));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("alarmUnit"))->text(), QStringLiteral("%"));
    auto *period = dialog->findChild<QComboBox *>(QStringLiteral("alarmPeriod"));
    period->setCurrentIndex(period->findData(60));
    auto *missing = dialog->findChild<QComboBox *>(QStringLiteral("alarmMissingData"));
    missing->setCurrentIndex(missing->findData(int(MissingData::Breaching)));
    auto *periods = dialog->findChild<QSpinBox *>(QStringLiteral("alarmEvaluationPeriods"));
    periods->selectAll();
    QTest::keyClicks(periods, QStringLiteral("5"));
    auto *datapoints = dialog->findChild<QSpinBox *>(QStringLiteral("alarmDatapoints"));
    datapoints->selectAll();
    QTest::keyClicks(datapoints, QStringLiteral("2"));
    QVERIFY2(dialog->canAccept(), qPrintable(dialog->errorText()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("alarmSummary"))
                ->text()
                .contains(QLatin1String("2 of 5")));

    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const QPointer<AlarmDialog> guard(dialog); // deleted on close
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const auto stored = m_service->find(QStringLiteral("web1 CPU over 80%"));
    QVERIFY(stored.ok() && stored->has_value());
    const AlarmDefinition a = stored->value();
    QCOMPARE(a.target, QStringLiteral("host/web1"));
    QCOMPARE(a.metric, QStringLiteral("cpu"));
    QCOMPARE(a.threshold, 80.0);
    QCOMPARE(a.periodSeconds, 60);
    QCOMPARE(a.evaluationPeriods, 5);
    QCOMPARE(a.datapointsToAlarm, 2);
    QCOMPARE(toString(a.missingData), toString(MissingData::Breaching));

    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.currentAlarm()->name, a.name); // the new alarm is selected
}

void TestAlarmsPage::invalidInputDisablesOk_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("threshold not a number") << "alarmThreshold"
                                            << "eighty"
                                            << "number";
    QTest::newRow("target without kind") << "alarmTarget"
                                         << "web1"
                                         << "not a target";
    QTest::newRow("datapoints over periods") << "alarmDatapoints"
                                             << "7"
                                             << "Datapoints to alarm";
    QTest::newRow("name starting with dash") << "alarmName"
                                             << "-x"
                                             << "'-'";
}

void TestAlarmsPage::invalidInputDisablesOk()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    AlarmsPage page(m_service.get());
    page.show();
    AlarmDialog *dialog = openAddDialog(page);
    typeValid(dialog, QStringLiteral("ok"));
    QVERIFY(dialog->canAccept());

    QWidget *w = dialog->findChild<QWidget *>(field);
    QVERIFY(w);
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), text);
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QVERIFY(!dialog->canAccept());
    QVERIFY2(dialog->errorText().contains(reason), qPrintable(dialog->errorText()));
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled() ==
            false);
    QCOMPARE(m_service->alarms()->size(), 0);
}

void TestAlarmsPage::duplicateNameShownInDialog()
{
    AlarmDefinition a;
    a.name = QStringLiteral("taken");
    a.target = QStringLiteral("host/web1");
    a.metric = QStringLiteral("cpu");
    QVERIFY(m_service->addAlarm(a).ok());
    AlarmsPage page(m_service.get());
    page.show();
    AlarmDialog *dialog = openAddDialog(page);
    typeValid(dialog, QStringLiteral("TAKEN"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QLatin1String("already an alarm")),
             qPrintable(dialog->errorText()));
}

void TestAlarmsPage::editKeepsTheRest()
{
    AlarmDefinition a;
    a.name = QStringLiteral("disk");
    a.target = QStringLiteral("host/web1");
    a.metric = QStringLiteral("disk");
    a.threshold = 90;
    a.command = QStringLiteral("true");
    QVERIFY(m_service->addAlarm(a).ok());
    AlarmsPage page(m_service.get());
    page.show();
    page.selectAlarm(QStringLiteral("disk"));
    AlarmDialog *opened = nullptr;
    page.setDialogHook([&opened](AlarmDialog *d) {
        opened = d;
        d->show();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("editAlarm")), Qt::LeftButton);
    QVERIFY(opened);
    QVERIFY(opened->canAccept());
    auto *threshold = opened->findChild<QLineEdit *>(QStringLiteral("alarmThreshold"));
    threshold->clear();
    QTest::keyClicks(threshold, QStringLiteral("95"));
    QTest::mouseClick(opened->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    const auto stored = m_service->find(QStringLiteral("disk"));
    QCOMPARE(stored->value().threshold, 95.0);
    QCOMPARE(stored->value().target, QStringLiteral("host/web1"));
    QCOMPARE(stored->value().command, QStringLiteral("true"));
}

void TestAlarmsPage::deleteAsksFirst()
{
    AlarmDefinition a;
    a.name = QStringLiteral("web1 CPU over 80%");
    a.target = QStringLiteral("host/web1");
    a.metric = QStringLiteral("cpu");
    QVERIFY(m_service->addAlarm(a).ok());
    AlarmsPage page(m_service.get());
    page.show();
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("deleteAlarm"));
    QVERIFY(!remove->isEnabled()); // nothing selected
    page.selectAlarm(a.name);
    QVERIFY(remove->isEnabled());

    QString asked;
    bool answer = false;
    widgets::AnsweringPrompter prompter([&](const widgets::Confirmation &c) {
        asked = c.text;
        return answer;
    });
    page.setPrompter(&prompter);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(asked.contains(a.name), qPrintable(asked));
    QCOMPARE(m_service->alarms()->size(), 1); // "No" keeps it

    answer = true;
    asked.clear();
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(m_service->alarms()->size(), 0);
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestAlarmsPage::statesAndHistory()
{
    AlarmDefinition a;
    a.name = QStringLiteral("hot");
    a.target = QStringLiteral("host/web1");
    a.metric = QStringLiteral("cpu");
    const auto added = m_service->addAlarm(a);
    a.name = QStringLiteral("other");
    QVERIFY(added.ok() && m_service->addAlarm(a).ok());
    QVERIFY(m_repo
                ->recordTransition({0, added->id, added->name, 1000, AlarmState::InsufficientData,
                                    AlarmState::Alarm, QStringLiteral("Threshold crossed"),
                                    QStringLiteral("Command exited with status 0.")})
                .ok());
    AlarmsPage page(m_service.get());
    page.show();
    const QModelIndex first = page.view()->model()->index(0, AlarmListModel::State);
    QCOMPARE(first.data(AlarmListModel::NameRole).toString(), QStringLiteral("hot"));
    QCOMPARE(first.data().toString(), QStringLiteral("In alarm"));
    QCOMPARE(first.data(Qt::DecorationRole).value<QColor>(),
             AlarmListModel::stateColor(AlarmState::Alarm));
    QCOMPARE(page.view()->model()->index(1, AlarmListModel::State).data().toString(),
             QStringLiteral("Insufficient data"));

    QCOMPARE(page.historyView()->topLevelItemCount(), 1); // every alarm's
    page.selectAlarm(QStringLiteral("other"));
    QCOMPARE(page.historyView()->topLevelItemCount(), 0);
    page.selectAlarm(QStringLiteral("hot"));
    QCOMPARE(page.historyView()->topLevelItemCount(), 1);
    const QString change = page.historyView()->topLevelItem(0)->text(2);
    QVERIFY2(change.contains(QLatin1String("In alarm")), qPrintable(change));
    QVERIFY(page.historyView()->topLevelItem(0)->text(3).contains(QLatin1String("exited")));
}

QTEST_MAIN(TestAlarmsPage)
#include "tst_alarmspage.moc"
