// Fair share as AWS Batch documents it: weight factors (lower gets more),
// '*' prefixes, the compute reservation's (computeReservation/100)^active,
// the decay window, and the limits a policy and a job are checked against.
#include "batch/schedulingpolicy.h"

#include <QTest>

using namespace sloop::batch;
using sloop::VoidResult;

class TestSchedulingPolicy : public QObject
{
    Q_OBJECT

    static SchedulingPolicy policy(QList<ShareWeight> shares, int decay = 0, int reservation = 0)
    {
        SchedulingPolicy p;
        p.name = QStringLiteral("fair");
        p.shares = std::move(shares);
        p.shareDecaySeconds = decay;
        p.computeReservation = reservation;
        return p;
    }

    // Fills `slots` places of `vcpus` each, one at a time, from shares that
    // always have work; how many each share got.
    static QHash<QString, int> fill(const SchedulingPolicy &p, const QStringList &shares, int slots,
                                    double vcpus = 0.25)
    {
        FairShareOrder order(p);
        QHash<QString, qint64> offered;
        for (int i = 0; i < shares.size(); ++i)
            offered.insert(shares[i], i);
        QHash<QString, int> got;
        for (int i = 0; i < slots; ++i) {
            const QString next = order.next(offered);
            order.started(next, vcpus);
            ++got[next];
        }
        return got;
    }

private Q_SLOTS:
    void weightsComeFromTheListOrAPrefixOrOne()
    {
        const SchedulingPolicy p = policy({{QStringLiteral("teamA"), 0.5},
                                           {QStringLiteral("team*"), 2},
                                           {QStringLiteral("teamB*"), 0.25}});
        QCOMPARE(weightOf(p, QStringLiteral("teamA")), 0.5);     // its own entry
        QCOMPARE(weightOf(p, QStringLiteral("teamC")), 2.0);     // team*
        QCOMPARE(weightOf(p, QStringLiteral("teamB-ml")), 0.25); // the longer prefix wins
        QCOMPARE(weightOf(p, QStringLiteral("other")), 1.0);     // not listed
    }

    // "Jobs that use a share identifier with a weight factor of 0.125 (1/8)
    // get eight times the compute resources of jobs that use a share
    // identifier with a weight factor of 1."
    void anEighthWeightGetsEightTimesTheVcpus()
    {
        const SchedulingPolicy p =
            policy({{QStringLiteral("small"), 0.125}, {QStringLiteral("big"), 1}});
        const auto got = fill(p, {QStringLiteral("big"), QStringLiteral("small")}, 36);
        QCOMPARE(got.value(QStringLiteral("small")), 32);
        QCOMPARE(got.value(QStringLiteral("big")), 4);
    }

    void equalWeightsTakeTurnsOldestHeadFirst()
    {
        const auto got =
            fill(policy({}), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 9);
        QCOMPARE(got.value(QStringLiteral("a")), 3);
        QCOMPARE(got.value(QStringLiteral("b")), 3);
        QCOMPARE(got.value(QStringLiteral("c")), 3);
        // Nothing used yet: the share whose head was submitted first.
        FairShareOrder order(policy({}));
        QCOMPARE(order.next({{QStringLiteral("late"), 9}, {QStringLiteral("early"), 2}}),
                 QStringLiteral("early"));
    }

    void recentUseCountsOnlyWithADecayWindow()
    {
        // b ran 600 vCPU-seconds lately: over a 600 s window that is as if
        // one vCPU ran all along, so a goes first until it holds as much.
        SchedulingPolicy withDecay = policy({}, 600);
        FairShareOrder order(withDecay);
        order.setUse(QStringLiteral("b"), 0, 600);
        QHash<QString, qint64> offered{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(order.next(offered), QStringLiteral("a"));
            order.started(QStringLiteral("a"), 0.25);
        }
        QCOMPARE(order.next(offered), QStringLiteral("b")); // tie at 1 vCPU: b's head is older
        // Without a window only what runs now counts.
        FairShareOrder now(policy({}, 0));
        now.setUse(QStringLiteral("b"), 0, 600);
        QCOMPARE(now.next(offered), QStringLiteral("b"));
    }

    // AWS's examples: 50 reserves 50%, 25%, 12.5% with one, two, three
    // active shares; 25 reserves 25%, 6.25%, 1.5625%.
    void computeReservationIsAPowerOfTheActiveShares_data()
    {
        QTest::addColumn<int>("reservation");
        QTest::addColumn<int>("active");
        QTest::addColumn<double>("reserved"); // of 64 vCPUs
        QTest::newRow("50, one") << 50 << 1 << 32.0;
        QTest::newRow("50, two") << 50 << 2 << 16.0;
        QTest::newRow("50, three") << 50 << 3 << 8.0;
        QTest::newRow("25, one") << 25 << 1 << 16.0;
        QTest::newRow("25, two") << 25 << 2 << 4.0;
        QTest::newRow("25, three") << 25 << 3 << 1.0;
        QTest::newRow("0") << 0 << 2 << 0.0;
        QTest::newRow("a quarter at least") << 1 << 2 << 0.25; // 0.0064 of 64 vCPUs
        QTest::newRow("none active") << 50 << 0 << 0.0;
    }
    void computeReservationIsAPowerOfTheActiveShares()
    {
        QFETCH(int, reservation);
        QFETCH(int, active);
        QFETCH(double, reserved);
        QCOMPARE(reservedVcpus(policy({}, 0, reservation), 64, active), reserved);
    }

