#pragma once

#include "logfilter.h"
#include "pricing/lambdaprice.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::functions {

// One invocation as Lambda reports it: its REPORT figures and its log.
struct InvocationRecord
{
    qint64 id = 0; // set by the store
    QString function;
    QString requestId;
    QString version = QStringLiteral("$LATEST");
    qint64 startedMs = 0;
    double durationMs = 0;
    qint64 billedMs = 0; // the duration rounded up to the next millisecond
    int memoryMiB = 0;
    int maxMemoryMiB = 0;
    std::optional<double> initMs; // a cold start
    QString errorType;            // empty: it succeeded
    QString log;                  // START … the handler's lines … END, REPORT

    bool ok() const { return errorType.isEmpty(); }
};

// A function's invocations over a span (the Functions page's list).
struct InvocationSummary
{
    int invocations = 0;
    int errors = 0;
    qint64 lastMs = 0; // the latest start, 0: none
    double p95Ms = 0;  // of the durations, nearest rank
    bool operator==(const InvocationSummary &) const = default;
};

// Lambda's billed duration: whole milliseconds, rounded up, at least 1.
qint64 billedDuration(double durationMs);
// "REPORT RequestId: … Duration: 1.23 ms Billed Duration: 2 ms Memory Size:
// 128 MB Max Memory Used: 31 MB Init Duration: 95.10 ms" (tab-separated).
QString reportLine(const InvocationRecord &record);
// The whole log of one invocation, as CloudWatch shows it for Lambda.
QString lambdaLog(const InvocationRecord &record, const QStringList &handlerLines);

// The function_invocations table (schema step 9).
class InvocationLog
{
public:
    explicit InvocationLog(store::Database &db)
        : m_db(db)
    {
    }
    VoidResult append(const InvocationRecord &record);
    // Newest first; sinceMs 0: all kept.
    Result<QList<InvocationRecord>> recent(const QString &function, int limit, qint64 sinceMs = 0);
    // What a log view asks for: the newest `limit` invocations (newest
    // first) with a line matching the filter, failed ones only if asked,
    // and only those stored after afterId (a live tail's last seen).
    struct Search
    {
        LogFilter filter;
        bool errorsOnly = false;
        qint64 sinceMs = 0;
        qint64 afterId = 0;
        qint64 upToId = 0; // 0: no bound
        int limit = 50;
    };
    Result<QList<InvocationRecord>> search(const QString &function, const Search &search);
    // Every function's since sinceMs, keyed by the name in lower case.
    Result<QHash<QString, InvocationSummary>> summaries(qint64 sinceMs);
    // Every function's requests and GB-seconds (billed duration × memory)
    // since sinceMs, keyed by the name in lower case: what Lambda bills.
    Result<QHash<QString, pricing::FunctionUsage>> usage(qint64 sinceMs);
    VoidResult prune(qint64 olderThanMs);
    // What a retention of `days` (0: forever) removes as of nowMs.
    VoidResult keepDays(int days, qint64 nowMs);
    VoidResult removeFunction(const QString &function);

private:
    store::Database &m_db;
};

} // namespace sloop::functions
