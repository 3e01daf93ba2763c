// Schedule expressions against a table of fire times worked out by hand
// (and checked with Python's zoneinfo for the daylight-saving days).
#include "schedules/schedule.h"
#include "schedules/scheduleexpression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sloop;
using namespace sloop::schedules;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone(QByteArrayLiteral("UTC")));
    return t;
}

QStringList isoList(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out << t.toUTC().toString(Qt::ISODate);
    return out;
}

} // namespace

class TestScheduleExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextFires_data();
    void nextFires();
    void rejects_data();
    void rejects();
    void unknownTimeZoneIsRefused();
    void ambiguousAndMissingWallClockTimes();
    void scheduledEventHasEventBridgesShape();
    void validateNamesTheField();
};

void TestScheduleExpression::nextFires_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *expression, const char *zone,
                        const char *after, QStringList expected, const char *start = "") {
        QTest::newRow(name) << QString::fromLatin1(expression) << QString::fromLatin1(zone)
                            << QString::fromLatin1(after) << QString::fromLatin1(start) << expected;
    };
    row("noon UTC", "cron(0 12 * * ? *)", "UTC", "2026-12-06T13:00:00Z",
        {"2026-12-07T12:00:00Z", "2026-12-08T12:00:00Z"});
    row("every 15 minutes, strictly after", "cron(0/15 * * * ? *)", "UTC", "2026-12-06T13:00:00Z",
        {"2026-12-06T13:15:00Z", "2026-12-06T13:30:00Z"});
    row("lists and ranges", "cron(5,35 8-9 * * ? *)", "UTC", "2026-12-06T08:10:00Z",
        {"2026-12-06T08:35:00Z", "2026-12-06T09:05:00Z", "2026-12-06T09:35:00Z",
         "2026-12-07T08:05:00Z"});
    row("weekdays in Berlin", "cron(0 9 ? * MON-FRI *)", "Europe/Berlin", "2026-12-04T12:00:00Z",
        {"2026-12-07T08:00:00Z", "2026-12-08T08:00:00Z"});
    row("wrapping weekday range", "cron(0 0 ? * FRI-MON *)", "UTC", "2026-12-03T12:00:00Z",
        {"2026-12-04T00:00:00Z", "2026-12-05T00:00:00Z", "2026-12-06T00:00:00Z",
         "2026-12-07T00:00:00Z", "2026-12-11T00:00:00Z"});
    row("last day of the month", "cron(0 0 L * ? *)", "UTC", "2027-02-10T00:00:00Z",
        {"2027-02-28T00:00:00Z", "2027-03-31T00:00:00Z", "2027-04-30T00:00:00Z"});
    row("three days before the last", "cron(0 0 L-3 * ? *)", "UTC", "2027-02-10T00:00:00Z",
        {"2027-02-25T00:00:00Z", "2027-03-28T00:00:00Z"});
    row("last Friday", "cron(0 0 ? * 6L *)", "UTC", "2027-02-01T00:00:00Z",
        {"2027-02-26T00:00:00Z", "2027-03-26T00:00:00Z"});
    row("second Tuesday", "cron(0 0 ? * 3#2 *)", "UTC", "2027-01-01T00:00:00Z",
        {"2027-01-12T00:00:00Z", "2027-02-09T00:00:00Z"});
    row("weekday nearest the 15th", "cron(0 0 15W * ? *)", "UTC", "2027-04-20T00:00:00Z",
        {"2027-05-14T00:00:00Z", "2027-06-15T00:00:00Z"});
    row("last weekday", "cron(0 0 LW * ? *)", "UTC", "2027-01-01T00:00:00Z",
        {"2027-01-29T00:00:00Z", "2027-02-26T00:00:00Z"});
    row("month names and a step", "cron(0 0 1 JAN/3 ? *)", "UTC", "2027-01-15T00:00:00Z",
        {"2027-04-01T00:00:00Z", "2027-07-01T00:00:00Z", "2027-10-01T00:00:00Z",
         "2028-01-01T00:00:00Z"});
    row("leap day", "cron(0 0 29 2 ? *)", "UTC", "2027-01-01T00:00:00Z",
        {"2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z"});
    row("years end", "cron(0 0 1 1 ? 2027-2028)", "UTC", "2027-06-01T00:00:00Z",
        {"2028-01-01T00:00:00Z"});
    // The clocks go forward at 02:00 on 28 March 2027 in Berlin: 02:30
    // does not exist that day and is skipped.
    row("spring forward skips", "cron(30 2 * * ? *)", "Europe/Berlin", "2027-03-27T12:00:00Z",
        {"2027-03-29T00:30:00Z", "2027-03-30T00:30:00Z"});
    // They go back at 03:00 on 31 October 2027: 02:30 happens twice and
    // fires once, the first time (still summer time).
    row("fall back fires once", "cron(30 2 * * ? *)", "Europe/Berlin", "2027-10-30T12:00:00Z",
        {"2027-10-31T00:30:00Z", "2027-11-01T01:30:00Z"});
    row("fall back, every 30 minutes", "cron(0/30 2 * * ? *)", "Europe/Berlin",
        "2027-10-30T12:00:00Z",
        {"2027-10-31T00:00:00Z", "2027-10-31T00:30:00Z", "2027-11-01T01:00:00Z"});
    row("noon in New York over the change", "cron(0 12 * * ? *)", "America/New_York",
        "2027-03-13T00:00:00Z", {"2027-03-13T17:00:00Z", "2027-03-14T16:00:00Z"});
    row("rate from its start", "rate(5 minutes)", "UTC", "2026-12-06T13:07:00Z",
        {"2026-12-06T13:10:00Z", "2026-12-06T13:15:00Z"}, "2026-12-06T13:00:00Z");
    row("rate's first fire is its start", "rate(1 hour)", "UTC", "2026-12-06T12:00:00Z",
        {"2026-12-06T13:00:00Z", "2026-12-06T14:00:00Z"}, "2026-12-06T13:00:00Z");
    row("a rate day is 24 hours", "rate(1 day)", "Europe/Berlin", "2027-03-27T10:00:00Z",
        {"2027-03-28T10:00:00Z", "2027-03-29T10:00:00Z"}, "2027-03-27T10:00:00Z");
    row("at, in its zone", "at(2027-01-01T00:00:00)", "Europe/Berlin", "2026-12-06T00:00:00Z",
        {"2026-12-31T23:00:00Z"});
    row("at, past", "at(2026-01-01T00:00:00)", "UTC", "2026-12-06T00:00:00Z", {});
}

