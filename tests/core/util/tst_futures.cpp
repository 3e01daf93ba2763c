#include "util/futures.h"

#include <QPromise>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

#include <sched.h>

using namespace sloop;

class TestFutures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aReadyFutureAnswersFromTheEventLoop();
    void aFutureFinishedElsewhereAnswersOnTheContextsThread();
    void aDestroyedContextGetsNoAnswer();
    void aCancelledFutureGetsNoAnswer();
    void whenFinishedRacesAFinishingWorker();
    void settleOnFinishesOnTheHomeThread();
    void settleOnWithoutAHomeStillSettles();
};

// The case then(context, ...) runs inline: finished before it is attached.
void TestFutures::aReadyFutureAnswersFromTheEventLoop()
{
    QObject context;
    int answer = 0;
    whenFinished(QtFuture::makeReadyFuture(42), &context, [&](const int &v) { answer = v; });
    QCOMPARE(answer, 0);
    QTRY_COMPARE(answer, 42);
}

void TestFutures::aFutureFinishedElsewhereAnswersOnTheContextsThread()
{
    QObject context;
    QThread *answeredOn = nullptr;
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    whenFinished(promise->future(), &context,
                 [&](const QString &) { answeredOn = QThread::currentThread(); });
    std::unique_ptr<QThread> worker(QThread::create([promise] {
        promise->addResult(QStringLiteral("done"));
        promise->finish();
    }));
    worker->start();
    QVERIFY(worker->wait(5000));
    QTRY_VERIFY(answeredOn != nullptr);
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestFutures::aDestroyedContextGetsNoAnswer()
{
    bool answered = false;
    {
        QObject context;
        whenFinished(QtFuture::makeReadyFuture(1), &context, [&](const int &) { answered = true; });
    }
    QTest::qWait(50);
    QVERIFY(!answered);
}

void TestFutures::aCancelledFutureGetsNoAnswer()
{
    QObject context;
    bool answered = false;
    QFuture<int> future;
    {
        QPromise<int> dropped; // destroyed unfinished: the future is cancelled
        dropped.start();
        future = dropped.future();
    }
    whenFinished(future, &context, [&](const int &) { answered = true; });
    QTest::qWait(50);
    QVERIFY(!answered);
}

// Qt 6.4's then() runs a continuation twice, and crashes, when it is
// attached as another thread finishes the future. whenFinished must not.
// Both threads share one CPU, so either can be preempted anywhere: that is
// what widens the gap (plain then() in this loop crashed 1 run in 5 with
// 200000 rounds).
void TestFutures::whenFinishedRacesAFinishingWorker()
{
    constexpr int kRounds = 20000;
    cpu_set_t all;
    QCOMPARE(sched_getaffinity(0, sizeof all, &all), 0);
    cpu_set_t one;
    CPU_ZERO(&one);
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &all)) {
            CPU_SET(cpu, &one);
            break;
        }
    }
    QCOMPARE(sched_setaffinity(0, sizeof one, &one), 0); // the worker inherits it
    const auto restore = qScopeGuard([&all] { sched_setaffinity(0, sizeof all, &all); });
    QObject context;
    int answers = 0;
    QList<std::shared_ptr<QPromise<int>>> promises;
    for (int i = 0; i < kRounds; ++i) {
        promises.append(std::make_shared<QPromise<int>>());
        promises.last()->start();
    }
    std::unique_ptr<QThread> worker(QThread::create([promises] {
        for (const auto &p : promises) {
            p->addResult(1);
            p->finish();
        }
    }));
    worker->start();
    for (const auto &p : std::as_const(promises))
        whenFinished(p->future(), &context, [&](const int &v) { answers += v; });
    QVERIFY(worker->wait(10000));
    QTRY_COMPARE(answers, kRounds);
}

void TestFutures::settleOnFinishesOnTheHomeThread()
{
    QObject home;
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QThread *finishedOn = nullptr;
    int runs = 0;
    QFuture<void> chained = promise->future().then([&](const QString &) {
        finishedOn = QThread::currentThread();
        ++runs;
    });
    std::unique_ptr<QThread> worker(
        QThread::create([&home, promise] { settleOn(&home, promise, QStringLiteral("done")); }));
    worker->start();
    QVERIFY(worker->wait(5000));
    QTRY_VERIFY(chained.isFinished());
    QCOMPARE(finishedOn, QThread::currentThread());
    QCOMPARE(runs, 1);
    QCOMPARE(promise->future().result(), QStringLiteral("done"));
}

// The receiver went away before the answer arrived: the answer is kept
// anyway, so whoever waits is not left waiting.
void TestFutures::settleOnWithoutAHomeStillSettles()
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto *home = new QObject;
    std::unique_ptr<QThread> worker(
        QThread::create([home, promise] { settleOn(home, promise, 5); }));
    worker->start();
    QVERIFY(worker->wait(5000));
    QVERIFY(!promise->future().isFinished()); // the answer waits in home's queue
    delete home;
    QVERIFY(promise->future().isFinished());
    QCOMPARE(promise->future().result(), 5);
}

QTEST_GUILESS_MAIN(TestFutures)
#include "tst_futures.moc"
