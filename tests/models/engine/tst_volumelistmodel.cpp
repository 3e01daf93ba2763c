#include "engine/volumelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using models::VolumeListModel;

namespace {

engine::VolumeSummary volume(const QString &name, const QString &driver = QStringLiteral("local"))
{
    engine::VolumeSummary v;
    v.name = name;
    v.driver = driver;
    v.mountpoint = QStringLiteral("/var/lib/docker/volumes/") + name + QStringLiteral("/_data");
    v.created = QDateTime::currentDateTime().addSecs(-7200);
    return v;
}

} // namespace

class TestVolumeListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalUpdates()
    {
        VolumeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setItems({volume(QStringLiteral("a")), volume(QStringLiteral("b")),
                        volume(QStringLiteral("c"))});
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setItems({volume(QStringLiteral("a"), QStringLiteral("nfs")),
                        volume(QStringLiteral("c")), volume(QStringLiteral("d")),
                        volume(QStringLiteral("e"))});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][1].toInt(), 1);
        QCOMPARE(removed[0][2].toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(changed[0][1].toModelIndex().column(), VolumeListModel::ColumnCount - 1);
        QCOMPARE(inserted.count(), 1); // d and e in one batch
        QCOMPARE(inserted[0][1].toInt(), 2);
        QCOMPARE(inserted[0][2].toInt(), 3);
        QCOMPARE(model.index(0, VolumeListModel::Driver).data().toString(), QStringLiteral("nfs"));
    }

    void columns()
    {
        VolumeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto v = volume(QStringLiteral("data"));
        auto noDate = volume(QStringLiteral("old"));
        noDate.created = {};
        model.setItems({v, noDate});
        QCOMPARE(model.index(0, VolumeListModel::Name).data().toString(), QStringLiteral("data"));
        QCOMPARE(model.index(0, VolumeListModel::Mountpoint).data().toString(), v.mountpoint);
        QCOMPARE(model.index(0, VolumeListModel::Created).data().toString(),
                 QStringLiteral("2 hours ago"));
        QCOMPARE(model.index(0, VolumeListModel::Created).data(Qt::UserRole).toDateTime(),
                 v.created);
        QCOMPARE(model.index(1, VolumeListModel::Created).data().toString(), QString());
        QCOMPARE(model.index(1, VolumeListModel::Driver).data(models::IdRole).toString(),
                 QStringLiteral("old"));
        QCOMPARE(model.headerData(VolumeListModel::Mountpoint, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Mount point"));
    }

    void hostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("newline") << QStringLiteral("one\ntwo");
        QTest::newRow("rtl") << QStringLiteral("\u202Eemankcil");
        QTest::newRow("long") << QString(10000, QLatin1Char('v'));
    }

    void hostileNames()
    {
        QFETCH(QString, name);
        VolumeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({volume(name)});
        const QString shown = model.index(0, VolumeListModel::Name).data().toString();
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QVERIFY(shown.size() <= 203);
        QCOMPARE(model.index(0, 0).data(models::IdRole).toString(), name); // actions get it whole
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(name.left(100)));
    }
};

QTEST_GUILESS_MAIN(TestVolumeListModel)
#include "tst_volumelistmodel.moc"
