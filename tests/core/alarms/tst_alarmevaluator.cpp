// evaluateAlarm: every missing-data treatment against all present, some
// missing and all missing; M of N; threshold equality for each comparison.
// Rows are written as CloudWatch's user guide writes them, oldest first:
// "0" a datapoint within the threshold, "X" one breaching, "-" missing.
#include "alarms/alarmevaluator.h"

#include <QTest>

using namespace sloop;
using namespace sloop::alarms;

Q_DECLARE_METATYPE(sloop::alarms::MissingData)
Q_DECLARE_METATYPE(sloop::alarms::Comparison)

namespace {

// Threshold 50, comparison ">": "0" is 10, "X" is 90.
QList<std::optional<double>> periods(const QString &row)
{
    QList<std::optional<double>> out;
    for (const QString &word : row.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("-"))
            out.append(std::nullopt);
        else if (word == QLatin1String("X"))
            out.append(90.0);
        else if (word == QLatin1String("0"))
            out.append(10.0);
        else
            out.append(word.toDouble());
    }
    return out;
}

AlarmDefinition alarm(int n, int m, MissingData missing, AlarmState current)
{
    AlarmDefinition a;
    a.name = QStringLiteral("test");
    a.target = QStringLiteral("host/web1");
    a.metric = QStringLiteral("cpu");
    a.comparison = Comparison::Greater;
    a.threshold = 50;
    a.evaluationPeriods = n;
    a.datapointsToAlarm = m;
    a.missingData = missing;
    a.state = current;
    a.stateReason = QStringLiteral("earlier reason");
    return a;
}

} // namespace

class TestAlarmEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void thresholdEquality_data();
    void thresholdEquality();
    void reasonsNameTheDatapoints();
    void rangeIsLongerThanTheWindow();
    void nonFiniteCountsAsMissing();
};

void TestAlarmEvaluator::evaluates_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("m");
    QTest::addColumn<MissingData>("missing");
    QTest::addColumn<AlarmState>("current");
    QTest::addColumn<QString>("row");
    QTest::addColumn<AlarmState>("expected");

    const auto Ok = AlarmState::Ok;
    const auto Alarm = AlarmState::Alarm;
    const auto Insufficient = AlarmState::InsufficientData;
    struct Mode
    {
        const char *name;
        MissingData mode;
    };
    const Mode modes[] = {{"missing", MissingData::Missing},
                          {"ignore", MissingData::Ignore},
                          {"breaching", MissingData::Breaching},
                          {"not-breaching", MissingData::NotBreaching}};

    for (const Mode &mode : modes) {
        const MissingData md = mode.mode;
        auto row = [&](const char *what, int n, int m, AlarmState current, const char *data,
                       AlarmState expected) {
            QTest::addRow("%s: %s", mode.name, what)
                << n << m << md << current << QString::fromLatin1(data) << expected;
        };
        // All present: the treatment is never consulted.
        row("all present, none breach", 3, 3, Alarm, "0 0 0 0 0 0", Ok);
        row("all present, all breach", 3, 3, Ok, "0 0 0 X X X", Alarm);
        row("all present, 2 of 3 breach, M=3", 3, 3, Ok, "X X X 0 X X", Ok);
        row("all present, 2 of 3 breach, M=2", 3, 2, Ok, "0 0 0 X 0 X", Alarm);
        row("all present, 1 of 3 breach, M=2", 3, 2, Alarm, "X X X 0 0 X", Ok);
        // Some missing, but at least N present in the range: older real
        // datapoints bridge the gap, the treatment is still not consulted.
        row("gap bridged by older datapoints, breach", 3, 3, Ok, "0 X X - X -", Alarm);
        row("gap bridged by older datapoints, fine", 3, 3, Alarm, "0 0 X - X -", Ok);

        // All missing.
        {
            // ignore keeps the current state.
            const AlarmState allMissing[] = {Insufficient, Ok, Alarm, Ok};
            row("all missing, was OK", 3, 3, Ok, "- - - - - -", allMissing[int(md)]);
            const AlarmState fromAlarm[] = {Insufficient, Alarm, Alarm, Ok};
            row("all missing, was ALARM", 3, 3, Alarm, "- - - - - -", fromAlarm[int(md)]);
            const AlarmState fromNothing[] = {Insufficient, Insufficient, Alarm, Ok};
            row("all missing, was INSUFFICIENT_DATA", 3, 3, Insufficient, "- - - - - -",
                fromNothing[int(md)]);
        }

        // Some missing, fewer than N present.
        {
            // One fine datapoint: OK whatever the treatment (breaching fills
            // only 2 of the 3 needed).
            row("one fine datapoint", 3, 3, Insufficient, "- - - - - 0", Ok);
            // One breach two periods back then nothing: CloudWatch's "single
            // breach followed by missing data" goes to ALARM under missing.
            const AlarmState oldBreach[] = {Alarm, Alarm, Alarm, Ok};
            row("breach 3 periods back, newer missing", 3, 3, Ok, "- - - X - -",
                oldBreach[int(md)]);
            // The same breach only 1 period back is not old enough for M=3.
            const AlarmState newBreach[] = {Ok, Ok, Alarm, Ok};
            row("breach in the newest period, older missing", 3, 3, Ok, "- - - - - X",
                newBreach[int(md)]);
            // M < N: 2 of 3, two breaches present.
            row("M<N two breaches present", 3, 2, Ok, "- - - X - X", Alarm);
            // M < N: 2 of 3, one breach and one fine: breaching fills reach 2.
            const AlarmState mixed[] = {Ok, Ok, Alarm, Ok};
            row("M<N one breach one fine", 3, 2, Ok, "- - - 0 - X", mixed[int(md)]);
            // A fine datapoint newer than the breach stops the special case.
            const AlarmState fineAfter[] = {Ok, Ok, Ok, Ok};
            row("fine after old breach", 3, 3, Alarm, "- - X - 0 -", fineAfter[int(md)]);
        }
        // 1 of 1 (the status check default).
        {
            row("1 of 1 breach", 1, 1, Ok, "0 X", Alarm);
            row("1 of 1 fine", 1, 1, Alarm, "X 0", Ok);
            row("1 of 1 newest missing, older fine", 1, 1, Alarm, "X 0 -", Ok);
            const AlarmState gone[] = {Insufficient, Ok, Alarm, Ok};
            row("1 of 1 all missing", 1, 1, Ok, "- - -", gone[int(md)]);
        }
    }
}

