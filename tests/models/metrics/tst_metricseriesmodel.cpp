#include "metrics/metricnames.h"
#include "metrics/metricseriesmodel.h"
#include "metrics/metricunits.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::models;
using metrics::SeriesPoint;

namespace {

SeriesPoint raw(qint64 t, double v)
{
    return {t, v, v, v};
}

} // namespace

class TestMetricSeriesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void setSeriesFillsRows();
    void liveAppendsInsertRowsWithoutReset();
    void liveSameTimeReplacesOlderIsDropped();
    void removeBeforeSlidesTheWindow();
    void nearestRow();
    void displayUsesTheUnit();
    void unitsByMetricName();
    void niceTicks_data();
    void niceTicks();

private:
    std::unique_ptr<MetricSeriesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMetricSeriesModel::init()
{
    QLocale::setDefault(QLocale::c());
    m_model = std::make_unique<MetricSeriesModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMetricSeriesModel::setSeriesFillsRows()
{
    m_model->setMetric(QStringLiteral("host/web"), metrics::names::kCpu);
    m_model->setSeries({{1000, 10, 5, 20}, {61000, 12, 6, 30}}, 60000);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->stepMs(), 60000);
    const QModelIndex max = m_model->index(1, MetricSeriesModel::MaximumColumn);
    QCOMPARE(max.data(MetricSeriesModel::ValueRole).toDouble(), 30.0);
    QCOMPARE(max.data(MetricSeriesModel::TimeMsRole).toLongLong(), 61000);
    QCOMPARE(m_model->headerData(MetricSeriesModel::MinimumColumn, Qt::Horizontal).toString(),
             QStringLiteral("Minimum"));
}

void TestMetricSeriesModel::liveAppendsInsertRowsWithoutReset()
{
    m_model->setSeries({raw(0, 1), raw(5000, 2)}, 0);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QCOMPARE(m_model->appendLive(raw(10000, 3)), 1);
    QCOMPARE(m_model->appendLive({raw(15000, 4), raw(20000, 5), raw(25000, 6)}), 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(inserts.at(1).at(1).toInt(), 3); // first new row
    QCOMPARE(inserts.at(1).at(2).toInt(), 5); // last new row
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->stepMs(), 5000); // median spacing, none was given
    // Into an empty model too.
    m_model->clear();
    QCOMPARE(m_model->appendLive(raw(1, 1)), 1);
    QCOMPARE(resets.count(), 0);
}

void TestMetricSeriesModel::liveSameTimeReplacesOlderIsDropped()
{
    m_model->setSeries({raw(0, 1), raw(5000, 2)}, 5000);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->appendLive(raw(5000, 9)), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->points().last().avg, 9.0);
    QCOMPARE(m_model->appendLive(raw(100, 7)), 0);
    QCOMPARE(m_model->rowCount(), 2);
    // Within one batch: out of order ones are dropped, duplicates keep the last.
    QCOMPARE(m_model->appendLive({raw(10000, 1), raw(8000, 1), raw(10000, 4)}), 1);
    QCOMPARE(m_model->points().last().avg, 4.0);
}

void TestMetricSeriesModel::removeBeforeSlidesTheWindow()
{
    m_model->setSeries({raw(0, 1), raw(5000, 2), raw(10000, 3)}, 5000);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeBefore(5000);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    m_model->removeBefore(0); // nothing older
    QCOMPARE(removed.count(), 1);
    m_model->removeBefore(100000);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMetricSeriesModel::nearestRow()
{
    QCOMPARE(m_model->nearestRow(5), -1);
    m_model->setSeries({raw(0, 1), raw(5000, 2), raw(10000, 3)}, 5000);
    QCOMPARE(m_model->nearestRow(-100), 0);
    QCOMPARE(m_model->nearestRow(2400), 0);
    QCOMPARE(m_model->nearestRow(2600), 1);
    QCOMPARE(m_model->nearestRow(99999), 2);
}

void TestMetricSeriesModel::displayUsesTheUnit()
{
    m_model->setSeries({raw(0, 1536 * 1024)}, 0);
    m_model->setMetric(QStringLiteral("host/web"), QStringLiteral("net_in:eth0"));
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("1.5 MiB/s"));
    m_model->setMetric(QStringLiteral("host/web"), metrics::names::kMemory);
    m_model->setSeries({raw(0, 42)}, 0);
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("42 %"));
    QVERIFY(!m_model->index(0, 0).data().toString().isEmpty());
}

void TestMetricSeriesModel::unitsByMetricName()
{
    QCOMPARE(unitOfMetric(QStringLiteral("cpu")), MetricUnit::Percent);
    QCOMPARE(unitOfMetric(QStringLiteral("disk_used_pct:/var")), MetricUnit::Percent);
    QCOMPARE(unitOfMetric(QStringLiteral("mem_used")), MetricUnit::Bytes);
    QCOMPARE(unitOfMetric(QStringLiteral("disk_read:sda")), MetricUnit::BytesPerSecond);
    QCOMPARE(unitOfMetric(QStringLiteral("load1")), MetricUnit::Number);
    QCOMPARE(formatMetricValue(0.4567, MetricUnit::Number), QStringLiteral("0.46"));
    QCOMPARE(formatMetricValue(512, MetricUnit::Bytes), QStringLiteral("512 B"));
    QCOMPARE(formatMetricValue(3.0 * 1024 * 1024 * 1024, MetricUnit::Bytes),
             QStringLiteral("3 GiB"));
}

void TestMetricSeriesModel::niceTicks_data()
{
    QTest::addColumn<double>("top");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("lastLabel");
    QTest::addColumn<QString>("firstLabel");
    QTest::newRow("percent") << 73.0 << int(MetricUnit::Percent) << 80.0 << "80 %"
                             << "0 %";
    QTest::newRow("percent small") << 2.2 << int(MetricUnit::Percent) << 3.0 << "3 %"
                                   << "0 %";
    QTest::newRow("bytes/s in MiB")
        << 3.3 * 1048576 << int(MetricUnit::BytesPerSecond) << 4.0 * 1048576 << "4 MiB/s"
        << "0 B/s";
    QTest::newRow("nothing") << 0.0 << int(MetricUnit::Number) << 1.0 << "1"
                             << "0";
    QTest::newRow("halves") << 1.8 << int(MetricUnit::Number) << 2.0 << "2"
                            << "0";
    QTest::newRow("quarters") << 0.9 << int(MetricUnit::Number) << 1.0 << "1"
                              << "0";
    QTest::newRow("tiny") << 0.03 << int(MetricUnit::Number) << 0.03 << "0.03"
                          << "0";
}

void TestMetricSeriesModel::niceTicks()
{
    QFETCH(double, top);
    QFETCH(int, unit);
    QFETCH(double, max);
    QFETCH(QString, lastLabel);
    QFETCH(QString, firstLabel);
    const AxisTicks ticks = models::niceTicks(top, MetricUnit(unit));
    QCOMPARE(ticks.labels.first(), firstLabel);
    QVERIFY(qAbs(ticks.max - max) < max * 1e-9);
    QCOMPARE(ticks.labels.last(), lastLabel);
    QCOMPARE(ticks.values.size(), ticks.labels.size());
    QVERIFY(ticks.values.size() <= 5);
    QCOMPARE(ticks.values.first(), 0.0);
}

QTEST_GUILESS_MAIN(TestMetricSeriesModel)
#include "tst_metricseriesmodel.moc"
