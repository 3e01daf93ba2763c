#include "scheduleexpression.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sloop::schedules {

namespace {

struct ExpressionText
{
    Q_DECLARE_TR_FUNCTIONS(Schedules)
};

constexpr int kFirstYear = 1970;
constexpr int kLastYear = 2199;

VoidResult invalid(const QString &message)
{
    return VoidResult::failure(ErrorKind::InvalidInput, message);
}

// One cron field's rules: its range and the names it takes.
struct FieldSpec
{
    const char *name; // as AWS's documentation names it
    int min;
    int max;
    QStringList names; // names[i] is the value min + i
};

const QStringList kMonthNames = {
    QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"), QStringLiteral("APR"),
    QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"), QStringLiteral("AUG"),
    QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
const QStringList kDayNames = {QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                               QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                               QStringLiteral("SAT")};

QString fieldLabel(const FieldSpec &spec)
{
    return QString::fromLatin1(spec.name);
}

// A number or a name of the field, or -1.
int fieldValue(const FieldSpec &spec, const QString &token)
{
    bool isNumber = false;
    const int n = token.toInt(&isNumber);
    if (isNumber)
        return n >= spec.min && n <= spec.max ? n : -1;
    const int index = spec.names.indexOf(token.toUpper());
    return index < 0 ? -1 : spec.min + index;
}

// The plain part of a field: lists of *, N, N-M (wrapping: FRI-MON), with an
// optional /STEP. Sets bits value - offset.
template <std::size_t N>
VoidResult parseList(const QString &field, const FieldSpec &spec, std::bitset<N> &bits, int offset)
{
    const auto bad = [&](const QString &item) {
        return invalid(ExpressionText::tr("The %1 field has \"%2\": use numbers %3–%4, "
                                          "ranges (a-b), lists (a,b), steps (*/n, a/n) or *.")
                           .arg(fieldLabel(spec), item)
                           .arg(spec.min)
                           .arg(spec.max));
    };
    for (const QString &item : field.split(QLatin1Char(','))) {
        QString range = item;
        int step = 1;
        const int slash = item.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return bad(item);
            range = item.left(slash);
        }
        int from = spec.min;
        int to = spec.max;
        if (range != QLatin1String("*")) {
            const int dash = range.indexOf(QLatin1Char('-'));
            from = fieldValue(spec, dash < 0 ? range : range.left(dash));
            to = dash < 0 ? (slash >= 0 ? spec.max : from) : fieldValue(spec, range.mid(dash + 1));
            if (from < 0 || to < 0)
                return bad(item);
        }
        const int span = spec.max - spec.min + 1;
        const int count = (to - from + span) % span + 1; // wraps when to < from
        for (int i = 0; i < count; i += step)
            bits.set(static_cast<std::size_t>(spec.min + (from - spec.min + i) % span - offset));
    }
    return {};
}

int daysInMonth(const QDate &date)
{
    return date.daysInMonth();
}

// Cron's day of the week: 1 is Sunday … 7 is Saturday (Qt: 1 Monday … 7 Sunday).
int cronWeekday(const QDate &date)
{
    return date.dayOfWeek() % 7 + 1;
}

// The weekday (Monday–Friday) nearest to day `day` of the month, staying in
// the month (Quartz's W): a Saturday moves to Friday, a Sunday to Monday.
int nearestWeekdayTo(const QDate &monthDate, int day)
{
    const int last = daysInMonth(monthDate);
    if (day > last)
        return -1;
    const QDate d(monthDate.year(), monthDate.month(), day);
    const int weekday = d.dayOfWeek(); // 6 Saturday, 7 Sunday
    if (weekday == 6)
        return day == 1 ? 3 : day - 1;
    if (weekday == 7)
        return day == last ? day - 2 : day + 1;
    return day;
}

} // namespace

Result<QTimeZone> ScheduleExpression::zone(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("UTC"))
        return QTimeZone(QByteArrayLiteral("UTC"));
    const QTimeZone tz(name.toUtf8());
    if (!tz.isValid())
        return Result<QTimeZone>::failure(
            ErrorKind::InvalidInput,
            ExpressionText::tr("\"%1\" is not a time zone this machine knows: use an IANA name "
                               "such as Europe/Berlin or America/New_York.")
                .arg(name));
    return tz;
}

