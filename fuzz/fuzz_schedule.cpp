// EventBridge schedule expressions (rate, cron with L W # ? and names, at)
// parsed, and their next fires computed in a time zone with daylight saving.
#include "fuzzinput.h"
#include "schedules/scheduleexpression.h"

#include <QDateTime>
#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using sloop::schedules::ScheduleExpression;
    const QString text = QString::fromUtf8(sloop::fuzz::bytes(data, qMin<size_t>(size, 512)));
    const auto parsed = ScheduleExpression::parse(text);
    if (!parsed)
        return 0;
    static const QTimeZone berlin("Europe/Berlin");
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    parsed->nextFires(start, berlin, start, 3);
    return 0;
}
