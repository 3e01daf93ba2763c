#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// How a metric's numbers read for people: "42 %", "1.5 MiB", "320 KiB/s".
// Charts, tables, cards and exports share this so a value reads the same
// everywhere.
namespace sloop::models {

enum class MetricUnit
{
    Number,         // load averages, process counts
    Percent,        // 0-100
    Bytes,          // mem_used ...
    BytesPerSecond, // disk and network rates
    PerSecond,      // packets per second
    Seconds,        // uptime
};

// By the metric's name (see core/metrics/metricnames.h), ":LABEL" ignored.
MetricUnit unitOfMetric(const QString &metric);

// One value with its unit, in the locale's digits. Bytes in IEC units.
QString formatMetricValue(double value, MetricUnit unit, const QLocale &locale = QLocale());

// Ticks for a value axis from 0 to at least `top`: round steps in one scale
// (every label of a bytes axis in MiB, say), and their labels.
struct AxisTicks
{
    double max = 1;
    QList<double> values; // 0 first, max last
    QStringList labels;   // as many as values
};
AxisTicks niceTicks(double top, MetricUnit unit, const QLocale &locale = QLocale(),
                    int maxTicks = 5);

} // namespace sloop::models
