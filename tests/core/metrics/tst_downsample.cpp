#include "metrics/downsample.h"

#include <QTest>

#include <algorithm>

using namespace sloop::metrics;

namespace {

SeriesPoint raw(qint64 t, double v)
{
    return {t, v, v, v};
}

// `count` raw points from `start`, every `step` ms, values from `value(i)`.
QList<SeriesPoint> evenly(qint64 start, qint64 step, int count,
                          const std::function<double(int)> &value)
{
    QList<SeriesPoint> points;
    for (int i = 0; i < count; ++i)
        points.append(raw(start + i * step, value(i)));
    return points;
}

bool isSubsetInOrder(const QList<SeriesPoint> &part, const QList<SeriesPoint> &whole)
{
    qsizetype j = 0;
    for (const SeriesPoint &p : part) {
        while (j < whole.size() && whole.at(j).timeMs != p.timeMs)
            ++j;
        if (j == whole.size() || whole.at(j).avg != p.avg || whole.at(j).max != p.max)
            return false;
        ++j;
    }
    return true;
}

} // namespace

class TestDownsample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyAndOnePoint();
    void fewPointsComeBackUnchanged();
    void peaksSurvive();
    void rollupPeaksSurvive();
    void atMostFourPerBucket();
    void gapsStayGaps();
    void gapInsideOneBucket();
    void bucketEdges();
    void rangeIsInclusive();
    void medianSpacingFindsTheStep();
};

void TestDownsample::emptyAndOnePoint()
{
    QVERIFY(downsample({}, 0, 1000, 10, 10).isEmpty());
    QVERIFY(downsampleSegments({}, 0, 1000, 10, 10).isEmpty());
    const QList<SeriesPoint> one{raw(500, 3)};
    QCOMPARE(downsample(one, 0, 1000, 10, 0).size(), 1);
    QCOMPARE(downsample(one, 0, 1000, 0, 0).size(), 1);
    QCOMPARE(downsampleSegments(one, 0, 1000, 10, 0).size(), 1);
    QVERIFY(downsample(one, 600, 1000, 10, 0).isEmpty()); // outside the range
    QVERIFY(downsample(one, 1000, 0, 10, 0).isEmpty());   // backwards range
    QCOMPARE(medianSpacing(one), 0);
    QCOMPARE(splitAtGaps(one, 0).size(), 1);
}

void TestDownsample::fewPointsComeBackUnchanged()
{
    const auto points = evenly(0, 1000, 20, [](int i) { return i; });
    const auto out = downsample(points, 0, 19000, 10, 1000);
    QCOMPARE(out.size(), 20);
    QVERIFY(isSubsetInOrder(out, points));
}

void TestDownsample::peaksSurvive()
{
    // Two weeks of minutes, flat at 5 % with one single-minute spike and one dip.
    const int count = 20160;
    auto points = evenly(0, 60000, count, [](int) { return 5.0; });
    points[7777] = raw(points[7777].timeMs, 97.5);
    points[12345] = raw(points[12345].timeMs, 0.25);
    const auto out = downsample(points, 0, qint64(count - 1) * 60000, 800, 60000);
    QVERIFY(out.size() <= 2 * 800);
    QVERIFY(isSubsetInOrder(out, points));
    const auto [low, high] = std::minmax_element(
        out.cbegin(), out.cend(),
        [](const SeriesPoint &a, const SeriesPoint &b) { return a.avg < b.avg; });
    QCOMPARE(high->avg, 97.5);
    QCOMPARE(high->timeMs, points[7777].timeMs);
    QCOMPARE(low->avg, 0.25);
}

void TestDownsample::rollupPeaksSurvive()
{
    // Minute rollups: the highest max sits on a point whose avg is ordinary.
    QList<SeriesPoint> points;
    for (int i = 0; i < 1000; ++i)
        points.append({qint64(i) * 60000, 10, 9, 11});
    points[500].max = 99;
    points[600].min = -1;
    const auto out = downsample(points, 0, 999 * 60000, 50, 60000);
    QVERIFY(out.size() < points.size());
    QVERIFY(
        std::any_of(out.cbegin(), out.cend(), [](const SeriesPoint &p) { return p.max == 99; }));
    QVERIFY(
        std::any_of(out.cbegin(), out.cend(), [](const SeriesPoint &p) { return p.min == -1; }));
}

