#include "util/futures.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace sloop;

class TestFutures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aReadyFutureAnswersFromTheEventLoop();
    void aFutureFinishedElsewhereAnswersOnTheContextsThread();
    void aDestroyedContextGetsNoAnswer();
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

QTEST_GUILESS_MAIN(TestFutures)
#include "tst_futures.moc"
