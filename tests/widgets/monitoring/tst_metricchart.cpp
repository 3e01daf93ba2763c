#include "metrics/downsample.h"
#include "metrics/metricnames.h"
#include "metrics/metricseriesmodel.h"
#include "monitoring/metricchart.h"
#include "shell/theme.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;
using metrics::SeriesPoint;
using models::MetricSeriesModel;

namespace {

constexpr qint64 kStart = 1'700'000'000'000; // a fixed Tuesday in November 2023
constexpr qint64 kMinute = 60'000;

QList<SeriesPoint> minutes(int count, const std::function<double(int)> &value,
                           qint64 start = kStart)
{
    QList<SeriesPoint> points;
    for (int i = 0; i < count; ++i) {
        const double v = value(i);
        points.append({start + i * kMinute, v, v, v});
    }
    return points;
}

// The view position over the point at (timeMs, value) of the chart's first series.
QPoint viewPosOf(MetricChart &chart, qint64 timeMs, double value)
{
    const QPointF inChart = chart.chart()->mapToPosition(QPointF(qreal(timeMs), value),
                                                         chart.chart()->series().first());
    return chart.mapFromScene(chart.chart()->mapToScene(inChart));
}

} // namespace

class TestMetricChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pointCountsAfterDownsampling();
    void smallSeriesDrawnWhole();
    void gapBreaksTheLine();
    void hoverShowsNearestPoint();
    void hoverOverGapSaysNoData();
    void zoomThenReset();
    void wheelAndKeysZoomAndPan();
    void rubberBandZooms();
    void liveAppendsReachTheChart();
    void emptyText();
    void exportPng();
    void exportCsv();
    void followsLightAndDark();

private:
    std::unique_ptr<MetricChart> m_chart;
    std::unique_ptr<MetricSeriesModel> m_cpu;
    std::unique_ptr<MetricSeriesModel> m_other;
};

