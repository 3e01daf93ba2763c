// The instances list model: rows keyed by name, changed one by one (never a
// reset), under QAbstractItemModelTester.
#include "instances/instancelistmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using instances::InstanceState;
using models::InstanceListModel;
using models::InstanceRow;

class TestInstanceListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsShowStatePlanAndPorts();
    void changesAreIncremental();
    void activityAndEstimates();
    void hostileNamesStayOneLine();
};

namespace {

InstanceRow row(const QString &name, InstanceState state = InstanceState::Running)
{
    instances::InstanceRecord r;
    r.name = name;
    r.location = QStringLiteral("local");
    r.blueprintId = QStringLiteral("nginx");
    r.planId = QStringLiteral("micro");
    r.address = QStringLiteral("127.0.0.1");
    r.sshPort = 20022;
    r.state = state;
    r.ports = {{22, 20022, QStringLiteral("tcp"), {}}, {80, 20080, QStringLiteral("tcp"), {}}};
    pricing::Plan plan;
    plan.id = QStringLiteral("micro");
    plan.name = QStringLiteral("Micro");
    plan.vcpus = 2;
    plan.memoryMiB = 1024;
    plan.diskGiB = 40;
    plan.priceCents = 700;
    InstanceRow out = models::makeInstanceRow(r, std::nullopt, plan);
    out.blueprintName = QStringLiteral("Nginx");
    out.blueprintIcon = QStringLiteral(":/sloop/blueprints/icons/nginx.svg");
    return out;
}

QString cell(const InstanceListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

void TestInstanceListModel::rowsShowStatePlanAndPorts()
{
    InstanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(
        {row(QStringLiteral("web-1")), row(QStringLiteral("db"), InstanceState::Failed)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(InstanceListModel::ColumnCount));
    QCOMPARE(cell(model, 0, InstanceListModel::Name), QStringLiteral("web-1"));
    QCOMPARE(cell(model, 0, InstanceListModel::State), QStringLiteral("Running"));
    QCOMPARE(cell(model, 1, InstanceListModel::State), QStringLiteral("Failed"));
    QCOMPARE(cell(model, 0, InstanceListModel::Blueprint), QStringLiteral("Nginx"));
    QCOMPARE(cell(model, 0, InstanceListModel::Plan), QStringLiteral("Micro"));
    QCOMPARE(cell(model, 0, InstanceListModel::Price), QStringLiteral("$7/month"));
    // The SSH mapping is in the tooltip, not the cell; the web port is shown.
    const QString address = cell(model, 0, InstanceListModel::Address);
    QVERIFY2(address.contains(QStringLiteral("20080 → 80/tcp")), qPrintable(address));
    QVERIFY(!address.contains(QStringLiteral("20022")));
    QVERIFY(cell(model, 0, InstanceListModel::Address, Qt::ToolTipRole)
                .contains(QStringLiteral("SSH: 127.0.0.1:20022")));
    QVERIFY(
        !model.index(0, InstanceListModel::Name).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1, 0).data(models::IdRole).toString(), QStringLiteral("db"));
    QCOMPARE(model.index(1, 0).data(models::StateRole).toInt(), int(InstanceState::Failed));
    // The card says the name, state, blueprint, plan and price on its lines.
    const QStringList card = cell(model, 0, InstanceListModel::Card).split(QLatin1Char('\n'));
    QCOMPARE(card.value(0), QStringLiteral("web-1"));
    QCOMPARE(card.value(3), QStringLiteral("$7/month"));
    QCOMPARE(models::planSpecText(*row(QStringLiteral("x")).plan),
             QStringLiteral("Micro · 2 vCPU · 1 GB memory · 40 GB SSD"));
}

void TestInstanceListModel::changesAreIncremental()
{
    InstanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({row(QStringLiteral("a")), row(QStringLiteral("b")), row(QStringLiteral("c"))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // One instance changes: one dataChanged for its row alone.
    model.upsert(row(QStringLiteral("B"), InstanceState::Stopped)); // any case
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 1, InstanceListModel::State), QStringLiteral("Stopped"));
    // The same record again changes nothing.
    model.upsert(row(QStringLiteral("B"), InstanceState::Stopped));
    QCOMPARE(changed.size(), 1);

    model.upsert(row(QStringLiteral("d")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.removeName(QStringLiteral("A")));
    QVERIFY(!model.removeName(QStringLiteral("nope")));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfName(QStringLiteral("d")), 2);
    QCOMPARE(reset.size(), 0);
}

void TestInstanceListModel::activityAndEstimates()
{
    InstanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({row(QStringLiteral("a")), row(QStringLiteral("b"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setActivity(QStringLiteral("a"), QStringLiteral("stop"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 0, InstanceListModel::State), QStringLiteral("Running (stop…)"));
    QVERIFY(model.index(0, 0).data(models::BusyRole).toBool());

    QCOMPARE(cell(model, 1, InstanceListModel::Estimate), QStringLiteral("—"));
    QVERIFY(cell(model, 1, InstanceListModel::Estimate, Qt::ToolTipRole)
                .contains(QStringLiteral("sloop costs set local")));
    model.setEstimates({{QStringLiteral("b"), {qint64(250), QStringLiteral("EUR")}}});
    QCOMPARE(cell(model, 1, InstanceListModel::Estimate), QStringLiteral("2.50 EUR/month"));
    QCOMPARE(cell(model, 0, InstanceListModel::Estimate), QStringLiteral("—"));
    // A record update keeps the estimate (worked out for all rows at once);
    // the activity comes with the row.
    model.upsert(row(QStringLiteral("b"), InstanceState::Stopped));
    QCOMPARE(cell(model, 1, InstanceListModel::Estimate), QStringLiteral("2.50 EUR/month"));
    model.upsert(row(QStringLiteral("a")));
    QCOMPARE(cell(model, 0, InstanceListModel::State), QStringLiteral("Running"));
    model.setActivity(QStringLiteral("a"), QStringLiteral("stop"));
    model.setActivity(QStringLiteral("a"), {});
    QCOMPARE(cell(model, 0, InstanceListModel::State), QStringLiteral("Running"));
}

void TestInstanceListModel::hostileNamesStayOneLine()
{
    InstanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstanceRow r = row(QStringLiteral("x"));
    r.blueprintName = QStringLiteral("evil\nblue\x01print");
    model.setItems({r});
    QVERIFY(!cell(model, 0, InstanceListModel::Blueprint).contains(QLatin1Char('\n')));
}

QTEST_MAIN(TestInstanceListModel)
#include "tst_instancelistmodel.moc"
