// A queue's depth over time from its jobs' spans: waiting from submission
// to the first start, running from there to the end, open ends counted as
// still going; each point the most since the one before.
#include "batch/queuedepth.h"

#include <QTest>

using namespace sloop::batch;

class TestQueueDepth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWaitingAndRunningAtEachMoment()
    {
        const QList<JobSpan> jobs = {
            {1000, 3000, 6000}, // waits 1–3 s, runs 3–6 s
            {2000, 0, 0},       // still waiting
            {2000, 4000, 0},    // runs from 4 s on
            {1000, 0, 2500},    // cancelled while it waited
        };
        const QList<DepthPoint> points = queueDepth(jobs, 0, 7000, 8); // every second
        QCOMPARE(points.size(), 8);
        // The most since the point before.
        const QList<int> waiting{0, 2, 4, 4, 2, 1, 1, 1};
        const QList<int> running{0, 0, 0, 1, 2, 2, 2, 1};
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(points[i].ms, qint64(i * 1000));
            QVERIFY2(points[i].waiting == waiting[i], qPrintable(QString::number(i)));
            QVERIFY2(points[i].running == running[i], qPrintable(QString::number(i)));
        }
    }

    // A job of a second between points an hour apart still shows.
    void aShortJobBetweenTwoPointsShows()
    {
        const QList<DepthPoint> points = queueDepth({{10'000, 11'000, 12'000}}, 0, 60'000, 2);
        QCOMPARE(points[0].running, 0);
        QCOMPARE(points[1].running, 1);
        QCOMPARE(points[1].waiting, 1);
    }

    void nothingForAnEmptyRange()
    {
        QVERIFY(queueDepth({{1, 2, 3}}, 10, 10, 5).isEmpty());
        QVERIFY(queueDepth({{1, 2, 3}}, 0, 10, 1).isEmpty());
        QCOMPARE(queueDepth({}, 0, 10, 3).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestQueueDepth)
#include "tst_queuedepth.moc"