void TestDownsample::atMostFourPerBucket()
{
    // Rollups whose avg, min and max extremes sit on four different points.
    QList<SeriesPoint> points;
    for (int i = 0; i < 4000; ++i)
        points.append({qint64(i), 50.0 + (i % 4 == 0 ? 1 : 0) - (i % 4 == 1 ? 1 : 0),
                       40.0 - (i % 4 == 2 ? 1 : 0), 60.0 + (i % 4 == 3 ? 1 : 0)});
    const auto out = downsample(points, 0, 3999, 100, 1);
    QCOMPARE(out.size(), 400);
    QVERIFY(isSubsetInOrder(out, points));
}

void TestDownsample::gapsStayGaps()
{
    // 5 s samples with the host down for ten minutes in the middle.
    auto before = evenly(0, 5000, 3000, [](int i) { return i % 7; });
    const qint64 resume = before.last().timeMs + 600000;
    const auto after = evenly(resume, 5000, 3000, [](int i) { return i % 5; });
    const auto points = before + after;
    QCOMPARE(splitAtGaps(points, 5000).size(), 2);
    QCOMPARE(splitAtGaps(points, 0).size(), 2); // the median spacing finds the step

    const auto segments = downsampleSegments(points, 0, after.last().timeMs, 300, 5000);
    QCOMPARE(segments.size(), 2);
    QVERIFY(segments.at(0).last().timeMs <= before.last().timeMs);
    QVERIFY(segments.at(1).first().timeMs >= resume);
    QVERIFY(segments.at(1).first().timeMs - segments.at(0).last().timeMs >= 600000);
    // The flat list keeps the same points, the gap at least as wide as it was.
    const auto flat = downsample(points, 0, after.last().timeMs, 300, 5000);
    QCOMPARE(flat.size(), segments.at(0).size() + segments.at(1).size());
}

void TestDownsample::gapInsideOneBucket()
{
    // 10 buckets of 1000 ms; a gap from 4100 to 4900 lies within bucket 4.
    auto points = evenly(0, 50, 83, [](int i) { return i; });         // 0 .. 4100
    points += evenly(4900, 50, 103, [](int i) { return 100.0 - i; }); // 4900 .. 10000
    const auto segments = downsampleSegments(points, 0, 9999, 10, 50);
    QCOMPARE(segments.size(), 2);
    QVERIFY(segments.at(0).last().timeMs <= 4100);
    QVERIFY(segments.at(1).first().timeMs >= 4900);
}

void TestDownsample::bucketEdges()
{
    // 4 buckets over [0, 3999]: bucket k holds [1000k, 1000k + 999]. A point
    // exactly on 1000 belongs to the second bucket, not the first.
    QList<SeriesPoint> points;
    for (int i = 0; i < 4000; i += 10)
        points.append(raw(i, 1));
    for (SeriesPoint &p : points) {
        if (p.timeMs == 1000)
            p = raw(1000, 50); // first of bucket 1
        if (p.timeMs == 990)
            p = raw(990, 40); // last of bucket 0
    }
    const auto out = downsample(points, 0, 3999, 4, 10);
    // Bucket 0: low 0 (first 1), high 990; bucket 1: high 1000, low 1010 ...
    QList<qint64> times;
    for (const SeriesPoint &p : out)
        times.append(p.timeMs);
    QVERIFY2(times.contains(990), "the last point of bucket 0 is its peak");
    QVERIFY2(times.contains(1000), "the first point of bucket 1 is its peak");
    QVERIFY(out.size() <= 8);
    // The last point of the range (at toMs) falls in the last bucket.
    const auto end = downsample(points + QList<SeriesPoint>{raw(3999, 70)}, 0, 3999, 4, 10);
    QCOMPARE(end.last().timeMs, 3999);
}

void TestDownsample::rangeIsInclusive()
{
    const auto points = evenly(0, 10, 101, [](int i) { return i; }); // 0 .. 1000
    QCOMPARE(downsample(points, 100, 200, 0, 10).size(), 11);
    QCOMPARE(downsample(points, 100, 200, 0, 10).first().timeMs, 100);
    QCOMPARE(downsample(points, 100, 200, 0, 10).last().timeMs, 200);
}

void TestDownsample::medianSpacingFindsTheStep()
{
    auto points = evenly(0, 5000, 100, [](int) { return 1; });
    points.append(raw(points.last().timeMs + 3600000, 1)); // one long gap
    QCOMPARE(medianSpacing(points), 5000);
}

QTEST_GUILESS_MAIN(TestDownsample)
#include "tst_downsample.moc"