void TestAlarmEvaluator::evaluates()
{
    QFETCH(int, n);
    QFETCH(int, m);
    QFETCH(MissingData, missing);
    QFETCH(AlarmState, current);
    QFETCH(QString, row);
    QFETCH(AlarmState, expected);
    const Evaluation e = evaluateAlarm(alarm(n, m, missing, current), periods(row));
    QVERIFY2(e.state == expected,
             qPrintable(QStringLiteral("got %1, expected %2: %3")
                            .arg(toString(e.state), toString(expected), e.reason)));
    QVERIFY(!e.reason.isEmpty());
}

void TestAlarmEvaluator::thresholdEquality_data()
{
    QTest::addColumn<Comparison>("comparison");
    QTest::addColumn<double>("value");
    QTest::addColumn<AlarmState>("expected");
    // Threshold 50.
    QTest::newRow("> at the threshold") << Comparison::Greater << 50.0 << AlarmState::Ok;
    QTest::newRow("> just above") << Comparison::Greater << 50.001 << AlarmState::Alarm;
    QTest::newRow(">= at the threshold") << Comparison::GreaterOrEqual << 50.0 << AlarmState::Alarm;
    QTest::newRow(">= just below") << Comparison::GreaterOrEqual << 49.999 << AlarmState::Ok;
    QTest::newRow("< at the threshold") << Comparison::Less << 50.0 << AlarmState::Ok;
    QTest::newRow("< just below") << Comparison::Less << 49.999 << AlarmState::Alarm;
    QTest::newRow("<= at the threshold") << Comparison::LessOrEqual << 50.0 << AlarmState::Alarm;
    QTest::newRow("<= just above") << Comparison::LessOrEqual << 50.001 << AlarmState::Ok;
}

void TestAlarmEvaluator::thresholdEquality()
{
    QFETCH(Comparison, comparison);
    QFETCH(double, value);
    QFETCH(AlarmState, expected);
    AlarmDefinition a = alarm(1, 1, MissingData::Missing, AlarmState::InsufficientData);
    a.comparison = comparison;
    const Evaluation e = evaluateAlarm(a, {value});
    QCOMPARE(toString(e.state), toString(expected));
    QCOMPARE(isBreaching(comparison, value, 50), expected == AlarmState::Alarm);
    QCOMPARE(e.value, std::optional<double>(value));
}

void TestAlarmEvaluator::reasonsNameTheDatapoints()
{
    const Evaluation e = evaluateAlarm(alarm(3, 2, MissingData::Missing, AlarmState::Ok),
                                       periods(QStringLiteral("12 85.5 40 91")));
    QCOMPARE(toString(e.state), toString(AlarmState::Alarm));
    QVERIFY2(e.reason.contains(QLatin1String("2 of the last 3")), qPrintable(e.reason));
    QVERIFY2(e.reason.contains(QLatin1String("[85.5, 40, 91]")), qPrintable(e.reason));
    QVERIFY2(e.reason.contains(QLatin1String("(50)")), qPrintable(e.reason));
    QCOMPARE(e.value, std::optional<double>(91));

    const Evaluation none = evaluateAlarm(alarm(3, 3, MissingData::Missing, AlarmState::Ok),
                                          periods(QStringLiteral("- - -")));
    QVERIFY2(none.reason.contains(QLatin1String("No datapoints")), qPrintable(none.reason));
    QVERIFY(!none.value);

    const Evaluation ignored = evaluateAlarm(alarm(3, 3, MissingData::Ignore, AlarmState::Alarm),
                                             periods(QStringLiteral("- - -")));
    QCOMPARE(ignored.reason, QStringLiteral("earlier reason"));
}

void TestAlarmEvaluator::rangeIsLongerThanTheWindow()
{
    AlarmDefinition a = alarm(1, 1, MissingData::Missing, AlarmState::Ok);
    QCOMPARE(evaluationRange(a), 3);
    a.evaluationPeriods = 3;
    QCOMPARE(evaluationRange(a), 6);
    a.evaluationPeriods = 10;
    QCOMPARE(evaluationRange(a), 20);
}

void TestAlarmEvaluator::nonFiniteCountsAsMissing()
{
    const Evaluation e = evaluateAlarm(
        alarm(1, 1, MissingData::Missing, AlarmState::Ok),
        {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()});
    QCOMPARE(toString(e.state), toString(AlarmState::InsufficientData));
}

QTEST_GUILESS_MAIN(TestAlarmEvaluator)
#include "tst_alarmevaluator.moc"
