#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>

namespace sloop::schedules {

// A schedule expression as EventBridge Scheduler reads it:
//   rate(5 minutes)          every period from the schedule's start
//   cron(0 12 * * ? *)       minutes hours day-of-month month day-of-week year,
//                            with , - * / ? L W # and JAN-DEC, SUN-SAT
//   at(2026-12-24T18:00:00)  once
// Cron and at() are read in a time zone (IANA, e.g. Europe/Berlin). When the
// clocks go forward a time that does not exist that day is skipped; when they
// go back a time that happens twice fires once, the first time. A rate is a
// fixed duration (a day is 24 hours, whatever the clocks do).
class ScheduleExpression
{
public:
    enum class Kind
    {
        Rate,
        Cron,
        At
    };

    // The expression, or InvalidInput saying what is wrong and where.
    static Result<ScheduleExpression> parse(const QString &text);
    // The zone by IANA name ("UTC" when empty), or InvalidInput.
    static Result<QTimeZone> zone(const QString &name);

    Kind kind() const { return m_kind; }
    QString text() const { return m_text; }
    // A rate's period.
    qint64 periodMs() const { return m_periodMs; }

    // The first fire strictly after `after`. start: when the schedule began
    // (a rate's fires are start + k·period, the first at start itself).
    // Null when there is none (an at() in the past, a cron whose years end).
    QDateTime next(const QDateTime &after, const QTimeZone &zone, const QDateTime &start) const;
    // The next `count` fires after `after`.
    QList<QDateTime> nextFires(const QDateTime &after, const QTimeZone &zone,
                               const QDateTime &start, int count) const;

private:
    struct Cron
    {
        std::bitset<60> minutes;
        std::bitset<24> hours;
        std::bitset<32> days;    // 1–31
        std::bitset<13> months;  // 1–12
        std::bitset<8> weekdays; // 1–7, 1 is Sunday
        bool anyDay = false;     // day-of-month is ?
        bool anyWeekday = false; // day-of-week is ?
        bool lastDay = false;    // L in day-of-month
        int lastDayOffset = 0;   // L-3
        int nearestWeekday = 0;  // 15W; -1 for LW
        int lastWeekdayOf = 0;   // 6L: the last Friday (day-of-week 1–7)
        int nthWeekday = 0;      // 3#2: weekday 3…
        int nth = 0;             // …the second of the month
        int firstYear = 1970;
        int lastYear = 2199;
        std::bitset<230> years; // 1970 + i
    };

    static Result<ScheduleExpression> parseRate(const QString &text, const QString &inner);
    static Result<ScheduleExpression> parseCron(const QString &text, const QString &inner);
    static Result<ScheduleExpression> parseAt(const QString &text, const QString &inner);
    bool dayMatches(const QDate &date) const;
    QDateTime nextCron(const QDateTime &after, const QTimeZone &zone) const;

    Kind m_kind = Kind::Rate;
    QString m_text;
    qint64 m_periodMs = 0;
    Cron m_cron;
    QDate m_atDate;
    QTime m_atTime;
};

// The instant a wall-clock time in `zone` names: the earlier one when the
// clocks went back (it happens twice), null when they went forward over it.
QDateTime wallClockInstant(const QDate &date, const QTime &time, const QTimeZone &zone);

} // namespace sloop::schedules
