// A retry strategy's evaluateOnExit, checked against the cases AWS Batch's
// documentation gives ("Automated job retries", RetryStrategy and
// EvaluateOnExit in the API reference), and the CLI's rule syntax.
#include "batch/exitrules.h"

#include <QTest>

using namespace sloop;
using namespace sloop::batch;

Q_DECLARE_METATYPE(sloop::batch::ContainerProperties)

class TestExitRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "137"
                               << "137" << true;
        QTest::newRow("exact, other") << "137"
                                      << "1" << false;
        QTest::newRow("not a prefix without *") << "13"
                                                << "137" << false;
        QTest::newRow("prefix") << "1*"
                                << "137" << true;
        QTest::newRow("prefix, other") << "1*"
                                       << "0" << false;
        QTest::newRow("everything") << "*"
                                    << "anything at all" << true;
        QTest::newRow("host terminated") << "Host EC2*"
                                         << "Host EC2 (engine local) terminated." << true;
        QTest::newRow("case counts") << "host ec2*"
                                     << "Host EC2 (engine local) terminated." << false;
        QTest::newRow("empty pattern is no condition") << ""
                                                       << "whatever" << true;
    }
    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, value);
        QFETCH(bool, matches);
        QCOMPARE(patternMatches(pattern, value), matches);
    }

    // attemptsMade, exit code, reason, status reason → retried?
    void decisions_data()
    {
        QTest::addColumn<QList<ExitRule>>("rules");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("made");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("statusReason");
        QTest::addColumn<bool>("retry");
        const QString exited = essentialContainerExited();
        const QString lost = engineLostReason(QStringLiteral("local"));
        // The documentation's example: retry when the host went, else exit.
        const QList<ExitRule> spot = {{{}, {}, QStringLiteral("Host EC2*"), true},
                                      {{}, QStringLiteral("*"), {}, false}};
        QTest::newRow("no rules: retried while attempts last")
            << QList<ExitRule>{} << 3 << 1 << 1 << exited << true;
        QTest::newRow("no rules: attempts spent")
            << QList<ExitRule>{} << 3 << 3 << 1 << exited << false;
        QTest::newRow("one attempt: never retried")
            << QList<ExitRule>{} << 1 << 1 << 137 << exited << false;
        const QList<ExitRule> killed = {{QStringLiteral("137"), {}, {}, true},
                                        {QStringLiteral("1"), {}, {}, false}};
        QTest::newRow("137 retried") << killed << 3 << 1 << 137 << exited << true;
        QTest::newRow("1 exits") << killed << 3 << 1 << 1 << exited << false;
        QTest::newRow("no rule matches 2: retried") << killed << 3 << 1 << 2 << exited << true;
        QTest::newRow("137 on the last attempt") << killed << 2 << 2 << 137 << exited << false;
        QTest::newRow("host lost: retried") << spot << 5 << 1 << -1 << lost << true;
        QTest::newRow("any other reason: exits") << spot << 5 << 1 << 3 << exited << false;
        QTest::newRow("exit-code rule never matches an attempt without an exit code")
            << QList<ExitRule>{{QStringLiteral("*"), {}, {}, false}} << 3 << 1 << -1 << lost
            << true;
        QTest::newRow("first match wins") << QList<ExitRule>{{QStringLiteral("1*"), {}, {}, false},
                                                             {QStringLiteral("137"), {}, {}, true}}
                                          << 3 << 1 << 137 << exited << false;
    }
    void decisions()
    {
        QFETCH(QList<ExitRule>, rules);
        QFETCH(int, attempts);
        QFETCH(int, made);
        QFETCH(int, exitCode);
        QFETCH(QString, statusReason);
        QFETCH(bool, retry);
        ContainerProperties c;
        c.attempts = attempts;
        c.evaluateOnExit = rules;
        QCOMPARE(shouldRetry(c, made, exitCode, QString(), statusReason), retry);
    }

    void cliRules()
    {
        auto rule = parseRule(QStringLiteral("137:RETRY"));
        QVERIFY(rule);
        QCOMPARE(rule->onExitCode, QStringLiteral("137"));
        QVERIFY(rule->retry);
        rule = parseRule(QStringLiteral("status=Host EC2*:retry"));
        QVERIFY(rule);
        QCOMPARE(rule->onStatusReason, QStringLiteral("Host EC2*"));
        QCOMPARE(ruleText(*rule), QStringLiteral("status=Host EC2*:RETRY"));
        rule = parseRule(QStringLiteral("reason=OutOfMemory*:EXIT"));
        QVERIFY(rule);
        QVERIFY(!rule->retry);
        // Refused with a reason: no action, letters in an exit code, a
        // character AWS does not take, an empty pattern.
        for (const char *bad : {"137", "13x:RETRY", "reason=a;b:EXIT", ":RETRY", "1*2:EXIT"}) {
            const auto refused = parseRule(QString::fromLatin1(bad));
            QVERIFY2(!refused, bad);
            QCOMPARE(refused.problem().kind, ErrorKind::InvalidInput);
            QVERIFY(!refused.error().isEmpty());
        }
    }

    void parameters()
    {
        const QStringList command = {QStringLiteral("wc"), QStringLiteral("Ref::file"),
                                     QStringLiteral("Ref::unknown"),
                                     QStringLiteral("--x=Ref::file")};
        QCOMPARE(substituteParameters(command, {{QStringLiteral("file"), QStringLiteral("a.txt")}}),
                 (QStringList{QStringLiteral("wc"), QStringLiteral("a.txt"),
                              QStringLiteral("Ref::unknown"), QStringLiteral("--x=Ref::file")}));
    }

    void badContainers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<ContainerProperties>("container");
        ContainerProperties good;
        good.image = QStringLiteral("busybox");
        auto with = [good](auto change) {
            ContainerProperties c = good;
            change(c);
            return c;
        };
        QTest::newRow("no image") << "image" << with([](auto &c) { c.image.clear(); });
        QTest::newRow("negative vcpus") << "vcpus" << with([](auto &c) { c.vcpus = -1; });
        QTest::newRow("absurd vcpus") << "vcpus" << with([](auto &c) { c.vcpus = 1e9; });
        QTest::newRow("not a quarter") << "vcpus" << with([](auto &c) { c.vcpus = 0.3; });
        QTest::newRow("tiny memory") << "memory" << with([](auto &c) { c.memoryMb = 1; });
        QTest::newRow("absurd memory") << "memory" << with([](auto &c) { c.memoryMb = 1LL << 40; });
        QTest::newRow("11 attempts") << "attempts" << with([](auto &c) { c.attempts = 11; });
        QTest::newRow("0 attempts") << "attempts" << with([](auto &c) { c.attempts = 0; });
        QTest::newRow("timeout 59 s")
            << "attemptDurationSeconds" << with([](auto &c) { c.timeoutSeconds = 59; });
        QTest::newRow("Batch's own variable")
            << "AWS_BATCH"
            << with([](auto &c) { c.env.insert(QStringLiteral("AWS_BATCH_X"), {}); });
        QTest::newRow("six rules") << "evaluateOnExit" << with([](auto &c) {
            for (int i = 0; i < 6; ++i)
                c.evaluateOnExit.append({QString::number(i), {}, {}, true});
        });
    }
    void badContainers()
    {
        QFETCH(QString, field);
        QFETCH(ContainerProperties, container);
        const VoidResult checked = validateContainer(container);
        QVERIFY(!checked);
        QCOMPARE(checked.problem().kind, ErrorKind::InvalidInput);
        QVERIFY2(checked.error().contains(field), qPrintable(checked.error()));
    }
};

QTEST_GUILESS_MAIN(TestExitRules)
#include "tst_exitrules.moc"