void TestScheduleExpression::nextFires()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, start);
    QFETCH(QStringList, expected);
    const auto e = ScheduleExpression::parse(expression);
    QVERIFY2(e.ok(), qPrintable(e.error()));
    const auto z = ScheduleExpression::zone(zone);
    QVERIFY2(z.ok(), qPrintable(z.error()));
    const QDateTime from = utc(after.toLatin1().constData());
    const QDateTime begin = start.isEmpty() ? from : utc(start.toLatin1().constData());
    // One more is asked for where the expression ends (at(), a last year).
    const bool ends =
        expression.startsWith(QLatin1String("at(")) || expression.contains(QLatin1String("2028)"));
    const int count = int(expected.size()) + (ends ? 1 : 0);
    QCOMPARE(isoList(e->nextFires(from, *z, begin, count)), expected);
    // Nothing fires between them: asking after each one gives the next.
    if (expected.size() > 1)
        QCOMPARE(e->next(utc(expected[0].toLatin1().constData()), *z, begin)
                     .toUTC()
                     .toString(Qt::ISODate),
                 expected[1]);
}

void TestScheduleExpression::rejects_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("says");
    QTest::newRow("unix cron") << "cron(0 12 * * *)"
                               << "six fields";
    QTest::newRow("both days") << "cron(0 12 1 * MON *)"
                               << "? in the other";
    QTest::newRow("neither day") << "cron(0 12 ? * ? *)"
                                 << "? in the other";
    QTest::newRow("minute 60") << "cron(60 12 * * ? *)"
                               << "minutes field";
    QTest::newRow("month 13") << "cron(0 12 1 13 ? *)"
                              << "month field";
    QTest::newRow("bad name") << "cron(0 12 ? * MOX *)"
                              << "day-of-week field";
    QTest::newRow("year 2200") << "cron(0 12 * * ? 2200)"
                               << "year field";
    QTest::newRow("L in a list") << "cron(0 0 ? * 1,6L *)"
                                 << "alone";
    QTest::newRow("rate plural for 1") << "rate(1 minutes)"
                                       << "singular";
    QTest::newRow("rate singular for 5") << "rate(5 minute)"
                                         << "plural";
    QTest::newRow("rate zero") << "rate(0 minutes)"
                               << "above 0";
    QTest::newRow("rate seconds") << "rate(30 seconds)"
                                  << "minutes, hours or days";
    QTest::newRow("at without seconds") << "at(2027-01-01T00:00)"
                                        << "at(yyyy-mm-ddThh:mm:ss)";
    QTest::newRow("no kind") << "every 5 minutes"
                             << "not a schedule expression";
    QTest::newRow("step 0") << "cron(0/0 * * * ? *)"
                            << "minutes field";
}

