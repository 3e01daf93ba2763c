#include "engine/networklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using models::NetworkListModel;

namespace {

engine::NetworkSummary network(const QString &id, const QString &name,
                               QStringList subnets = {QStringLiteral("172.18.0.0/16")})
{
    engine::NetworkSummary n;
    n.id = id;
    n.name = name;
    n.driver = QStringLiteral("bridge");
    n.scope = QStringLiteral("local");
    n.subnets = std::move(subnets);
    return n;
}

} // namespace

class TestNetworkListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalUpdates()
    {
        NetworkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const auto bridge = network(QStringLiteral("1"), QStringLiteral("bridge"));
        const auto host = network(QStringLiteral("2"), QStringLiteral("host"), {});
        const auto mine = network(QStringLiteral("3"), QStringLiteral("mine"));
        model.setItems({bridge, host, mine});

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Renamed network, same id: a change, not a remove + insert.
        auto renamed = mine;
        renamed.name = QStringLiteral("yours");
        auto internal = host;
        internal.internal = true;
        model.setItems({bridge, internal, renamed});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1); // rows 1..2 in one contiguous range
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 2);
        QCOMPARE(model.index(2, NetworkListModel::Name).data().toString(), QStringLiteral("yours"));
        QCOMPARE(model.index(1, NetworkListModel::Internal).data().toString(),
                 QStringLiteral("Yes"));
        QCOMPARE(model.index(1, NetworkListModel::Internal).data(Qt::UserRole).toBool(), true);
    }

    void columns()
    {
        NetworkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({network(QStringLiteral("abc"), QStringLiteral("web"),
                                {QStringLiteral("10.0.0.0/24"), QStringLiteral("fd00::/64")})});
        QCOMPARE(model.index(0, NetworkListModel::Subnets).data().toString(),
                 QStringLiteral("10.0.0.0/24, fd00::/64"));
        QCOMPARE(model.index(0, NetworkListModel::Driver).data().toString(),
                 QStringLiteral("bridge"));
        QCOMPARE(model.index(0, NetworkListModel::Scope).data().toString(),
                 QStringLiteral("local"));
        QCOMPARE(model.index(0, NetworkListModel::Internal).data().toString(),
                 QStringLiteral("No"));
        QCOMPARE(model.index(0, NetworkListModel::Scope).data(models::IdRole).toString(),
                 QStringLiteral("abc"));
        QVERIFY(model.index(0, NetworkListModel::Name)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("abc")));
        QVERIFY(NetworkListModel::isBuiltIn(QStringLiteral("bridge")));
        QVERIFY(NetworkListModel::isBuiltIn(QStringLiteral("none")));
        QVERIFY(!NetworkListModel::isBuiltIn(QStringLiteral("bridge2")));
    }

    void hostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("newline") << QStringLiteral("net\nwork");
        QTest::newRow("rtl") << QStringLiteral("\u200F\u202Ekrowten");
        QTest::newRow("long") << QString(10000, QLatin1Char('n'));
    }

    void hostileNames()
    {
        QFETCH(QString, name);
        NetworkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({network(QStringLiteral("id1"), name)});
        const QString shown = model.index(0, NetworkListModel::Name).data().toString();
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QVERIFY(shown.size() <= 203);
    }
};

QTEST_GUILESS_MAIN(TestNetworkListModel)
#include "tst_networklistmodel.moc"
