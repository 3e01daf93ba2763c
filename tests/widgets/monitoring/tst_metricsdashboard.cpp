// The metrics dashboard offscreen on a real MetricStore: the range buttons
// change what is read (raw for an hour, minutes beyond), Live appends
// samples of its target only and only while on, a target without data says
// so, containers have no disk usage chart, all charts export.
// SLOOP_SHOT_DIR keeps light and dark pictures for a look.
#include "monitoringfixture.h"

#include "metrics/metricseriesmodel.h"
#include "monitoring/metricchart.h"
#include "monitoring/metricsdashboard.h"
#include "shell/theme.h"
#include "store/database.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sloop;
using namespace sloop::widgets;
namespace names = sloop::metrics::names;
using metrics::Resolution;

class TestMetricsDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rangeButtonsChangeResolution();
    void liveAppendsOnlyWhenOn();
    void emptyStateUntilData();
    void plotAreasLineUp();
    void containerHasNoDiskUsage();
    void exportAll();
    void screenshots();

private:
    QToolButton *button(MetricsDashboard &d, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<metrics::MetricStore> m_store;
    qint64 m_now = 0;
};

void TestMetricsDashboard::init()
{
    m_db = std::make_unique<store::Database>();
    QVERIFY(
        m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()))).ok());
    m_store = std::make_unique<metrics::MetricStore>(m_db.get());
    m_now = QDateTime::currentMSecsSinceEpoch();
}

void TestMetricsDashboard::cleanup()
{
    m_store.reset();
    m_db.reset();
}

QToolButton *TestMetricsDashboard::button(MetricsDashboard &d, const QString &name)
{
    auto *b = d.findChild<QToolButton *>(name);
    if (!b)
        qWarning() << "no button" << name;
    return b;
}

void TestMetricsDashboard::rangeButtonsChangeResolution()
{
    QVERIFY(testing::fillTarget(*m_store, QStringLiteral("host/web1"), m_now,
                                {.rawStepS = 10, .minuteDays = 3}));
    MetricsDashboard d(m_store.get());
    d.resize(1000, 700);
    d.setTarget(metrics::Target::host(QStringLiteral("web1")));
    QVERIFY(!d.isShowingEmptyState());
    QCOMPARE(d.range(), MetricsDashboard::Range::Hour);
    QCOMPARE(metrics::toString(d.lastResolution()), metrics::toString(Resolution::Raw));
    // 55 minutes every 10 s: 331 samples, every one read.
    QCOMPARE(d.modelFor(names::kCpu)->rowCount(), 331);
    QCOMPARE(d.chartFor(names::kCpu)->rangeTo() - d.chartFor(names::kCpu)->rangeFrom(),
             MetricsDashboard::rangeMs(MetricsDashboard::Range::Hour));

    QToolButton *sixHours = button(d, QStringLiteral("range_6h"));
    QVERIFY(sixHours && sixHours->isCheckable() && !sixHours->accessibleName().isEmpty());
    QTest::mouseClick(sixHours, Qt::LeftButton);
    QVERIFY(sixHours->isChecked());
    QVERIFY(!button(d, QStringLiteral("range_1h"))->isChecked());
    QCOMPARE(d.range(), MetricsDashboard::Range::SixHours);
    QCOMPARE(metrics::toString(d.lastResolution()), metrics::toString(Resolution::Minute));
    // Minutes of six hours but the 5 quiet ones: about 355, the newest
    // rolled up on the fly.
    const int sixHourRows = d.modelFor(names::kCpu)->rowCount();
    QVERIFY2(sixHourRows >= 345 && sixHourRows <= 365, QByteArray::number(sixHourRows));

    QTest::mouseClick(button(d, QStringLiteral("range_2w")), Qt::LeftButton);
    QCOMPARE(d.range(), MetricsDashboard::Range::TwoWeeks);
    QCOMPARE(metrics::toString(d.lastResolution()), metrics::toString(Resolution::Minute));
    // Only three days stored: the rows are those, not two weeks' worth.
    const int twoWeekRows = d.modelFor(names::kCpu)->rowCount();
    QVERIFY2(twoWeekRows > 3 * 1440 - 10 && twoWeekRows < 3 * 1440 + 70,
             QByteArray::number(twoWeekRows));
    QCOMPARE(d.chartFor(names::kCpu)->rangeTo() - d.chartFor(names::kCpu)->rangeFrom(),
             MetricsDashboard::rangeMs(MetricsDashboard::Range::TwoWeeks));
    // The network chart has both lines.
    QCOMPARE(d.chartFor(names::kNetOut), d.chartFor(names::kNetIn));
    QCOMPARE(d.chartFor(names::kNetIn)->seriesCount(), 2);
}

