// Lambda's bill from the shipped price file: requests and GB-seconds at list
// price (x86 and Arm), the free tier, a share of a machine's cost, and how
// small amounts read.
#include "functions/functioncost.h"
#include "pricing/lambdaprice.h"

#include <QTemporaryFile>
#include <QTest>

using namespace sloop;
using namespace sloop::pricing;

class TestLambdaPrice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedFileReads();
    void billAtListPrice();
    void freeTierComesOff();
    void shareOfTheMachine();
    void badFileIsRefused();
    void smallAmountsRead();
    void monthStartsOnTheFirst();
};

void TestLambdaPrice::shippedFileReads()
{
    const auto prices = loadLambdaPrices();
    QVERIFY2(prices.ok(), qPrintable(prices.error()));
    QCOMPARE(prices->requestsPerMillion, 0.20);
    QCOMPARE(prices->gbSecondX86, 0.0000166667);
    QCOMPARE(prices->gbSecondArm, 0.0000133334);
    QCOMPARE(prices->freeRequests, 1000000);
    QCOMPARE(prices->freeGbSeconds, 400000.0);
    QVERIFY(!prices->takenOn.isEmpty());
}

void TestLambdaPrice::billAtListPrice()
{
    // AWS's own example: 3 million requests of 120 ms at 1,536 MB on x86:
    // 540,000 GB-seconds; $0.60 of requests and $9.00 of duration.
    const auto prices = *loadLambdaPrices();
    const LambdaBill b = lambdaBill(prices, FunctionUsage{3'000'000, 3e6 * 0.120 * 1.5});
    QVERIFY(qAbs(b.requests - 0.60) < 1e-9);
    QVERIFY(qAbs(b.durationX86 - 9.00) < 0.001);
    QVERIFY(qAbs(b.totalX86 - 9.60) < 0.001);
    QVERIFY(b.totalArm < b.totalX86);
}

void TestLambdaPrice::freeTierComesOff()
{
    const auto prices = *loadLambdaPrices();
    const LambdaBill small = lambdaBill(prices, FunctionUsage{1000, 50});
    QVERIFY(small.totalX86 > 0);
    QCOMPARE(small.afterFreeTierX86, 0.0);
    // 3M requests and 540,000 GB-s: 2M requests and 140,000 GB-s are paid.
    const LambdaBill big = lambdaBill(prices, FunctionUsage{3'000'000, 540000});
    QVERIFY(qAbs(big.afterFreeTierX86 - (0.40 + 140000 * 0.0000166667)) < 1e-6);
}

void TestLambdaPrice::shareOfTheMachine()
{
    // A 1 GB machine for $10 a month: a whole month of 1 GB is all of it.
    QVERIFY(qAbs(*hostShare(10.0, 1024, FunctionUsage{1, 30.0 * 86400}) - 10.0) < 1e-9);
    QVERIFY(qAbs(*hostShare(10.0, 1024, FunctionUsage{1, 3.0 * 86400}) - 1.0) < 1e-9);
    QCOMPARE(*hostShare(10.0, 1024, FunctionUsage{1, 1e12}), 10.0); // never more than it
    QVERIFY(!hostShare(10.0, 0, FunctionUsage{1, 1}).has_value());  // memory not known
    const auto cost =
        functions::functionCost(*loadLambdaPrices(), FunctionUsage{10, 1}, std::nullopt, 1024);
    QVERIFY(!cost.here.has_value()); // no stated cost
}

void TestLambdaPrice::badFileIsRefused()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"format": 1, "requestsPerMillionUsd": 0.2})");
    file.close();
    QCOMPARE(loadLambdaPrices(file.fileName()).kind(), ErrorKind::InvalidInput);
    QCOMPARE(loadLambdaPrices(QStringLiteral("/nonexistent.json")).kind(), ErrorKind::NotFound);
}

void TestLambdaPrice::smallAmountsRead()
{
    QCOMPARE(dollars(0), QStringLiteral("$0.00"));
    QCOMPARE(dollars(0.00001), QStringLiteral("< $0.0001"));
    QCOMPARE(dollars(0.0042), QStringLiteral("$0.0042"));
    QCOMPARE(dollars(9.6), QStringLiteral("$9.60"));
}

void TestLambdaPrice::monthStartsOnTheFirst()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(14, 30));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(functions::startOfMonthMs(now)),
             QDateTime(QDate(2026, 12, 1), QTime(0, 0)));
}

QTEST_GUILESS_MAIN(TestLambdaPrice)
#include "tst_lambdaprice.moc"
