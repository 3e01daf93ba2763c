// sloop-bench-hostcost: what monitoring costs the monitored host. Sloop's
// HostSampler streams frames at 1 s from the test sshd on this machine while
// Debian's netdata (default configuration, its own plugins) collects the same
// machine in the same run; the CPU time of each side's processes on the host
// over N seconds, as a percentage of one core:
//   Sloop    the sshd processes of the sampler's connection, the sampler's sh
//            and its children (grep, sleep, df: their time is in the sh's
//            cutime/cstime once reaped)
//   netdata  netdata and every process under it (plugins), reaped ones too
// Goal: Sloop ≤ half of netdata. Needs root (netdata drops to its user),
// `netdata` (scripts/deps.sh bench) and the test sshd (scripts/start-sshd.sh).
// Not a ctest test.

#include "benchsupport.h"

#include "../tests/core/ssh/sshtestenv.h"
#include "metrics/hostsampler.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace sloop;
using namespace sloop::bench;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Proc
{
    qint64 pid = 0;
    qint64 ppid = 0;
    qint64 ticks = 0; // utime + stime + cutime + cstime
    QByteArray cmdline;
};

// Every process now, from /proc/PID/stat (fields after the command's ")").
QHash<qint64, Proc> processes()
{
    QHash<qint64, Proc> all;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : pids) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        const auto stat = readProcStat(pid);
        if (!stat)
            continue;
        Proc p;
        p.pid = pid;
        p.ppid = stat->ppid;
        p.ticks = stat->utime + stat->stime + stat->cutime + stat->cstime;
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.open(QIODevice::ReadOnly))
            p.cmdline = cmd.read(4096).replace('\0', ' ');
        all.insert(pid, p);
    }
    return all;
}

// The ticks of `root` and everything under it.
qint64 treeTicks(const QHash<qint64, Proc> &all, qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    for (const Proc &p : all)
        children[p.ppid].append(p.pid);
    qint64 sum = 0;
    QList<qint64> todo{root};
    while (!todo.isEmpty()) {
        const qint64 pid = todo.takeLast();
        sum += all.value(pid).ticks;
        todo += children.value(pid);
    }
    return sum;
}

// The sshd process that serves the sampler's connection: the ancestor of the
// sampler's sh right below the test sshd's listener. Exactly one new sampler
// must be there (another run's would make the figure meaningless).
qint64 samplerConnection(const QHash<qint64, Proc> &all, const QSet<qint64> &before,
                         const QByteArray &listenerMark)
{
    QSet<qint64> found; // a forked child of the sh shows its cmdline until it execs
    for (const Proc &p : all) {
        if (before.contains(p.pid) || !p.cmdline.startsWith("sh -c ") ||
            !p.cmdline.contains("sloop-sampler"))
            continue;
        qint64 at = p.pid;
        while (all.contains(all.value(at).ppid)) {
            const Proc &parent = all.value(all.value(at).ppid);
            if (parent.cmdline.contains("[listener]")) {
                if (parent.cmdline.contains(listenerMark))
                    found.insert(at);
                break;
            }
            at = parent.pid;
        }
    }
    if (found.size() > 1)
        qFatal("bench: %lld new samplers on the test sshd: run nothing else meanwhile",
               qlonglong(found.size()));
    return found.isEmpty() ? 0 : *found.cbegin();
}