    void theLedgerKeepsOnlyTheWindow()
    {
        ShareUsageLedger ledger;
        const qint64 t = 1'000'000'000;
        ledger.setKeepSeconds(600); // the longest window any policy has
        ledger.add(QStringLiteral("Q"), QStringLiteral("a"), t - 100'000, t - 50'000, 2); // 100
        ledger.add(QStringLiteral("Q"), QStringLiteral("a"), t - 20'000, t - 10'000, 1);  // 10
        ledger.add(QStringLiteral("Q"), QStringLiteral("b"), t - 20'000, t - 10'000, 1);
        // The whole of both for a's window of 120 s; queue names are not case-sensitive.
        QCOMPARE(ledger.recentVcpuSeconds(QStringLiteral("q"), QStringLiteral("a"), t, 120), 110.0);
        // A 60 s window: the first is cut at its start (10 s of 2 vCPUs).
        QCOMPARE(ledger.recentVcpuSeconds(QStringLiteral("Q"), QStringLiteral("a"), t, 60), 30.0);
        // Once forgotten, a longer window does not bring it back.
        QCOMPARE(ledger.recentVcpuSeconds(QStringLiteral("Q"), QStringLiteral("a"), t + 45'000, 60),
                 5.0);
        QCOMPARE(ledger.recentVcpuSeconds(QStringLiteral("Q"), QStringLiteral("a"), t, 600), 10.0);
        QCOMPARE(ledger.recentVcpuSeconds(QStringLiteral("Q"), QStringLiteral("c"), t, 600), 0.0);
        // Without a window nothing is kept, and a new entry drops what is
        // older than the longest window.
        ShareUsageLedger none;
        none.add(QStringLiteral("Q"), QStringLiteral("a"), t - 2000, t - 1000, 1);
        QCOMPARE(none.recentVcpuSeconds(QStringLiteral("Q"), QStringLiteral("a"), t, 600), 0.0);
        ShareUsageLedger kept;
        kept.setKeepSeconds(60);
        kept.add(QStringLiteral("Q"), QStringLiteral("a"), t - 200'000, t - 100'000, 1);
        kept.add(QStringLiteral("Q"), QStringLiteral("a"), t - 2000, t - 1000, 1);
        QCOMPARE(kept.recentVcpuSeconds(QStringLiteral("Q"), QStringLiteral("a"), t, 600), 1.0);
    }

    void policiesAreCheckedAsAwsChecksThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("decay");
        QTest::addColumn<int>("reservation");
        QTest::addColumn<QString>("share");
        QTest::addColumn<double>("weight");
        QTest::addColumn<QString>("mentions"); // empty: valid
        QTest::newRow("fine") << "fair" << 3600 << 50 << "team*" << 0.5 << "";
        QTest::newRow("a week") << "fair" << 604800 << 99 << "a" << 999.9999 << "";
        QTest::newRow("bad name") << "-fair" << 0 << 0 << "a" << 1.0 << "name";
        QTest::newRow("decay") << "fair" << 604801 << 0 << "a" << 1.0 << "shareDecaySeconds";
        QTest::newRow("reservation") << "fair" << 0 << 100 << "a" << 1.0 << "computeReservation";
        QTest::newRow("zero weight") << "fair" << 0 << 0 << "a" << 0.0 << "weightFactor";
        QTest::newRow("huge weight") << "fair" << 0 << 0 << "a" << 1000.0 << "weightFactor";
        QTest::newRow("only a star") << "fair" << 0 << 0 << "*" << 1.0 << "shareIdentifier";
        QTest::newRow("a space") << "fair" << 0 << 0 << "a b" << 1.0 << "shareIdentifier";
        QTest::newRow("star inside") << "fair" << 0 << 0 << "a*b" << 1.0 << "shareIdentifier";
    }
    void policiesAreCheckedAsAwsChecksThem()
    {
        QFETCH(QString, name);
        QFETCH(int, decay);
        QFETCH(int, reservation);
        QFETCH(QString, share);
        QFETCH(double, weight);
        QFETCH(QString, mentions);
        SchedulingPolicy p = policy({{share, weight}}, decay, reservation);
        p.name = name;
        const VoidResult checked = validate(p);
        if (mentions.isEmpty()) {
            QVERIFY2(checked, qPrintable(checked ? QString() : checked.error()));
        } else {
            QVERIFY(!checked);
            QVERIFY2(checked.error().contains(mentions), qPrintable(checked.error()));
        }
    }

    void aJobNamesItsShareExactly()
    {
        QVERIFY(validateJobShare(QStringLiteral("team-a.ml_1")));
        QVERIFY(!validateJobShare(QStringLiteral("team*")));
        QVERIFY(!validateJobShare(QString()));
        QVERIFY(!validateJobShare(QString(256, QLatin1Char('a'))));
        QVERIFY(validateSchedulingPriority(9999));
        QVERIFY(!validateSchedulingPriority(10000));
        QVERIFY(!validateSchedulingPriority(-1));
        SchedulingPolicy twice = policy({{QStringLiteral("a"), 1}, {QStringLiteral("a"), 2}});
        QVERIFY(!validate(twice));
    }
};

QTEST_GUILESS_MAIN(TestSchedulingPolicy)
#include "tst_schedulingpolicy.moc"