void TestMetricsDashboard::liveAppendsOnlyWhenOn()
{
    QVERIFY(testing::fillTarget(*m_store, QStringLiteral("host/web1"), m_now));
    MetricsDashboard d(m_store.get());
    d.setTarget(metrics::Target::host(QStringLiteral("web1")));
    QVERIFY(d.isLive());
    models::MetricSeriesModel *cpu = d.modelFor(names::kCpu);
    const int before = cpu->rowCount();
    const qint64 t = QDateTime::currentMSecsSinceEpoch() + 5000;
    metrics::MetricBatch batch{{QStringLiteral("host/web1"), QString(names::kCpu), t, 77},
                               {QStringLiteral("host/web1"), QString(names::kNetOut), t, 1000},
                               {QStringLiteral("host/other"), QString(names::kCpu), t, 5}};
    d.addLive(batch);
    QCOMPARE(cpu->rowCount(), before + 1);
    QCOMPARE(cpu->points().last().avg, 77.0);
    QCOMPARE(d.modelFor(names::kNetOut)->points().last().timeMs, t);
    // The right edge follows the newest sample.
    QCOMPARE(d.chartFor(names::kCpu)->rangeTo(), t);

    QToolButton *live = button(d, QStringLiteral("liveToggle"));
    QVERIFY(live && live->isChecked() && !live->accessibleName().isEmpty());
    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(!d.isLive());
    const qint64 edge = d.chartFor(names::kCpu)->rangeTo();
    batch[0].timeMs = t + 5000;
    d.addLive(batch);
    QCOMPARE(cpu->rowCount(), before + 1);
    QCOMPARE(d.chartFor(names::kCpu)->rangeTo(), edge);
    // A range picked while paused ends where the view ended.
    d.setRange(MetricsDashboard::Range::SixHours);
    QCOMPARE(d.chartFor(names::kCpu)->rangeTo(), edge);

    // Back on: read from the store again, up to now.
    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(d.isLive());
    QVERIFY(d.chartFor(names::kCpu)->rangeTo() >= m_now);
}

void TestMetricsDashboard::emptyStateUntilData()
{
    MetricsDashboard d(m_store.get());
    QVERIFY(d.isShowingEmptyState()); // no target yet
    d.setCollectIntervalSeconds(5);
    d.setTarget(metrics::Target::host(QStringLiteral("fresh")));
    QVERIFY(d.isShowingEmptyState());
    QVERIFY2(d.emptyText().contains(QLatin1String("No data for fresh yet")),
             qPrintable(d.emptyText()));
    QVERIFY(d.emptyText().contains(QLatin1String("every 5 s")));
    QVERIFY(d.emptyText().contains(QLatin1String("sloop serve")));

    // The first samples arrive: stored by the collector, then handed over.
    const metrics::MetricBatch batch{{QStringLiteral("host/fresh"), QString(names::kCpu),
                                      QDateTime::currentMSecsSinceEpoch(), 12}};
    QVERIFY(m_store->append(batch).ok());
    d.addLive(batch);
    QVERIFY(!d.isShowingEmptyState());
    QCOMPARE(d.modelFor(names::kCpu)->rowCount(), 1);
    // A chart without a point in range says so itself.
    d.chartFor(names::kMemory)->refresh();
    QVERIFY(d.chartFor(names::kMemory)->isShowingEmptyText());
}

