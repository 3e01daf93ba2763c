// sloop-bench-idle: CPU and memory of the real Sloop sitting idle on its
// containers page over 1,000 containers, a few of them running (so the stats
// sampler works). Run under an X server (xvfb-run -a); prints figures and the
// command that reproduces them; not a ctest test.

#include "benchsupport.h"

#include "engine/dockerclient.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace sloop;
using namespace sloop::bench;

namespace {

constexpr const char *kIdleLabel = "sloop.bench=idle";

// utime + stime of a process, in clock ticks; -1 when it is gone.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after "(comm)": state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong();
}

double rssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0; // kB
    }
    return -1;
}

qint64 dockerdPid()
{
    QFile f(QStringLiteral("/var/run/docker.pid"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

void removeIdleContainers(engine::DockerClient *client)
{
    const auto list = await(client->listContainers(
        true, {{QStringLiteral("label"), {QString::fromLatin1(kIdleLabel)}}}));
    if (!list)
        qFatal("bench: %s", qPrintable(list.error()));
    runParallel(int(list->size()), 8,
                [&](int i) { return client->removeContainer(list->at(i).id, true); });
}

void startIdleContainers(engine::DockerClient *client, int count)
{
    removeIdleContainers(client); // a run that was interrupted may have left some
    QStringList ids(count);
    QStringList errors = runParallel(count, 8, [&](int i) {
        engine::ContainerSpec spec;
        spec.image = QString::fromLatin1(kImage);
        spec.name = QStringLiteral("sloop-bench-idle-%1").arg(i);
        spec.command = {QStringLiteral("sleep"), QStringLiteral("86400")};
        spec.labels.insert(QString::fromLatin1(kLabel), QStringLiteral("idle"));
        return client->createContainer(spec).then(QCoreApplication::instance(),
                                                  [&ids, i](const Result<QString> &id) {
                                                      if (!id)
                                                          return VoidResult::failure(id.error());
                                                      ids[i] = *id;
                                                      return VoidResult();
                                                  });
    });
    if (errors.isEmpty())
        errors = runParallel(count, 8, [&](int i) { return client->startContainer(ids.at(i)); });
    if (!errors.isEmpty())
        qFatal("bench: starting the idle containers failed: %s", qPrintable(errors.first()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Idle CPU and memory of Sloop (needs X)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Bench containers to have."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("running"), QStringLiteral("Running containers to sample."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("settle"), QStringLiteral("Seconds before measuring."),
                      QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds measured."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int running = parser.value(QStringLiteral("running")).toInt();
    const int settle = parser.value(QStringLiteral("settle")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    std::printf("sloop-bench-idle — %s\nreproduce: xvfb-run -a %s\n", qPrintable(machineLoad()),
                qPrintable(commandLine()));
    QTemporaryDir dir;
    const QProcessEnvironment env = freshAppEnvironment(dir.path());
    engine::DockerClient *client = connectLocalEngine(&app);
    ensureBenchContainers(client, count);
    startIdleContainers(client, running);

    QProcess sloopApp;
    sloopApp.setProgram(QStringLiteral(SLOOP_BIN));
    sloopApp.setProcessEnvironment(env);
    sloopApp.setStandardOutputFile(QProcess::nullDevice());
    sloopApp.start();
    if (!sloopApp.waitForStarted(10000))
        qFatal("bench: cannot start %s", SLOOP_BIN);
    const qint64 pid = sloopApp.processId();
    std::printf("sloop pid %lld started; settling %d s, then measuring %d s\n", pid, settle,
                seconds);
    std::fflush(stdout);
    QThread::sleep(unsigned(settle));

    const double tick = double(sysconf(_SC_CLK_TCK));
    const qint64 engine = dockerdPid();
    const qint64 cpu0 = cpuTicks(pid);
    const qint64 engine0 = engine ? cpuTicks(engine) : -1;
    QElapsedTimer wall;
    wall.start();
    double rssSum = 0, rssMax = 0;
    int rssSamples = 0;
    while (wall.elapsed() < seconds * 1000LL) {
        const double rss = rssMiB(pid);
        if (rss < 0)
            qFatal("bench: sloop exited during the measurement");
        rssSum += rss;
        rssMax = std::max(rssMax, rss);
        ++rssSamples;
        QThread::msleep(1000);
    }
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const qint64 cpu1 = cpuTicks(pid);
    const qint64 engine1 = engine ? cpuTicks(engine) : -1;
    const double cpuPercent = double(cpu1 - cpu0) / tick / wallS * 100.0;

    std::printf("sloop idle on the containers page, %lld containers listed by the engine (%d "
                "running bench containers sampled every 2 s), %.0f s:\n",
                qlonglong(await(client->listContainers(true))->size()), running, wallS);
    std::printf("  CPU  %.2f %% of one core   (goal <= 1%%) -> %s\n", cpuPercent,
                cpuPercent <= 1.0 ? "met" : "NOT met");
    std::printf("  RSS  mean %.1f MiB, max %.1f MiB   (goal <= 150 MB) -> %s\n",
                rssSum / rssSamples, rssMax, rssMax * 1.048576 <= 150 ? "met" : "NOT met");
    if (engine0 >= 0 && engine1 >= 0)
        std::printf("  context: dockerd used %.2f %% of one core meanwhile (all its clients)\n",
                    double(engine1 - engine0) / tick / wallS * 100.0);

    sloopApp.terminate();
    if (!sloopApp.waitForFinished(5000)) {
        sloopApp.kill();
        sloopApp.waitForFinished(5000);
    }
    removeIdleContainers(client);
    std::printf("removed the %d running idle containers; the %d bench containers stay "
                "(sloop-bench-containers --cleanup removes them)\n",
                running, count);
    return 0;
}
