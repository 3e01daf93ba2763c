#include "metrics/metricunits.h"

#include "metrics/metricnames.h"

#include <QCoreApplication>

#include <cmath>

namespace sloop::models {

namespace names = metrics::names;

namespace {

struct MetricUnitsText
{
    Q_DECLARE_TR_FUNCTIONS(MetricUnits)
};

// IEC prefixes; the axis picks one for all its labels.
const char *const kByteUnits[] = {
    QT_TRANSLATE_NOOP("MetricUnits", "B"), QT_TRANSLATE_NOOP("MetricUnits", "KiB"),
    QT_TRANSLATE_NOOP("MetricUnits", "MiB"), QT_TRANSLATE_NOOP("MetricUnits", "GiB"),
    QT_TRANSLATE_NOOP("MetricUnits", "TiB")};

int byteScale(double value)
{
    int scale = 0;
    while (scale < 4 && std::abs(value) >= 1024.0) {
        value /= 1024.0;
        ++scale;
    }
    return scale;
}

QString withUnit(const QString &number, MetricUnit unit, int scale)
{
    switch (unit) {
    case MetricUnit::Percent:
        return MetricUnitsText::tr("%1 %").arg(number);
    case MetricUnit::Bytes:
        return MetricUnitsText::tr("%1 %2").arg(number, MetricUnitsText::tr(kByteUnits[scale]));
    case MetricUnit::BytesPerSecond:
        return MetricUnitsText::tr("%1 %2/s").arg(number, MetricUnitsText::tr(kByteUnits[scale]));
    case MetricUnit::PerSecond:
        return MetricUnitsText::tr("%1/s").arg(number);
    case MetricUnit::Seconds:
        return MetricUnitsText::tr("%1 s").arg(number);
    case MetricUnit::Number:
        break;
    }
    return number;
}

// Digits after the point that write `step` exactly (2.5 → 1, 0.25 → 2).
int decimalsFor(double step)
{
    for (int d = 0; d < 3; ++d) {
        const double shifted = step * std::pow(10.0, d);
        if (std::abs(shifted - std::round(shifted)) < 1e-6 * std::max(1.0, shifted))
            return d;
    }
    return 3;
}

// `value` with `decimals` digits, trailing zeros dropped: 42.0 reads 42, 0.50 reads 0.5.
QString fixed(const QLocale &locale, double value, int decimals)
{
    QString number = locale.toString(value, 'f', decimals);
    if (decimals == 0)
        return number;
    const QString zero = locale.zeroDigit();
    while (number.endsWith(zero))
        number.chop(zero.size());
    if (number.endsWith(locale.decimalPoint()))
        number.chop(locale.decimalPoint().size());
    return number;
}

} // namespace

MetricUnit unitOfMetric(const QString &metric)
{
    const QString base = metric.section(QLatin1Char(':'), 0, 0);
    if (base == names::kCpu || base == names::kCpuUser || base == names::kCpuSystem ||
        base == names::kCpuIowait || base == names::kCpuSteal || base == names::kCpuCore ||
        base == names::kMemory || base == names::kDisk || base == names::kDiskUsedPct)
        return MetricUnit::Percent;
    if (base == names::kMemTotal || base == names::kMemUsed || base == names::kMemAvailable ||
        base == names::kMemCache || base == names::kSwapTotal || base == names::kSwapUsed)
        return MetricUnit::Bytes;
    if (base == names::kDiskRead || base == names::kDiskWrite || base == names::kNetIn ||
        base == names::kNetOut)
        return MetricUnit::BytesPerSecond;
    if (base == names::kNetPacketsIn || base == names::kNetPacketsOut)
        return MetricUnit::PerSecond;
    if (base == names::kUptime)
        return MetricUnit::Seconds;
    return MetricUnit::Number;
}

QString formatMetricValue(double value, MetricUnit unit, const QLocale &locale)
{
    if (!std::isfinite(value))
        return MetricUnitsText::tr("n/a");
    int scale = 0;
    double shown = value;
    if (unit == MetricUnit::Bytes || unit == MetricUnit::BytesPerSecond) {
        scale = byteScale(value);
        shown = value / std::pow(1024.0, scale);
    }
    // Three significant digits at most: 0.42, 4.2, 42, 420.
    const double magnitude = std::abs(shown);
    const int decimals = magnitude == 0 || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    const QString number = fixed(locale, shown, decimals);
    return withUnit(number, unit, scale);
}

AxisTicks niceTicks(double top, MetricUnit unit, const QLocale &locale, int maxTicks)
{
    AxisTicks ticks;
    if (!std::isfinite(top) || top <= 0)
        top = 1;
    maxTicks = std::max(2, maxTicks);
    const bool bytes = unit == MetricUnit::Bytes || unit == MetricUnit::BytesPerSecond;
    const int scale = bytes ? byteScale(top) : 0;
    const double factor = std::pow(1024.0, scale);
    const double scaledTop = top / factor;
    // The smallest of 1, 2, 2.5, 5 × 10^n giving at most maxTicks - 1 steps.
    const double rough = scaledTop / (maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= rough - 1e-12) {
            step = m * power;
            break;
        }
    }
    const int steps = std::max(1, int(std::ceil(scaledTop / step - 1e-9)));
    const int decimals = decimalsFor(step);
    for (int i = 0; i <= steps; ++i) {
        const double v = i * step;
        ticks.values.append(v * factor);
        // Zero needs no prefix: "0 B/s" under "40 MiB/s", not "0 MiB/s".
        ticks.labels.append(i == 0 && bytes ? withUnit(fixed(locale, 0, 0), unit, 0)
                                            : withUnit(fixed(locale, v, decimals), unit, scale));
    }
    ticks.max = ticks.values.last();
    return ticks;
}

} // namespace sloop::models