void TestMetricChart::init()
{
    QLocale::setDefault(QLocale::c());
    m_cpu = std::make_unique<MetricSeriesModel>();
    m_cpu->setMetric(QStringLiteral("host/web-1"), metrics::names::kCpu);
    m_other = std::make_unique<MetricSeriesModel>();
    m_other->setMetric(QStringLiteral("host/web-1"), metrics::names::kNetOut);
    m_chart = std::make_unique<MetricChart>();
    m_chart->setTitle(QStringLiteral("CPU"));
    m_chart->resize(800, 300);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestMetricChart::cleanup()
{
    m_chart.reset();
}

void TestMetricChart::pointCountsAfterDownsampling()
{
    // Two weeks of minutes (20,160), four lines, as the 2-week range has them.
    const int count = 20160;
    const auto points = minutes(count, [](int i) { return 20 + 15 * std::sin(i / 50.0); });
    m_cpu->setSeries(points, kMinute);
    m_other->setSeries(minutes(count, [](int i) { return i % 97; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->addSeries(m_other.get(), QStringLiteral("Other"));
    m_chart->setRange(kStart, kStart + (count - 1) * kMinute);
    m_chart->refresh();
    m_chart->refresh(); // the second pass sees the laid-out plot area

    const int buckets = int(m_chart->chart()->plotArea().width());
    QVERIFY(buckets > 500);
    const auto expected =
        metrics::downsample(points, kStart, kStart + (count - 1) * kMinute, buckets, kMinute);
    QCOMPARE(m_chart->drawnPointCount(0), int(expected.size()));
    QVERIFY(m_chart->drawnPointCount(0) <= 2 * buckets); // raw points: low and high per bucket
    QVERIFY(m_chart->drawnPointCount(1) <= 2 * buckets);
    QCOMPARE(m_chart->segmentCount(0), 1);
    QCOMPARE(m_chart->seriesCount(), 2);
}

void TestMetricChart::smallSeriesDrawnWhole()
{
    m_cpu->setSeries(minutes(60, [](int i) { return i; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 60 * kMinute);
    m_chart->refresh();
    QCOMPARE(m_chart->drawnPointCount(0), 60);
}

void TestMetricChart::gapBreaksTheLine()
{
    // An hour of minutes, the host down from minute 20 to 40.
    auto points = minutes(20, [](int) { return 10; });
    points += minutes(
        20, [](int) { return 30; }, kStart + 40 * kMinute);
    m_cpu->setSeries(points, kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 60 * kMinute);
    m_chart->refresh();
    QCOMPARE(m_chart->segmentCount(0), 2);
    QCOMPARE(m_chart->drawnPointCount(0), 40);
    // The gap filled: one line again, the second piece emptied.
    m_cpu->setSeries(minutes(60, [](int) { return 10; }), kMinute);
    m_chart->refresh();
    QCOMPARE(m_chart->segmentCount(0), 1);
}

void TestMetricChart::hoverShowsNearestPoint()
{
    m_cpu->setSeries(minutes(60, [](int i) { return i == 30 ? 42.5 : 10; }), kMinute);
    m_other->setSeries(minutes(60, [](int) { return 2048; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->addSeries(m_other.get(), QStringLiteral("Sent"));
    m_chart->setRange(kStart, kStart + 59 * kMinute);
    m_chart->refresh();
    const qint64 t = kStart + 30 * kMinute;
    // A little off the point in time: the nearest one is still minute 30.
    m_chart->hoverAt(viewPosOf(*m_chart, t + 10'000, 42.5));
    const QString text = m_chart->hoverText();
    QVERIFY2(text.contains(QStringLiteral("CPU: 42.5 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sent: 2 KiB/s")), qPrintable(text));
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(t);
    QVERIFY2(text.contains(time.time().toString(QStringLiteral("HH:mm:ss"))), qPrintable(text));
    // The mouse does the same (mouse tracking is on: no button held).
    const QPoint at = viewPosOf(*m_chart, kStart + 10 * kMinute, 10);
    QMouseEvent move(QEvent::MouseMove, QPointF(at), m_chart->viewport()->mapToGlobal(QPointF(at)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_chart->viewport(), &move);
    QVERIFY2(m_chart->hoverText().contains(QStringLiteral("CPU: 10 %")),
             qPrintable(m_chart->hoverText()));
    // Outside the plot: nothing.
    m_chart->hoverAt(QPoint(1, 1));
    QVERIFY(m_chart->hoverText().isEmpty());
}

void TestMetricChart::hoverOverGapSaysNoData()
{
    auto points = minutes(10, [](int) { return 10; });
    points += minutes(
        10, [](int) { return 30; }, kStart + 50 * kMinute);
    m_cpu->setSeries(points, kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 59 * kMinute);
    m_chart->refresh();
    m_chart->hoverAt(viewPosOf(*m_chart, kStart + 30 * kMinute, 5));
    QVERIFY2(m_chart->hoverText().contains(QStringLiteral("CPU: no data")),
             qPrintable(m_chart->hoverText()));
}

void TestMetricChart::zoomThenReset()
{
    const int count = 20160;
    m_cpu->setSeries(minutes(count, [](int i) { return i % 100; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    const qint64 end = kStart + (count - 1) * kMinute;
    m_chart->setRange(kStart, end);
    m_chart->refresh();
    QSignalSpy zoomed(m_chart.get(), &MetricChart::zoomChanged);
    const qint64 from = kStart + 1000 * kMinute;
    m_chart->zoomTo(from, from + 120 * kMinute);
    m_chart->refresh();
    QVERIFY(m_chart->isZoomed());
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(m_chart->visibleFrom(), from);
    QCOMPARE(m_chart->visibleTo(), from + 120 * kMinute);
    // Two hours of minutes fit the width: every point in view (and one each side).
    QCOMPARE(m_chart->drawnPointCount(0), 121 + 2);
    // Zooming past the minimum span stops at it.
    m_chart->zoomTo(from, from + 1000);
    QCOMPARE(m_chart->visibleTo() - m_chart->visibleFrom(), 10 * kMinute);
    m_chart->resetZoom();
    m_chart->refresh();
    QVERIFY(!m_chart->isZoomed());
    QCOMPARE(zoomed.count(), 2);
    QCOMPARE(m_chart->visibleFrom(), kStart);
    QCOMPARE(m_chart->visibleTo(), end);
    QVERIFY(m_chart->drawnPointCount(0) < 4000);
}

void TestMetricChart::wheelAndKeysZoomAndPan()
{
    m_cpu->setSeries(minutes(600, [](int i) { return i % 10; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 600 * kMinute);
    m_chart->refresh();
    const QPoint middle = viewPosOf(*m_chart, kStart + 300 * kMinute, 5);
    QWheelEvent wheel(middle, m_chart->viewport()->mapToGlobal(middle), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_chart->viewport(), &wheel);
    QVERIFY(m_chart->isZoomed());
    const qint64 span = m_chart->visibleTo() - m_chart->visibleFrom();
    QVERIFY(span < 600 * kMinute * 0.8);
    const qint64 before = m_chart->visibleFrom();
    QTest::keyClick(m_chart.get(), Qt::Key_Right);
    QCOMPARE(m_chart->visibleFrom(), before + span / 10);
    QTest::keyClick(m_chart.get(), Qt::Key_Left);
    QCOMPARE(m_chart->visibleFrom(), before);
    // Dragging with Shift pans: to the right shows earlier times.
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, middle);
    QMouseEvent move(QEvent::MouseMove, QPointF(middle + QPoint(50, 0)),
                     m_chart->viewport()->mapToGlobal(QPointF(middle + QPoint(50, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(m_chart->viewport(), &move);
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                        middle + QPoint(50, 0));
    QVERIFY(m_chart->visibleFrom() < before);
    QTest::keyClick(m_chart.get(), Qt::Key_Escape);
    QVERIFY(!m_chart->isZoomed());
    QTest::keyClick(m_chart.get(), Qt::Key_Plus);
    QCOMPARE(m_chart->visibleTo() - m_chart->visibleFrom(), 300 * kMinute);
}

void TestMetricChart::rubberBandZooms()
{
    m_cpu->setSeries(minutes(600, [](int i) { return i % 10; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 600 * kMinute);
    m_chart->refresh();
    const QPoint a = viewPosOf(*m_chart, kStart + 100 * kMinute, 5);
    const QPoint b = viewPosOf(*m_chart, kStart + 200 * kMinute, 5);
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, Qt::NoModifier, a);
    QMouseEvent move(QEvent::MouseMove, QPointF(b), m_chart->viewport()->mapToGlobal(QPointF(b)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_chart->viewport(), &move);
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, Qt::NoModifier, b);
    QVERIFY(m_chart->isZoomed());
    // Within a few pixels' worth of time of where the band began and ended.
    const qint64 slack = 3 * kMinute;
    QVERIFY2(std::abs(m_chart->visibleFrom() - (kStart + 100 * kMinute)) < slack,
             qPrintable(QString::number((m_chart->visibleFrom() - kStart) / kMinute)));
    QVERIFY(std::abs(m_chart->visibleTo() - (kStart + 200 * kMinute)) < slack);
    QTest::mouseDClick(m_chart->viewport(), Qt::LeftButton, Qt::NoModifier, a);
    QVERIFY(!m_chart->isZoomed());
}

void TestMetricChart::liveAppendsReachTheChart()
{
    m_cpu->setSeries(minutes(10, [](int) { return 10; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 60 * kMinute);
    m_chart->refresh();
    QCOMPARE(m_chart->drawnPointCount(0), 10);
    m_cpu->appendLive({kStart + 10 * kMinute, 50, 50, 50});
    QTRY_COMPARE(m_chart->drawnPointCount(0), 11);
}

void TestMetricChart::emptyText()
{
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setEmptyText(QStringLiteral("No data yet"));
    m_chart->setRange(kStart, kStart + 60 * kMinute);
    m_chart->refresh();
    QVERIFY(m_chart->isShowingEmptyText());
    m_cpu->appendLive({kStart + kMinute, 5, 5, 5});
    QTRY_VERIFY(!m_chart->isShowingEmptyText());
}

void TestMetricChart::exportPng()
{
    m_cpu->setSeries(minutes(60, [](int i) { return i; }), kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU"));
    m_chart->setRange(kStart, kStart + 60 * kMinute);
    m_chart->refresh();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cpu.png"));
    const VoidResult written = m_chart->exportPng(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_chart->size() * m_chart->devicePixelRatio());
    // Not a blank picture: background, line, grid and text colours at least.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));
    // A folder that does not exist: an error a person can read, no crash.
    const VoidResult failed = m_chart->exportPng(dir.filePath(QStringLiteral("no/such/dir.png")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().contains(QStringLiteral("dir.png")));
}

void TestMetricChart::exportCsv()
{
    m_cpu->setSeries(minutes(60, [](int i) { return i; }), kMinute);
    m_other->setSeries({{kStart, 100, 50, 150}}, kMinute);
    m_chart->addSeries(m_cpu.get(), QStringLiteral("CPU, all"));
    m_chart->addSeries(m_other.get(), QStringLiteral("Sent"));
    m_chart->setRange(kStart, kStart + 59 * kMinute);
    m_chart->zoomTo(kStart, kStart + 19 * kMinute);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cpu.csv"));
    QVERIFY(m_chart->exportCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("time,series,target,metric,average,minimum,maximum"));
    QCOMPARE(lines.size(), 1 + 20 + 1); // header, 20 minutes in view, one Sent point
    QCOMPARE(lines.at(1), QByteArray("2023-11-14T22:13:20.000Z,\"CPU, all\",host/web-1,cpu,0,0,0"));
    QCOMPARE(lines.last(),
             QByteArray("2023-11-14T22:13:20.000Z,Sent,host/web-1,net_out,100,50,150"));
}

void TestMetricChart::followsLightAndDark()
{
    // Two weeks of minutes, sent and received, with a gap and spikes: what a
    // person sees. SLOOP_SHOT_DIR keeps the pictures for a look.
    const int count = 20160;
    auto in = minutes(
        count, [](int i) { return 3e6 * (1.2 + std::sin(i / 229.0)) * (i % 997 == 0 ? 6 : 1); });
    in.remove(9000, 600);
    m_cpu->setMetric(QStringLiteral("host/web-1"), metrics::names::kNetIn);
    m_cpu->setSeries(in, kMinute);
    m_other->setSeries(minutes(count, [](int i) { return 1e6 * (1.1 + std::cos(i / 300.0)); }),
                       kMinute);
    m_chart->setTitle(QStringLiteral("Network"));
    m_chart->addSeries(m_cpu.get(), QStringLiteral("Received"));
    m_chart->addSeries(m_other.get(), QStringLiteral("Sent"));
    m_chart->setRange(kStart, kStart + (count - 1) * kMinute);
    m_chart->resize(900, 320);
    m_chart->refresh();
    QCOMPARE(m_chart->segmentCount(0), 2);
    const QString shots = qEnvironmentVariable("SLOOP_SHOT_DIR");
    for (const auto theme : {Theme::Light, Theme::Dark}) {
        applyTheme(*qApp, theme);
        m_chart->setPalette(qApp->palette());
        m_chart->refresh();
        m_chart->hoverAt(viewPosOf(*m_chart, kStart + 5000 * kMinute, 0));
        const QImage image = m_chart->grab().toImage();
        const bool dark = image.pixelColor(3, 3).lightness() < 128;
        QCOMPARE(dark, theme == Theme::Dark);
        if (!shots.isEmpty())
            image.save(shots + (theme == Theme::Dark ? QStringLiteral("/metricchart-dark.png")
                                                     : QStringLiteral("/metricchart-light.png")));
    }
    applyTheme(*qApp, Theme::Light);
}

QTEST_MAIN(TestMetricChart)
#include "tst_metricchart.moc"
