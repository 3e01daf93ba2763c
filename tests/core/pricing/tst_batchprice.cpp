// Batch's compute priced as AWS would bill it: Fargate per vCPU-hour and
// GB-hour with its minimums, EC2 as the cheapest listed type that holds the
// job; the shipped price file reads and refuses a broken one.
#include "pricing/batchprice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::pricing;

class TestBatchPrice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShippedFileReads()
    {
        const auto prices = loadBatchPrices();
        QVERIFY2(prices, qPrintable(prices.error()));
        QVERIFY(!prices->takenOn.isEmpty());
        QVERIFY(prices->fargateVcpuHour > 0 && prices->fargateGbHour > 0);
        for (int i = 1; i < prices->ec2.size(); ++i) // cheapest first
            QVERIFY(prices->ec2.at(i - 1).hourUsd <= prices->ec2.at(i).hourUsd);
    }

    void billsAsAwsWould()
    {
        BatchPrices p;
        p.fargateVcpuHour = 0.04;
        p.fargateGbHour = 0.004;
        p.ec2 = {{QStringLiteral("small"), 2, 4, 0.08}, {QStringLiteral("big"), 8, 32, 0.4}};
        // An hour of 1 vCPU and 2 GiB: $0.04 + 2 × $0.004 on Fargate, the
        // small type for an hour on EC2.
        BatchBill bill = batchBill(p, {{1, 2048, 1, 3600}});
        QCOMPARE(qRound64(bill.fargate * 1e6), qRound64(0.048 * 1e6));
        QCOMPARE(qRound64(bill.ec2 * 1e6), qRound64(0.08 * 1e6));
        QCOMPARE(bill.ec2Types, QStringLiteral("small"));
        QCOMPARE(bill.vcpuHours, 1.0);
        QCOMPARE(bill.gbHours, 2.0);
        // Ten seconds are billed as the minute; under 0.25 vCPU / 0.5 GB as those.
        bill = batchBill(p, {{0.25, 64, 1, 10}});
        QCOMPARE(qRound64(bill.fargate * 1e9),
                 qRound64(60.0 / 3600 * (0.25 * 0.04 + 0.5 * 0.004) * 1e9));
        // Bigger than the small type: the big one; bigger than all: counted apart.
        bill = batchBill(p, {{4, 1024, 1, 3600}, {64, 1024, 1, 3600}});
        QCOMPARE(bill.ec2Types, QStringLiteral("big"));
        QCOMPARE(bill.tooBigForEc2, 1);
    }

    void aBrokenFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 1, \"fargate\": {}}");
        f.close();
        const auto refused = loadBatchPrices(path);
        QVERIFY(!refused);
        QCOMPARE(refused.problem().kind, ErrorKind::InvalidInput);
        QCOMPARE(loadBatchPrices(dir.filePath(QStringLiteral("none.json"))).problem().kind,
                 ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBatchPrice)
#include "tst_batchprice.moc"
