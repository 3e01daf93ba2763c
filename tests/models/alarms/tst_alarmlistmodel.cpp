// AlarmListModel under QAbstractItemModelTester: rows by id, incremental
// changes (no resets), state text beside the colour.
#include "alarms/alarmlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::alarms;
using sloop::models::AlarmListModel;

namespace {

AlarmDefinition alarm(qint64 id, const QString &name, AlarmState state)
{
    AlarmDefinition a;
    a.id = id;
    a.name = name;
    a.target = QStringLiteral("container/local/web");
    a.metric = QStringLiteral("cpu");
    a.threshold = 80;
    a.evaluationPeriods = 3;
    a.datapointsToAlarm = 3;
    a.state = state;
    a.stateReason = QStringLiteral("because %1").arg(name);
    a.stateSinceMs = QDateTime::currentMSecsSinceEpoch() - 60000;
    return a;
}

} // namespace

class TestAlarmListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAlarms();
    void changesAreIncremental();
    void hostileNamesStayOneLine();
};

void TestAlarmListModel::showsAlarms()
{
    AlarmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({alarm(1, QStringLiteral("web CPU over 80%"), AlarmState::Alarm),
                    alarm(2, QStringLiteral("disk"), AlarmState::Ok),
                    alarm(3, QStringLiteral("new"), AlarmState::InsufficientData)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AlarmListModel::ColumnCount));
    const QModelIndex state = model.index(0, AlarmListModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("In alarm"));
    QCOMPARE(state.data(Qt::DecorationRole).value<QColor>(),
             AlarmListModel::stateColor(AlarmState::Alarm));
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), QStringLiteral("because web CPU over 80%"));
    QCOMPARE(model.index(1, AlarmListModel::State).data().toString(), QStringLiteral("OK"));
    QCOMPARE(model.index(2, AlarmListModel::State).data().toString(),
             QStringLiteral("Insufficient data"));
    QCOMPARE(model.index(0, AlarmListModel::Target).data().toString(),
             QStringLiteral("web on local"));
    const QString condition = model.index(0, AlarmListModel::Condition).data().toString();
    QVERIFY2(condition.contains(QLatin1String("cpu > 80 %")) &&
                 condition.contains(QLatin1String("3 of 3")),
             qPrintable(condition));
    QVERIFY(!model.index(0, AlarmListModel::Since).data().toString().isEmpty());
    QCOMPARE(model.index(2, 0).data(AlarmListModel::IdRole).toLongLong(), 3);
    QCOMPARE(model.index(2, 0).data(AlarmListModel::NameRole).toString(), QStringLiteral("new"));
    QCOMPARE(model.headerData(AlarmListModel::State, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("State"));
    // Sorting by state puts alarms first.
    QVERIFY(model.index(0, 0).data(AlarmListModel::SortRole).toInt() <
            model.index(1, 0).data(AlarmListModel::SortRole).toInt());
}

void TestAlarmListModel::changesAreIncremental()
{
    AlarmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({alarm(1, QStringLiteral("a"), AlarmState::Ok),
                    alarm(2, QStringLiteral("b"), AlarmState::Ok),
                    alarm(3, QStringLiteral("c"), AlarmState::Ok)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.updateAlarm(alarm(2, QStringLiteral("b"), AlarmState::Alarm));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data(AlarmListModel::StateRole).toInt(), int(AlarmState::Alarm));

    model.updateAlarm(alarm(4, QStringLiteral("d"), AlarmState::InsufficientData));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowOfId(4), 3);

    model.setItems({alarm(1, QStringLiteral("a"), AlarmState::Ok),
                    alarm(2, QStringLiteral("b"), AlarmState::Alarm),
                    alarm(4, QStringLiteral("d"), AlarmState::InsufficientData)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfId(3), -1);
    QCOMPARE(reset.size(), 0);
}

void TestAlarmListModel::hostileNamesStayOneLine()
{
    AlarmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(
        {alarm(1, QStringLiteral("two\nlines") + QString(500, QLatin1Char('x')), AlarmState::Ok)});
    const QString shown = model.index(0, AlarmListModel::Name).data().toString();
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(shown.size() <= 201);
}

QTEST_GUILESS_MAIN(TestAlarmListModel)
#include "tst_alarmlistmodel.moc"
