// `sloop metrics TARGET --metric NAME --since 1h [--json]`: a series from the
// metric store the window or `sloop serve` writes, as time, avg, min, max.
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "metrics/metricnames.h"
#include "metrics/metricpoint.h"
#include "metrics/metricstore.h"
#include "store/database.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sloop::cli {

namespace {

const QString kMetrics = QStringLiteral("metrics");

// Numbers as a person reads them: two decimals for percentages and small
// values, whole numbers for bytes per second.
QString number(double v)
{
    return std::abs(v) >= 1000 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 2);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

int metricsCommand(const QStringList &args)
{
    if (args.value(0) == QLatin1String("help")) {
        writeBytes(stdout, metricsUsage().toUtf8());
        return kExitOk;
    }
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--metric"), QStringLiteral("-m")}, true},
                                    {{QStringLiteral("--since")}, true}});
    if (const int status = checkParsed(parsed, kMetrics); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"metrics\" takes one TARGET (host/NAME, "
                                 "container/ENGINE/NAME, engine/NAME, function/NAME or a host's "
                                 "name)"),
                          kMetrics);
    QString target = parsed.positionals.first();
    if (!target.contains(QLatin1Char('/')))
        target = metrics::Target::host(target).key();
    if (!metrics::Target::fromKey(target))
        return usageError(Tr::tr("\"%1\" is not a target: use host/NAME, container/ENGINE/NAME, "
                                 "engine/NAME or function/NAME")
                              .arg(parsed.positionals.first()),
                          kMetrics);
    const QString metric = parsed.value(QStringLiteral("metric"), QString(metrics::names::kCpu));
    const QString sinceText = parsed.value(QStringLiteral("since"), QStringLiteral("1h"));
    qint64 since = parseSpan(sinceText);
    if (since > metrics::MetricStore::kHourKeepMs)
        since = 0; // older than what is kept
    if (since == 0)
        return usageError(Tr::tr("--since takes a duration such as 30m, 1h, 6h, 1d, 1w or 2w "
                                 "(at most 365 days), not \"%1\"")
                              .arg(sinceText),
                          kMetrics);
    const bool json = parsed.has(QStringLiteral("json"));

    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    metrics::MetricStore store(&db);
    const QStringList targets = store.targets();
    if (!targets.contains(target)) {
        if (targets.isEmpty())
            return fail(Tr::tr("there are no metrics for %1: nothing has been collected yet "
                               "(the window or \"sloop serve\" collects them)")
                            .arg(target));
        return fail(Tr::tr("there are no metrics for %1; targets with metrics: %2")
                        .arg(target, targets.join(QStringLiteral(", "))));
    }
    const QStringList known = store.metrics(target);
    if (!known.contains(metric))
        return fail(Tr::tr("%1 has no metric \"%2\"; it has: %3")
                        .arg(target, metric, known.join(QStringLiteral(", "))));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Result<metrics::Series> series = store.query({target, metric, now + 1 - since, now + 1});
    if (!series)
        return fail(series.problem());
    const metrics::Series &s = series.value();
    if (json) {
        nlohmann::json points = nlohmann::json::array();
        for (const metrics::SeriesPoint &p : s.points)
            points.push_back({{"time", utf8(isoUtc(p.timeMs))},
                              {"timeMs", p.timeMs},
                              {"avg", p.avg},
                              {"min", p.min},
                              {"max", p.max},
                              {"count", p.count}});
        printJson({{"target", utf8(target)},
                   {"metric", utf8(metric)},
                   {"since", utf8(sinceText)},
                   {"from", utf8(isoUtc(now + 1 - since))},
                   {"to", utf8(isoUtc(now))},
                   {"resolution", utf8(metrics::toString(s.resolution))},
                   {"stepMs", s.stepMs},
                   {"points", points}});
        return kExitOk;
    }
    if (s.points.isEmpty()) {
        printLine(escapeForTerminal(
            Tr::tr("No data for %1 %2 in the last %3.").arg(target, metric, sinceText)));
        return kExitOk;
    }
    printLine(
        escapeForTerminal(Tr::tr("%1 %2, last %3 (%4, %n point(s))", nullptr, int(s.points.size()))
                              .arg(target, metric, sinceText, metrics::toString(s.resolution))));
    Table table({Tr::tr("TIME"), Tr::tr("AVG"), Tr::tr("MIN"), Tr::tr("MAX")});
    for (const metrics::SeriesPoint &p : s.points)
        table.addRow({timeText(p.timeMs), number(p.avg), number(p.min), number(p.max)});
    table.print();
    return kExitOk;
}

} // namespace sloop::cli
