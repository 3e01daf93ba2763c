// Lambda's metrics from real invocations on the test dockerd: a minute's
// invocations, errors, throttles, durations (average and percentiles), cold
// starts and concurrency as points of function/NAME, written only for
// minutes that had any, and the oldest queued event's age.
#include "functions/functionmetrics.h"
#include "functionservicefixture.h"
#include "metrics/metricnames.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;
namespace names = sloop::metrics::names;

namespace {

const QByteArray kCode = R"(def handler(event, context):
    if event.get("fail"):
        raise ValueError("asked to fail")
    return {"ok": True}
)";

// The sum of a metric's points over every minute in the batches.
double total(const QList<metrics::MetricBatch> &batches, const QString &target,
             QLatin1StringView metric)
{
    double sum = 0;
    for (const auto &batch : batches)
        for (const metrics::MetricPoint &p : batch)
            if (p.target == target && p.metric == metric)
                sum += p.value;
    return sum;
}

QList<double> values(const QList<metrics::MetricBatch> &batches, const QString &target,
                     QLatin1StringView metric)
{
    QList<double> out;
    for (const auto &batch : batches)
        for (const metrics::MetricPoint &p : batch)
            if (p.target == target && p.metric == metric)
                out << p.value;
    return out;
}

} // namespace

class TestFunctionMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aMinutesInvocationsBecomePoints();
    void quietMinutesHaveNoPoints();
    void queuedEventsAge();

private:
    test::FunctionServiceFixture m_fixture;
    QString m_name;
    QList<metrics::MetricBatch> m_batches;
};

void TestFunctionMetrics::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("metrics"));
    m_name = record.name;
    const auto created =
        test::await(m_fixture.service->create(record, {{QStringLiteral("app.py"), kCode}}), 120000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

void TestFunctionMetrics::cleanupTestCase()
{
    m_fixture.tearDown({m_name});
}

void TestFunctionMetrics::aMinutesInvocationsBecomePoints()
{
    FunctionService &service = *m_fixture.service;
    FunctionMetrics metrics(service);
    connect(&metrics, &FunctionMetrics::collected, this,
            [this](const metrics::MetricBatch &b) { m_batches << b; });
    for (int i = 0; i < 3; ++i)
        QVERIFY(test::await(service.invoke(m_name, "{}")).ok());
    const auto failed = test::await(service.invoke(m_name, R"({"fail":true})"));
    QVERIFY(failed.ok() && !failed->result.ok);
    // None at once: every invocation is throttled.
    auto record = service.repository().find(m_name);
    FunctionRecord limited = **record;
    limited.reservedConcurrency = 0;
    QVERIFY(service.configure(limited).ok());
    QCOMPARE(test::await(service.invoke(m_name, "{}")).kind(), ErrorKind::Throttled);
    limited.reservedConcurrency.reset();
    QVERIFY(service.configure(limited).ok());

    // Nothing is written before its minute has ended.
    metrics.flush(QDateTime::currentMSecsSinceEpoch() - 120'000);
    QVERIFY(m_batches.isEmpty());
    metrics.flush(QDateTime::currentMSecsSinceEpoch() + 120'000);
    const QString target = QStringLiteral("function/") + m_name;
    QCOMPARE(total(m_batches, target, names::kInvocations), 4.0);
    QCOMPARE(total(m_batches, target, names::kErrors), 1.0);
    QCOMPARE(total(m_batches, target, names::kThrottles), 1.0);
    QCOMPARE(total(m_batches, target, names::kColdStarts), 1.0);
    const QList<double> p50 = values(m_batches, target, names::kDurationP50);
    const QList<double> p99 = values(m_batches, target, names::kDurationP99);
    QVERIFY(!p50.isEmpty() && p50.size() == p99.size());
    for (int i = 0; i < p50.size(); ++i)
        QVERIFY(p50[i] > 0 && p99[i] >= p50[i]);
    // One after another: one at a time.
    for (const double c : values(m_batches, target, names::kConcurrentExecutions))
        QCOMPARE(c, 1.0);
    QVERIFY(!values(m_batches, target, names::kConcurrentExecutions).isEmpty());
    // Every point sits at the start of its minute.
    for (const auto &batch : m_batches)
        for (const metrics::MetricPoint &p : batch)
            QCOMPARE(p.timeMs % 60'000, 0);
}

void TestFunctionMetrics::quietMinutesHaveNoPoints()
{
    FunctionMetrics metrics(*m_fixture.service);
    QSignalSpy collected(&metrics, &FunctionMetrics::collected);
    metrics.flush(QDateTime::currentMSecsSinceEpoch() + 600'000);
    QCOMPARE(collected.count(), 0);
}

void TestFunctionMetrics::queuedEventsAge()
{
    FunctionMetrics metrics(*m_fixture.service);
    QList<metrics::MetricBatch> batches;
    connect(&metrics, &FunctionMetrics::collected, this,
            [&batches](const metrics::MetricBatch &b) { batches << b; });
    const auto queued = m_fixture.service->enqueue(m_name, "{}");
    QVERIFY(queued.ok());
    metrics.flush(queued->receivedMs + 30'000);
    const QList<double> age =
        values(batches, QStringLiteral("function/") + m_name, names::kAsyncEventAge);
    QCOMPARE(age.size(), 1);
    QCOMPARE(age.first(), 30.0);
    QVERIFY(m_fixture.service->asyncEvents().remove(queued->id).ok());
}

QTEST_GUILESS_MAIN(TestFunctionMetrics)
#include "tst_functionmetrics.moc"
