#pragma once

// Shared by the MetricStore's files only: reading and writing packed rollup
// rows, and the texts' translation context.

#include "metrics/metricrollup.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>

namespace sloop::metrics {

Q_DECLARE_LOGGING_CATEGORY(lcMetricStore)

// Texts are looked up, and filed by lupdate, under "Metrics".
struct MetricsText
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

namespace rollup {

enum class Table
{
    Minutes, // a row per series and hour: 60 minute slots
    Hours,   // a row per series and day: 24 hour slots
};

int slotsOf(Table t);
// The row `key` of the table; an empty block when there is none (or when it
// cannot be read, which is logged).
Result<Block> readBlock(QSqlDatabase &db, Table t, qint64 key);
// Writes the row, or deletes it when the block is empty.
VoidResult writeBlock(QSqlDatabase &db, Table t, qint64 key, const Block &block);

} // namespace rollup
} // namespace sloop::metrics
