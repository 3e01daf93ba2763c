// sloop-bench-monitor50: what monitoring 50 hosts costs Sloop itself. 50
// sshd on loopback ports (scripts/start-many-sshd.sh), 50 host records, the
// MetricsCollector at 1 s into a real MetricStore, plus what the overview
// page does: the latest cpu and memory of every target once a second. This
// process's CPU (getrusage) over N seconds, as % of one core; goal <= 10%.
// Prints figures and the command; not a ctest test.

#include "benchsupport.h"

#include "../tests/core/ssh/sshtestenv.h"
#include "../tests/core/ssh/sshtestsession.h"
#include "commandlog/commandlog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "metrics/hostsampler.h"
#include "metrics/metricnames.h"
#include "metrics/metricscollector.h"
#include "metrics/metricstore.h"
#include "store/database.h"
#include "store/storeworker.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace sloop;
using namespace sloop::bench;

namespace {

struct Usage
{
    double user = 0;
    double system = 0;
    long maxRssKiB = 0;
};

Usage ownUsage()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return {double(u.ru_utime.tv_sec) + double(u.ru_utime.tv_usec) / 1e6,
            double(u.ru_stime.tv_sec) + double(u.ru_stime.tv_usec) / 1e6, u.ru_maxrss};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sloop's own CPU while monitoring 50 hosts."));
    parser.addHelpOption();
    const QCommandLineOption hostsOption(QStringLiteral("hosts"),
                                         QStringLiteral("hosts to monitor (default 50)"),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption portOption(QStringLiteral("first-port"),
                                        QStringLiteral("first sshd port (default 2300)"),
                                        QStringLiteral("PORT"), QStringLiteral("2300"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("measured span (default 120)"),
                                           QStringLiteral("S"), QStringLiteral("120"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            QStringLiteral("sampling interval (default 1)"),
                                            QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({hostsOption, portOption, secondsOption, intervalOption});
    parser.process(app);
    const int hostCount = parser.value(hostsOption).toInt();
    const int firstPort = parser.value(portOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int interval = parser.value(intervalOption).toInt();

    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    if (!env)
        qFatal("%s", qPrintable(env.error()));
    for (int i = 0; i < hostCount; ++i) {
        if (!test::sshdAnswers(QStringLiteral("127.0.0.1"), quint16(firstPort + i))) {
            std::fprintf(stderr,
                         "No sshd answers on 127.0.0.1:%d. Start them with "
                         "scripts/start-many-sshd.sh %d %d, then run this again.\n",
                         firstPort + i, firstPort, hostCount);
            return 2;
        }
    }

    // A private data folder and known_hosts: the bench never touches the
    // person's own.
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QDir().mkpath(dir.filePath(QStringLiteral("data")));
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QList<QPair<QString, quint16>> endpoints;
    for (int i = 0; i < hostCount; ++i)
        endpoints.append({QStringLiteral("127.0.0.1"), quint16(firstPort + i)});
    if (!test::writeKnownHosts(knownHosts, env->hostKey, endpoints))
        qFatal("bench: cannot write %s", qPrintable(knownHosts));

    CommandLog log;
    store::Database db;
    if (const VoidResult opened = db.open(dir.filePath(QStringLiteral("data/sloop.db"))); !opened)
        qFatal("bench: %s", qPrintable(opened.error()));
    hosts::HostRepository hostRepo(db);
    hosts::HostConnections connections(&log);
    ssh::SshOptions options = connections.baseOptions();
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = knownHosts + QStringLiteral(".global");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    connections.setBaseOptions(options);
    QStringList targets;
    for (int i = 0; i < hostCount; ++i) {
        const QString name = QStringLiteral("bench-%1").arg(i, 2, 10, QLatin1Char('0'));
        const auto added = hostRepo.add({0,
                                         name,
                                         QStringLiteral("127.0.0.1"),
                                         firstPort + i,
                                         env->user,
                                         {env->key},
                                         false,
                                         {},
                                         {}});
        if (!added)
            qFatal("bench: %s", qPrintable(added.error()));
        targets.append(metrics::Target::host(name).key());
    }
    metrics::MetricStore store(&db);
    store::StoreWorker writer;
    if (const VoidResult started = writer.start(db.file()); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error()));
        return 1;
    }
    // Hosts only: the engines' share is sloop-bench-enginestats's figure.
    metrics::MetricsCollector collector(&hostRepo, &connections, nullptr, nullptr, &writer);
    collector.setIntervalSeconds(interval);
    qint64 points = 0;
    int appends = 0;
    QObject::connect(&collector, &metrics::MetricsCollector::sampled,
                     [&](const metrics::MetricBatch &batch) {
                         points += batch.size();
                         ++appends;
                     });

    // The overview: latest cpu and memory of every target, once a second.
    QList<double> overviewMs;
    int overviewMisses = 0;
    QTimer overview;
    overview.setInterval(1000);
    QObject::connect(&overview, &QTimer::timeout, [&] {
        QElapsedTimer t;
        t.start();
        int misses = 0;
        for (const QString &target : std::as_const(targets)) {
            for (QLatin1StringView metric : {metrics::names::kCpu, metrics::names::kMemory}) {
                if (!store.latest(target, QString(metric), 120 * 1000))
                    ++misses;
            }
        }
        overviewMs.append(double(t.nsecsElapsed()) / 1e6);
        overviewMisses = misses;
    });

    say(QStringLiteral("sloop-bench-monitor50: %1 hosts (sshd on 127.0.0.1:%2-%3), interval %4 s, "
                       "%5")
            .arg(hostCount)
            .arg(firstPort)
            .arg(firstPort + hostCount - 1)
            .arg(interval)
            .arg(machineLoad()));
    QElapsedTimer warm;
    warm.start();
    collector.start();
    overview.start();
    // Warm-up: every host connected and streaming, and a few appends done.
    const bool allStreaming = spinUntil(
        [&] {
            for (const QString &target : std::as_const(targets)) {
                if (!store.latest(target, QString(metrics::names::kCpu), 5000))
                    return false;
            }
            return true;
        },
        120000);
    say(QStringLiteral("  warm-up: %1 in %2 s (connect, authenticate, first frames)")
            .arg(allStreaming ? QStringLiteral("all hosts streaming")
                              : QStringLiteral("NOT all hosts streaming"))
            .arg(double(warm.elapsed()) / 1000.0, 0, 'f', 1));
    spinUntil([] { return false; }, 3000);

    points = 0;
    appends = 0;
    overviewMs.clear();
    const Usage before = ownUsage();
    QElapsedTimer span;
    span.start();
    spinUntil([] { return false; }, seconds * 1000);
    const double wall = double(span.elapsed()) / 1000.0;
    const Usage after = ownUsage();
    const double cpu = (after.user - before.user) + (after.system - before.system);

    const Figures ov = figures(overviewMs);
    say(QStringLiteral("  this process: %1% of one core over %2 s (user %3 s, system %4 s); "
                       "goal <= 10%")
            .arg(100.0 * cpu / wall, 0, 'f', 1)
            .arg(wall, 0, 'f', 1)
            .arg(after.user - before.user, 0, 'f', 2)
            .arg(after.system - before.system, 0, 'f', 2));
    say(QStringLiteral("  points stored: %1 (%2 a second) in %3 appends; max RSS %4 MiB")
            .arg(points)
            .arg(double(points) / wall, 0, 'f', 0)
            .arg(appends)
            .arg(double(after.maxRssKiB) / 1024.0, 0, 'f', 0));
    say(QStringLiteral("  overview query (%1 targets x cpu, memory): median %2, p90 %3, max %4; "
                       "%5 values missing at the end")
            .arg(hostCount)
            .arg(ms(ov.median), ms(ov.p90), ms(ov.max))
            .arg(overviewMisses));
    collector.stop();
    say(QStringLiteral("reproduce: scripts/start-many-sshd.sh %1 %2 && %3")
            .arg(firstPort)
            .arg(hostCount)
            .arg(commandLine()));
    return 0;
}
