// sloop-bench-enginestats: what sampling container stats costs the engine.
// dockerd's, containerd's and the shims' CPU (from /proc/PID/stat) while
// Sloop's StatsSampler asks for every running container's stats each
// second, against the same span idle, and `docker stats --no-stream` per
// round for comparison. Prints figures and the command; not a ctest test.

#include "benchsupport.h"

#include "containers/containerinventory.h"
#include "containers/statssampler.h"
#include "engine/dockerclient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace sloop;
using namespace sloop::bench;

namespace {

// The engine's processes by role: dockerd, containerd, and every shim.
struct EnginePids
{
    QList<qint64> dockerd;
    QList<qint64> containerd;
    QList<qint64> shims;
};

EnginePids findEnginePids()
{
    EnginePids pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = comm.readAll().trimmed();
        if (name == "dockerd")
            pids.dockerd.append(pid);
        else if (name == "containerd")
            pids.containerd.append(pid);
        else if (name.startsWith("containerd-shim"))
            pids.shims.append(pid);
    }
    return pids;
}

// utime + stime of a process, in seconds; 0 when it is gone.
double cpuSeconds(qint64 pid)
{
    const auto stat = readProcStat(pid);
    return stat ? double(stat->utime + stat->stime) / double(sysconf(_SC_CLK_TCK)) : 0;
}

double cpuSeconds(const QList<qint64> &pids)
{
    double sum = 0;
    for (qint64 pid : pids)
        sum += cpuSeconds(pid);
    return sum;
}

double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Span
{
    double dockerd = 0;
    double containerd = 0;
    double shims = 0;
    double own = 0;
    double wall = 0;
};

// CPU used by each part while `work` runs the event loop for `seconds`.
Span measure(const EnginePids &pids, double seconds, const std::function<void()> &during = {})
{
    Span s;
    const double d0 = cpuSeconds(pids.dockerd);
    const double c0 = cpuSeconds(pids.containerd);
    const double h0 = cpuSeconds(findEnginePids().shims);
    const double o0 = ownCpuSeconds();
    QElapsedTimer t;
    t.start();
    if (during)
        during();
    else
        spinUntil([] { return false; }, int(seconds * 1000));
    s.wall = double(t.elapsed()) / 1000.0;
    s.dockerd = cpuSeconds(pids.dockerd) - d0;
    s.containerd = cpuSeconds(pids.containerd) - c0;
    s.shims = cpuSeconds(findEnginePids().shims) - h0;
    s.own = ownCpuSeconds() - o0;
    return s;
}

QString pct(double cpuSeconds, double wall)
{
    return QStringLiteral("%1%").arg(100.0 * cpuSeconds / wall, 0, 'f', 1);
}

void report(const QString &label, const Span &s)
{
    say(QStringLiteral("  %1  dockerd %2  containerd %3  shims %4  this process %5  (%6 s)")
            .arg(label, -28)
            .arg(pct(s.dockerd, s.wall), 6)
            .arg(pct(s.containerd, s.wall), 6)
            .arg(pct(s.shims, s.wall), 6)
            .arg(pct(s.own, s.wall), 6)
            .arg(s.wall, 0, 'f', 1));
}

