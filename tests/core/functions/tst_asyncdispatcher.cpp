// Event invocations on the real dockerd: queued durably, run by the
// dispatcher, retried after a function error (with the waits shortened),
// sent to a dead-letter folder or to another function as Lambda's record,
// expired when too old, kept while no dispatcher runs, and throttled
// attempts not counted.
#include "functions/asyncdispatcher.h"
#include "functionservicefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

const QByteArray kCode = R"(import json
def handler(event, context):
    print("EVENT " + json.dumps(event))
    if event.get("fail"):
        raise ValueError("asked to fail")
    return {"ok": True}
)";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAsyncDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void badEventsAreRefusedAtTheDoor();
    void configIsChecked();
    void succeedsAndLeavesTheQueue();
    void retriesThenTheDeadLetterFolder();
    void failureGoesToAnotherFunction();
    void tooOldIsExpired();
    void waitsInTheStoreWhileNoDispatcherRuns();
    void throttledAttemptsAreNotCounted();

private:
    QString create(const QString &prefix);
    // The condition `finished` reported for the request, once it did.
    QString waitFinished(QSignalSpy &spy, const QString &requestId, int ms = 60000);
    int invocationsOf(const QString &function);

    test::FunctionServiceFixture m_fixture;
    FunctionService *m_service = nullptr;
    std::unique_ptr<AsyncDispatcher> m_dispatcher;
    QStringList m_made;
    QString m_function;
};

void TestAsyncDispatcher::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_service = m_fixture.service.get();
    m_function = create(QStringLiteral("async"));
    QVERIFY(!m_function.isEmpty());
}

void TestAsyncDispatcher::cleanupTestCase()
{
    m_dispatcher.reset();
    m_fixture.tearDown(m_made);
}

void TestAsyncDispatcher::init()
{
    m_dispatcher = std::make_unique<AsyncDispatcher>(*m_service);
    m_dispatcher->setRetryDelays({50, 100});
}

void TestAsyncDispatcher::cleanup()
{
    m_dispatcher->stop();
    m_dispatcher.reset();
}

QString TestAsyncDispatcher::create(const QString &prefix)
{
    FunctionRecord record;
    record.name = test::uniqueName(prefix);
    m_made << record.name;
    const auto created =
        test::await(m_service->create(record, {{QStringLiteral("app.py"), kCode}}), 120000);
    return created ? record.name : QString();
}

QString TestAsyncDispatcher::waitFinished(QSignalSpy &spy, const QString &requestId, int ms)
{
    QString condition = QStringLiteral("(not finished)");
    (void)QTest::qWaitFor(
        [&] {
            for (const auto &args : spy)
                if (args.at(0).toString() == requestId) {
                    condition = args.at(2).toString();
                    return true;
                }
            return false;
        },
        ms);
    return condition;
}

int TestAsyncDispatcher::invocationsOf(const QString &function)
{
    const auto recent = m_service->invocationLog().recent(function, 100);
    return recent ? int(recent->size()) : -1;
}

void TestAsyncDispatcher::badEventsAreRefusedAtTheDoor()
{
    const auto big =
        m_service->enqueue(m_function, "{\"x\":\"" + QByteArray(300 * 1024, 'a') + "\"}");
    QCOMPARE(big.kind(), ErrorKind::InvalidInput);
    QVERIFY(big.error().contains(QLatin1String("262144")));
    QCOMPARE(m_service->enqueue(m_function, "not json").kind(), ErrorKind::InvalidInput);
    QCOMPARE(m_service->enqueue(QStringLiteral("no-such-function"), "{}").kind(),
             ErrorKind::NotFound);
    const auto waiting = m_service->asyncEvents().waiting();
    QVERIFY(waiting.ok());
    QVERIFY(waiting->isEmpty());
}

void TestAsyncDispatcher::configIsChecked()
{
    EventInvokeConfig c;
    c.function = m_function;
    c.maxRetries = 3;
    QVERIFY(validate(c).error().contains(QLatin1String("0, 1 or 2")));
    c.maxRetries = 1;
    c.maxAgeSeconds = 30;
    QVERIFY(!validate(c).ok());
    c.maxAgeSeconds = 60;
    c.onFailure = QStringLiteral("relative/dir");
    QVERIFY(validate(c).error().contains(QLatin1String("absolute")));
    c.onFailure = QStringLiteral("function:") + m_function;
    QVERIFY(validate(c).error().contains(QLatin1String("own")));
    c.onFailure = QStringLiteral("/tmp/dead-letters");
    QVERIFY(validate(c).ok());
    // Lambda's defaults when none was set.
    const auto defaults = m_service->asyncEvents().config(QStringLiteral("unset"));
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->maxRetries, 2);
    QCOMPARE(defaults->maxAgeSeconds, 21600);
}

