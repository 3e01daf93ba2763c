#pragma once

// Shared by the MetricStore's files only: reading and writing packed rollup
// rows, and the texts' translation context.

#include "metrics/metricrollup.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

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

// Statements prepared once for the store's life. Compaction runs the same few
// statements for every series each minute, on the thread that owns the store
// (the GUI's, in the window); preparing them anew each time was most of its
// cost. A statement is finished after each use, so none holds a read cursor.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    // The prepared statement for `sql`, values unbound; the error when it
    // cannot be prepared.
    Result<QSqlQuery *> get(const QString &sql);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

int slotsOf(Table t);
// The row `key` of the table; an empty block when there is none (or when it
// cannot be read, which is logged).
Result<Block> readBlock(StatementCache &sql, Table t, qint64 key);
// Writes the row, or deletes it when the block is empty.
VoidResult writeBlock(StatementCache &sql, Table t, qint64 key, const Block &block);

} // namespace rollup
} // namespace sloop::metrics