// Side by side, the plot areas start at the same x whatever each chart's
// value labels ("100 %", "4 KiB/s", "1"), so times line up down a column.
void TestMetricsDashboard::plotAreasLineUp()
{
    QVERIFY(testing::fillTarget(*m_store, QStringLiteral("host/web1"), m_now));
    MetricsDashboard d(m_store.get());
    d.resize(1000, 900);
    d.setTarget(metrics::Target::host(QStringLiteral("web1")));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    const QList<MetricChart *> charts = d.visibleCharts();
    QVERIFY(charts.size() >= 4);
    QSet<int> widths;
    for (MetricChart *chart : charts) {
        chart->refresh();
        widths.insert(chart->valueLabelWidth());
    }
    QVERIFY2(widths.size() > 1, "all labels equally wide: nothing to line up");
    // Each chart's plot area, from its own left edge (the columns are
    // equally wide): one x for all once the layout has settled.
    const auto lefts = [&charts] {
        QSet<int> x;
        for (MetricChart *chart : charts)
            x.insert(qRound(chart->chart()->plotArea().left()));
        return x;
    };
    QTRY_COMPARE_WITH_TIMEOUT(lefts().size(), 1, 5000);
}

void TestMetricsDashboard::containerHasNoDiskUsage()
{
    MetricsDashboard d(m_store.get());
    d.setTarget(metrics::Target::container(QStringLiteral("docker"), QStringLiteral("web")));
    QCOMPARE(d.chartFor(names::kDisk), nullptr);
    QCOMPARE(d.visibleCharts().size(), 4);
    d.setTarget(metrics::Target::host(QStringLiteral("web1")));
    QVERIFY(d.chartFor(names::kDisk));
    QVERIFY(d.chartFor(names::kStatusCheckFailed));
    QCOMPARE(d.visibleCharts().size(), 6);
}

void TestMetricsDashboard::exportAll()
{
    QVERIFY(testing::fillTarget(*m_store, QStringLiteral("host/web1"), m_now));
    MetricsDashboard d(m_store.get());
    d.resize(900, 700);
    d.setTarget(metrics::Target::host(QStringLiteral("web1")));
    QTemporaryDir out;
    QVERIFY(d.exportAll(out.path(), false).ok());
    QVERIFY(d.exportAll(out.path(), true).ok());
    const QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 12);
    QVERIFY(files.contains(QStringLiteral("host-web1-network.csv")));
    QFile csv(QDir(out.path()).filePath(QStringLiteral("host-web1-cpu.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().count('\n') > 300);
    QVERIFY(!d.exportAll(out.filePath(QStringLiteral("missing/folder")), false).ok());
}

void TestMetricsDashboard::screenshots()
{
    QVERIFY(testing::fillTarget(*m_store, QStringLiteral("host/web1"), m_now,
                                {.cpu = 35, .rawStepS = 5, .minuteDays = 14}));
    const QString shots = qEnvironmentVariable("SLOOP_SHOT_DIR");
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(*qApp, theme);
        for (const auto range :
             {MetricsDashboard::Range::Hour, MetricsDashboard::Range::TwoWeeks}) {
            MetricsDashboard d(m_store.get());
            d.resize(1100, 760);
            d.setRange(range);
            QElapsedTimer timer;
            timer.start();
            d.setTarget(metrics::Target::host(QStringLiteral("web1")));
            d.show();
            QCoreApplication::processEvents();
            const QImage image = d.grab().toImage();
            qInfo("%s, %s: set target to painted in %lld ms",
                  theme == Theme::Dark ? "dark" : "light",
                  range == MetricsDashboard::Range::Hour ? "1h" : "2w", timer.elapsed());
            QVERIFY(!image.isNull());
            if (!shots.isEmpty()) {
                QVERIFY(image.save(QDir(shots).filePath(
                    QStringLiteral("dashboard-%1-%2.png")
                        .arg(range == MetricsDashboard::Range::Hour ? QStringLiteral("1h")
                                                                    : QStringLiteral("2w"),
                             theme == Theme::Dark ? QStringLiteral("dark")
                                                  : QStringLiteral("light")))));
            }
        }
        MetricsDashboard empty(m_store.get());
        empty.resize(900, 400);
        empty.setTarget(metrics::Target::container(QStringLiteral("docker"), QStringLiteral("db")));
        if (!shots.isEmpty())
            QVERIFY(empty.grab().save(
                QDir(shots).filePath(QStringLiteral("dashboard-empty-%1.png")
                                         .arg(theme == Theme::Dark ? QStringLiteral("dark")
                                                                   : QStringLiteral("light")))));
    }
    applyTheme(*qApp, Theme::Light);
}

QTEST_MAIN(TestMetricsDashboard)
#include "tst_metricsdashboard.moc"
