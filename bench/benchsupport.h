#pragma once

// Small helpers the benchmark executables share: waiting on futures, the
// bench containers on the local engine, and figures (median, p90).

#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sloop {
class CommandLog;
}
namespace sloop::engine {
class DockerClient;
}

namespace sloop::bench {

inline constexpr const char *kImage = "sloop-test/busybox:latest";
inline constexpr const char *kLabel = "sloop.bench"; // every bench container carries it

// Runs the event loop until `done()` or `ms` pass; false on timeout. Sleeps
// in the event dispatcher (no busy polling) so timings taken in handlers are
// not delayed by the wait.
bool spinUntil(const std::function<bool()> &done, int ms);

// Runs the event loop until the future is done; exits the program after `ms`
// (a benchmark that hangs has no figure to print).
template <typename T> T await(QFuture<T> future, int ms = 120000)
{
    if (!spinUntil([&] { return future.isFinished(); }, ms))
        qFatal("bench: an engine call did not finish within %d ms", ms);
    return future.result();
}

// A client for the local engine (DOCKER_HOST honoured), negotiated; exits
// with a message saying how to start dockerd when it is not reachable.
engine::DockerClient *connectLocalEngine(QObject *parent, CommandLog *log = nullptr);

// Runs `count` jobs with at most `width` in flight; returns the failures'
// messages (empty when all went well).
QStringList runParallel(int count, int width, const std::function<QFuture<VoidResult>(int)> &job);

// Makes sure sloop-bench-0 .. sloop-bench-<count-1> exist (created, not
// started, label sloop.bench=1), reusing those a previous run left.
void ensureBenchContainers(engine::DockerClient *client, int count);
// Removes every container with the sloop.bench label (any value).
void removeBenchContainers(engine::DockerClient *client);

// The environment for a fresh Sloop (or the bare window): XDG config and
// data folders made empty under `dir`, the xcb platform on the current
// DISPLAY. Exits with a hint when there is no DISPLAY.
QProcessEnvironment freshAppEnvironment(const QString &dir);

struct Figures
{
    double median = 0;
    double p90 = 0;
    double min = 0;
    double max = 0;
};
Figures figures(QList<double> samples); // nearest-rank percentiles

QString ms(double value); // "12.3 ms"
// A line on stdout, flushed at once so a long run shows its progress.
void say(const QString &line);

// A process's CPU counters from /proc/PID/stat, in clock ticks
// (sysconf(_SC_CLK_TCK) a second); nullopt when it is gone.
struct ProcStat
{
    qint64 ppid = 0;
    qint64 utime = 0;
    qint64 stime = 0;
    qint64 cutime = 0; // children that ended and were waited for
    qint64 cstime = 0;
};
std::optional<ProcStat> readProcStat(qint64 pid);
// The command line this process was started with, for "reproduce:" lines.
QString commandLine();
// "load average 1.2 0.9 0.8 on 2 CPUs", so noisy figures say so.
QString machineLoad();

} // namespace sloop::bench
