#include "benchsupport.h"

#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "http/streamtransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sloop::bench {

using namespace sloop::engine;

bool spinUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    // A future finishing on the client's worker thread posts nothing here;
    // the timer bounds how long such a wait oversleeps.
    QTimer wake;
    wake.start(5);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

DockerClient *connectLocalEngine(QObject *parent, CommandLog *log)
{
    const EngineEndpoint local = discoverLocalEngines().first();
    auto *client = new DockerClient(
        local.name, std::make_shared<http::UnixSocketTransport>(local.socketPath), log, parent);
    const Result<EngineInfo> info = await(client->negotiate(), 20000);
    if (!info) {
        std::fprintf(stderr,
                     "The Docker engine is not reachable at %s (%s).\n"
                     "Start it with scripts/test-services.sh, then run this again.\n",
                     qPrintable(local.address), qPrintable(info.error()));
        std::exit(2);
    }
    return client;
}

QStringList runParallel(int count, int width, const std::function<QFuture<VoidResult>(int)> &job)
{
    QStringList errors;
    int next = 0;
    int running = 0;
    int done = 0;
    QObject context; // continuations run here, on this thread
    std::function<void()> launch = [&] {
        while (running < width && next < count) {
            const int i = next++;
            ++running;
            job(i).then(&context, [&](const VoidResult &r) {
                --running;
                ++done;
                if (!r)
                    errors.append(r.error());
                launch();
            });
        }
    };
    launch();
    if (!spinUntil([&] { return done == count; }, 30 * 60 * 1000))
        qFatal("bench: parallel engine calls did not finish");
    return errors;
}

namespace {

QString benchName(int i)
{
    return QStringLiteral("sloop-bench-%1").arg(i);
}

QFuture<VoidResult> voided(QFuture<Result<QString>> future)
{
    return future.then(
        [](const Result<QString> &r) { return r ? VoidResult() : VoidResult::failure(r.error()); });
}

void failOn(const QStringList &errors, const char *what)
{
    if (errors.isEmpty())
        return;
    std::fprintf(stderr, "%s: %lld failed; first: %s\n", what, qlonglong(errors.size()),
                 qPrintable(errors.first()));
    std::exit(1);
}

} // namespace

void ensureBenchContainers(DockerClient *client, int count)
{
    const QString label = QString::fromLatin1(kLabel) + QStringLiteral("=1");
    const Result<QList<ContainerSummary>> existing =
        await(client->listContainers(true, {{QStringLiteral("label"), {label}}}));
    if (!existing)
        qFatal("bench: listing the bench containers failed: %s", qPrintable(existing.error()));
    QSet<QString> have;
    for (const ContainerSummary &c : *existing)
        have.insert(c.name);
    QList<int> missing;
    for (int i = 0; i < count; ++i) {
        if (!have.contains(benchName(i)))
            missing.append(i);
    }
    std::printf("bench containers: %d wanted, %lld already there, creating %lld (16 in flight)\n",
                count, qlonglong(count - missing.size()), qlonglong(missing.size()));
    std::fflush(stdout);
    if (missing.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    failOn(runParallel(int(missing.size()), 16,
                       [&](int k) {
                           ContainerSpec spec;
                           spec.image = QString::fromLatin1(kImage);
                           spec.name = benchName(missing[k]);
                           // A command that stays up when the event benchmark starts one.
                           spec.command = {QStringLiteral("sleep"), QStringLiteral("86400")};
                           spec.labels.insert(QString::fromLatin1(kLabel), QStringLiteral("1"));
                           return voided(client->createContainer(spec));
                       }),
           "creating bench containers");
    std::printf("  created %lld in %.1f s\n", qlonglong(missing.size()), timer.elapsed() / 1000.0);
}

void removeBenchContainers(DockerClient *client)
{
    const Result<QList<ContainerSummary>> list = await(
        client->listContainers(true, {{QStringLiteral("label"), {QString::fromLatin1(kLabel)}}}));
    if (!list)
        qFatal("bench: listing the bench containers failed: %s", qPrintable(list.error()));
    QElapsedTimer timer;
    timer.start();
    failOn(runParallel(int(list->size()), 16,
                       [&](int i) { return client->removeContainer(list->at(i).id, true); }),
           "removing bench containers");
    std::printf("removed %lld bench containers in %.1f s\n", qlonglong(list->size()),
                timer.elapsed() / 1000.0);
}

QProcessEnvironment freshAppEnvironment(const QString &dir)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "No DISPLAY: run this under `xvfb-run -a`.\n");
        std::exit(2);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"config", "data"})
        QDir(dir).mkpath(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return env;
}

Figures figures(QList<double> samples)
{
    Figures f;
    if (samples.isEmpty())
        return f;
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const qsizetype k = qsizetype(std::ceil(p * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(k, 0, samples.size() - 1));
    };
    f.median = rank(0.5);
    f.p90 = rank(0.9);
    f.min = samples.first();
    f.max = samples.last();
    return f;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::optional<ProcStat> readProcStat(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // The name is in parentheses and may hold spaces: count fields after it.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    // state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime stime cutime cstime ...
    const QList<QByteArray> f = text.mid(close + 2).split(' ');
    if (f.size() < 15)
        return std::nullopt;
    return ProcStat{f.at(1).toLongLong(), f.at(11).toLongLong(), f.at(12).toLongLong(),
                    f.at(13).toLongLong(), f.at(14).toLongLong()};
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString commandLine()
{
    QStringList args = QCoreApplication::arguments();
    args.first() = QCoreApplication::applicationFilePath(); // absolute
    return args.join(QLatin1Char(' '));
}

QString machineLoad()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    QString load = QStringLiteral("?");
    if (file.open(QIODevice::ReadOnly))
        load = QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("load average %1 on %2 CPUs").arg(load).arg(QThread::idealThreadCount());
}

} // namespace sloop::bench