// netdata stops on SIGTERM within seconds, plugins with it; anything of
// it that this run started and is still there then gets SIGKILL.
void stopNetdata(QProcess &nd, const QSet<qint64> &before)
{
    const QString program = nd.program();
    nd.terminate();
    nd.waitForFinished(30000);
    spinUntil(
        [&] {
            for (const Proc &p : processes())
                if (!before.contains(p.pid) && p.cmdline.startsWith(program.toUtf8()))
                    return false;
            return true;
        },
        30000);
    for (const Proc &p : processes())
        if (!before.contains(p.pid) &&
            (p.cmdline.startsWith(program.toUtf8()) || p.cmdline.contains("/netdata/plugins.d/")))
            ::kill(pid_t(p.pid), SIGKILL);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured time."),
                                     QStringLiteral("N"), QStringLiteral("300"));
    QCommandLineOption warmOption(QStringLiteral("warmup"),
                                  QStringLiteral("Seconds both run before measuring."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(secondsOption);
    parser.addOption(warmOption);
    parser.process(app);
    const int seconds = qMax(5, parser.value(secondsOption).toInt());
    const int warmup = qMax(0, parser.value(warmOption).toInt());
    const double hz = double(sysconf(_SC_CLK_TCK));

    const QString netdata =
        QStandardPaths::findExecutable(QStringLiteral("netdata"), {QStringLiteral("/usr/sbin")});
    if (netdata.isEmpty())
        qFatal("bench: netdata is not installed: run scripts/deps.sh bench");
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    if (!env)
        qFatal("%s", qPrintable(env.error()));
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    {
        QFile pub(env->hostKey + QStringLiteral(".pub"));
        QFile kh(knownHosts);
        if (!pub.open(QIODevice::ReadOnly) || !kh.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write %s", qPrintable(knownHosts));
        const QList<QByteArray> f = pub.readAll().simplified().split(' ');
        kh.write(ssh::knownHostsName(env->host, env->port).toUtf8() + ' ' + f.value(0) + ' ' +
                 f.value(1) + '\n');
    }
    print(QStringLiteral("== sloop-bench-hostcost: %1 s at 1 s, after %2 s of warm-up; Sloop "
                         "streams from %3@%4:%5, netdata (%6) collects this machine")
              .arg(seconds)
              .arg(warmup)
              .arg(env->user, env->host)
              .arg(env->port)
              .arg(netdata));
    print(QStringLiteral("   %1").arg(machineLoad()));

    QSet<qint64> before; // what ran before this run started anything
    for (const Proc &p : processes())
        before.insert(p.pid);

    // netdata in the foreground (-D), default configuration.
    QProcess nd;
    nd.setProgram(netdata);
    nd.setArguments({QStringLiteral("-D")});
    nd.setStandardOutputFile(dir.filePath(QStringLiteral("netdata.log")));
    nd.setStandardErrorFile(dir.filePath(QStringLiteral("netdata.log")));
    QProcessEnvironment ndEnv = QProcessEnvironment::systemEnvironment();
    ndEnv.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("1"));
    nd.setProcessEnvironment(ndEnv);
    nd.start();
    if (!nd.waitForStarted())
        qFatal("bench: netdata did not start");

    ssh::SshTarget target{
        QStringLiteral("bench"), env->host, env->port, env->user, {env->key}, false, {}};
    ssh::SshOptions options;
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = knownHosts + QStringLiteral(".none");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    ssh::SshSession session(target, options);
    metrics::HostSampler sampler(QStringLiteral("host/bench"), &session);
    sampler.setIntervalSeconds(1);
    int batches = 0;
    QObject::connect(&sampler, &metrics::HostSampler::sampled, &app,
                     [&](const metrics::MetricBatch &) { ++batches; });
    sampler.start();
    if (!spinUntil([&] { return batches >= 2; }, 30000))
        qFatal("bench: no numbers from the sampler: %s", qPrintable(sampler.problem()));
    // The main test sshd's listener names its config file, main.conf.
    const QByteArray mark = QFileInfo(env->hostKey).absolutePath().toUtf8() + "/main.conf";
    const qint64 connection = samplerConnection(processes(), before, mark);
    if (connection == 0)
        qFatal("bench: the sampler's sshd process was not found");

    spinUntil([] { return false; }, warmup * 1000);
    if (nd.state() != QProcess::Running)
        qFatal("bench: netdata exited (see its log)");
    const qint64 ndPid = nd.processId();
    const QHash<qint64, Proc> start = processes();
    const qint64 ownStart = start.value(getpid()).ticks;
    const int batchesStart = batches;
    QElapsedTimer wall;
    wall.start();
    spinUntil([] { return false; }, seconds * 1000);
    const QHash<qint64, Proc> end = processes();
    const double elapsed = wall.nsecsElapsed() / 1e9;
    const int frames = batches - batchesStart;

    const auto pct = [&](qint64 ticks) {
        return ticks / hz / elapsed * 100.0;
    };
    const double sloop = pct(treeTicks(end, connection) - treeTicks(start, connection));
    const double nds = pct(treeTicks(end, ndPid) - treeTicks(start, ndPid));
    const double own = pct(end.value(getpid()).ticks - ownStart);
    sampler.stop();
    stopNetdata(nd, before);

    print(QStringLiteral("   Sloop on the host (sshd + sampler sh + children): %1% of one core "
                         "(%2 frames)")
              .arg(sloop, 0, 'f', 3)
              .arg(frames));
    print(QStringLiteral("   netdata on the host (all its processes):           %1% of one core")
              .arg(nds, 0, 'f', 3));
    print(QStringLiteral("   ratio Sloop / netdata = %1 (goal <= 0.5)")
              .arg(nds > 0 ? sloop / nds : 0, 0, 'f', 3));
    print(QStringLiteral("   Sloop's own side (this process: SSH, parsing): %1% of one core")
              .arg(own, 0, 'f', 3));
    print(QStringLiteral("reproduce: %1").arg(commandLine()));
    return frames > 0 ? 0 : 1;
}