Result<ScheduleExpression> ScheduleExpression::parse(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression shape(QStringLiteral("^(rate|cron|at)\\((.*)\\)$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return Result<ScheduleExpression>::failure(
            ErrorKind::InvalidInput,
            ExpressionText::tr("\"%1\" is not a schedule expression: use rate(5 minutes), "
                               "cron(0 12 * * ? *) or at(2026-12-24T18:00:00).")
                .arg(text));
    const QString kind = m.captured(1);
    const QString inner = m.captured(2).trimmed();
    if (kind == QLatin1String("rate"))
        return parseRate(text, inner);
    if (kind == QLatin1String("cron"))
        return parseCron(text, inner);
    return parseAt(text, inner);
}

Result<ScheduleExpression> ScheduleExpression::parseRate(const QString &text, const QString &inner)
{
    const QStringList parts = inner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok = parts.size() == 2;
    const qint64 value = ok ? parts[0].toLongLong(&ok) : 0;
    const auto fail = [](const QString &message) {
        return Result<ScheduleExpression>::failure(ErrorKind::InvalidInput, message);
    };
    if (!ok || value < 1)
        return fail(ExpressionText::tr("%1: a rate is a whole number above 0 and a unit, as in "
                                       "rate(5 minutes) or rate(1 day).")
                        .arg(text));
    static const QHash<QString, qint64> units = {{QStringLiteral("minute"), 60'000},
                                                 {QStringLiteral("hour"), 3'600'000},
                                                 {QStringLiteral("day"), 86'400'000}};
    QString unit = parts[1];
    const bool plural = unit.endsWith(QLatin1Char('s'));
    if (plural)
        unit.chop(1);
    if (!units.contains(unit))
        return fail(ExpressionText::tr("%1: the unit is minutes, hours or days.").arg(text));
    // AWS refuses "rate(1 minutes)" and "rate(5 minute)"; so does Sloop, so
    // that what works here works there.
    if (plural != (value > 1))
        return fail(value == 1
                        ? ExpressionText::tr("%1: for 1, AWS wants the singular: rate(1 %2).")
                              .arg(text, unit)
                        : ExpressionText::tr("%1: for more than 1, AWS wants the plural: "
                                             "rate(%2 %3s).")
                              .arg(text)
                              .arg(value)
                              .arg(unit));
    ScheduleExpression e;
    e.m_kind = Kind::Rate;
    e.m_text = text;
    e.m_periodMs = value * units.value(unit);
    return e;
}

Result<ScheduleExpression> ScheduleExpression::parseAt(const QString &text, const QString &inner)
{
    const QDateTime when = QDateTime::fromString(inner, Qt::ISODate);
    static const QRegularExpression plain(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    if (!when.isValid() || !plain.match(inner).hasMatch())
        return Result<ScheduleExpression>::failure(
            ErrorKind::InvalidInput,
            ExpressionText::tr("%1: a one-time schedule is at(yyyy-mm-ddThh:mm:ss), in the "
                               "schedule's time zone.")
                .arg(text));
    ScheduleExpression e;
    e.m_kind = Kind::At;
    e.m_text = text;
    e.m_atDate = when.date();
    e.m_atTime = when.time();
    return e;
}

Result<ScheduleExpression> ScheduleExpression::parseCron(const QString &text, const QString &inner)
{
    const auto fail = [&](const QString &message) {
        return Result<ScheduleExpression>::failure(ErrorKind::InvalidInput,
                                                   QStringLiteral("%1: %2").arg(text, message));
    };
    const QStringList f = inner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() != 6)
        return fail(ExpressionText::tr("a cron expression has six fields (minutes hours "
                                       "day-of-month month day-of-week year); this one has %1. "
                                       "Every day at noon UTC is cron(0 12 * * ? *).")
                        .arg(f.size()));

    static const FieldSpec minutes{"minutes", 0, 59, {}};
    static const FieldSpec hours{"hours", 0, 23, {}};
    static const FieldSpec days{"day-of-month", 1, 31, {}};
    static const FieldSpec months{"month", 1, 12, kMonthNames};
    static const FieldSpec weekdays{"day-of-week", 1, 7, kDayNames};
    static const FieldSpec years{"year", kFirstYear, kLastYear, {}};

    ScheduleExpression e;
    e.m_kind = Kind::Cron;
    e.m_text = text;
    Cron &c = e.m_cron;
    VoidResult r = parseList(f[0], minutes, c.minutes, 0);
    if (r)
        r = parseList(f[1], hours, c.hours, 0);
    if (r)
        r = parseList(f[3], months, c.months, 0);
    if (r)
        r = parseList(f[5], years, c.years, kFirstYear);
    if (!r)
        return fail(r.error());

    c.anyDay = f[2] == QLatin1String("?");
    c.anyWeekday = f[4] == QLatin1String("?");
    if (c.anyDay == c.anyWeekday)
        return fail(ExpressionText::tr("give either a day of the month or a day of the week, "
                                       "and ? in the other (cron(0 12 * * ? *), "
                                       "cron(0 12 ? * MON-FRI *))."));

    if (!c.anyDay) {
        static const QRegularExpression lastDay(QStringLiteral("^L(?:-(\\d{1,2}))?$"));
        static const QRegularExpression weekday(QStringLiteral("^(\\d{1,2}|L)W$"));
        const QString d = f[2].toUpper();
        if (const auto m = lastDay.match(d); m.hasMatch()) {
            c.lastDay = true;
            c.lastDayOffset = m.captured(1).toInt();
            if (c.lastDayOffset > 30)
                return fail(ExpressionText::tr("L-n counts back at most 30 days."));
        } else if (const auto w = weekday.match(d); w.hasMatch()) {
            c.nearestWeekday = w.captured(1) == QLatin1String("L") ? -1 : w.captured(1).toInt();
            if (c.nearestWeekday == 0 || c.nearestWeekday > 31)
                return fail(ExpressionText::tr("nW takes a day of the month from 1 to 31."));
        } else if (r = parseList(f[2], days, c.days, 0); !r) {
            return fail(r.error());
        }
    }
    if (!c.anyWeekday) {
        static const QRegularExpression lastOf(QStringLiteral("^([1-7]|[A-Z]{3})?L$"));
        static const QRegularExpression nth(QStringLiteral("^([1-7]|[A-Z]{3})#([1-5])$"));
        const QString d = f[4].toUpper();
        if (const auto m = lastOf.match(d); m.hasMatch()) {
            // L alone is the last day of the week, Saturday.
            c.lastWeekdayOf = m.captured(1).isEmpty() ? 0 : fieldValue(weekdays, m.captured(1));
            if (c.lastWeekdayOf < 0)
                return fail(ExpressionText::tr("%1 is not a day of the week.").arg(m.captured(1)));
            if (c.lastWeekdayOf == 0)
                c.weekdays.set(7);
        } else if (const auto n = nth.match(d); n.hasMatch()) {
            c.nthWeekday = fieldValue(weekdays, n.captured(1));
            c.nth = n.captured(2).toInt();
            if (c.nthWeekday < 0)
                return fail(ExpressionText::tr("%1 is not a day of the week.").arg(n.captured(1)));
        } else if (d.contains(QLatin1Char('#')) || d.contains(QLatin1Char('L'))) {
            return fail(ExpressionText::tr("day-of-week takes 6L (the last Friday) or 3#2 (the "
                                           "second Tuesday) alone, not in a list."));
        } else if (r = parseList(f[4], weekdays, c.weekdays, 0); !r) {
            return fail(r.error());
        }
    }
    int first = kLastYear + 1;
    for (int y = kFirstYear; y <= kLastYear; ++y) {
        if (c.years.test(static_cast<std::size_t>(y - kFirstYear))) {
            first = std::min(first, y);
            c.lastYear = y;
        }
    }
    c.firstYear = first;
    return e;
}

bool ScheduleExpression::dayMatches(const QDate &date) const
{
    const Cron &c = m_cron;
    if (!c.months.test(static_cast<std::size_t>(date.month())))
        return false;
    const int day = date.day();
    const int last = daysInMonth(date);
    if (!c.anyDay) {
        if (c.lastDay)
            return day == last - c.lastDayOffset;
        if (c.nearestWeekday == -1) {
            int d = last;
            while (QDate(date.year(), date.month(), d).dayOfWeek() > 5)
                --d;
            return day == d;
        }
        if (c.nearestWeekday > 0)
            return day == nearestWeekdayTo(date, c.nearestWeekday);
        return c.days.test(static_cast<std::size_t>(day));
    }
    const int weekday = cronWeekday(date);
    if (c.lastWeekdayOf > 0)
        return weekday == c.lastWeekdayOf && day + 7 > last;
    if (c.nthWeekday > 0)
        return weekday == c.nthWeekday && (day - 1) / 7 + 1 == c.nth;
    return c.weekdays.test(static_cast<std::size_t>(weekday));
}

QDateTime ScheduleExpression::nextCron(const QDateTime &after, const QTimeZone &zone) const
{
    const Cron &c = m_cron;
    // A day early: the wall-clock day of `after` may start before it in UTC.
    QDate d = after.toTimeZone(zone).date().addDays(-1);
    if (d.year() < c.firstYear)
        d = QDate(c.firstYear, 1, 1);
    while (d.isValid() && d.year() <= c.lastYear) {
        if (!c.years.test(static_cast<std::size_t>(d.year() - kFirstYear))) {
            d = QDate(d.year() + 1, 1, 1);
            continue;
        }
        if (!c.months.test(static_cast<std::size_t>(d.month()))) {
            d = QDate(d.year(), d.month(), 1).addMonths(1);
            continue;
        }
        if (dayMatches(d)) {
            for (int h = 0; h < 24; ++h) {
                if (!c.hours.test(static_cast<std::size_t>(h)))
                    continue;
                for (int m = 0; m < 60; ++m) {
                    if (!c.minutes.test(static_cast<std::size_t>(m)))
                        continue;
                    const QDateTime at = wallClockInstant(d, QTime(h, m), zone);
                    if (at.isValid() && at > after)
                        return at;
                }
            }
        }
        d = d.addDays(1);
    }
    return {};
}

QDateTime ScheduleExpression::next(const QDateTime &after, const QTimeZone &zone,
                                   const QDateTime &start) const
{
    switch (m_kind) {
    case Kind::Rate: {
        if (after < start)
            return start.toUTC();
        const qint64 k = (start.msecsTo(after) / m_periodMs) + 1;
        return start.toUTC().addMSecs(k * m_periodMs);
    }
    case Kind::Cron:
        return nextCron(after, zone);
    case Kind::At: {
        QDateTime at = wallClockInstant(m_atDate, m_atTime, zone);
        if (!at.isValid()) // in a gap the clocks skipped: the moment they resume
            at = QDateTime(m_atDate, m_atTime, zone).toUTC();
        return at > after ? at : QDateTime();
    }
    }
    return {};
}

QList<QDateTime> ScheduleExpression::nextFires(const QDateTime &after, const QTimeZone &zone,
                                               const QDateTime &start, int count) const
{
    QList<QDateTime> fires;
    QDateTime at = after;
    while (fires.size() < count) {
        at = next(at, zone, start);
        if (!at.isValid())
            break;
        fires.append(at);
    }
    return fires;
}

QDateTime wallClockInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, Qt::UTC);
    QList<int> offsets = {zone.offsetFromUtc(naive.addSecs(-86400)), zone.offsetFromUtc(naive),
                          zone.offsetFromUtc(naive.addSecs(86400))};
    QDateTime best;
    for (const int offset : offsets) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) != offset)
            continue; // this offset does not hold then: no such wall-clock time with it
        if (!best.isValid() || candidate < best)
            best = candidate;
    }
    return best;
}

} // namespace sloop::schedules