void TestScheduleExpression::rejects()
{
    QFETCH(QString, expression);
    QFETCH(QString, says);
    const auto e = ScheduleExpression::parse(expression);
    QVERIFY(!e.ok());
    QCOMPARE(e.kind(), ErrorKind::InvalidInput);
    QVERIFY2(e.error().contains(says), qPrintable(e.error()));
}

void TestScheduleExpression::unknownTimeZoneIsRefused()
{
    const auto z = ScheduleExpression::zone(QStringLiteral("Europe/Atlantis"));
    QVERIFY(!z.ok());
    QVERIFY(z.error().contains(QLatin1String("Europe/Berlin")));
    QVERIFY(ScheduleExpression::zone({}).ok());
}

void TestScheduleExpression::ambiguousAndMissingWallClockTimes()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    QVERIFY(!wallClockInstant(QDate(2027, 3, 28), QTime(2, 30), berlin).isValid());
    QCOMPARE(wallClockInstant(QDate(2027, 10, 31), QTime(2, 30), berlin),
             utc("2027-10-31T00:30:00Z"));
    QCOMPARE(wallClockInstant(QDate(2027, 7, 1), QTime(12, 0), berlin),
             utc("2027-07-01T10:00:00Z"));
}

void TestScheduleExpression::scheduledEventHasEventBridgesShape()
{
    Schedule s;
    s.name = QStringLiteral("nightly");
    const QJsonObject event =
        QJsonDocument::fromJson(scheduledEvent(s, utc("2026-12-07T02:00:00Z"))).object();
    QCOMPARE(event.value(QLatin1String("detail-type")).toString(),
             QStringLiteral("Scheduled Event"));
    QCOMPARE(event.value(QLatin1String("source")).toString(), QStringLiteral("aws.events"));
    QCOMPARE(event.value(QLatin1String("time")).toString(), QStringLiteral("2026-12-07T02:00:00Z"));
    QCOMPARE(event.value(QLatin1String("version")).toString(), QStringLiteral("0"));
    QCOMPARE(event.value(QLatin1String("resources")).toArray().first().toString(),
             scheduleArn(QStringLiteral("nightly")));
    QVERIFY(event.value(QLatin1String("detail")).isObject());
    QCOMPARE(event.value(QLatin1String("id")).toString().size(), 36);
}

void TestScheduleExpression::validateNamesTheField()
{
    Schedule s;
    s.name = QStringLiteral("bad name");
    s.function = QStringLiteral("f");
    s.expression = QStringLiteral("rate(1 hour)");
    QVERIFY(validate(s).error().contains(QLatin1String("schedule name")));
    s.name = QStringLiteral("ok");
    s.input = QStringLiteral("{nope");
    QVERIFY(validate(s).error().contains(QLatin1String("not JSON")));
    s.input = QStringLiteral("{\"a\":1}");
    s.timeZone = QStringLiteral("Mars/Olympus");
    QVERIFY(!validate(s).ok());
    s.timeZone = QStringLiteral("Asia/Tokyo");
    QVERIFY(validate(s).ok());
}

QTEST_GUILESS_MAIN(TestScheduleExpression)
#include "tst_scheduleexpression.moc"