// sloop-bench-stats-0 .. N-1, running `sleep`, label sloop.bench=stats.
void ensureRunning(engine::DockerClient *client, int count)
{
    const auto list = await(client->listContainers(true));
    if (!list)
        qFatal("bench: cannot list containers: %s", qPrintable(list.error()));
    QHash<QString, engine::ContainerSummary> byName;
    for (const engine::ContainerSummary &c : *list)
        byName.insert(c.name, c);
    const QStringList errors = runParallel(count, 4, [&](int i) -> QFuture<VoidResult> {
        const QString name = QStringLiteral("sloop-bench-stats-%1").arg(i);
        const auto it = byName.constFind(name);
        if (it != byName.cend()) {
            if (it->state == QLatin1String("running"))
                return QtFuture::makeReadyFuture(VoidResult());
            return client->startContainer(it->id);
        }
        engine::ContainerSpec spec;
        spec.image = QLatin1String(kImage);
        spec.name = name;
        spec.command = {QStringLiteral("sleep"), QStringLiteral("1000000")};
        spec.labels.insert(QLatin1String(kLabel), QStringLiteral("stats"));
        return client->createContainer(spec)
            .then([client](const Result<QString> &id) {
                if (!id)
                    return QtFuture::makeReadyFuture(VoidResult::failure(id.error()));
                return client->startContainer(*id);
            })
            .unwrap();
    });
    if (!errors.isEmpty())
        qFatal("bench: cannot start the bench containers: %s", qPrintable(errors.first()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The engine's CPU while Sloop samples container stats."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("running containers (default 20)"),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("length of each span (default 30)"),
                                           QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption roundsOption(
        QStringLiteral("cli-rounds"), QStringLiteral("docker stats --no-stream runs (default 5)"),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("keep the running bench containers (removed at the end by default)"));
    parser.addOptions({countOption, secondsOption, roundsOption, keepOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const double seconds = parser.value(secondsOption).toDouble();
    const int cliRounds = parser.value(roundsOption).toInt();

    engine::DockerClient *client = connectLocalEngine(&app);
    ensureRunning(client, count);
    const EnginePids pids = findEnginePids();
    if (pids.dockerd.isEmpty() || pids.containerd.isEmpty())
        qFatal("bench: no dockerd or containerd process found in /proc");

    containers::ContainerInventory inventory(client);
    inventory.start();
    if (!spinUntil(
            [&] { return inventory.state() == containers::ContainerInventory::State::Ready; },
            30000))
        qFatal("bench: the inventory did not become ready: %s", qPrintable(inventory.problem()));
    int running = 0;
    for (const engine::ContainerSummary &c : inventory.containers())
        running += c.state == QLatin1String("running") ? 1 : 0;

    say(QStringLiteral("sloop-bench-enginestats: %1 running containers on \"%2\" (%3 bench ones), "
                       "%4")
            .arg(running)
            .arg(client->name())
            .arg(count)
            .arg(machineLoad()));
    say(QStringLiteral("CPU as % of one core, over each span:"));
    spinUntil([] { return false; }, 2000); // let the listing's own work settle
    report(QStringLiteral("idle (inventory only)"), measure(pids, seconds));

    containers::StatsSampler sampler(&inventory);
    int samples = 0;
    QSet<QString> sampledIds;
    QObject::connect(&sampler, &containers::StatsSampler::sampled,
                     [&](const engine::StatsSample &s) {
                         ++samples;
                         sampledIds.insert(s.id);
                     });
    sampler.setInterval(1000);
    sampler.setCollecting(true);
    spinUntil([] { return false; }, 2000);
    samples = 0;
    sampledIds.clear();
    const Span sampling = measure(pids, seconds);
    report(QStringLiteral("StatsSampler, 1 s interval"), sampling);
    say(QStringLiteral("  (%1 samples of %4 containers in %2 s: %3 a second)")
            .arg(samples)
            .arg(sampling.wall, 0, 'f', 1)
            .arg(double(samples) / sampling.wall, 0, 'f', 1)
            .arg(sampledIds.size()));
    sampler.setCollecting(false);
    spinUntil([] { return false; }, 2000);

    // The docker CLI: one round of every running container's stats.
    QList<double> roundMs;
    const Span cli = measure(pids, 0, [&] {
        for (int i = 0; i < cliRounds; ++i) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral("docker"),
                    {QStringLiteral("stats"), QStringLiteral("--no-stream")});
            if (!p.waitForFinished(120000) || p.exitCode() != 0)
                qFatal("bench: docker stats failed: %s", p.readAllStandardError().constData());
            roundMs.append(double(t.elapsed()));
        }
    });
    report(QStringLiteral("docker stats --no-stream x%1").arg(cliRounds), cli);
    const Figures f = figures(roundMs);
    say(QStringLiteral("  docker stats --no-stream per round: median %1, p90 %2 "
                       "(it waits for two samples per container)")
            .arg(ms(f.median), ms(f.p90)));
    say(QStringLiteral("  per round, dockerd+containerd+shims CPU: %1 ms (docker stats) vs "
                       "%2 ms (StatsSampler)")
            .arg(1000.0 * (cli.dockerd + cli.containerd + cli.shims) / cliRounds, 0, 'f', 1)
            .arg(1000.0 * (sampling.dockerd + sampling.containerd + sampling.shims) / sampling.wall,
                 0, 'f', 1));

    if (!parser.isSet(keepOption)) {
        const QStringList errors = runParallel(count, 4, [&](int i) {
            return client->removeContainer(QStringLiteral("sloop-bench-stats-%1").arg(i), true);
        });
        for (const QString &e : errors)
            say(QStringLiteral("cleanup: %1").arg(e));
    }
    say(QStringLiteral("reproduce: %1").arg(commandLine()));
    return 0;
}