void TestAsyncDispatcher::succeedsAndLeavesTheQueue()
{
    QSignalSpy finished(m_dispatcher.get(), &AsyncDispatcher::finished);
    m_dispatcher->start();
    const int before = invocationsOf(m_function);
    const auto queued = m_service->enqueue(m_function, R"({"name":"event"})");
    QVERIFY2(queued.ok(), qPrintable(queued.error()));
    QCOMPARE(waitFinished(finished, queued->requestId), QString());
    QCOMPARE(invocationsOf(m_function), before + 1);
    QVERIFY(m_service->asyncEvents().waiting()->isEmpty());
}

void TestAsyncDispatcher::retriesThenTheDeadLetterFolder()
{
    QTemporaryDir dead;
    EventInvokeConfig c;
    c.function = m_function;
    c.onFailure = dead.filePath(QStringLiteral("dead-letters")); // made when first needed
    QVERIFY(m_service->asyncEvents().setConfig(c).ok());
    QSignalSpy finished(m_dispatcher.get(), &AsyncDispatcher::finished);
    m_dispatcher->start();
    const int before = invocationsOf(m_function);
    const auto queued = m_service->enqueue(m_function, R"({"fail":true,"order":7})");
    QVERIFY(queued.ok());
    QCOMPARE(waitFinished(finished, queued->requestId), QStringLiteral("RetriesExhausted"));
    // The first attempt and two retries.
    QCOMPARE(invocationsOf(m_function), before + 3);
    QFile file(c.onFailure + QLatin1Char('/') + queued->requestId + QStringLiteral(".json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject record = object(file.readAll());
    const QJsonObject context = record[QLatin1String("requestContext")].toObject();
    QCOMPARE(record[QLatin1String("version")].toString(), QStringLiteral("1.0"));
    QCOMPARE(context[QLatin1String("requestId")].toString(), queued->requestId);
    QCOMPARE(context[QLatin1String("condition")].toString(), QStringLiteral("RetriesExhausted"));
    QCOMPARE(context[QLatin1String("approximateInvokeCount")].toInt(), 3);
    QCOMPARE(context[QLatin1String("functionArn")].toString(),
             functionArn(m_function) + QStringLiteral(":$LATEST"));
    QCOMPARE(record[QLatin1String("requestPayload")].toObject()[QLatin1String("order")].toInt(), 7);
    QCOMPARE(record[QLatin1String("responseContext")]
                 .toObject()[QLatin1String("functionError")]
                 .toString(),
             QStringLiteral("Unhandled"));
    QCOMPARE(record[QLatin1String("responsePayload")]
                 .toObject()[QLatin1String("errorMessage")]
                 .toString(),
             QStringLiteral("asked to fail"));
    QVERIFY(m_service->asyncEvents().waiting()->isEmpty());
    c.onFailure.clear();
    QVERIFY(m_service->asyncEvents().setConfig(c).ok());
}

void TestAsyncDispatcher::failureGoesToAnotherFunction()
{
    const QString catcher = create(QStringLiteral("catcher"));
    QVERIFY(!catcher.isEmpty());
    EventInvokeConfig c;
    c.function = m_function;
    c.maxRetries = 0;
    c.onFailure = QStringLiteral("function:") + catcher;
    QVERIFY(m_service->asyncEvents().setConfig(c).ok());
    QSignalSpy finished(m_dispatcher.get(), &AsyncDispatcher::finished);
    m_dispatcher->start();
    const auto queued = m_service->enqueue(m_function, R"({"fail":true})");
    QVERIFY(queued.ok());
    QCOMPARE(waitFinished(finished, queued->requestId), QStringLiteral("RetriesExhausted"));
    // The catcher gets the record as an event of its own, which succeeds.
    QTRY_COMPARE_WITH_TIMEOUT(invocationsOf(catcher), 1, 60000);
    const auto log = m_service->invocationLog().recent(catcher, 1);
    QVERIFY(log.ok());
    QVERIFY2(log->first().log.contains(queued->requestId), qPrintable(log->first().log));
    QVERIFY(log->first().log.contains(QLatin1String("RetriesExhausted")));
    // Done with once the dispatcher heard back (else the next owner runs it
    // again: at least once).
    QTRY_VERIFY_WITH_TIMEOUT(m_service->asyncEvents().waiting()->isEmpty(), 10000);
    c.maxRetries = 2;
    c.onFailure.clear();
    QVERIFY(m_service->asyncEvents().setConfig(c).ok());
}

void TestAsyncDispatcher::tooOldIsExpired()
{
    QTemporaryDir dead;
    EventInvokeConfig c;
    c.function = m_function;
    c.maxAgeSeconds = 60;
    c.onFailure = dead.path();
    QVERIFY(m_service->asyncEvents().setConfig(c).ok());
    const auto queued = m_service->enqueue(m_function, R"({"late":true})");
    QVERIFY(queued.ok());
    // Received two minutes ago (its process was away all that time).
    QSqlQuery q(m_fixture.db.connection());
    q.prepare(QStringLiteral("UPDATE async_events SET received_ms = received_ms - 120000"
                             " WHERE request_id = ?"));
    q.addBindValue(queued->requestId);
    QVERIFY(q.exec());
    QSignalSpy finished(m_dispatcher.get(), &AsyncDispatcher::finished);
    const int before = invocationsOf(m_function);
    m_dispatcher->start();
    QCOMPARE(waitFinished(finished, queued->requestId), QStringLiteral("EventAgeExceeded"));
    QCOMPARE(invocationsOf(m_function), before); // never run
    QFile file(dead.filePath(queued->requestId + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(object(file.readAll())[QLatin1String("requestContext")]
                 .toObject()[QLatin1String("condition")]
                 .toString(),
             QStringLiteral("EventAgeExceeded"));
    c.maxAgeSeconds = 21600;
    c.onFailure.clear();
    QVERIFY(m_service->asyncEvents().setConfig(c).ok());
}

void TestAsyncDispatcher::waitsInTheStoreWhileNoDispatcherRuns()
{
    // Queued while no owner runs a dispatcher: it waits, stored.
    const auto queued = m_service->enqueue(m_function, R"({"kept":true})");
    QVERIFY(queued.ok());
    QCOMPARE(m_service->asyncEvents().waiting(m_function)->size(), 1);
    QCOMPARE(m_service->asyncEvents().waiting(m_function)->first().requestId, queued->requestId);
    // The next owner runs it.
    QSignalSpy finished(m_dispatcher.get(), &AsyncDispatcher::finished);
    m_dispatcher->start();
    QCOMPARE(waitFinished(finished, queued->requestId), QString());
    QVERIFY(m_service->asyncEvents().waiting(m_function)->isEmpty());
}

void TestAsyncDispatcher::throttledAttemptsAreNotCounted()
{
    auto record = m_service->repository().find(m_function);
    QVERIFY(record.ok() && record->has_value());
    FunctionRecord limited = **record;
    limited.reservedConcurrency = 0; // every invocation is throttled
    QVERIFY(m_service->configure(limited).ok());
    QSignalSpy finished(m_dispatcher.get(), &AsyncDispatcher::finished);
    m_dispatcher->start();
    const auto queued = m_service->enqueue(m_function, R"({"name":"throttled"})");
    QVERIFY(queued.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->asyncEvents().waiting()->isEmpty() &&
                                 !m_service->asyncEvents().waiting()->first().lastError.isEmpty(),
                             10000);
    const QueuedEvent waiting = m_service->asyncEvents().waiting()->first();
    QCOMPARE(waiting.attempts, 0);
    QVERIFY2(waiting.lastError.contains(QLatin1String("Rate exceeded")),
             qPrintable(waiting.lastError));
    // Room again: the next try runs it.
    limited.reservedConcurrency.reset();
    QVERIFY(m_service->configure(limited).ok());
    QCOMPARE(waitFinished(finished, queued->requestId), QString());
}

QTEST_GUILESS_MAIN(TestAsyncDispatcher)
#include "tst_asyncdispatcher.moc"
